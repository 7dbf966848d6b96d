"""The dialogue stage: a parse and the conversation -> a Frame or a reply (see context.py)."""
