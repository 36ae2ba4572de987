#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs a command with a throw-away PostgreSQL server:
#
#   tests/with-postgres.sh COMMAND [ARGS...]
#
# initdb makes a cluster in a new temporary folder, the server listens on a
# free port of 127.0.0.1 and on a unix socket in that folder, and the command
# runs with
#   HINDSIGHT_TEST_PG            postgresql://hindsight@127.0.0.1:PORT/postgres (a superuser)
#   HINDSIGHT_TEST_PG_SOCKET     the same over the unix socket (postgresql://hindsight@/postgres?host=DIR&port=PORT)
#   PGPASSFILE                   a .pgpass in the temporary folder with the superuser's password
#   HINDSIGHT_TEST_PG_RESTART    a shell command that restarts the server (same port)
# Afterwards (also on failure or Ctrl+C) the server is stopped and the folder
# removed; the exit status is the command's.
#
# The server never runs as root: run as root (as CI does) it runs as the
# system user hindsight-pg (made when missing; HINDSIGHT_PG_USER names another),
# run as a normal user it runs as that user. The socket's folder is private
# (0700); over TCP the superuser needs its password (scram-sha-256), which
# only PGPASSFILE holds, so other local users cannot use the server.
# PostgreSQL's binaries: PG_BINDIR, else /usr/lib/postgresql/15/bin, else the
# newest /usr/lib/postgresql/*/bin, else pg_config --bindir.
# With HINDSIGHT_TEST_PG already set (a server of your own), the command just runs.
set -uo pipefail

if [ $# -eq 0 ]; then
  sed -n '3,23p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
fi

if [ -n "${HINDSIGHT_TEST_PG:-}" ]; then
  echo "with-postgres: HINDSIGHT_TEST_PG is already set; using that server" >&2
  exec "$@"
fi

say() { echo "with-postgres: $*" >&2; }

bindir=${PG_BINDIR:-}
if [ -z "$bindir" ]; then
  if [ -x /usr/lib/postgresql/15/bin/initdb ]; then
    bindir=/usr/lib/postgresql/15/bin
  else
    newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -n "$newest" ] && [ -x "$newest/initdb" ]; then
      bindir=$newest
    elif command -v pg_config >/dev/null 2>&1; then
      bindir=$(pg_config --bindir)
    fi
  fi
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
  say "PostgreSQL's initdb and pg_ctl were not found (install the Debian packages postgresql and postgresql-contrib, or set PG_BINDIR)"
  exit 1
fi

# Who runs the server.
as_server=()
owner=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  owner=${HINDSIGHT_PG_USER:-hindsight-pg}
  if ! id -u "$owner" >/dev/null 2>&1; then
    if ! useradd --system --user-group --no-create-home --home-dir /nonexistent \
                 --shell /usr/sbin/nologin --comment "Hindsight test PostgreSQL" "$owner"; then
      say "cannot create the system user $owner to run the test server (set HINDSIGHT_PG_USER to an existing unprivileged user)"
      exit 1
    fi
  fi
  as_server=(runuser -u "$owner" --)
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hindsight-pg.XXXXXX") || { say "cannot make a temporary folder"; exit 1; }
data=$tmp/data
log=$tmp/server.log
started=0

cleanup() {
  local status=$?
  trap - EXIT INT TERM HUP
  if [ "$started" -eq 1 ]; then
    (cd "$tmp" && "${as_server[@]}" "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1) ||
      say "the server did not stop cleanly (its log: kept in the output above)"
  fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

chmod 0700 "$tmp"
[ ${#as_server[@]} -gt 0 ] && chown "$owner:" "$tmp"
t0=$(date +%s%N)

password=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
pwfile=$tmp/initdb-password
(umask 077 && printf '%s\n' "$password" >"$pwfile")
[ ${#as_server[@]} -gt 0 ] && chown "$owner:" "$pwfile"

if ! (cd "$tmp" && "${as_server[@]}" "$bindir/initdb" -D "$data" -U hindsight --pwfile="$pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$tmp/initdb.log" 2>&1); then
  say "initdb failed:"
  cat "$tmp/initdb.log" >&2
  exit 1
fi
rm -f "$pwfile"

# A free port: one nobody answers on; should another process take it
# before the server does, the start fails and the next port is tried.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  candidate=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
  port_in_use "$candidate" && continue
  if (cd "$tmp" && "${as_server[@]}" "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 -s \
        -o "-c listen_addresses=127.0.0.1 -p $candidate -k $tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null 2>&1); then
    port=$candidate
    started=1
    break
  fi
  # A failed start may leave a postmaster.pid behind; the log says why.
  if ! grep -q -i "address already in use\|could not bind\|could not create lock file" "$log" 2>/dev/null; then
    say "the server did not start:"
    cat "$log" >&2
    exit 1
  fi
  : >"$log"
done
if [ -z "$port" ]; then
  say "no free port found for the server; its log:"
  cat "$log" >&2
  exit 1
fi

(umask 077 && printf '127.0.0.1:%s:*:hindsight:%s\nlocalhost:%s:*:hindsight:%s\n' \
  "$port" "$password" "$port" "$password" >"$tmp/pgpass")
export PGPASSFILE=$tmp/pgpass
export HINDSIGHT_TEST_PG="postgresql://hindsight@127.0.0.1:$port/postgres"
export HINDSIGHT_TEST_PG_SOCKET="postgresql://hindsight@/postgres?host=$tmp&port=$port"
# A shell command restarting this server (same port and options), for the
# tests of a dropped connection (TestServerReconnect).
export HINDSIGHT_TEST_PG_RESTART="cd '$tmp' && ${as_server[*]} '$bindir/pg_ctl' -D '$data' -l '$log' -w -t 60 -s -m fast restart"
say "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') started in $(( ($(date +%s%N) - t0) / 1000000 )) ms as $owner: $HINDSIGHT_TEST_PG"

"$@"
