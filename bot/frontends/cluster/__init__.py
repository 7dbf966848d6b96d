"""Shared mode: several bot workers behind one webhook, sharing conversations, documents and the question
log through PostgreSQL. Imported only when `[cluster] database_url` (or DATABASE_URL) is set, so the
single-process default never imports psycopg."""
