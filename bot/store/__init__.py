"""Store: records -> the SQLite knowledge base (built beside the live file, swapped in), its queries, export, and the question log."""
