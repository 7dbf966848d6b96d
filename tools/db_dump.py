"""Dump every table of a knowledge base as text, to diff the content two builds wrote.

    python tools/db_dump.py KB.sqlite > kb.txt

Rows in rowid order, then the schema. What differs between two builds of the same files by design is
masked: the load time of each document and the build's stamps in meta (time, id, program fingerprint).
A load-path change that must not change what is stored is checked by dumping a database built by the
old and by the new program from the same files and diffing the two dumps.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator

MASKED_COLUMNS = {("documents", "loaded_at")}
MASKED_META = {"built_at", "build_id", "ingest_version"}


def dump(path: str) -> Iterator[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")]
            masked = {k for k, c in enumerate(columns) if (table, c) in MASKED_COLUMNS}
            yield f"== {table} {columns}"
            order = "key" if table == "meta" else "rowid"
            for row in conn.execute(f"SELECT * FROM [{table}] ORDER BY {order}"):
                values = ["*" if k in masked else v for k, v in enumerate(row)]
                if table == "meta" and values[0] in MASKED_META:
                    values[1] = "*"
                yield repr(values)
        for row in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"):
            yield f"SCHEMA {row!r}"
    finally:
        conn.close()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for line in dump(sys.argv[1]):
        print(line)
