# The deployment's own PostgreSQL 15 cluster: created once (initdb), listening on 127.0.0.1 only,
# password (SCRAM) logins over TCP for the application role, peer logins on its private socket.
# shellcheck shell=bash

pg_init() {
  [ -x "$PG_BIN/initdb" ] || die "PostgreSQL 15 is not installed ($PG_BIN/initdb missing; Debian: apt-get install postgresql-15)"
  if [ -f "$PG_DATA/PG_VERSION" ]; then
    return 0
  fi
  say "creating the PostgreSQL cluster in $PG_DATA"
  mkdir -p "$PG_DIR/run"
  touch "$LOGS/postgres.log"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$PG_DIR" "$LOGS/postgres.log"
    runuser -u postgres -- test -w "$PG_DIR" ||
      die "the postgres user cannot reach $PG_DIR: every parent directory of $D must be searchable by others (chmod o+x)"
  fi
  chmod 700 "$PG_DIR"
  as_pg_owner "$PG_BIN/initdb" -D "$PG_DATA" -U "$PG_SUPERUSER" --auth-local=peer \
    --auth-host=scram-sha-256 --encoding=UTF8 --locale=C >>"$LOGS/postgres.log" 2>&1 ||
    die "initdb failed; see $LOGS/postgres.log"
  as_pg_owner tee -a "$PG_DATA/postgresql.conf" >/dev/null <<CONF
# insighta-deploy
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DIR/run'
max_connections = 100
CONF
  pg_start
  pg_create_application_role
}

pg_start() {
  if as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    return 0
  fi
  say "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$LOGS/postgres.log" -w -t 60 start >/dev/null ||
    die "PostgreSQL did not start; see $LOGS/postgres.log"
}

pg_create_application_role() {
  local password
  password=$(secret db-password 24)
  as_pg_owner "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_DIR/run" -p "$PG_PORT" \
    -U "$PG_SUPERUSER" -d postgres -v password="$password" >/dev/null <<'SQL' || die "creating the insighta role and database failed"
create role insighta login password :'password';
create database insighta owner insighta;
SQL
}

pg_stop() {
  [ -f "$PG_DATA/PG_VERSION" ] || return 0
  if as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    say "stopping PostgreSQL"
    as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null
  fi
}

database_url() {
  echo "postgresql://insighta:$(secret db-password 24)@127.0.0.1:$PG_PORT/insighta"
}
