#!/usr/bin/env bash
# Fault and load scenarios, one command (docs/faults.md). Not part of the everyday suite.
#
#   scripts/fault-scenarios.sh
#
# It builds the jar once, starts its own PostgreSQL (Debian's postgresql, installed with apt-get when missing) in a
# temporary directory on 127.0.0.1:15432, and runs:
#   (a) the deadline night: 200 researchers of 10 investigations submit their findings at the same instant;
#   (d) two nodes on that database (127.0.0.1:18081 and :18082): submissions spread over both, reminders due at once,
#       page sessions per node, and the repository's nginx configuration in front of them when nginx is available;
#   (c) the database stopped and started again under load on both nodes;
#   (b) the embedded-database default started with README's first command (./mvnw spring-boot:run) on :18080,
#       killed with kill -9 in the middle of a burst, and started again with the same command.
# It prints a summary table (also written to target/fault-scenarios/summary.md) and exits non-zero when a check
# fails. Everything it starts it stops (trap); every wait is bounded; all traffic goes to 127.0.0.1.
# Sizes: INVESTIGATIONS (10) x TEAM (20) for (a), CRASH_INVESTIGATIONS (5) x TEAM for (b). SCENARIOS="a d c b" (the
# default) runs them all; a subset, e.g. SCENARIOS=b, runs only those (c needs d's accounts, so d runs with c).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$ROOT/target/fault-scenarios
PG_PORT=15432
EMBEDDED_PG_PORT=15433
EMBEDDED_PORT=18080
NODE1=18081
NODE2=18082
PROXY_PORT=18090
INVESTIGATIONS=${INVESTIGATIONS:-10}
TEAM=${TEAM:-20}
CRASH_INVESTIGATIONS=${CRASH_INVESTIGATIONS:-5}
SCENARIOS=${SCENARIOS:-a d c b}
PASSWORD=fault-scenarios-1
DB_PASSWORD=fault-scenarios-db
TZ_THINK_TANK=Asia/Shanghai

# ---- ACCOUNTS ------------------------------------------------------------------------------------------------------
# The one place that knows how accounts come to be. Today every node seeds the demo (SURVEYFLOW_DEMO=true), whose
# admin is admin/demo. Once the first admin comes from SURVEYFLOW_ADMIN_PASSWORD (production accounts), set
# SURVEYFLOW_DEMO=false here and ADMIN_PASSWORD to that secret; nothing else in this script uses demo accounts: it
# creates its own organizer, reviewers, researchers (below) and meeting (the driver) through the API.
ADMIN_USER=${ADMIN_USER:-admin}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-demo}
ACCOUNT_ENVIRONMENT=(SURVEYFLOW_DEMO=true "SURVEYFLOW_ADMIN_PASSWORD=$ADMIN_PASSWORD")

# setup_accounts BASE PREFIX RESEARCHERS: PREFIX-organizer, PREFIX-reviewer-1/2, PREFIX-r001... with $PASSWORD
setup_accounts() {
  driver accounts "$1" "$ADMIN_USER" "$ADMIN_PASSWORD" "$PASSWORD" "$2" "$3"
}
# --------------------------------------------------------------------------------------------------------------------

STARTED_PIDS=()
PGDATA=
PG_BIN=
FAILED=0
SUMMARY=()

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
now_ms() { date +%s%3N; }
seconds_since() { awk -v a="$1" -v b="$(now_ms)" 'BEGIN { printf "%.1f", (b - a) / 1000 }'; }
driver() { java -cp "$WORK/driver" LoadDriver "$@"; }
check() { # check NAME CONDITION-RESULT(0/1) DETAIL
  if [ "$2" = 0 ]; then log "  ok   $1 ($3)"; else log "  FAIL $1 ($3)"; FAILED=1; fi
}
row() { SUMMARY+=("$1"); }

# stop_started: every process this script started, politely, then firmly after 30 s
stop_started() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${STARTED_PIDS[@]}"; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  STARTED_PIDS=()
}

cleanup() {
  set +e
  log "stopping what this script started"
  # the application ./mvnw spring-boot:run forked, should it outlive its Maven
  local app; app=$(listener_pid "$EMBEDDED_PORT")
  if [ -n "$app" ] && grep -q "$ROOT/target/classes" "/proc/$app/cmdline" 2>/dev/null; then
    kill -TERM "$app" 2>/dev/null; sleep 5
  fi
  stop_started
  # an embedded PostgreSQL left running by the application this script killed, should the restart not have happened
  local pidfile=$WORK/embedded/postgres/postmaster.pid
  if [ -f "$pidfile" ]; then
    local pg; pg=$(head -1 "$pidfile")
    if [ -n "$pg" ] && grep -q postgres "/proc/$pg/cmdline" 2>/dev/null; then kill -TERM "$pg" 2>/dev/null; fi
  fi
  if [ -f "$WORK/nginx/nginx.pid" ]; then kill -TERM "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null; fi
  if [ -n "$PGDATA" ] && [ -f "$PGDATA/postmaster.pid" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w -t 30 stop >/dev/null 2>&1
  fi
  if [ -n "$PGDATA" ]; then rm -rf "$PGDATA"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# wait_ready PORT SECONDS: until the node's readiness probe answers 200
wait_ready() {
  local deadline=$(( $(date +%s) + $2 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$1/actuator/health/readiness" 2>/dev/null; then return 0; fi
    sleep 1
  done
  log "node on :$1 did not become ready within $2 s"; return 1
}

# the pid of the process listening on a loopback port
listener_pid() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }

ext_sql() { PGPASSWORD=$DB_PASSWORD psql -h 127.0.0.1 -p "$PG_PORT" -U surveyflow -d surveyflow -Atqc "$1"; }
emb_sql() { psql -h 127.0.0.1 -p "$EMBEDDED_PG_PORT" -U postgres -d postgres -Atqc "$1"; }

# ---- preparation ---------------------------------------------------------------------------------------------------

prepare() {
  rm -rf "$WORK"; mkdir -p "$WORK/driver"
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! command -v psql >/dev/null; then
    log "installing Debian's postgresql"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  if ! command -v nginx >/dev/null; then
    log "installing nginx (for the proxy check of scenario d; skipped if it cannot be installed)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx-light \
      >/dev/null 2>&1) || log "nginx not available: the proxy check is skipped"
  fi
  log "building the jar once"
  (cd "$ROOT" && (./mvnw -q -B -o -DskipTests package 2>/dev/null || ./mvnw -q -B -DskipTests package))
  JAR=$(ls "$ROOT"/target/survey-workflow-*.jar | grep -v plain | head -1)
  javac -d "$WORK/driver" "$ROOT/scripts/faults/LoadDriver.java"
}

start_database() {
  PGDATA=$(mktemp -d /tmp/surveyflow-faults-pg.XXXXXX)
  chown postgres:postgres "$PGDATA"; chmod 700 "$PGDATA"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 >/dev/null
  pg_start
  runuser -u postgres -- psql -h "$PGDATA" -p "$PG_PORT" -d postgres -q \
    -c "create role surveyflow login password '$DB_PASSWORD'" -c "create database surveyflow owner surveyflow"
}
pg_start() {
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PGDATA -c max_connections=100" start >/dev/null
}
pg_stop() { runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w -t 60 stop >/dev/null; }

# start_node NAME PORT: the jar on the external PostgreSQL (the postgres profile)
start_node() {
  env SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/surveyflow" \
    SPRING_DATASOURCE_USERNAME=surveyflow SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" PORT="$2" SERVER_ADDRESS=127.0.0.1 \
    CAMUNDA_BPM_GENERICPROPERTIES_PROPERTIES_HOSTNAME="$1" "${ACCOUNT_ENVIRONMENT[@]}" \
    java -Xmx512m -jar "$JAR" >"$WORK/$1.log" 2>&1 &
  STARTED_PIDS+=($!)
}

# ---- shared checks -------------------------------------------------------------------------------------------------

# surveys_of PLAN: the comma-separated survey ids of a plan
surveys_of() { cut -d' ' -f1 "$1" | sort -u | paste -sd, -; }
acked_of() { awk '$4 == 204' "$1" | wc -l; }
kinds_of() { # "204:180 409:20" style, from an outcome file of the driver (column $2)
  awk -v c="$2" '{ n[$c]++ } END { for (k in n) printf "%s%s:%d", (i++ ? " " : ""), k, n[k] }' "$1"
}

# check_stored SQLFN PLAN OUT: every acknowledged submission stored once, and none twice
check_stored() {
  local sql=$1 plan=$2 out=$3 surveys; surveys=$(surveys_of "$plan")
  $sql "select author from finding where status = 'SUBMITTED' and survey_id in ($surveys)" | sort >"$out.stored"
  awk '$4 == 204 { print $2 }' "$out" | sort >"$out.acked"
  STORED=$(wc -l <"$out.stored")
  MISSING=$(comm -23 "$out.acked" "$out.stored" | wc -l)
  TWICE=$($sql "select count(*) from (select actor from survey_event where kind = 'FINDINGS_SUBMITTED'
                and survey_id in ($surveys) group by survey_id, actor having count(*) > 1) d")
  DOUBLE_FINDINGS=$(sort "$out.stored" | uniq -d | wc -l)
}

# await_drafting SQLFN PLAN SECONDS: every investigation of the plan in drafting, each with exactly one draft task
await_drafting() {
  local sql=$1 surveys; surveys=$(surveys_of "$2")
  local expected; expected=$(echo "$surveys" | tr , '\n' | wc -l)
  local deadline=$(( $(date +%s) + $3 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    DRAFTING=$($sql "select count(*) from survey where id in ($surveys) and stage = 'DRAFTING'")
    [ "$DRAFTING" = "$expected" ] && break
    sleep 1
  done
  DRAFT_TASKS=$($sql "select count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_
    join survey s on s.business_key = p.business_key_ where s.id in ($surveys) and t.task_def_key_ = 'draftReport'")
  EXPECTED_SURVEYS=$expected
}

# ---- (a) the deadline night ----------------------------------------------------------------------------------------

scenario_deadline_night() {
  log "(a) the deadline night: $((INVESTIGATIONS * TEAM)) researchers, $INVESTIGATIONS investigations, node 1"
  setup_accounts "http://127.0.0.1:$NODE1" night $((INVESTIGATIONS * TEAM))
  driver launch "http://127.0.0.1:$NODE1" "$PASSWORD" night NIGHT "$INVESTIGATIONS" "$TEAM" 1 2 P1D "$WORK/a.plan"
  local start; start=$(now_ms)
  driver burst "$WORK/a.plan" "$PASSWORD" "http://127.0.0.1:$NODE1" "$WORK/a.out"
  local burst_s; burst_s=$(seconds_since "$start")
  await_drafting ext_sql "$WORK/a.plan" 120
  local moved_s; moved_s=$(seconds_since "$start")
  check_stored ext_sql "$WORK/a.plan" "$WORK/a.out"
  local sent acked; sent=$(wc -l <"$WORK/a.out"); acked=$(acked_of "$WORK/a.out")
  check "(a) every submission acknowledged" "$([ "$acked" = "$sent" ] && echo 0 || echo 1)" "$acked of $sent"
  check "(a) every acknowledged submission stored once" "$([ "$MISSING" = 0 ] && [ "$TWICE" = 0 ] && [ "$DOUBLE_FINDINGS" = 0 ] && echo 0 || echo 1)" \
    "stored $STORED, missing $MISSING, twice $TWICE"
  check "(a) each investigation moved to drafting once" \
    "$([ "$DRAFTING" = "$EXPECTED_SURVEYS" ] && [ "$DRAFT_TASKS" = "$EXPECTED_SURVEYS" ] && echo 0 || echo 1)" \
    "$DRAFTING of $EXPECTED_SURVEYS in drafting, $DRAFT_TASKS draft tasks"
  row "| (a) deadline night, 1 node | $sent | $acked | $STORED | $(kinds_of "$WORK/a.out" 4) | burst answered in ${burst_s} s; all $EXPECTED_SURVEYS in drafting after ${moved_s} s |"
}

# ---- (d) two nodes -------------------------------------------------------------------------------------------------

scenario_two_nodes() {
  log "(d) two nodes on one PostgreSQL"
  local base1=http://127.0.0.1:$NODE1 base2=http://127.0.0.1:$NODE2
  setup_accounts "$base2" twin 40
  # findings due today with a reminder lead of two days: each reminder timer is due the moment it is created
  driver launch "$base2" "$PASSWORD" twin TWIN 4 10 1 0 P2D "$WORK/d.plan"
  local surveys fired=0 deadline=$(( $(date +%s) + 60 )); surveys=$(surveys_of "$WORK/d.plan")
  while [ "$fired" -lt 4 ] && [ "$(date +%s)" -lt "$deadline" ]; do
    sleep 1
    fired=$(ext_sql "select count(distinct a.proc_inst_id_) from act_hi_actinst a join act_hi_procinst p
      on p.id_ = a.proc_inst_id_ join survey s on s.business_key = p.business_key_
      where s.id in ($surveys) and a.act_id_ = 'findingsRemind' and a.end_time_ is not null")
  done
  local notices; notices=$(ext_sql "select count(*) from notification where kind = 'REMINDER' and survey_id in ($surveys)")
  log "  reminders fired by the job executors: $fired of 4, $notices notices"
  local start; start=$(now_ms)
  driver burst "$WORK/d.plan" "$PASSWORD" "$base1,$base2" "$WORK/d.out"
  await_drafting ext_sql "$WORK/d.plan" 120
  check_stored ext_sql "$WORK/d.plan" "$WORK/d.out"
  local sent acked; sent=$(wc -l <"$WORK/d.out"); acked=$(acked_of "$WORK/d.out")
  # the findings reminder, and the draft reminder (due at once too when drafting starts): each fired once per instance
  local reminders_ok; reminders_ok=$(ext_sql "select count(*) from (select p.id_ from act_hi_procinst p
      join survey s on s.business_key = p.business_key_ join act_hi_actinst a on a.proc_inst_id_ = p.id_
      where s.id in ($surveys) and a.act_id_ in ('findingsRemind', 'draftRemind') group by p.id_
      having count(*) filter (where a.act_id_ = 'findingsRemind') = 1
         and count(*) filter (where a.act_id_ = 'draftRemind') = 1) once")
  local by_node; by_node=$(ext_sql "select coalesce(hostname_, '?') || ':' || count(*) from act_hi_job_log
      where job_def_type_ in ('timer-transition', 'async-continuation') and process_instance_id_ in
      (select p.id_ from act_hi_procinst p join survey s on s.business_key = p.business_key_ where s.id in ($surveys))
      and job_state_ = 2 group by hostname_ order by 1" | paste -sd' ' -)
  check "(d) every submission to either node acknowledged" "$([ "$acked" = "$sent" ] && echo 0 || echo 1)" "$acked of $sent"
  check "(d) every acknowledged submission stored once" "$([ "$MISSING" = 0 ] && [ "$TWICE" = 0 ] && echo 0 || echo 1)" \
    "stored $STORED, missing $MISSING, twice $TWICE"
  check "(d) each investigation moved to drafting once" \
    "$([ "$DRAFTING" = 4 ] && [ "$DRAFT_TASKS" = 4 ] && echo 0 || echo 1)" "$DRAFTING in drafting, $DRAFT_TASKS draft tasks"
  check "(d) each due reminder fired exactly once" "$([ "$reminders_ok" = 4 ] && [ "$notices" = 40 ] && echo 0 || echo 1)" \
    "findings and draft reminder once in $reminders_ok of 4 instances; $notices findings reminder notices for 40 researchers"

  # a page session belongs to the node that signed the browser in
  local jar=$WORK/d.cookies token same other
  token=$(curl -s -c "$jar" -b "$jar" "$base1/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=twin-organizer" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$base1/login"
  same=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base1/")
  other=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base2/")
  check "(d) a page session works on its own node only" "$([ "$same" = 200 ] && [ "$other" = 302 ] && echo 0 || echo 1)" \
    "node 1: $same, the same cookie on node 2: $other (sign-in page)"
  local proxy="no nginx"
  if command -v nginx >/dev/null; then proxy=$(proxy_check); fi
  row "| (d) two nodes | $sent | $acked | $STORED | $(kinds_of "$WORK/d.out" 4) | reminders once: $reminders_ok/4 ($notices notices to 40 researchers); jobs by node: $by_node; page session on the other node: $other; proxy: $proxy |"
}

# proxy_check: the repository's nginx configuration, its upstreams on loopback, in front of both nodes
proxy_check() {
  mkdir -p "$WORK/nginx/tmp"
  sed -e "s/app1:8080/127.0.0.1:$NODE1/; s/app2:8080/127.0.0.1:$NODE2/; s/listen 80;/listen 127.0.0.1:$PROXY_PORT;/" \
    "$ROOT/deploy/nginx/two-nodes.conf" >"$WORK/nginx/two-nodes.conf"
  cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 256; }
http {
  log_format upstreams '\$request_method \$uri \$status \$upstream_addr';
  access_log $WORK/nginx/access.log upstreams;
  client_body_temp_path $WORK/nginx/tmp/body; proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi; uwsgi_temp_path $WORK/nginx/tmp/uwsgi; scgi_temp_path $WORK/nginx/tmp/scgi;
  include $WORK/nginx/two-nodes.conf;
}
EOF
  if ! nginx -t -q -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" 2>"$WORK/nginx/test.log"; then
    echo "config refused ($(tr '\n' ' ' <"$WORK/nginx/test.log"))"; FAILED=1; return
  fi
  nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
  local base=http://127.0.0.1:$PROXY_PORT jar=$WORK/proxy.cookies token api_ok=0 pages_ok=0
  for _ in $(seq 1 8); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -u "twin-organizer:$PASSWORD" "$base/api/me")" = 200 ] && api_ok=$((api_ok + 1))
  done
  token=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=twin-organizer" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$base/login"
  for _ in $(seq 1 8); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base/")" = 200 ] && pages_ok=$((pages_ok + 1))
  done
  local api_nodes page_nodes
  api_nodes=$(awk '$2 == "/api/me" { print $4 }' "$WORK/nginx/access.log" | sort -u | wc -l)
  page_nodes=$(awk '$2 == "/" || $2 == "/login" { print $4 }' "$WORK/nginx/access.log" | sort -u | wc -l)
  kill -TERM "$(cat "$WORK/nginx/nginx.pid")"
  local ok=1; [ "$api_ok" = 8 ] && [ "$pages_ok" = 8 ] && [ "$page_nodes" = 1 ] && [ "$api_nodes" = 2 ] && ok=0
  [ "$ok" = 0 ] || FAILED=1
  echo "API 8/8 → $api_ok ok over $api_nodes nodes, signed-in pages 8/8 → $pages_ok ok on $page_nodes node"
}

# ---- (c) the database stops under load -----------------------------------------------------------------------------

scenario_database_outage() {
  log "(c) the database stops under load and starts again"
  local seconds=40
  driver load "http://127.0.0.1:$NODE1,http://127.0.0.1:$NODE2" twin-organizer "$PASSWORD" "$seconds" 6 "$WORK/c.out" &
  local load=$!
  STARTED_PIDS+=("$load")
  sleep 8
  pg_stop; local stop; stop=$(now_ms); log "  database stopped"
  sleep 12
  pg_start; local start; start=$(now_ms); log "  database started"
  wait "$load"
  # outcomes while the database was away (sent after the stop, answered before the restart)
  local during after first_ok recovery slowest
  during=$(awk -v s="$stop" -v e="$start" '$1 >= s && $1 + $3 <= e { n[$2]++ } END { for (k in n) printf "%s%s:%d", (i++ ? " " : ""), k, n[k] }' "$WORK/c.out")
  after=$(awk -v e="$start" '$1 + $3 > e && $2 != 200 { n[$2]++ } END { for (k in n) printf "%s%s:%d", (i++ ? " " : ""), k, n[k] }' "$WORK/c.out")
  first_ok=$(awk -v e="$start" '$1 >= e && $2 == 200 { printf "%.0f\n", $1 + $3 }' "$WORK/c.out" | sort -n | head -1)
  recovery=$(awk -v a="$start" -v b="${first_ok:-0}" 'BEGIN { if (b == 0) print "never"; else printf "%.1f s", (b - a) / 1000 }')
  slowest=$(awk -v s="$stop" -v e="$start" '$1 >= s && $1 + $3 <= e && $3 > m { m = $3 } END { printf "%.1f s", m / 1000 }' "$WORK/c.out")
  local other; other=$(awk -v s="$stop" -v e="$start" '$1 >= s && $1 + $3 <= e && $2 != 503 && $2 != 200' "$WORK/c.out" | wc -l)
  check "(c) while the database is away, only 503 answers" "$([ "$other" = 0 ] && [[ "$during" == *503* ]] && echo 0 || echo 1)" "$during"
  check "(c) answers again without a restart" "$([ "$recovery" != never ] && echo 0 || echo 1)" "first 200 $recovery after the database started"
  local sent acked; sent=$(wc -l <"$WORK/c.out"); acked=$(awk '$2 == 200' "$WORK/c.out" | wc -l)
  row "| (c) database stopped for $(( (start - stop) / 1000 )) s under load, 2 nodes | $sent | $acked | (reads) | all: $(kinds_of "$WORK/c.out" 2); while away: $during; after restart: ${after:-none} | 503 within $slowest; recovered $recovery after the database started |"
}

# ---- (b) kill -9 in the middle of a burst --------------------------------------------------------------------------

# the README's first command, on its own data directory and ports
readme_start() {
  (cd "$ROOT" && exec env PORT=$EMBEDDED_PORT SERVER_ADDRESS=127.0.0.1 SURVEYFLOW_DATA_DIR="$WORK/embedded" \
    SURVEYFLOW_EMBEDDEDDATABASE_PORT=$EMBEDDED_PG_PORT JAVA_TOOL_OPTIONS=-Xmx512m \
    ./mvnw spring-boot:run >"$WORK/$1.log" 2>&1) &
  STARTED_PIDS+=($!)
}

scenario_kill_9() {
  log "(b) kill -9 in the middle of a burst: the embedded default (./mvnw spring-boot:run)"
  local base=http://127.0.0.1:$EMBEDDED_PORT researchers=$((CRASH_INVESTIGATIONS * TEAM))
  local first_start; first_start=$(now_ms)
  readme_start embedded-1
  wait_ready "$EMBEDDED_PORT" 420
  log "  started in $(seconds_since "$first_start") s"
  setup_accounts "$base" crash $((researchers + 2))
  driver launch "$base" "$PASSWORD" crash CRASH "$CRASH_INVESTIGATIONS" "$TEAM" 1 2 P1D "$WORK/b.plan"
  # two more researchers, on an investigation whose reminder falls due a minute from now: while the application is down
  driver launch "$base" "$PASSWORD" crash CRASH 1 2 $((researchers + 1)) 0 in:60 "$WORK/b-timer.plan"
  local app; app=$(listener_pid "$EMBEDDED_PORT")
  local kill_after=$((researchers * 2 / 5))
  driver burst "$WORK/b.plan" "$PASSWORD" "$base" "$WORK/b.out" "$app" "$kill_after"
  local killed; killed=$(now_ms)
  local orphan="none" pidfile=$WORK/embedded/postgres/postmaster.pid
  sleep 1
  if [ -f "$pidfile" ] && kill -0 "$(head -1 "$pidfile")" 2>/dev/null; then orphan="pid $(head -1 "$pidfile") still running"; fi
  log "  application killed; its PostgreSQL: $orphan"
  local restart; restart=$(now_ms)
  readme_start embedded-2
  if ! wait_ready "$EMBEDDED_PORT" 420; then
    check "(b) the restart needed no hand" 1 "not ready; see $WORK/embedded-2.log"
    row "| (b) kill -9, restart with ./mvnw spring-boot:run | $(wc -l <"$WORK/b.out") | $(acked_of "$WORK/b.out") | ? | $(kinds_of "$WORK/b.out" 4) | restart FAILED |"
    return
  fi
  local recovery; recovery=$(seconds_since "$restart")
  local app_start; app_start=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$WORK/embedded-2.log" | grep -o '[0-9.]* seconds' | head -1)
  log "  started again in $recovery s ($app_start of it the application's own start)"
  check_stored emb_sql "$WORK/b.plan" "$WORK/b.out"
  local sent acked; sent=$(wc -l <"$WORK/b.out"); acked=$(acked_of "$WORK/b.out")
  local stored_unacked=$(( STORED - acked + MISSING ))
  local stopped="no orphan"
  grep -q 'was left running by an earlier run' "$WORK/embedded-2.log" && stopped="the restart stopped it"
  check "(b) the restart needed no hand" 0 "orphan: $orphan, $stopped; ready in $recovery s"
  check "(b) every acknowledged submission is there after the restart" "$([ "$MISSING" = 0 ] && [ "$TWICE" = 0 ] && echo 0 || echo 1)" \
    "acknowledged $acked, stored $STORED, acknowledged but missing $MISSING"
  # the clients whose submission was not acknowledged send it again
  awk '$4 != 204 { print $1, $2 }' "$WORK/b.out" >"$WORK/b-again.plan"
  local again_kinds="none"
  if [ -s "$WORK/b-again.plan" ]; then
    driver burst "$WORK/b-again.plan" "$PASSWORD" "$base" "$WORK/b-again.out"
    again_kinds=$(kinds_of "$WORK/b-again.out" 4)
    local bad; bad=$(awk '$4 != 204 && $4 != 409' "$WORK/b-again.out" | wc -l)
    check "(b) sent again, each is stored or already was" "$([ "$bad" = 0 ] && echo 0 || echo 1)" "$again_kinds"
  fi
  check_stored emb_sql "$WORK/b.plan" "$WORK/b.out"
  # jobs the killed application had locked wait for their lock to expire (lock-time-in-millis, 60 s)
  await_drafting emb_sql "$WORK/b.plan" 150
  local continued; continued=$(seconds_since "$restart")
  check "(b) the processes continue: each investigation moved to drafting once" \
    "$([ "$DRAFTING" = "$EXPECTED_SURVEYS" ] && [ "$DRAFT_TASKS" = "$EXPECTED_SURVEYS" ] && echo 0 || echo 1)" \
    "$DRAFTING of $EXPECTED_SURVEYS, $DRAFT_TASKS draft tasks, $STORED of $researchers findings submitted; ${continued} s after the restart began"
  local timer_survey reminders=0 deadline=$(( $(date +%s) + 150 ))
  timer_survey=$(surveys_of "$WORK/b-timer.plan")
  while [ "$(date +%s)" -lt "$deadline" ]; do
    reminders=$(emb_sql "select count(*) from notification where kind = 'REMINDER' and survey_id = $timer_survey")
    [ "$reminders" -gt 0 ] && break
    sleep 2
  done
  check "(b) a timer due while the application was down fires after the restart" \
    "$([ "$reminders" = 2 ] && echo 0 || echo 1)" "$reminders reminder notices for 2 researchers"
  row "| (b) kill -9 after $kill_after acknowledged, restart with ./mvnw spring-boot:run | $sent | $acked | $STORED after resending (${stored_unacked} stored though unacknowledged) | burst: $(kinds_of "$WORK/b.out" 4); sent again: $again_kinds | restart ready in $recovery s (application $app_start); orphan: $orphan, $stopped; all in drafting ${continued} s after the restart began; reminder after restart: $reminders |"
  kill -TERM "$(listener_pid "$EMBEDDED_PORT")" 2>/dev/null || true
}

# ---- main ----------------------------------------------------------------------------------------------------------

main() {
  local begin; begin=$(now_ms)
  prepare
  start_database
  log "database on 127.0.0.1:$PG_PORT ($("$PG_BIN/postgres" --version))"
  local t; t=$(now_ms)
  if [[ "$SCENARIOS" =~ [acd] ]]; then
    start_node node1 "$NODE1"; wait_ready "$NODE1" 300; log "node 1 ready in $(seconds_since "$t") s"
  fi
  if [[ "$SCENARIOS" == *a* ]]; then scenario_deadline_night; fi
  if [[ "$SCENARIOS" =~ [cd] ]]; then
    t=$(now_ms)
    start_node node2 "$NODE2"; wait_ready "$NODE2" 300; log "node 2 ready in $(seconds_since "$t") s"
    # scenario c's load signs in as the organizer scenario d creates
    scenario_two_nodes
  fi
  if [[ "$SCENARIOS" == *c* ]]; then scenario_database_outage; fi
  stop_started
  if [[ "$SCENARIOS" == *b* ]]; then scenario_kill_9; fi
  local total; total=$(seconds_since "$begin")
  {
    echo "Fault scenarios, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -1), $("$PG_BIN/postgres" --version); total ${total} s"
    echo
    echo "| scenario | sent | acknowledged | stored | outcomes | recovery, timing |"
    echo "|---|---|---|---|---|---|"
    printf '%s\n' "${SUMMARY[@]}"
  } | tee "$WORK/summary.md"
  [ "$FAILED" = 0 ] && log "all checks passed" || log "some checks FAILED (logs in $WORK)"
  return "$FAILED"
}

main "$@"
