# Taking instances out of and back into HAProxy's rotation the production way: drain (no new
# requests), wait for its requests to finish, maintenance, SIGTERM; start, wait ready, enable.
# shellcheck shell=bash

drain_and_stop() {
  local n=$1
  say "draining instance $n"
  haproxy_api "set server insighta/app$n state drain" >/dev/null
  wait_until 60 server_idle "app$n" || say "instance $n still has requests after 60 s; stopping it anyway"
  haproxy_api "set server insighta/app$n state maint" >/dev/null
  instance_stop "$n"
}

start_and_enable() {
  local n=$1
  instance_start "$n"
  instance_await_ready "$n"
  haproxy_api "set server insighta/app$n state ready" >/dev/null
  wait_until 30 server_is "app$n" UP || die "HAProxy does not see instance $n up again"
  say "instance $n is back in the rotation"
}

rolling_restart() {
  alive "$RUN/haproxy.pid" || die "HAProxy is not running (run: insighta-deploy up)"
  local n
  for ((n = 1; n <= INSTANCES; n++)); do
    drain_and_stop "$n"
    start_and_enable "$n"
  done
  say "rolling restart done"
}
