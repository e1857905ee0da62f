# The server instances: the same jar and the same settings, each on its own loopback port with its
# own data directory and log; started detached, stopped with SIGTERM (the server drains in-flight
# requests for up to 20 s).
# shellcheck shell=bash

# Server settings taken from the environment of the first `up` into server.env (editable there).
PASSED_SETTINGS="INSIGHTA_TEST_LOGIN RATE_LIMIT_AUTH RATE_LIMIT_API ACCESS_TOKEN_TTL REFRESH_TOKEN_TTL
SESSION_MAX_AGE GITHUB_CLIENT_ID GITHUB_CLIENT_SECRET GITHUB_OAUTH_URL GITHUB_API_URL GENDERIZE_URL
AGIFY_URL NATIONALIZE_URL INSIGHTA_ADMIN_LOGINS INSIGHTA_ADMIN_GITHUB_IDS PORTAL_URL INSIGHTA_SEED
INSIGHTA_CORS_ORIGINS CACHE_TTL DB_POOL_SIZE DB_STATEMENT_TIMEOUT LOG_FORMAT"

write_server_env() {
  [ -f "$SERVER_ENV" ] && return 0
  (
    umask 077
    {
      echo "# Settings of every instance (KEY=value, one a line). Edit, then: insighta-deploy rolling-restart"
      echo "# DATABASE_URL, REDIS_URL, JWT_ACCESS_SECRET, PORT and INSIGHTA_DATA_DIR are added at start."
      echo "INSIGHTA_PUBLIC_URL=${INSIGHTA_PUBLIC_URL:-https://localhost:$TLS_PORT}"
      echo "INSIGHTA_TRUSTED_PROXIES=127.0.0.1"
      local name
      for name in $PASSED_SETTINGS; do
        if [ -n "${!name+set}" ]; then
          printf '%s=%s\n' "$name" "${!name}"
        fi
      done
    } >"$SERVER_ENV"
  )
}

# JWT_ACCESS_SECRET: the caller's, else none (INSIGHTA_DEPLOY_JWT_SECRET=none, the default: the
# instances share the signing keys kept in PostgreSQL), or one generated for the deployment (=generate).
prepare_signing_secret() {
  if [ -n "${JWT_ACCESS_SECRET:-}" ]; then
    (umask 077 && printf '%s' "$JWT_ACCESS_SECRET" >"$SECRETS/jwt-access-secret")
  elif [ "${INSIGHTA_DEPLOY_JWT_SECRET:-none}" = generate ]; then
    secret jwt-access-secret 32 >/dev/null
  elif [ "${INSIGHTA_DEPLOY_JWT_SECRET:-none}" != none ]; then
    die "INSIGHTA_DEPLOY_JWT_SECRET must be generate or none"
  fi
}

instance_port() {
  local ports=($INSTANCE_PORTS)
  echo "${ports[$(($1 - 1))]}"
}

instance_environment() {
  local n=$1 line
  while IFS= read -r line; do
    [[ $line =~ ^[A-Za-z_][A-Za-z0-9_]*= ]] && printf '%s\0' "$line"
  done <"$SERVER_ENV"
  printf '%s\0' "PATH=/usr/local/bin:/usr/bin:/bin" "HOME=$D/instances/$n" \
    "PORT=$(instance_port "$n")" "INSIGHTA_DATA_DIR=$D/instances/$n/data" \
    "DATABASE_URL=$(database_url)" "REDIS_URL=$(redis_url)"
  if [ -s "$SECRETS/jwt-access-secret" ]; then
    printf '%s\0' "JWT_ACCESS_SECRET=$(cat "$SECRETS/jwt-access-secret")"
  fi
}

instance_start() {
  local n=$1 env=()
  alive "$RUN/instance-$n.pid" && return 0
  mkdir -p "$D/instances/$n/data"
  mapfile -d '' env < <(instance_environment "$n")
  say "starting instance $n on 127.0.0.1:$(instance_port "$n")"
  # shellcheck disable=SC2086
  setsid env -i "${env[@]}" "$JAVA" $JAVA_OPTS -jar "$APP_JAR" serve \
    </dev/null >>"$LOGS/instance-$n.log" 2>&1 &
  echo $! >"$RUN/instance-$n.pid"
}

instance_ready() {
  curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$(instance_port "$1")/health/ready"
}

# Waits until instance $1 answers ready; fails with its log's tail if it dies or takes too long.
instance_await_ready() {
  local n=$1 deadline=$((SECONDS + ${INSIGHTA_DEPLOY_START_TIMEOUT:-180}))
  until instance_ready "$n"; do
    if ! alive "$RUN/instance-$n.pid"; then
      tail -n 30 "$LOGS/instance-$n.log" >&2
      die "instance $n exited during start; see $LOGS/instance-$n.log"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail -n 30 "$LOGS/instance-$n.log" >&2
      die "instance $n not ready in time; see $LOGS/instance-$n.log"
    fi
    sleep 0.3
  done
  say "instance $n is ready"
}

instance_stop() {
  local n=$1
  if alive "$RUN/instance-$n.pid"; then
    say "stopping instance $n (SIGTERM: in-flight requests finish first)"
  fi
  stop_pidfile "$RUN/instance-$n.pid" 40 "instance $n"
}
