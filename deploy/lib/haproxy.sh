# HAProxy: TLS termination with the deployment's certificate, health checks, and its runtime API
# (a Unix socket) for draining instances one at a time.
# shellcheck shell=bash

# A self-signed certificate for the public URL's host, unless INSIGHTA_DEPLOY_TLS_PEM names a PEM
# file holding a real certificate chain and its key.
tls_prepare() {
  mkdir -p "$TLS_DIR"
  if [ -n "${INSIGHTA_DEPLOY_TLS_PEM:-}" ]; then
    [ -r "$INSIGHTA_DEPLOY_TLS_PEM" ] || die "INSIGHTA_DEPLOY_TLS_PEM: cannot read $INSIGHTA_DEPLOY_TLS_PEM"
    (umask 077 && cp "$INSIGHTA_DEPLOY_TLS_PEM" "$TLS_DIR/haproxy.pem")
    return 0
  fi
  [ -s "$TLS_DIR/haproxy.pem" ] && return 0
  local host names
  host=$(public_host)
  names="DNS:$host"
  [ "$host" = localhost ] && names="DNS:localhost,IP:127.0.0.1"
  say "making a self-signed certificate for $host"
  (
    umask 077
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 825 \
      -subj "/CN=$host" -addext "subjectAltName=$names" \
      -keyout "$TLS_DIR/key.pem" -out "$TLS_DIR/cert.pem" 2>>"$LOGS/openssl.log" ||
      die "openssl could not make the certificate; see $LOGS/openssl.log"
    cat "$TLS_DIR/cert.pem" "$TLS_DIR/key.pem" >"$TLS_DIR/haproxy.pem"
  )
  chmod 644 "$TLS_DIR/cert.pem"
}

public_host() {
  local url
  url=$(sed -n 's/^INSIGHTA_PUBLIC_URL=//p' "$SERVER_ENV")
  url=${url#*://}
  url=${url%%/*}
  echo "${url%:*}"
}

haproxy_configure() {
  local servers="" n run_as=""
  for ((n = 1; n <= INSTANCES; n++)); do
    servers+="    server app$n 127.0.0.1:$(instance_port "$n")"$'\n'
  done
  if [ "$(id -u)" -eq 0 ] && id haproxy >/dev/null 2>&1; then
    run_as="    user haproxy"$'\n'"    group haproxy"
  fi
  local cfg
  cfg=$(<"$DEPLOY_HOME/haproxy.cfg.in")
  cfg=${cfg//@HAPROXY_SOCK@/$HAPROXY_SOCK}
  cfg=${cfg//@RUN_AS@/$run_as}
  cfg=${cfg//@BIND_ADDRESS@/$BIND_ADDRESS}
  cfg=${cfg//@TLS_PORT@/$TLS_PORT}
  cfg=${cfg//@TLS_PEM@/$TLS_DIR/haproxy.pem}
  cfg=${cfg//@SERVERS@/$servers}
  mkdir -p "$HAPROXY_DIR"
  printf '%s\n' "$cfg" >"$HAPROXY_DIR/haproxy.cfg"
  haproxy -c -q -f "$HAPROXY_DIR/haproxy.cfg" || die "HAProxy rejects $HAPROXY_DIR/haproxy.cfg"
}

haproxy_start() {
  alive "$RUN/haproxy.pid" && return 0
  say "starting HAProxy on https://$BIND_ADDRESS:$TLS_PORT"
  setsid haproxy -f "$HAPROXY_DIR/haproxy.cfg" </dev/null >>"$LOGS/haproxy.log" 2>&1 &
  echo $! >"$RUN/haproxy.pid"
  wait_until 15 listening "$TLS_PORT" || die "HAProxy is not listening; see $LOGS/haproxy.log"
  local n
  for ((n = 1; n <= INSTANCES; n++)); do
    wait_until 30 server_is "app$n" UP || die "HAProxy does not see instance $n up; see $LOGS/haproxy.log"
  done
}

# SIGUSR1 is HAProxy's soft stop: it stops listening and lets open requests finish.
haproxy_stop() {
  alive "$RUN/haproxy.pid" || return 0
  say "stopping HAProxy"
  local pid
  pid=$(cat "$RUN/haproxy.pid")
  kill -USR1 "$pid" 2>/dev/null || true
  wait_until 30 not_running "$pid" || kill -TERM "$pid" 2>/dev/null || true
  stop_pidfile "$RUN/haproxy.pid" 10 HAProxy
}

haproxy_api() {
  printf '%s\n' "$*" | socat -t 5 - "UNIX-CONNECT:$HAPROXY_SOCK"
}

# One field ($2: a `show stat` column such as status or scur) of server $1 of the backend.
server_field() {
  haproxy_api "show stat" | awk -F, -v server="$1" -v field="$2" '
    NR == 1 { sub(/^# /, ""); for (i = 1; i <= NF; i++) column[$i] = i; next }
    $1 == "insighta" && $2 == server { print $column[field] }'
}

server_is() {
  [ "$(server_field "$1" status)" = "$2" ]
}

server_idle() {
  [ "$(server_field "$1" scur)" = 0 ]
}
