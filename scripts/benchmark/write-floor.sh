#!/usr/bin/env bash
# The floor of writing a loaded database: every row of SRC (a database `plan load` made)
# inserted into a new database with the same schema, in one transaction, by the sqlite3 shell,
# then the log copied into the database. Prints wall and CPU seconds.
# usage: scripts/benchmark/write-floor.sh SRC [DEST]
set -euo pipefail
SRC=$1
DEST=${2:-$(mktemp -d)/floor.sqlite}
rm -f "$DEST" "$DEST-wal" "$DEST-shm"
TABLES=$(sqlite3 "$SRC" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'")
{
  echo "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; BEGIN;"
  sqlite3 "$SRC" "SELECT sql || ';' FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'"
  echo "ATTACH '$SRC' AS src;"
  for table in $TABLES; do echo "INSERT INTO main.\"$table\" SELECT * FROM src.\"$table\";"; done
  echo "COMMIT; PRAGMA wal_checkpoint(TRUNCATE);"
} > "$DEST.sql"
/usr/bin/time -f "write floor of $SRC: %e s wall, %U + %S s CPU" sqlite3 "$DEST" < "$DEST.sql" > /dev/null
