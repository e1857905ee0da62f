# Shared helpers of insighta-deploy: messages, the deployment's layout and state file, free ports,
# waiting, and running commands as the PostgreSQL owner.
# shellcheck shell=bash

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

say() { printf '[insighta-deploy] %s\n' "$*" >&2; }
die() {
  printf '[insighta-deploy] error: %s\n' "$*" >&2
  exit 1
}

need() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' is not installed (Debian: apt-get install $(package_of "$tool"))"
  done
}

package_of() {
  case $1 in
    redis-server | redis-cli) echo redis-server ;;
    ss) echo iproute2 ;;
    *) echo "$1" ;;
  esac
}

# Every path of a deployment, below one directory.
layout() {
  D=$(realpath -m "${INSIGHTA_DEPLOY_DIR:-$PWD/insighta-deployment}")
  STATE=$D/deployment.env
  SERVER_ENV=$D/server.env
  SECRETS=$D/secrets
  LOGS=$D/logs
  RUN=$D/run
  APP_JAR=$D/app/insighta-server.jar
  PG_DIR=$D/postgres
  PG_DATA=$PG_DIR/data
  REDIS_DIR=$D/redis
  HAPROXY_DIR=$D/haproxy
  HAPROXY_SOCK=$HAPROXY_DIR/admin.sock
  TLS_DIR=$D/tls
}

# deployment.env holds the ports and choices made by the first `up`; later commands reuse them.
load_state() {
  [ -f "$STATE" ] || die "no deployment in $D (run: insighta-deploy up)"
  # shellcheck disable=SC1090
  . "$STATE"
}

save_state() {
  local tmp=$STATE.tmp
  {
    echo "# Chosen by the first 'insighta-deploy up'; later commands reuse these values."
    local name
    for name in INSTANCES PG_PORT REDIS_PORT TLS_PORT BIND_ADDRESS INSTANCE_PORTS JAVA JAVA_OPTS PG_SUPERUSER; do
      printf '%s=%q\n' "$name" "${!name}"
    done
  } >"$tmp"
  mv "$tmp" "$STATE"
}

# A port nobody listens on, scanning up from $1 and skipping ports this run already chose.
TAKEN_PORTS=" "
free_port() {
  local port=$1
  while [ "$port" -lt 32768 ]; do
    if [[ $TAKEN_PORTS != *" $port "* ]] && ! listening "$port"; then
      TAKEN_PORTS+="$port "
      echo "$port"
      return 0
    fi
    port=$((port + 1))
  done
  die "no free port above $1"
}

listening() {
  ss -Htln "sport = :$1" 2>/dev/null | grep -q .
}

# Polls `$@` every 0.2 s until it succeeds or $1 seconds (first argument) pass.
wait_until() {
  local seconds=$1
  shift
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

alive() {
  local pid
  pid=$(cat "$1" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

# Sends SIGTERM to the process in pid file $1, waits up to $2 seconds, then SIGKILL.
stop_pidfile() {
  local pidfile=$1 patience=$2 name=$3 pid
  alive "$pidfile" || {
    rm -f "$pidfile"
    return 0
  }
  pid=$(cat "$pidfile")
  kill -TERM "$pid" 2>/dev/null || true
  if ! wait_until "$patience" not_running "$pid"; then
    say "$name (pid $pid) did not stop within ${patience}s: killing it"
    kill -KILL "$pid" 2>/dev/null || true
    wait_until 10 not_running "$pid" || true
  fi
  rm -f "$pidfile"
}

not_running() { ! kill -0 "$1" 2>/dev/null; }

# initdb refuses to run as root, so as root the cluster belongs to the postgres user.
as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

secret() {
  local file=$SECRETS/$1
  if [ ! -s "$file" ]; then
    (umask 077 && openssl rand -hex "$2" >"$file")
  fi
  cat "$file"
}
