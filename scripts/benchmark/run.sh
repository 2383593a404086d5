#!/usr/bin/env bash
# National-scale benchmark of bdhvs (issue: every commune's plan in one database).
#
#   scripts/benchmark/run.sh                 # sizes 10000 100000 1000000
#   SIZES="10000 100000" RUNS=5 scripts/benchmark/run.sh
#
# For each size: generate one plan per commune (3,321) with bdhvs-bench (deterministic,
# seed 2025), load the folder (wall time, throughput, peak memory), record the generated
# progress, then time each query RUNS times and report the median, beside the same query
# in the sqlite3 shell (the floor), and Taskwarrior's `+OVERDUE project:A list` and
# `summary` on the same tasks when `task` is installed (sizes up to TASKWARRIOR_MAX).
# Writes a Markdown table to scripts/benchmark/RESULTS.md (or $OUT).
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES=${SIZES:-"10000 100000 1000000"}
RUNS=${RUNS:-5}
TASKWARRIOR_MAX=${TASKWARRIOR_MAX:-100000}
WORK=${WORK:-/tmp/bdhvs-bench}
OUT=${OUT:-scripts/benchmark/RESULTS.md}
AS_OF=2025-12-31
mkdir -p "$WORK"

swift build -c release --product bdhvs >/dev/null
swift build -c release --product bdhvs-bench >/dev/null
BIN=$(swift build -c release --show-bin-path)
BDHVS="$BIN/bdhvs"

# Median wall time in ms of RUNS runs of a command.
median_ms() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

row() { echo "| $* |" >> "$OUT.tmp"; }

{
  echo "# bdhvs at national scale"
  echo
  echo "Run by \`scripts/benchmark/run.sh\` on $(date -u +%Y-%m-%d)."
  echo
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"
  echo "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) of memory; $(swift --version 2>&1 | head -1);"
  echo "SQLite $(sqlite3 --version | cut -d' ' -f1); $(task --version 2>/dev/null | head -1 | sed 's/^/Taskwarrior /' || echo 'Taskwarrior not installed')."
  echo "Median of $RUNS runs; as-of date $AS_OF. One plan per commune (3,321 communes, 34 provinces)."
  echo
} > "$OUT.tmp"

for SIZE in $SIZES; do
  DATA="$WORK/nat-$SIZE"
  DB="$WORK/nat-$SIZE.sqlite"
  [ -d "$DATA/plans" ] || "$BIN/bdhvs-bench" generate --tasks "$SIZE" --out "$DATA" >/dev/null
  rm -f "$DB" "$DB"-wal "$DB"-shm
  /usr/bin/time -f "%e %M" -o "$WORK/load.time" "$BDHVS" plan load "$DATA/plans" --db "$DB" >/dev/null
  read -r LOAD_S LOAD_KB < "$WORK/load.time"
  start=$(date +%s%N)
  "$BIN/bdhvs-bench" apply --db "$DB" --as-of "$AS_OF" "$DATA/progress.tsv" >/dev/null
  APPLY_S=$(( ($(date +%s%N) - start) / 1000000 ))
  sqlite3 "$DB" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
  DB_MB=$(du -m "$DB" | cut -f1)
  PLAN=$(sqlite3 "$DB" "SELECT key FROM plan WHERE province_key = 'quang ngai' ORDER BY id LIMIT 1")
  UBND=$(sqlite3 "$DB" "SELECT a.name FROM agency a JOIN plan p ON p.id = a.plan_id WHERE p.key = '$PLAN' AND a.key = 'ubnd'")

  Q=(--db "$DB" --as-of "$AS_OF")
  ONE=$(median_ms "$BDHVS" plan status "$PLAN" "${Q[@]}")
  PROVINCE=$(median_ms "$BDHVS" plan status --province "Quảng Ngãi" "${Q[@]}")
  NATION=$(median_ms "$BDHVS" plan status "${Q[@]}")
  AGENCY=$(median_ms "$BDHVS" task list --overdue --agency "$UBND" "${Q[@]}")
  KIND=$(median_ms "$BDHVS" task list --overdue --agency vhxh "${Q[@]}")
  OVERDUE=$(median_ms "$BDHVS" agency overdue "${Q[@]}")

  # The floor: the core query of each command in the sqlite3 shell.
  CATEGORY="CASE WHEN t.state='done' THEN 'done' WHEN t.deadline IS NULL THEN 'none' WHEN t.deadline < '$AS_OF' THEN 'overdue' ELSE 'in_progress' END"
  F_ONE=$(median_ms sqlite3 "$DB" "SELECT $CATEGORY, COUNT(*) FROM task t JOIN plan p ON p.id = t.plan_id WHERE p.key = '$PLAN' AND t.retired = 0 GROUP BY 1")
  F_NATION=$(median_ms sqlite3 "$DB" "SELECT t.plan_id, $CATEGORY, COUNT(*) FROM task t WHERE t.retired = 0 GROUP BY 1, 2")
  F_AGENCY=$(median_ms sqlite3 "$DB" "SELECT t.key, t.title FROM task t JOIN task_lead l ON l.task_id = t.id JOIN agency a ON a.id = l.agency_id WHERE a.name = '$UBND' AND t.state <> 'done' AND t.deadline < '$AS_OF'")

  TW_IMPORT="—"; TW_LIST="—"; TW_SUMMARY="—"
  if command -v task >/dev/null 2>&1 && [ "$SIZE" -le "$TASKWARRIOR_MAX" ]; then
    TW="$WORK/tw-$SIZE"; rm -rf "$TW"; mkdir -p "$TW"
    export TASKRC="$TW/taskrc" TASKDATA="$TW/data"
    printf 'data.location=%s\nconfirmation=off\nverbose=nothing\nhooks=off\nnews.version=99\n' "$TW/data" > "$TASKRC"
    sqlite3 "$DB" "SELECT json_patch('{}', json_object('uuid', lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))),2) || '-a' || substr(lower(hex(randomblob(2))),2) || '-' || lower(hex(randomblob(6))), 'description', t.title, 'project', (SELECT a.key || '.' || p.key FROM task_lead l JOIN agency a ON a.id = l.agency_id WHERE l.task_id = t.id LIMIT 1), 'status', CASE WHEN t.state = 'done' THEN 'completed' ELSE 'pending' END, 'entry', '20250101T000000Z', 'due', CASE WHEN t.deadline IS NOT NULL THEN replace(t.deadline, '-', '') || 'T000000Z' END, 'end', CASE WHEN t.state = 'done' THEN replace(t.completed_on, '-', '') || 'T000000Z' END)) FROM task t JOIN plan p ON p.id = t.plan_id WHERE t.has_subtasks = 0" > "$TW/tasks.json"
    start=$(date +%s%N); task import "$TW/tasks.json" >/dev/null 2>&1 || true
    TW_IMPORT=$(( ($(date +%s%N) - start) / 1000000 ))
    PROJECT="ubnd.$PLAN"
    TW_LIST=$(median_ms task rc.date.iso=yes "+OVERDUE" "project:$PROJECT" list)
    TW_SUMMARY=$(median_ms task summary)
    unset TASKRC TASKDATA
  fi

  echo "## $SIZE tasks" >> "$OUT.tmp"
  echo >> "$OUT.tmp"
  echo "Load: $LOAD_S s for $(sqlite3 "$DB" 'SELECT COUNT(*) FROM task') tasks in 3,321 files ($(awk "BEGIN {printf \"%.0f\", $SIZE / $LOAD_S}") tasks/s), peak memory $((LOAD_KB / 1024)) MiB; database $DB_MB MiB after recording $(wc -l < "$DATA/progress.tsv") progress changes (in $APPLY_S ms, not a target). Taskwarrior import of the same tasks: $TW_IMPORT ms." >> "$OUT.tmp"
  echo >> "$OUT.tmp"
  row "query | bdhvs (ms) | sqlite3 floor (ms) | Taskwarrior (ms)"
  row "--- | ---: | ---: | ---:"
  row "plan status, one commune | $ONE | $F_ONE | —"
  row "plan status --province Quảng Ngãi | $PROVINCE | — | —"
  row "plan status, national | $NATION | $F_NATION | $TW_SUMMARY (summary)"
  row "task list --overdue --agency (one commune's UBND) | $AGENCY | $F_AGENCY | $TW_LIST (+OVERDUE project:A list)"
  row "task list --overdue --agency vhxh (every commune's) | $KIND | — | —"
  row "agency overdue, national | $OVERDUE | — | —"
  echo >> "$OUT.tmp"
done
cat >> "$OUT.tmp" <<'NOTE'
Taskwarrior is timed up to 100k tasks (`TASKWARRIOR_MAX`); at 1M its import alone would take
minutes. The sqlite3 floor for one agency's list is an unindexed join by name, so bdhvs, which
finds the agency through its folded-name index, can be faster than it.
NOTE
mv "$OUT.tmp" "$OUT"
cat "$OUT"
