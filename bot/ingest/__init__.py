"""Ingest: documents (text, spreadsheets, PDFs) -> typed records and labelled facts (bot.model)."""
