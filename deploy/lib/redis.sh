# The deployment's Redis: query cache and the rate-limit counters every instance shares; no
# persistence (it is a cache), a password, bound to 127.0.0.1.
# shellcheck shell=bash

redis_start() {
  if alive "$RUN/redis.pid"; then
    return 0
  fi
  mkdir -p "$REDIS_DIR"
  (
    umask 077
    cat >"$REDIS_DIR/redis.conf" <<CONF
bind 127.0.0.1
port $REDIS_PORT
requirepass $(secret redis-password 24)
daemonize yes
pidfile $RUN/redis.pid
logfile $LOGS/redis.log
dir $REDIS_DIR
save ""
appendonly no
CONF
  )
  say "starting Redis on 127.0.0.1:$REDIS_PORT"
  redis-server "$REDIS_DIR/redis.conf" </dev/null >>"$LOGS/redis.log" 2>&1 ||
    die "Redis did not start; see $LOGS/redis.log"
  wait_until 15 listening "$REDIS_PORT" || die "Redis is not listening; see $LOGS/redis.log"
}

redis_stop() {
  if alive "$RUN/redis.pid"; then
    say "stopping Redis"
    stop_pidfile "$RUN/redis.pid" 30 Redis
  fi
}

redis_url() {
  echo "redis://:$(secret redis-password 24)@127.0.0.1:$REDIS_PORT"
}
