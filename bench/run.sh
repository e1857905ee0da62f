#!/usr/bin/env bash
# Insighta Labs+ benchmark (issue 7): build, start PostgreSQL, generate and import N profiles,
# serve with -Xmx256m, then measure every scenario cold, warm and cached with wrk, next to the two
# references (Javalin's trivial /health handler = framework ceiling; the scenario's SQL through
# pgbench = database floor), then a cache-hostile mix of random filters, and each list scenario
# again while a writer deletes and creates profiles ("mixed"), and print one table. See
# bench/RESULTS.md for how to read it.
#
# Usage: bench/run.sh [--quick] [--rows N] [--duration SECONDS] [--no-build] [--keep]
#                     [--scenarios LIST]
#   --quick      100,000 rows and 5 s runs (smoke run)
#   --no-build   reuse bootstrap/target/insighta-server.jar and bench/target/insighta-benchmarks.jar
#   --keep       keep the work directory (CSV, logs, wrk/pgbench output) for inspection
#   --scenarios  comma-separated subset (default: all): scenario names (default_list, ..., export,
#                get_by_id), cache_hostile, mixed (for the list scenarios named, or all five if none)
# Environment: DATABASE_URL (use this PostgreSQL, ideally an empty database, instead of an embedded
#   one in a temporary data directory), CONNECTIONS (default 8), JAVA (default java),
#   WRITE_INTERVAL_MS (the mixed scenario's writer: one write every N ms, default 100).
# Everything the script starts is stopped on exit; all traffic goes to 127.0.0.1 (and DATABASE_URL);
# creates ask bench/fake_upstream.py on 127.0.0.1 instead of Genderize, Agify and Nationalize.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROWS=1000000
DURATION=20
BUILD=1
KEEP=0
CONNECTIONS=${CONNECTIONS:-8}
JAVA=${JAVA:-java}
WRITE_INTERVAL_MS=${WRITE_INTERVAL_MS:-100}
SCENARIOS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) ROWS=100000; DURATION=5 ;;
    --rows) ROWS=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --no-build) BUILD=0 ;;
    --keep) KEEP=1 ;;
    --scenarios) SCENARIOS=$2; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done
[[ "$WRITE_INTERVAL_MS" =~ ^[1-9][0-9]*$ ]] || { echo "WRITE_INTERVAL_MS must be a positive integer" >&2; exit 2; }
want() { [ -z "$SCENARIOS" ] || [[ ",$SCENARIOS," == *",$1,"* ]]; } # want NAME: selected?

SERVER_JAR=$ROOT/bootstrap/target/insighta-server.jar
BENCH_JAR=$ROOT/bench/target/insighta-benchmarks.jar
WORK=$(mktemp -d /tmp/insighta-bench.XXXXXX)
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
DATA_DIR=$WORK/data
SERVER_PID=""
UPSTREAM_PID=""
WRITER_PID=""

log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

embedded_postmaster_pid() {
  local pidfile=$DATA_DIR/postgres/postmaster.pid
  [ -f "$pidfile" ] && head -1 "$pidfile" || true
}

cleanup() {
  set +e
  for pid in "$WRITER_PID" "$UPSTREAM_PID"; do
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && kill -TERM "$pid" && wait "$pid" 2>/dev/null
  done
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    log "stopping server $SERVER_PID"
    kill -TERM "$SERVER_PID"
    for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$SERVER_PID" 2>/dev/null && kill -KILL "$SERVER_PID"
  fi
  # The server stops its embedded PostgreSQL on shutdown; this only catches a crash.
  local pg
  pg=$(embedded_postmaster_pid)
  if [ -n "$pg" ] && kill -0 "$pg" 2>/dev/null; then
    log "stopping embedded PostgreSQL $pg"
    kill -INT "$pg"
    for _ in $(seq 1 30); do kill -0 "$pg" 2>/dev/null || break; sleep 0.5; done
  fi
  if [ "$KEEP" = 1 ]; then log "work directory kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

need() { command -v "$1" >/dev/null 2>&1; }

# ---------------------------------------------------------------- build and tools
if [ "$BUILD" = 1 ]; then
  log "building (mvn -B -q package -DskipTests)"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests) >&2
fi
[ -f "$SERVER_JAR" ] && [ -f "$BENCH_JAR" ] || { echo "missing $SERVER_JAR or $BENCH_JAR" >&2; exit 1; }
# Private copies: a rebuild in the working tree must not swap classes under the running server.
cp "$SERVER_JAR" "$WORK/insighta-server.jar" && SERVER_JAR=$WORK/insighta-server.jar
cp "$BENCH_JAR" "$WORK/insighta-benchmarks.jar" && BENCH_JAR=$WORK/insighta-benchmarks.jar
if ! need wrk; then
  log "installing wrk"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
for tool in wrk pgbench psql curl python3; do need "$tool" || { echo "$tool is required" >&2; exit 1; }; done
if [ -n "$SCENARIOS" ]; then
  known=" $("$JAVA" -cp "$BENCH_JAR" io.insighta.bench.ScenarioSql | cut -f1 | tr '\n' ' ')get_by_id cache_hostile mixed "
  for name in ${SCENARIOS//,/ }; do
    [[ "$known" == *" $name "* ]] || { echo "unknown scenario $name; known:$known" >&2; exit 2; }
  done
fi

# ---------------------------------------------------------------- data
log "generating $ROWS profiles"
"$JAVA" -jar "$SERVER_JAR" generate "$ROWS" -o "$WORK/profiles.csv" 2> "$WORK/generate.log"
GENERATE_LINE=$(tail -1 "$WORK/generate.log")

export INSIGHTA_DATA_DIR=$DATA_DIR INSIGHTA_SEED=none
log "importing into ${DATABASE_URL:-an embedded PostgreSQL in $DATA_DIR}"
"$JAVA" -Xmx256m -jar "$SERVER_JAR" import "$WORK/profiles.csv" > "$WORK/import.log" 2>&1
IMPORT_LINE=$(grep '^Imported' "$WORK/import.log")
log "$IMPORT_LINE"

# ---------------------------------------------------------------- fake upstreams and server
# Creates (the mixed scenario's writer) ask Genderize, Agify and Nationalize: a local stand-in
# answers them with deterministic values, so the benchmark needs no network.
python3 "$ROOT/bench/fake_upstream.py" > "$WORK/upstream.port" 2> "$WORK/upstream.log" &
UPSTREAM_PID=$!
for i in $(seq 1 100); do
  grep -qE '^[0-9]+$' "$WORK/upstream.port" 2>/dev/null && break
  kill -0 "$UPSTREAM_PID" 2>/dev/null || { cat "$WORK/upstream.log" >&2; exit 1; }
  [ "$i" = 100 ] && { echo "fake upstream did not start" >&2; exit 1; }
  sleep 0.1
done
UPSTREAM=http://127.0.0.1:$(head -1 "$WORK/upstream.port")

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE=http://127.0.0.1:$PORT
log "starting the server on port $PORT with -Xmx256m"
# The run outlives the default token lifetimes; an access token also stops working once its
# session's refresh token has expired, hence both TTLs.
PORT=$PORT INSIGHTA_TEST_LOGIN=true RATE_LIMIT_API=100000000/1m RATE_LIMIT_AUTH=100000/1m \
  ACCESS_TOKEN_TTL=2h REFRESH_TOKEN_TTL=2h CACHE_TTL=30m \
  GENDERIZE_URL=$UPSTREAM/genderize AGIFY_URL=$UPSTREAM/agify NATIONALIZE_URL=$UPSTREAM/nationalize \
  "$JAVA" -Xmx256m -Xlog:gc:file="$WORK/gc.log" -jar "$SERVER_JAR" serve > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for i in $(seq 1 120); do
  curl -fs "$BASE/health" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -20 "$WORK/server.log" >&2; exit 1; }
  [ "$i" = 120 ] && { echo "server did not become healthy" >&2; exit 1; }
  sleep 1
done

if [ -n "${DATABASE_URL:-}" ]; then
  PGURI=$DATABASE_URL
else
  PGURI="postgresql://postgres@127.0.0.1:$(sed -n 4p "$DATA_DIR/postgres/postmaster.pid")/postgres"
fi

TOKEN=$(curl -fs -X POST "$BASE/auth/cli/callback" -H 'Content-Type: application/json' \
  -d '{"code":"test_code"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')

lua() { # lua FILE [no-cache]
  {
    echo "wrk.headers[\"Authorization\"] = \"Bearer $TOKEN\""
    echo 'wrk.headers["X-API-Version"] = "1"'
    if [ "${2:-}" = no-cache ]; then echo 'wrk.headers["Cache-Control"] = "no-cache"'; fi
  } > "$1"
}
lua "$WORK/cached.lua"
lua "$WORK/warm.lua" no-cache

api() { curl -fs -H "Authorization: Bearer $TOKEN" -H 'X-API-Version: 1' "$BASE$1"; }

# ---------------------------------------------------------------- measuring helpers
# To a file: wrk_run runs in command substitutions, whose variables die with them.
sample_rss() {
  ps -o rss= -p "$SERVER_PID" | tr -d ' ' >> "$WORK/rss.txt" || true
}

# wrk_run OUT URL LUA -> "rps p50_ms p99_ms errors non2xx" (errors: socket errors, timeouts and
# non-2xx responses; non2xx: those responses alone)
wrk_run() {
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$3" "$2" > "$1" 2>&1 || true
  sample_rss
  python3 - "$1" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(v):
    m = re.match(r"([\d.]+)(us|ms|s)", v)
    return float(m.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[m.group(2)] if m else float("nan")
rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
p50 = re.search(r"^\s+50%\s+(\S+)", text, re.M)
p99 = re.search(r"^\s+99%\s+(\S+)", text, re.M)
non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
non2xx = int(non2xx.group(1)) if non2xx else 0
errors = non2xx + (sum(map(int, sock.groups())) if sock else 0)
print(rps.group(1) if rps else "0", ms(p50.group(1)) if p50 else "nan",
      ms(p99.group(1)) if p99 else "nan", errors, non2xx)
PY
}

# pgbench_run NAME SQL -> "tps p50_ms p99_ms errors -"
pgbench_run() {
  local dir=$WORK/pgbench_$1
  mkdir -p "$dir"
  printf '%s;\n' "$2" > "$dir/script.sql"
  (cd "$dir" && pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION" -f script.sql -l \
    --log-prefix=tx "$PGURI" > out.txt 2>&1) || true
  python3 - "$dir" <<'PY'
import glob, re, sys
d = sys.argv[1]
text = open(d + "/out.txt").read()
tps = re.search(r"tps = ([\d.]+)", text)
failed = re.search(r"number of failed transactions: (\d+)", text)
lat = sorted(int(line.split()[2]) for f in glob.glob(d + "/tx*") for line in open(f) if line.strip())
pct = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] / 1000.0 if lat else float("nan")
print(tps.group(1) if tps else "0", pct(0.50), pct(0.99), failed.group(1) if failed else 0, "-")
PY
  rm -f "$dir"/tx*
}

cold() { # cold PATH -> "ms"
  curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" -H 'X-API-Version: 1' \
    "$BASE$1" | python3 -c 'import sys; print(round(float(sys.stdin.read()) * 1000, 1))'
}

ROWS_OUT=$WORK/rows.tsv
: > "$ROWS_OUT"
row() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$ROWS_OUT"; } # scenario state "rps p50 p99 errors non2xx"

# ---------------------------------------------------------------- references and scenarios
log "framework ceiling: wrk on /health"
CEILING=$(wrk_run "$WORK/wrk_health.txt" "$BASE/health" "$WORK/cached.lua")
row "javalin /health (ceiling)" ref "$CEILING"

# Unrelated filters warm the JIT first, so "cold" measures a filter's first hit on the data path,
# not the compilation of the server's code.
WARMUP=$(( DURATION / 2 > 3 ? DURATION / 2 : 3 ))
log "warming the JIT for ${WARMUP}s per path on filters the scenarios do not use"
for path in "/api/profiles?country_id=ZW&min_age=30&sort_by=age" \
            "/api/profiles/search?q=kenyan%20women%20above%2050"; do
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$WORK/warm.lua" "$BASE$path" > /dev/null 2>&1 || true
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$WORK/cached.lua" "$BASE$path" > /dev/null 2>&1 || true
done

# Needs the data: a deep page's SQL seeks from the position the server finds for it.
"$JAVA" -cp "$BENCH_JAR" io.insighta.bench.ScenarioSql "$PGURI" > "$WORK/scenarios.tsv"
# Straight from the database: asking the API would already count the unfiltered list.
FIRST_ID=$(psql "$PGURI" -XAtc 'select id from profiles order by age desc, id desc limit 1')
PAGE_SQL_COLUMNS=$(head -1 "$WORK/scenarios.tsv" | cut -f3 | sed -e 's/ from "profiles".*//')
BY_ID_SQL="$PAGE_SQL_COLUMNS from \"profiles\" where \"profiles\".\"id\" = '$FIRST_ID'"
printf 'get_by_id\t/api/profiles/%s\t%s\t-\t%s\n' "$FIRST_ID" "$BY_ID_SQL" "$BY_ID_SQL" \
  >> "$WORK/scenarios.tsv"

COLD_OUT=$WORK/cold.tsv
: > "$COLD_OUT"
while IFS=$'\t' read -r name path page_sql count_sql offset_sql; do
  want "$name" || continue
  log "scenario $name: $path"
  url=$BASE$path
  cold_ms=$(cold "$path")
  printf '%s\t%s\n' "$name" "$cold_ms" >> "$COLD_OUT"
  case "$name" in
    export)
      exported=$(psql "$PGURI" -XAtc "$count_sql")
      row "$name ($exported rows/request)" stream "$(wrk_run "$WORK/wrk_$name.txt" "$url" "$WORK/cached.lua")"
      ;;
    *)
      row "$name" warm "$(wrk_run "$WORK/wrk_${name}_warm.txt" "$url" "$WORK/warm.lua")"
      row "$name" cached "$(wrk_run "$WORK/wrk_${name}_cached.txt" "$url" "$WORK/cached.lua")"
      ;;
  esac
  row "$name" "floor" "$(pgbench_run "$name" "$page_sql")"
  if [ "$offset_sql" != "$page_sql" ]; then
    row "${name}_by_offset" "floor" "$(pgbench_run "${name}_by_offset" "$offset_sql")"
  fi
done < "$WORK/scenarios.tsv"

log "CSV export of all $ROWS rows"
EXPORT_ALL=$(curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}' \
  -H "Authorization: Bearer $TOKEN" -H 'X-API-Version: 1' "$BASE/api/profiles/export?format=csv")
sample_rss

# ---------------------------------------------------------------- cache-hostile mix
# Still on the imported data: these reads write nothing, and the mixed runs below come last.
HOSTILE_LINE=""
if want cache_hostile; then
  log "cache-hostile mix: a random filter combination per request"
  cat "$WORK/cached.lua" "$ROOT/bench/cache_hostile.lua" > "$WORK/hostile.lua"
  hostile=$(wrk_run "$WORK/wrk_cache_hostile.txt" "$BASE/api/profiles" "$WORK/hostile.lua")
  HOSTILE_LINE=$(grep '^cache_hostile:' "$WORK/wrk_cache_hostile.txt" || true)
  combinations=$(sed -n 's/^cache_hostile: \([0-9]*\) combinations.*/\1/p' <<< "$HOSTILE_LINE")
  row "cache_hostile (${combinations:-?} combinations)" served "$hostile"
fi

# ---------------------------------------------------------------- mixed read/write
# Each list scenario as served (cached.lua) while bench/writer.py writes every WRITE_INTERVAL_MS:
# DELETE of an existing profile, then a create, and so on. Every write invalidates the query cache.
WRITES_OUT=$WORK/writes.tsv
: > "$WRITES_OUT"
if want mixed; then
  MIXED=()
  while IFS=$'\t' read -r name path _; do
    case "$name" in export|get_by_id) continue ;; esac
    if want "$name"; then MIXED+=("$name"$'\t'"$path"); fi
  done < "$WORK/scenarios.tsv"
  if [ ${#MIXED[@]} = 0 ]; then # no list scenario named: all of them
    while IFS=$'\t' read -r name path _; do
      case "$name" in export|get_by_id) ;; *) MIXED+=("$name"$'\t'"$path") ;; esac
    done < "$WORK/scenarios.tsv"
  fi
  # Ids to delete, chosen up front: round robin over the (country, gender) groups, in hash order
  # within each, never the get-by-id scenario's profile.
  per_run=$(( DURATION * 1000 / WRITE_INTERVAL_MS / 2 + 10 ))
  psql "$PGURI" -XAtc "select id from (select id, hashtext(id::text) as h, row_number() over
      (partition by country_id, gender order by hashtext(id::text)) as rn from profiles
      where id <> '$FIRST_ID') t order by rn, h limit $(( per_run * ${#MIXED[@]} ))" \
    > "$WORK/delete_ids.txt"
  ids_offset=0
  for entry in "${MIXED[@]}"; do
    IFS=$'\t' read -r name path <<< "$entry"
    log "mixed $name: wrk as served, one write every ${WRITE_INTERVAL_MS} ms"
    BENCH_TOKEN=$TOKEN python3 "$ROOT/bench/writer.py" --port "$PORT" --ids "$WORK/delete_ids.txt" \
      --offset "$ids_offset" --interval-ms "$WRITE_INTERVAL_MS" --duration "$DURATION" \
      --prefix "bench writer $name" > "$WORK/writer_$name.json" 2> "$WORK/writer_$name.log" &
    WRITER_PID=$!
    reads=$(wrk_run "$WORK/wrk_${name}_mixed.txt" "$BASE$path" "$WORK/cached.lua")
    wait "$WRITER_PID" || log "writer for $name exited with status $?"
    WRITER_PID=""
    # The mixed row's errors and non-2xx count the writer's too.
    merged=$(python3 - "$reads" "$WORK/writer_$name.json" <<'PY'
import json, sys
rps, p50, p99, errors, non2xx = sys.argv[1].split()
try:
    w = json.loads(open(sys.argv[2]).read().strip().splitlines()[-1])
except (OSError, IndexError, ValueError):
    w = {"writes": 0, "errors": 1, "non2xx": 0, "ids_used": 0, "failed": True}
print(f"{rps} {p50} {p99} {int(errors) + w['errors']} {int(non2xx) + w['non2xx']}")
print(json.dumps(w))
PY
)
    row "$name" mixed "$(head -1 <<< "$merged")"
    printf '%s\t%s\n' "$name" "$(tail -1 <<< "$merged")" >> "$WRITES_OUT"
    used=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["ids_used"])' "$(tail -1 <<< "$merged")")
    ids_offset=$(( ids_offset + used ))
    if [ -s "$WORK/writer_$name.log" ]; then sed "s/^/[writer $name] /" "$WORK/writer_$name.log" | head -5 >&2; fi
  done
fi
HEAP_INFO=$(jcmd "$SERVER_PID" GC.heap_info 2>/dev/null | sed -n '2,3p' || true)

# ---------------------------------------------------------------- report
python3 - "$ROWS_OUT" "$COLD_OUT" "$CEILING" "$WRITES_OUT" "$WRITE_INTERVAL_MS" "$HOSTILE_LINE" <<'PY'
import json, re, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
cold = dict(line.rstrip("\n").split("\t") for line in open(sys.argv[2]))
ceiling = float(sys.argv[3].split()[0])
writes = dict((n, json.loads(w)) for n, w in (line.rstrip("\n").split("\t", 1) for line in open(sys.argv[4])))
interval, hostile = sys.argv[5], sys.argv[6]
def key(name):
    return name.split(" (")[0]
floors = {r[0]: float(r[2].split()[0]) for r in rows if r[1] == "floor"}
cached = {key(r[0]): float(r[2].split()[0]) for r in rows if r[1] == "cached"}
# Each mixed row right after its scenario's write-free cached row.
mixed = {key(r[0]): r for r in rows if r[1] == "mixed"}
ordered = []
for r in rows:
    if r[1] != "mixed":
        ordered.append(r)
    if r[1] == "cached" and key(r[0]) in mixed:
        ordered.append(mixed.pop(key(r[0])))
ordered += mixed.values()
def ratio(rps, base):
    return f"{rps / base:.2f}" if base else ""
print()
print(f"{'scenario':<44} {'state':<7} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6} {'non-2xx':>7} "
      f"{'our/ceiling':>11} {'our/floor':>9} {'mixed/cached':>12}")
print("-" * 129)
shown = set()
for scenario, state, values in ordered:
    rps, p50, p99, errors, non2xx = values.split()
    rps = float(rps)
    base = key(scenario)
    if base in cold and base not in shown:
        shown.add(base)
        print(f"{scenario:<44} {'cold':<7} {'1 req':>9} {cold[base]:>8} {'':>8} {'':>6} {'':>7} {'':>11} {'':>9} {'':>12}")
    ours = state not in ("ref", "floor")
    ratio_c = ratio(rps, ceiling) if ours else ""
    ratio_f = ratio(rps, floors.get(base)) if ours else ""
    ratio_m = ratio(rps, cached.get(base)) if state == "mixed" else ""
    print(f"{scenario:<44} {state:<7} {rps:>9.0f} {float(p50):>8.2f} {float(p99):>8.2f} {errors:>6} {non2xx:>7} "
          f"{ratio_c:>11} {ratio_f:>9} {ratio_m:>12}")
if writes:
    print()
    print(f"mixed: the scenario as served while bench/writer.py writes once every {interval} ms, alternating DELETE of an")
    print("existing profile and POST /api/profiles (upstreams: bench/fake_upstream.py); the table's mixed rows count the")
    print("writer's errors and non-2xx too. Target: mixed/cached >= 0.80, read p99 <= 10 ms, no errors.")
    print(f"{'scenario':<44} {'writes':>6} {'deletes':>7} {'creates':>7} {'errors':>6} {'non-2xx':>7} {'late':>4} "
          f"{'write p50':>9} {'write p99':>9} {'mixed/cached':>12} {'read p99':>8}  target")
    for scenario, state, values in ordered:
        if state != "mixed":
            continue
        w = writes.get(key(scenario), {})
        rps, p50, p99, errors, non2xx = values.split()
        base = cached.get(key(scenario))
        m = float(rps) / base if base else None
        met = m is not None and m >= 0.80 and float(p99) <= 10 and int(errors) == 0 and int(non2xx) == 0
        fmt = lambda v: f"{v:.2f}" if isinstance(v, (int, float)) else "-"
        print(f"{key(scenario):<44} {w.get('writes', 0):>6} {w.get('deletes', 0):>7} {w.get('creates', 0):>7} "
              f"{w.get('errors', 0):>6} {w.get('non2xx', 0):>7} {w.get('late', 0):>4} {fmt(w.get('p50_ms')):>9} "
              f"{fmt(w.get('p99_ms')):>9} {fmt(m):>12} {float(p99):>8.2f}  {'met' if met else 'missed'}"
              + (f" (HTTP {w['statuses']})" if set(w.get('statuses', {})) - {'201', '204'} else "")
              + (" (writer failed)" if w.get("failed") else ""))
m = re.match(r"cache_hostile: (\d+) combinations, (\d+) distinct filters, (\d+) drawn, (\d+) distinct", hostile)
if m:
    combos, filters, drawn, distinct = map(int, m.groups())
    print()
    print(f"cache_hostile: each request a random draw from {combos:,} combinations of gender x age_group x min_age x")
    print(f"country (50) x sort_by x order x page 1-3 ({filters:,} distinct filters, i.e. counts); {drawn:,} queries drawn,")
    print(f"{distinct:,} distinct: at most {(drawn - distinct) / drawn:.0%} of the pages could have come from the query cache.")
PY
echo
echo "generate: $GENERATE_LINE"
echo "import:   $IMPORT_LINE"
read -r code seconds bytes <<< "$EXPORT_ALL"
python3 -c "import sys; r=int(sys.argv[1]); s=float(sys.argv[2]); print(f'export:   all {r} rows as CSV, HTTP {sys.argv[3]}, {int(sys.argv[4])/1e6:.0f} MB in {s:.2f} s = {r/s:,.0f} rows/s (server -Xmx256m)')" \
  "$ROWS" "$seconds" "$code" "$bytes"
MAX_RSS_KB=$(sort -n "$WORK/rss.txt" 2>/dev/null | tail -1)
echo "server:   max RSS $(( ${MAX_RSS_KB:-0} / 1024 )) MB (ps, sampled after each run); heap (jcmd GC.heap_info):"
echo "$HEAP_INFO" | sed 's/^/            /'
python3 - "$WORK/gc.log" <<'PY'
import re, sys
peak, cap, pauses = 0, 0, []
for line in open(sys.argv[1]):
    m = re.search(r"(\d+)M->(\d+)M\((\d+)M\) ([\d.]+)ms", line)
    if m:
        peak = max(peak, int(m.group(1))); cap = max(cap, int(m.group(3))); pauses.append(float(m.group(4)))
if pauses:
    pauses.sort()
    print(f"          heap peak before GC {peak} MB of {cap} MB committed (max 256 MB); {len(pauses)} GC pauses, "
          f"p99 {pauses[min(len(pauses)-1, int(0.99*len(pauses)))]:.1f} ms, max {pauses[-1]:.1f} ms")
PY
echo "machine:  $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GB", $2/1048576}' /proc/meminfo), load average at start $LOAD_AT_START, at end $(cut -d' ' -f1-3 /proc/loadavg)"
echo "run:      rows=$ROWS duration=${DURATION}s connections=$CONNECTIONS write_interval=${WRITE_INTERVAL_MS}ms${SCENARIOS:+ scenarios=$SCENARIOS} $(date -u +%Y-%m-%dT%H:%M:%SZ)"
