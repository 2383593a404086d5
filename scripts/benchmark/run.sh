#!/usr/bin/env bash
# National-scale benchmark of bdhvs (issue 12: every commune's plan in one database).
#
#   scripts/benchmark/run.sh                 # sizes 10000 100000 1000000
#   SIZES="10000 100000" RUNS=5 scripts/benchmark/run.sh
#   PACKAGES=1 SIZES=100000 scripts/benchmark/run.sh   # also signed packages, imported twice
#
# For each size: generate one plan per commune (3,321) with bdhvs-bench (deterministic,
# seed 2025), load the folder (wall time, throughput, peak memory), record the generated
# progress (changes per second), import the same tasks into Taskwarrior, then time each
# query RUNS times, alternating in each round bdhvs, the best sqlite3-shell query for the
# same answer (the floor) and Taskwarrior's nearest command, so that a busy moment of the
# machine falls on all three alike. Each figure is the median wall time of a whole process
# (start-up included). Writes a Markdown table to scripts/benchmark/RESULTS.md (or $OUT).
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES=${SIZES:-"10000 100000 1000000"}
RUNS=${RUNS:-5}
RUNS_LARGE=${RUNS_LARGE:-3}   # Taskwarrior's runs per query at 1M tasks and more (it takes seconds per command there)
IMPORT_RUNS=${IMPORT_RUNS:-5} # alternating loads and Taskwarrior imports below 1M tasks (once at 1M)
TASKWARRIOR_MAX=${TASKWARRIOR_MAX:-1000000}
WORK=${WORK:-/tmp/bdhvs-bench}
OUT=${OUT:-scripts/benchmark/RESULTS.md}
AS_OF=2025-12-31
mkdir -p "$WORK"

# BIN: a folder with release binaries built beforehand (else they are built here, as a commune
# would be given them: the Swift runtime linked in, which also starts 4-5 ms sooner).
if [ -z "${BIN:-}" ]; then
  swift build -c release --static-swift-stdlib --product bdhvs >/dev/null
  swift build -c release --static-swift-stdlib --product bdhvs-bench >/dev/null
  BIN=$(swift build -c release --static-swift-stdlib --show-bin-path)
fi
BDHVS="$BIN/bdhvs"

# Wall time in ms of one run of a command (its output discarded).
once_ms() {
  local start
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}

# The median of numbers given as arguments.
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# ratio A B: A/B with one decimal, or — when either is missing.
ratio() { if [[ "$1" =~ ^[0-9]+$ && "$2" =~ ^[1-9][0-9]*$ ]]; then awk "BEGIN {printf \"%.1f×\", $1 / $2}"; else echo "—"; fi; }

row() { echo "| $* |" >> "$OUT.tmp"; }

# cpu USER SYS: "N.NN s CPU (U user + S system)", the processor time of a whole process, which
# the load of a shared machine inflates less than its wall time.
cpu() { awk "BEGIN {printf \"%.2f s CPU (%.2f user + %.2f system)\", $1 + $2, $1, $2}"; }

# measure LABEL BDHVS_CMD FLOOR_SQL TW_ARGS: RUNS alternating rounds of the three, one table row.
# An empty FLOOR_SQL or TW_ARGS is not measured.
measure() {
  local label=$1 command=$2 floor=$3 tw=$4 a=() f=() t=()
  # bdhvs and the floor take milliseconds: RUNS rounds at every size; Taskwarrior's
  # seconds at 1M only its first N (three medians of a 30 ms command on a shared machine
  # were too few: one run's 1M commune status was 62 ms, 23-35 ms measured on their own).
  for round in $(seq "$RUNS"); do
    a+=("$(eval "once_ms $command")")
    [ -z "$floor" ] || f+=("$(once_ms sqlite3 "$DB" "$floor")")
    [ -z "$tw" ] || [ "$TW_ON" != 1 ] || [ "$round" -gt "$N" ] || t+=("$(eval "once_ms task $tw")")
  done
  local A F="—" T="—"
  A=$(median "${a[@]}")
  [ ${#f[@]} -eq 0 ] || F=$(median "${f[@]}")
  [ ${#t[@]} -eq 0 ] || T=$(median "${t[@]}")
  row "$label | $A | $F | $(ratio "$A" "$F") | $T | $(ratio "$A" "$T")"
}

{
  echo "# bdhvs at national scale"
  echo
  echo "Run by \`scripts/benchmark/run.sh\` on $(date -u +%Y-%m-%d)."
  echo
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"
  echo "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) of memory, shared with other work (load average $(cut -d' ' -f1-3 /proc/loadavg) at the start); $(swift --version 2>&1 | head -1);"
  echo "SQLite $(sqlite3 --version | cut -d' ' -f1); $(task --version 2>/dev/null | head -1 | sed 's/^/Taskwarrior /' || echo 'Taskwarrior not installed')."
  echo "Median wall time of $RUNS runs (Taskwarrior's of $RUNS_LARGE at 1M and above; whole process, start-up included), bdhvs, the sqlite3 floor and"
  echo "Taskwarrior alternating in each round; as-of date $AS_OF. One plan per commune (3,321 communes, 34 provinces)."
  echo "A ratio is bdhvs's time divided by the other's: below 1× bdhvs is faster."
  echo
} > "$OUT.tmp"

for SIZE in $SIZES; do
  N=$RUNS; [ "$SIZE" -lt 1000000 ] || N=$RUNS_LARGE
  DATA="$WORK/nat-$SIZE"
  DB="$WORK/nat-$SIZE.sqlite"
  [ -d "$DATA/plans" ] || nice "$BIN/bdhvs-bench" generate --tasks "$SIZE" --out "$DATA" >/dev/null
  rm -f "$DB" "$DB"-wal "$DB"-shm
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/load.time" "$BDHVS" plan load "$DATA/plans" --db "$DB" >/dev/null
  read -r LOAD_S LOAD_KB LOAD_USER LOAD_SYS < "$WORK/load.time"
  CHANGES=$(wc -l < "$DATA/progress.tsv")
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/apply.time" "$BIN/bdhvs-bench" apply --db "$DB" --as-of "$AS_OF" "$DATA/progress.tsv" >/dev/null
  read -r APPLY_S APPLY_KB APPLY_USER APPLY_SYS < "$WORK/apply.time"
  sqlite3 "$DB" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
  DB_MB=$(du -m "$DB" | cut -f1)
  PLAN=$(sqlite3 "$DB" "SELECT key FROM plan WHERE province_key = 'quang ngai' ORDER BY id LIMIT 1")
  UBND=$(sqlite3 "$DB" "SELECT a.name FROM agency a JOIN plan p ON p.id = a.plan_id WHERE p.key = '$PLAN' AND a.key = 'ubnd'")
  TASKS=$(sqlite3 "$DB" 'SELECT COUNT(*) FROM task')

  # Taskwarrior: the same tasks (leaves, a project per lead body and plan), imported once.
  TW_ON=0; TW_IMPORT="—"
  if command -v task >/dev/null 2>&1 && [ "$SIZE" -le "$TASKWARRIOR_MAX" ]; then
    TW_ON=1
    TW="$WORK/tw-$SIZE"; rm -rf "$TW"; mkdir -p "$TW"
    export TASKRC="$TW/taskrc" TASKDATA="$TW/data"
    printf 'data.location=%s\nconfirmation=off\nverbose=nothing\nhooks=off\nnews.version=99\n' "$TW/data" > "$TASKRC"
    sqlite3 "$DB" "SELECT json_patch('{}', json_object('uuid', lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))),2) || '-a' || substr(lower(hex(randomblob(2))),2) || '-' || lower(hex(randomblob(6))), 'description', t.title, 'project', (SELECT a.key || '.' || p.key FROM task_lead l JOIN agency a ON a.id = l.agency_id WHERE l.task_id = t.id ORDER BY l.position LIMIT 1), 'status', CASE WHEN t.state = 'done' THEN 'completed' ELSE 'pending' END, 'entry', '20250101T000000Z', 'due', CASE WHEN t.deadline IS NOT NULL THEN replace(t.deadline, '-', '') || 'T000000Z' END, 'end', CASE WHEN t.state = 'done' THEN replace(t.completed_on, '-', '') || 'T000000Z' END)) FROM task t JOIN plan p ON p.id = t.plan_id WHERE t.has_subtasks = 0 AND t.state <> 'cancelled'" > "$TW/tasks.json"
    start=$(date +%s%N); task import "$TW/tasks.json" >/dev/null 2>&1 || true
    TW_IMPORT=$(( ($(date +%s%N) - start) / 1000000 ))
  fi
  # The load and the import again, alternating, into scratch copies (below 1M): each is one
  # process of about a second at 10k, which one busy moment of the machine can double.
  LOADS=("$(awk "BEGIN {printf \"%.0f\", $LOAD_S * 1000}")"); IMPORTS=("$TW_IMPORT")
  if [ "$SIZE" -lt 1000000 ]; then
    for _ in $(seq 2 "$IMPORT_RUNS"); do
      sync
      rm -f "$WORK/again.sqlite" "$WORK/again.sqlite"-wal "$WORK/again.sqlite"-shm
      LOADS+=("$(once_ms "$BDHVS" plan load "$DATA/plans" --db "$WORK/again.sqlite")")
      if [ "$TW_ON" = 1 ]; then
        rm -rf "$TW/again"; mkdir -p "$TW/again"
        printf 'data.location=%s\nconfirmation=off\nverbose=nothing\nhooks=off\nnews.version=99\n' "$TW/again" > "$TW/again.rc"
        IMPORTS+=("$(TASKRC="$TW/again.rc" TASKDATA="$TW/again" once_ms task import "$TW/tasks.json")")
      fi
    done
    rm -rf "$WORK/again.sqlite" "$WORK/again.sqlite"-wal "$WORK/again.sqlite"-shm "${TW:-/nonexistent}/again" "${TW:-/nonexistent}/again.rc"
  fi
  LOAD_MS=$(median "${LOADS[@]}")
  [ "$TW_ON" = 1 ] && TW_IMPORT=$(median "${IMPORTS[@]}")
  LOAD_NOTE="median of ${#LOADS[@]}: ${LOADS[*]} ms"; IMPORT_NOTE="median of ${#IMPORTS[@]}: ${IMPORTS[*]} ms"
  # The import's files (hundreds of MiB at 1M) are written out before any query is timed.
  sync

  echo "## $SIZE tasks ($RUNS runs$( [ "$N" = "$RUNS" ] || echo ", Taskwarrior $N"))" >> "$OUT.tmp"
  echo >> "$OUT.tmp"
  echo "Load: $LOAD_MS ms for $TASKS tasks in 3,321 files ($LOAD_NOTE, alternating with Taskwarrior's; $(awk "BEGIN {printf \"%.0f\", $TASKS * 1000 / $LOAD_MS}") tasks/s; first run $(cpu "$LOAD_USER" "$LOAD_SYS")), peak memory $((LOAD_KB / 1024)) MiB; Taskwarrior import of the same tasks: $TW_IMPORT ms ($IMPORT_NOTE; $(ratio "$LOAD_MS" "$TW_IMPORT")). Progress: $CHANGES changes recorded in $APPLY_S s ($(awk "BEGIN {printf \"%.0f\", $CHANGES / $APPLY_S}") changes/s; $(cpu "$APPLY_USER" "$APPLY_SYS"), $(awk "BEGIN {s = $APPLY_USER + $APPLY_SYS; printf \"%.0f\", (s > 0 ? $CHANGES / s : 0)}") changes per CPU second), peak memory $((APPLY_KB / 1024)) MiB. Database $DB_MB MiB." >> "$OUT.tmp"
  echo >> "$OUT.tmp"
  row "query | bdhvs (ms) | sqlite3 floor (ms) | ratio | Taskwarrior (ms) | ratio"
  row "--- | ---: | ---: | ---: | ---: | ---:"

  Q="--db '$DB' --as-of $AS_OF"
  # The floor of a status: each live top-level task's category, counted per plan (roll-ups of
  # sub-tasks and history left out, so it is a lower bound of the real answer).
  CATEGORY="CASE WHEN t.state='done' THEN CASE WHEN t.completed_on > t.deadline THEN 'late' ELSE 'done' END WHEN t.deadline IS NULL THEN 'none' WHEN t.deadline < '$AS_OF' THEN 'overdue' ELSE 'in_progress' END"
  TOP="t.retired = 0 AND t.parent_id IS NULL AND t.state <> 'cancelled'"
  # The floor of an overdue list: the leaves not done past their deadline, with their plan and
  # lead, in plan order.
  OVERDUE_ROWS="SELECT p.key, t.key, t.title, a.name, t.deadline FROM task t JOIN task_lead l ON l.task_id = t.id JOIN agency a ON a.id = l.agency_id JOIN plan p ON p.id = t.plan_id WHERE t.retired = 0 AND t.has_subtasks = 0 AND t.state NOT IN ('done', 'cancelled') AND t.deadline < '$AS_OF'"
  measure "plan status, one commune" "'$BDHVS' plan status '$PLAN' $Q" \
    "SELECT $CATEGORY, COUNT(*) FROM task t WHERE t.plan_id = (SELECT id FROM plan WHERE key = '$PLAN') AND $TOP GROUP BY 1" \
    "project:ubnd.$PLAN summary"
  measure "plan status --province Quảng Ngãi" "'$BDHVS' plan status --province 'Quảng Ngãi' $Q" \
    "SELECT t.plan_id, $CATEGORY, COUNT(*) FROM task t WHERE t.plan_id IN (SELECT id FROM plan WHERE province_key = 'quang ngai') AND $TOP GROUP BY 1, 2" \
    ""
  measure "plan status, national" "'$BDHVS' plan status $Q" \
    "SELECT t.plan_id, $CATEGORY, COUNT(*) FROM task t WHERE $TOP GROUP BY 1, 2" \
    "summary"
  measure "task list --overdue --agency (one commune's UBND)" "'$BDHVS' task list --overdue --agency '$UBND' $Q" \
    "$OVERDUE_ROWS AND a.id = (SELECT a.id FROM agency a JOIN plan p ON p.id = a.plan_id WHERE p.key = '$PLAN' AND a.key = 'ubnd') ORDER BY t.position" \
    "rc.date.iso=yes +OVERDUE project:ubnd.$PLAN list"
  # Every commune's body of a kind: its plan's open leaves read through the open-leaf index
  # (the same rows as OVERDUE_ROWS filtered on the kind, a quarter less work at 1M tasks).
  measure "task list --overdue --agency vhxh (every commune's)" "'$BDHVS' task list --overdue --agency vhxh $Q" \
    "SELECT p.key, t.key, t.title, a.name, t.deadline FROM agency a CROSS JOIN task t INDEXED BY task_open_leaf_by_plan CROSS JOIN task_lead l ON l.task_id = t.id AND l.agency_id = a.id JOIN plan p ON p.id = t.plan_id WHERE a.key = 'vhxh' AND t.plan_id = a.plan_id AND t.retired = 0 AND t.has_subtasks = 0 AND t.state NOT IN ('done', 'cancelled') AND t.deadline IS NOT NULL AND t.deadline < '$AS_OF' ORDER BY p.province_key, p.commune_key, p.key, t.position" \
    "rc.date.iso=yes +OVERDUE project:vhxh list"
  measure "agency overdue, national (50 most overdue, total)" "'$BDHVS' agency overdue $Q" \
    "SELECT COUNT(*) FROM task t WHERE t.retired = 0 AND t.has_subtasks = 0 AND t.state NOT IN ('done', 'cancelled') AND t.deadline < '$AS_OF'; $OVERDUE_ROWS ORDER BY t.deadline, t.id LIMIT 50" \
    "rc.date.iso=yes +OVERDUE limit:50 list"
  # The same two lists for one province (about a thirty-fourth of the country).
  IN_QN="t.plan_id IN (SELECT id FROM plan WHERE province_key = 'quang ngai')"
  measure "task list --overdue --agency vhxh --province Quảng Ngãi" "'$BDHVS' task list --overdue --agency vhxh --province 'Quảng Ngãi' $Q" \
    "$OVERDUE_ROWS AND a.key = 'vhxh' AND $IN_QN ORDER BY p.province_key, p.commune_key, p.key, t.position" \
    ""
  measure "agency overdue --province Quảng Ngãi (50 most overdue, total)" "'$BDHVS' agency overdue --province 'Quảng Ngãi' $Q" \
    "SELECT COUNT(*) FROM task t WHERE t.retired = 0 AND t.has_subtasks = 0 AND t.state NOT IN ('done', 'cancelled') AND t.deadline < '$AS_OF' AND $IN_QN; $OVERDUE_ROWS AND $IN_QN ORDER BY t.deadline, t.id LIMIT 50" \
    ""
  # Results per target group (issue 13): 19 villages a commune (~63,100 in all), the adults'
  # population and two running totals of confirmed persons per village, the public servants'
  # figures per commune, a team in every other village; written once with sqlite3.
  if [ "$(sqlite3 "$DB" 'SELECT COUNT(*) FROM village')" = 0 ]; then
    sqlite3 "$DB" "
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 19)
      INSERT INTO village (plan_id, key, position, name, kind) SELECT p.id, 'thon-' || n.i, n.i, n.i, 'thôn' FROM plan p, n;
      INSERT INTO group_figure (plan_id, kind, target_group, national_group, village, counted_on, count)
        SELECT plan_id, 'population', 'nguoi-dan', 'nguoi-dan', key, '2025-10-01', 1500 + position * 7 FROM village;
      INSERT INTO group_figure (plan_id, kind, target_group, national_group, village, counted_on, count)
        SELECT plan_id, 'confirmed', 'nguoi-dan', 'nguoi-dan', key, '2025-11-01', 600 + position FROM village;
      INSERT INTO group_figure (plan_id, kind, target_group, national_group, village, counted_on, count)
        SELECT plan_id, 'confirmed', 'nguoi-dan', 'nguoi-dan', key, '2025-12-06', 900 + position FROM village;
      INSERT INTO group_figure (plan_id, kind, target_group, national_group, village, counted_on, count)
        SELECT id, 'population', 'cbccvc', 'cbccvc', NULL, '2025-10-01', 640 FROM plan;
      INSERT INTO group_figure (plan_id, kind, target_group, national_group, village, counted_on, count)
        SELECT id, 'confirmed', 'cbccvc', 'cbccvc', NULL, '2025-12-06', 600 FROM plan;
      INSERT INTO team (plan_id, village, members, founded_on) SELECT plan_id, key, 5, '2025-08-05' FROM village WHERE position % 2 = 0;
      PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
  fi
  # The floor of results: the latest live figure of each series summed per kind and group,
  # and the teams counted (no per-commune rows, no targets, no activities).
  # The latest figure of a series is the one no later live figure of the series follows,
  # looked up in the series' index from its day on (two and a half times faster than
  # numbering each series with ROW_NUMBER(), which the floor used before 2026-11-30).
  latest_figures() {
    echo "SELECT f.kind, f.target_group, SUM(f.count) FROM group_figure f WHERE f.live = 1 AND f.counted_on <= '$AS_OF' $1 AND NOT EXISTS (SELECT 1 FROM group_figure g WHERE g.plan_id = f.plan_id AND g.kind = f.kind AND g.target_group = f.target_group AND g.village IS f.village AND g.counted_on >= f.counted_on AND g.counted_on <= '$AS_OF' AND g.live = 1 AND (g.counted_on > f.counted_on OR g.id > f.id)) GROUP BY 1, 2; SELECT COUNT(*), COUNT(DISTINCT f.plan_id || ' ' || f.village), SUM(f.members) FROM team f WHERE f.live = 1 $1"
  }
  # For one province the latest figure is cheaper found by grouping each series and keeping
  # the row of its largest (day, id) (SQLite takes a bare column from the row of a lone MAX):
  # 15 % faster there on 2026-11-30, but no faster for the whole country.
  latest_figures_grouped() {
    echo "SELECT kind, target_group, SUM(count) FROM (SELECT f.kind, f.target_group, f.count, MAX(CAST(replace(f.counted_on, '-', '') AS INTEGER) * 10000000000 + f.id) FROM group_figure f WHERE f.live = 1 AND f.counted_on <= '$AS_OF' $1 GROUP BY f.plan_id, f.kind, f.target_group, f.village) GROUP BY 1, 2; SELECT COUNT(*), COUNT(DISTINCT f.plan_id || ' ' || f.village), SUM(f.members) FROM team f WHERE f.live = 1 $1"
  }
  measure "results --province Quảng Ngãi" "'$BDHVS' results --province 'Quảng Ngãi' $Q" \
    "$(latest_figures_grouped "AND f.plan_id IN (SELECT id FROM plan WHERE province_key = 'quang ngai')")" ""
  measure "results, national" "'$BDHVS' results $Q" "$(latest_figures "")" ""
  echo >> "$OUT.tmp"
  # PACKAGES=1: one signed package per commune (bdhvs-bench packages, which also trusts each
  # key in an empty province database), then the province imports the folder twice: first
  # into the empty database, then again unchanged (wall, CPU, peak memory of each).
  if [ "${PACKAGES:-0}" = 1 ]; then
    PK="$WORK/packages-$SIZE"; PROV="$WORK/province-$SIZE.sqlite"
    rm -rf "$PK" "$PROV" "$PROV"-wal "$PROV"-shm
    timed() { /usr/bin/time -f "%e %U %S %M" -o "$WORK/step.time" "$@" >/dev/null 2>&1 || true; awk '{printf "%s s (%.0f s CPU), peak memory %.0f MiB", $1, $2 + $3, $4 / 1024}' "$WORK/step.time"; }
    EXPORT=$(timed "$BIN/bdhvs-bench" packages --db "$DB" --out "$PK" --province "$PROV" --as-of "$AS_OF")
    FILES=$(find "$PK" -name '*.bdhvs' | wc -l); PK_MB=$(du -sm "$PK" | cut -f1)
    FIRST=$(timed "$BDHVS" --db "$PROV" package import "$PK")
    AGAIN=$(timed "$BDHVS" --db "$PROV" package import "$PK")
    IMPORTED=$(sqlite3 "$PROV" 'SELECT COUNT(*) FROM package_import')
    echo "Packages: $FILES files, $PK_MB MiB, made and trusted in $EXPORT; first import ($IMPORTED taken) $FIRST; unchanged re-import $AGAIN." >> "$OUT.tmp"
    echo >> "$OUT.tmp"
    rm -rf "$PK" "$PROV" "$PROV"-wal "$PROV"-shm
  fi
  unset TASKRC TASKDATA
done
cat >> "$OUT.tmp" <<'NOTE'
The floors are the best single sqlite3-shell queries for the same answer, written in
`run.sh`: the category of each top-level task counted per plan (no roll-up of sub-tasks, no
history), and the overdue leaves joined to their lead and plan. Taskwarrior's nearest
commands: `summary` (per project), `+OVERDUE project:X list`, `+OVERDUE limit:50 list`.
NOTE
# Sections measured by hand (packages, results at 1M) start at "## Packages" and are kept.
if [ -f "$OUT" ] && grep -q '^## Packages' "$OUT"; then
  { echo; sed -n '/^## Packages/,$p' "$OUT"; } >> "$OUT.tmp"
fi
mv "$OUT.tmp" "$OUT"
cat "$OUT"
