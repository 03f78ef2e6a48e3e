#!/bin/bash
# The private local stack for development and tests: MariaDB on a unix
# socket, the schema and demo data, a union CA with one client certificate
# per unit, nginx with TLS, and the studiod pool. All state lives under $VAR.
#
# usage: conf/devstack.sh start|stop|restart|status|db-restart|db-stop|db-start
#        conf/devstack.sh node-stop|node-kill|node-start N    (CLUSTER=galera)
#
#   start       start whatever is not running (harmless when all runs);
#               also regenerates the CRL and reloads nginx, so that a
#               certificate revoked with conf/pki/revoke.sh is refused
#   stop        stop the pool, nginx and MariaDB (harmless when none runs)
#   restart     stop, then start
#   status      say what runs; exit 0 when everything does, 3 otherwise
#   db-restart  stop and start MariaDB only
#   db-stop, db-start  stop or start MariaDB only (the tests of a lost database)
#   node-stop N, node-kill N, node-start N  (CLUSTER=galera) stop node N
#               (1-3) cleanly, kill it (SIGKILL), or start it to rejoin
#
# Environment (defaults in brackets):
#   VAR          state directory [<repository>/var]
#   BUILD        directory holding studiod and studioctl [<repository>/build]
#   PUBLIC_PORT  port of the public site on 127.0.0.1 [8443]
#   APP_PORT     port of the reviewers' site on 127.0.0.1 [9443]
#   STATUS_PORT  port of the pool's status server on 127.0.0.1, plain HTTP
#                [APP_PORT + 1]
#   SLOW_MS      studiod's slow_ms: a request this long is logged [1000]
#   WORKERS      number of studiod workers [4]
#   DEMO         1 = load sql/demo.sql once into a new database [1]
#   P12_PASS     password of the generated .p12 files [studio]
#   LOG_LEVEL    studiod's log_level [info]
#   CLUSTER      "" = one MariaDB; galera = three MariaDB Galera nodes on
#                this machine, each with its datadir (mysql/node1..3),
#                socket (run/mysqld-N.sock) and log, the workers spread
#                over them (db_sockets) []
#   GALERA_PORT  first node's group communication port; nodes use it and
#                the next two, IST GALERA_PORT+10.., SST SST_PORT.. [4567]
#   SST_PORT     first node's state transfer (rsync) port [4444]
#
# Layout of $VAR: studio.conf, secret, audit-key, dbpass, dbadminpass;
# mysql/data; pki/ (union CA,
# server certificate, units/CODE.{key,pem,p12}, units.tsv); nginx/ (nginx.conf,
# studio.conf, cache, temporary files); run/ (sockets, pid files); log/;
# attachments/ (the stored files, attach_dir).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)

VAR=$(realpath -m "${VAR:-$repo/var}")
BUILD=$(realpath -m "${BUILD:-$repo/build}")
PUBLIC_PORT=${PUBLIC_PORT:-8443}
APP_PORT=${APP_PORT:-9443}
STATUS_PORT=${STATUS_PORT:-$((APP_PORT + 1))}
SLOW_MS=${SLOW_MS:-1000}
WORKERS=${WORKERS:-4}
DEMO=${DEMO:-1}
P12_PASS=${P12_PASS:-studio}
LOG_LEVEL=${LOG_LEVEL:-info}
CLUSTER=${CLUSTER:-}
GALERA_PORT=${GALERA_PORT:-4567}
SST_PORT=${SST_PORT:-4444}
NODES=3
case $CLUSTER in
'' | galera) ;;
*)
	echo "devstack: CLUSTER must be empty or galera, not '$CLUSTER'" >&2
	exit 2
	;;
esac

run=$VAR/run
logs=$VAR/log
pki=$VAR/pki
ngx=$VAR/nginx
conf=$VAR/studio.conf
db_data=$VAR/mysql/data
db_sock=$run/mysqld.sock
db_pid=$run/mysqld.pid
if [ "$CLUSTER" = galera ]; then
	# studioctl and the setup use the first node; the workers all three.
	db_sock=$run/mysqld-1.sock
	db_pid=$run/mysqld-1.pid
fi
app_sock=$run/studio.sock
app_pid=$run/studiod.pid
ngx_pid=$run/nginx.pid
ngx_conf=$ngx/nginx.conf

if [ "$(id -u)" -eq 0 ]; then
	as_root=1
	db_admin=root
else
	as_root=0
	db_admin=$(id -un)
fi

say() {
	echo "devstack: $*" >&2
}

# fail MESSAGE [LOGFILE...]: report, show the end of each log, exit 1.
fail() {
	local msg=$1 f
	shift
	echo "devstack: error: $msg" >&2
	for f in "$@"; do
		if [ -s "$f" ]; then
			echo "devstack: --- last lines of $f" >&2
			tail -n 30 "$f" >&2
		fi
	done
	exit 1
}

# step LOGFILE COMMAND...: run COMMAND with its output appended to LOGFILE;
# on failure show the end of LOGFILE and exit 1.
step() {
	local logfile=$1
	shift
	echo "=== $(date '+%F %T') $*" >>"$logfile"
	if ! "$@" </dev/null >>"$logfile" 2>&1 9>&-; then
		fail "failed: $*" "$logfile"
	fi
}

# alive PIDFILE NAME: the pid file names a live process that is NAME.
alive() {
	local pid
	[ -s "$1" ] || return 1
	pid=$(head -n 1 "$1" 2>/dev/null) || return 1
	case $pid in '' | *[!0-9]*) return 1 ;; esac
	running "$pid" || return 1
	if [ -r "/proc/$pid/cmdline" ]; then
		grep -q -a -F -- "$2" "/proc/$pid/cmdline" || return 1
	fi
	return 0
}

pid_of() {
	head -n 1 "$1"
}

# running PID: PID is a process that has not exited (a zombie has: its
# parent, often init, may take a while to reap it).
running() {
	local state
	kill -0 "$1" 2>/dev/null || return 1
	if [ -r "/proc/$1/stat" ]; then
		state=$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) || return 1
		[ "$state" != Z ] || return 1
	fi
	return 0
}

# wait_gone PID SECONDS: wait until PID has exited; 1 if it has not.
wait_gone() {
	local i
	for ((i = 0; i < $2 * 10; i++)); do
		running "$1" || return 0
		sleep 0.1
	done
	return 1
}

lock() {
	mkdir -p "$VAR"
	if command -v flock >/dev/null 2>&1; then
		exec 9>"$VAR/.devstack.lock"
		flock 9
	fi
}

sed_escape() {
	printf '%s' "$1" | sed -e 's/[\\|&]/\\&/g'
}

need_binaries() {
	local b
	for b in studiod studioctl; do
		[ -x "$BUILD/$b" ] || fail "$BUILD/$b is missing: build it first (make)"
	done
}

studioctl() {
	"$BUILD/studioctl" -f "$conf" "$@"
}

# --- a. directories and secrets -------------------------------------------

prepare() {
	local s
	mkdir -p "$VAR"/{mysql,pki,nginx,run,log,attachments}
	chmod 700 "$VAR"
	for s in "$db_sock" "$app_sock" "$run/mysqld-$NODES.sock"; do
		# sun_path holds 107 bytes and a NUL.
		if [ ${#s} -gt 107 ]; then
			fail "socket path too long for a unix socket (${#s} > 107 bytes): $s; use a shorter VAR"
		fi
	done
	if [ ! -s "$VAR/secret" ]; then
		(umask 077 && openssl rand -hex 32 >"$VAR/secret.tmp" && mv "$VAR/secret.tmp" "$VAR/secret")
	fi
	# The audit key: a key of its own, never the CSRF secret (studiod
	# refuses to start if the two are equal).
	if [ ! -s "$VAR/audit-key" ] || cmp -s "$VAR/audit-key" "$VAR/secret"; then
		(umask 077 && openssl rand -hex 32 >"$VAR/audit-key.tmp" && mv "$VAR/audit-key.tmp" "$VAR/audit-key")
	fi
	for s in dbpass dbadminpass; do
		if [ ! -s "$VAR/$s" ]; then
			(umask 077 && openssl rand -hex 16 >"$VAR/$s.tmp" && mv "$VAR/$s.tmp" "$VAR/$s")
		fi
	done
}

# --- b. MariaDB --------------------------------------------------------------

db_fresh=0

db_start() {
	local pid i
	if [ "$CLUSTER" = galera ]; then
		cluster_start
		return 0
	fi
	local -a user_opt=()
	[ $as_root -eq 1 ] && user_opt=(--user=root)
	if alive "$db_pid" mariadbd; then
		return 0
	fi
	if [ ! -d "$db_data" ] || [ ! -e "$VAR/mysql/.installed" ]; then
		# Missing, or left half-made by a failed run.
		rm -rf "$db_data"
		say "creating the MariaDB data directory $db_data"
		local -a sock_user=()
		[ $as_root -eq 0 ] && sock_user=(--auth-root-socket-user="$db_admin")
		step "$logs/mysqld-install.log" mariadb-install-db --no-defaults \
			--datadir="$db_data" --auth-root-authentication-method=socket \
			"${sock_user[@]}" --skip-test-db "${user_opt[@]}"
		touch "$VAR/mysql/.installed"
		db_fresh=1
	fi
	say "starting MariaDB"
	setsid mariadbd --no-defaults --datadir="$db_data" --socket="$db_sock" \
		--skip-networking --pid-file="$db_pid" --log-error="$logs/mysqld.log" \
		--innodb-buffer-pool-size=64M \
		--character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
		"${user_opt[@]}" </dev/null >>"$logs/mysqld.log" 2>&1 9>&- &
	pid=$!
	for ((i = 0; i < 600; i++)); do
		if mariadb-admin --no-defaults --socket="$db_sock" -u "$db_admin" \
			--connect-timeout=2 ping >/dev/null 2>&1; then
			return 0
		fi
		running "$pid" || fail "mariadbd exited while starting" "$logs/mysqld.log"
		sleep 0.1
	done
	fail "MariaDB did not answer within 60 s" "$logs/mysqld.log"
}

db_stop() {
	local pid
	if [ "$CLUSTER" = galera ]; then
		cluster_stop
		return 0
	fi
	alive "$db_pid" mariadbd || return 0
	pid=$(pid_of "$db_pid")
	say "stopping MariaDB (pid $pid)"
	kill -TERM "$pid" 2>/dev/null || true
	wait_gone "$pid" 60 || fail "mariadbd (pid $pid) did not stop within 60 s" "$logs/mysqld.log"
}

# --- b'. a MariaDB Galera cluster (CLUSTER=galera) -------------------------
#
# Three nodes on 127.0.0.1: node N has mysql/nodeN/data, run/mysqld-N.sock,
# log/mysqld-N.log, group communication on GALERA_PORT+N-1, IST on
# GALERA_PORT+10+N-1 and SST (rsync) on SST_PORT+N-1.  The first start
# bootstraps node 1 (--wsrep-new-cluster) and the others join it by SST.

node_data() { echo "$VAR/mysql/node$1/data"; }
node_sock() { echo "$run/mysqld-$1.sock"; }
node_pid() { echo "$run/mysqld-$1.pid"; }
node_log() { echo "$logs/mysqld-$1.log"; }

# sst_method: the nodes' SST method.  rsync, but a node run as root would
# start its rsync daemon as the user nobody (rsync's default for root),
# which cannot write the joiner's data directory; and mariadbd puts its own
# directory first in the SST script's PATH.  So, as root, the method is
# studio_rsync: Debian's wsrep_sst_rsync run with an rsync in front of
# the real one that keeps the daemon root.
sst_method() {
	local bin=$VAR/galera-bin
	if [ $as_root -eq 0 ]; then
		echo rsync
		return 0
	fi
	mkdir -p "$bin"
	cat >"$bin/rsync" <<'EOF'
#!/bin/sh
# Written by conf/devstack.sh: the SST's rsync daemon stays root.
for a in "$@"; do
	if [ "$a" = --daemon ]; then
		exec /usr/bin/rsync "$@" -M uid=root -M gid=root
	fi
done
exec /usr/bin/rsync "$@"
EOF
	cat >"$bin/wsrep_sst_studio_rsync" <<EOF
#!/bin/sh
# Written by conf/devstack.sh: wsrep_sst_rsync with the rsync beside it.
PATH="$bin:\$PATH" exec /usr/bin/wsrep_sst_rsync "\$@"
EOF
	chmod 755 "$bin/rsync" "$bin/wsrep_sst_studio_rsync"
	echo studio_rsync
}

# node_state N: wsrep_local_state_comment of node N (Synced, Joined,
# Donor/Desynced, ...), or nothing when it does not answer.
node_state() {
	mariadb --no-defaults --socket="$(node_sock "$1")" -u "$db_admin" \
		--connect-timeout=2 -N -B \
		-e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null |
		cut -f2 || true
}

# node_start N [new]: start node N, bootstrapping a new cluster with
# "new"; wait until it is Synced (an SST to a new node takes a while).
node_start() {
	local n=$1 new=${2:-} pid i addr state sst
	local -a user_opt=() boot=()
	[ $as_root -eq 1 ] && user_opt=(--user=root)
	alive "$(node_pid "$n")" mariadbd && return 0
	addr=gcomm://
	for ((i = 1; i <= NODES; i++)); do
		[ "$addr" = gcomm:// ] || addr=$addr,
		addr=${addr}127.0.0.1:$((GALERA_PORT + i - 1))
	done
	mkdir -p "$(node_data "$n")"
	if [ "$new" = new ]; then
		boot=(--wsrep-new-cluster)
		# The node stopped last is the one safe to bootstrap from; in
		# this private stack that is node 1, stopped after the others.
		if [ -f "$(node_data "$n")/grastate.dat" ]; then
			sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' \
				"$(node_data "$n")/grastate.dat"
		fi
	fi
	say "starting Galera node $n${new:+ (new cluster)}"
	sst=$(sst_method)
	PATH="$VAR/galera-bin:$PATH" setsid mariadbd --no-defaults --datadir="$(node_data "$n")" \
		--socket="$(node_sock "$n")" --skip-networking \
		--pid-file="$(node_pid "$n")" --log-error="$(node_log "$n")" \
		--innodb-buffer-pool-size=64M \
		--character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
		--binlog-format=ROW --default-storage-engine=InnoDB \
		--innodb-autoinc-lock-mode=2 --innodb-flush-log-at-trx-commit=2 \
		--wsrep-on=ON --wsrep-provider=/usr/lib/galera/libgalera_smm.so \
		--wsrep-cluster-name=studio --wsrep-cluster-address="$addr" \
		--wsrep-node-name="node$n" \
		--wsrep-node-address="127.0.0.1:$((GALERA_PORT + n - 1))" \
		--wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$((GALERA_PORT + n - 1));ist.recv_addr=127.0.0.1:$((GALERA_PORT + 10 + n - 1));gcache.size=128M" \
		--wsrep-sst-method="$sst" \
		--wsrep-sst-receive-address="127.0.0.1:$((SST_PORT + n - 1))" \
		--wsrep-sync-wait=1 --log-bin-trust-function-creators=1 \
		"${boot[@]}" "${user_opt[@]}" </dev/null >>"$(node_log "$n")" 2>&1 9>&- &
	pid=$!
	for ((i = 0; i < 1800; i++)); do
		state=$(node_state "$n")
		[ "$state" = Synced ] && return 0
		running "$pid" || fail "Galera node $n exited while starting" "$(node_log "$n")"
		sleep 0.1
	done
	fail "Galera node $n was not Synced within 180 s" "$(node_log "$n")"
}

node_stop() {
	local n=$1 pid
	alive "$(node_pid "$n")" mariadbd || return 0
	pid=$(pid_of "$(node_pid "$n")")
	say "stopping Galera node $n (pid $pid)"
	kill -TERM "$pid" 2>/dev/null || true
	wait_gone "$pid" 60 || fail "Galera node $n (pid $pid) did not stop within 60 s" "$(node_log "$n")"
}

# node_kill N: the node dies at once, as on a power cut.
node_kill() {
	local n=$1 pid
	alive "$(node_pid "$n")" mariadbd || return 0
	pid=$(pid_of "$(node_pid "$n")")
	say "killing Galera node $n (pid $pid)"
	kill -KILL "$pid" 2>/dev/null || true
	wait_gone "$pid" 10 || fail "Galera node $n (pid $pid) did not die"
}

cluster_start() {
	local n up=0
	command -v rsync >/dev/null && [ -e /usr/lib/galera/libgalera_smm.so ] ||
		fail "CLUSTER=galera needs the Debian packages galera-4 and rsync (conf/deps.sh with CLUSTER=galera)"
	for ((n = 1; n <= NODES; n++)); do
		alive "$(node_pid "$n")" mariadbd && up=1
	done
	if [ ! -e "$VAR/mysql/.installed" ]; then
		[ $up -eq 0 ] || fail "Galera nodes run on a data directory left half-made: stop them first"
		rm -rf "$VAR/mysql"/node*
		say "creating the MariaDB data directory of node 1"
		local -a sock_user=() user_opt=()
		[ $as_root -eq 0 ] && sock_user=(--auth-root-socket-user="$db_admin")
		[ $as_root -eq 1 ] && user_opt=(--user=root)
		step "$logs/mysqld-install.log" mariadb-install-db --no-defaults \
			--datadir="$(node_data 1)" --auth-root-authentication-method=socket \
			"${sock_user[@]}" --skip-test-db "${user_opt[@]}"
		touch "$VAR/mysql/.installed"
		db_fresh=1
	fi
	if [ $up -eq 0 ]; then
		node_start 1 new
	fi
	for ((n = 1; n <= NODES; n++)); do
		node_start "$n"
	done
	# Tools that know one server (the tests' own SQL) reach node 1.
	ln -sfn mysqld-1.sock "$run/mysqld.sock"
}

cluster_stop() {
	local n
	# The last one stopped (node 1) is the one to bootstrap from next.
	for ((n = NODES; n >= 1; n--)); do
		node_stop "$n"
	done
}

# Two database users: studio_admin, the operator's (studioctl: migrations,
# data loads, units, certificates), with all rights on the schema; and
# studio, the application's, holding only the role studio_app, whose table
# privileges sql/grants.sql sets (studioctl migrate applies it after the
# migrations): on the audit log only SELECT and INSERT.
db_setup() {
	local pass apass
	pass=$(cat "$VAR/dbpass")
	apass=$(cat "$VAR/dbadminpass")
	# On standard input, so that the password never shows in a process list.
	# studio_* databases are for tests that want a scratch database.
	# REVOKE ALL first: an older stack gave studio ALL on the schema.
	if ! mariadb --no-defaults --socket="$db_sock" -u "$db_admin" \
		>>"$logs/mysqld-setup.log" 2>&1 9>&- <<EOF; then
CREATE DATABASE IF NOT EXISTS studio CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'studio_admin'@'localhost' IDENTIFIED BY '$apass';
ALTER USER 'studio_admin'@'localhost' IDENTIFIED BY '$apass';
GRANT ALL ON studio.* TO 'studio_admin'@'localhost' WITH GRANT OPTION;
GRANT ALL ON \`studio\\_%\`.* TO 'studio_admin'@'localhost';
CREATE ROLE IF NOT EXISTS studio_app;
CREATE USER IF NOT EXISTS 'studio'@'localhost' IDENTIFIED BY '$pass';
ALTER USER 'studio'@'localhost' IDENTIFIED BY '$pass';
REVOKE ALL PRIVILEGES, GRANT OPTION FROM 'studio'@'localhost';
GRANT studio_app TO 'studio'@'localhost';
SET DEFAULT ROLE studio_app FOR 'studio'@'localhost';
GRANT ALL ON \`studio\\_%\`.* TO 'studio'@'localhost';
EOF
		fail "could not create the database and its user" "$logs/mysqld-setup.log"
	fi
	if [ $db_fresh -eq 1 ]; then
		# A new database: what was loaded or enrolled into the old one is
		# not there any more.
		rm -f "$VAR/.demo-loaded" "$pki"/units/*.enrolled
	fi
}

# --- c. application configuration -------------------------------------------

conf_changed=0

write_conf() {
	local db_sockets='' n
	if [ "$CLUSTER" = galera ]; then
		for ((n = 1; n <= NODES; n++)); do
			db_sockets=${db_sockets:+$db_sockets }$(node_sock "$n")
		done
	fi
	cat >"$conf.tmp" <<EOF
# Written by conf/devstack.sh at every start; edit the script, not this file.
socket = $app_sock
socket_mode = 0666
workers = $WORKERS
max_requests = 10000
user =
group =
pidfile = $app_pid
db_socket = $db_sock
db_sockets = $db_sockets
db_host =
db_user = studio
db_password = $(cat "$VAR/dbpass")
db_name = studio
xslt_dir = $repo/xslt
sql_dir = $repo/sql
secret_file = $VAR/secret
audit_key_file = $VAR/audit-key
db_admin_user = studio_admin
db_admin_password_file = $VAR/dbadminpass
union_ca_file = $pki/ca.pem
max_body = 1048576
origin = https://127.0.0.1:$APP_PORT
public_origin = https://127.0.0.1:$PUBLIC_PORT
log_file = $logs/studiod.log
log_level = $LOG_LEVEL
attach_dir = $VAR/attachments
slow_ms = $SLOW_MS
EOF
	chmod 600 "$conf.tmp"
	if [ -f "$conf" ] && cmp -s "$conf.tmp" "$conf"; then
		rm -f "$conf.tmp"
	else
		mv -f "$conf.tmp" "$conf"
		conf_changed=1
	fi
}

# --- d. schema and demo data ------------------------------------------------

db_load() {
	step "$logs/studioctl.log" "$BUILD/studioctl" -f "$conf" migrate
	if [ "$DEMO" = 1 ] && [ ! -e "$VAR/.demo-loaded" ]; then
		[ -f "$repo/sql/demo.sql" ] || fail "$repo/sql/demo.sql is missing"
		say "loading the demo data"
		step "$logs/studioctl.log" "$BUILD/studioctl" -f "$conf" load "$repo/sql/demo.sql"
		touch "$VAR/.demo-loaded"
	fi
}

# --- e. certificates --------------------------------------------------------

# holder_of KIND NAME: the holder name put on a demo unit's certificate.
holder_of() {
	case $1 in
	base | base-union | base_union | basic | enterprise)
		case $2 in
		*工会) printf '%s主席\n' "$2" ;;
		*) printf '%s工会主席\n' "$2" ;;
		esac
		;;
	*) printf '%s审核员\n' "$2" ;;
	esac
}

# cn_of CERT.pem: the certificate's common name.
cn_of() {
	openssl x509 -in "$1" -noout -subject -nameopt utf8,sep_multiline,-esc_msb,-space_eq |
		sed -n 's/^ *CN=//p'
}

pki_setup() {
	local units code kind parent name rest holder out
	step "$logs/pki.log" "$repo/conf/pki/server.sh" "$pki"
	if [ ! -f "$pki/ca.pem" ]; then
		step "$logs/pki.log" "$repo/conf/pki/ca-init.sh" "$pki"
		# Certificates of an earlier CA would not verify any more.
		rm -rf "$pki/units"
	fi
	# A fresh CRL at every start, so that it never expires in a long-lived
	# $VAR (nginx refuses every certificate once its CRL has expired).
	step "$logs/pki.log" "$repo/conf/pki/crl.sh" "$pki"
	mkdir -p "$pki/units"

	units=$("$BUILD/studioctl" -f "$conf" units 2>>"$logs/studioctl.log") ||
		fail "studioctl units failed" "$logs/studioctl.log"
	printf 'code\tkind\tparent\tname\tcert\tkey\tp12\n' >"$pki/units.tsv.tmp"
	# Tabs are IFS white space (runs of them would merge, and the city has
	# no parent), so split on the unit separator instead.
	while IFS=$'\037' read -r code kind parent name rest; do
		[ -n "$code" ] || continue
		[ "$code" != code ] || continue # a header line
		case $code in
		*[!A-Za-z0-9_.-]*) fail "studioctl units: unexpected unit code '$code'" ;;
		esac
		[ -n "$name" ] || fail "studioctl units: no name for unit $code"
		out=$pki/units/$code
		if [ ! -f "$out.pem" ] || [ ! -f "$out.p12" ]; then
			holder=$(holder_of "$kind" "$name")
			say "issuing a certificate for $code $name ($holder)"
			rm -f "$out.enrolled"
			step "$logs/pki.log" "$repo/conf/pki/issue.sh" "$pki" "$code" "$name" \
				"$holder" "$out" "$P12_PASS"
		fi
		if [ ! -e "$out.enrolled" ]; then
			holder=$(cn_of "$out.pem")
			step "$logs/studioctl.log" "$BUILD/studioctl" -f "$conf" \
				cert-enrol "$code" "$out.pem" "$holder"
			touch "$out.enrolled"
		fi
		printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$code" "$kind" "$parent" "$name" \
			"$out.pem" "$out.key" "$out.p12" >>"$pki/units.tsv.tmp"
	done < <(printf '%s\n' "$units" | tr '\t' '\037')
	mv -f "$pki/units.tsv.tmp" "$pki/units.tsv"
}

# --- f. nginx ---------------------------------------------------------------

nginx_conf() {
	mkdir -p "$ngx/tmp" "$ngx/cache"
	cp "$repo/conf/nginx/fastcgi_params.studio" "$ngx/fastcgi_params.studio"
	cp "$repo/conf/nginx/headers.studio" "$ngx/headers.studio"
	sed -e "s|@PUBLIC_LISTEN@|127.0.0.1:$PUBLIC_PORT|g" \
		-e "s|@APP_LISTEN@|127.0.0.1:$APP_PORT|g" \
		-e "s|@SERVER_NAME@|127.0.0.1 localhost|g" \
		-e "s|@SERVER_CERT@|$(sed_escape "$pki/server.pem")|g" \
		-e "s|@SERVER_KEY@|$(sed_escape "$pki/server.key")|g" \
		-e "s|@CLIENT_CA@|$(sed_escape "$pki/ca.pem")|g" \
		-e "s|@CLIENT_CRL@|$(sed_escape "$pki/crl.pem")|g" \
		-e "s|@SOCKET@|$(sed_escape "$app_sock")|g" \
		-e "s|@STATIC_DIR@|$(sed_escape "$repo/xslt/static")|g" \
		-e "s|@CACHE_DIR@|$(sed_escape "$ngx/cache")|g" \
		-e "s|@FASTCGI_PARAMS@|$(sed_escape "$ngx/fastcgi_params.studio")|g" \
		-e "s|@HEADERS@|$(sed_escape "$ngx/headers.studio")|g" \
		-e "s|@ERRORS_DIR@|$(sed_escape "$repo/conf/nginx/errors")|g" \
		-e "s|@ATTACH_DIR@|$(sed_escape "$VAR/attachments")|g" \
		-e "s|@PUBLIC_URL@|https://127.0.0.1:$PUBLIC_PORT|g" \
		-e "s|@STATUS_LISTEN@|127.0.0.1:$STATUS_PORT|g" \
		"$repo/conf/nginx/studio.conf.in" >"$ngx/studio.conf"
	if grep -nE '^[^#]*@[A-Z_]+@' "$ngx/studio.conf" >&2; then
		fail "unsubstituted tokens in $ngx/studio.conf"
	fi
	{
		echo "# Written by conf/devstack.sh at every start."
		echo "load_module /usr/lib/nginx/modules/ngx_http_image_filter_module.so;"
		echo "worker_processes 2;"
		[ $as_root -eq 1 ] && echo "user root root;"
		cat <<EOF
pid $ngx_pid;
error_log $logs/nginx-error.log;

events {
	worker_connections 1024;
}

http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	sendfile on;
	keepalive_timeout 65;

	client_body_temp_path $ngx/tmp/client_body;
	proxy_temp_path $ngx/tmp/proxy;
	fastcgi_temp_path $ngx/tmp/fastcgi;
	uwsgi_temp_path $ngx/tmp/uwsgi;
	scgi_temp_path $ngx/tmp/scgi;

	log_format studio '\$remote_addr [\$time_local] "\$request" \$status '
		'\$body_bytes_sent \$request_time "\$upstream_response_time" '
		'\$upstream_cache_status "\$ssl_client_verify" "\$http_user_agent" '
		'\$request_id';
	access_log $logs/nginx-access.log studio;

	include $ngx/studio.conf;
}
EOF
	} >"$ngx_conf"
	step "$logs/nginx-test.log" nginx -t -q -p "$ngx/" -c "$ngx_conf" -e "$logs/nginx-error.log"
}

nginx_start() {
	local i pid
	if alive "$ngx_pid" nginx; then
		pid=$(pid_of "$ngx_pid")
		say "reloading nginx (pid $pid)"
		kill -HUP "$pid"
		return 0
	fi
	say "starting nginx"
	step "$logs/nginx-error.log" nginx -p "$ngx/" -c "$ngx_conf" -e "$logs/nginx-error.log"
	for ((i = 0; i < 100; i++)); do
		alive "$ngx_pid" nginx && return 0
		sleep 0.1
	done
	fail "nginx did not start" "$logs/nginx-error.log"
}

nginx_stop() {
	local pid
	alive "$ngx_pid" nginx || return 0
	pid=$(pid_of "$ngx_pid")
	say "stopping nginx (pid $pid)"
	kill -QUIT "$pid" 2>/dev/null || true
	if ! wait_gone "$pid" 15; then
		kill -TERM "$pid" 2>/dev/null || true
		wait_gone "$pid" 5 || fail "nginx (pid $pid) did not stop" "$logs/nginx-error.log"
	fi
}

# --- g. the pool ------------------------------------------------------------

pool_start() {
	local pid i
	if alive "$app_pid" studiod; then
		if [ $conf_changed -eq 1 ]; then
			pid=$(pid_of "$app_pid")
			say "studio.conf changed: reloading studiod (pid $pid)"
			kill -HUP "$pid"
		fi
		return 0
	fi
	say "starting studiod ($WORKERS workers)"
	rm -f "$app_sock"
	echo "=== $(date '+%F %T') starting $BUILD/studiod -f $conf" >>"$logs/studiod.log"
	setsid "$BUILD/studiod" -f "$conf" </dev/null >>"$logs/studiod.log" 2>&1 9>&- &
	pid=$!
	for ((i = 0; i < 300; i++)); do
		if [ -S "$app_sock" ] && alive "$app_pid" studiod; then
			return 0
		fi
		running "$pid" || fail "studiod exited while starting" "$logs/studiod.log"
		sleep 0.1
	done
	fail "studiod did not create $app_sock and $app_pid within 30 s" "$logs/studiod.log"
}

pool_stop() {
	local pid
	alive "$app_pid" studiod || return 0
	pid=$(pid_of "$app_pid")
	say "stopping studiod (pid $pid)"
	kill -TERM "$pid" 2>/dev/null || true
	if ! wait_gone "$pid" 15; then
		say "studiod (pid $pid) did not stop within 15 s; killing its process group"
		kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
		wait_gone "$pid" 5 || fail "studiod (pid $pid) did not stop" "$logs/studiod.log"
	fi
	rm -f "$app_sock"
}

# --- h. summary -------------------------------------------------------------

summary() {
	local n shown=0 code kind parent name p12
	n=$(($(wc -l <"$pki/units.tsv") - 1))
	cat <<EOF

长春市职工创新工作室系统 本地环境已启动
  公众网站:      https://127.0.0.1:$PUBLIC_PORT/
  审核系统:      https://127.0.0.1:$APP_PORT/app/
  运行状态:      http://127.0.0.1:$STATUS_PORT/studio-status (仅本机)
  需信任的服务器 CA 证书: $pki/server-ca.pem
  单位证书 (.p12) 密码:   $P12_PASS
  全部单位证书清单:       $pki/units.tsv

单位 → 导入浏览器的证书文件
EOF
	while IFS=$'\037' read -r code kind parent name _ _ p12; do
		[ "$code" != code ] || continue
		# Long lists: every reviewing unit, and the first few base unions.
		if [ "$n" -gt 30 ] && [ "$kind" = base ]; then
			[ $shown -lt 5 ] || continue
			shown=$((shown + 1))
		fi
		printf '  %s (%s): %s\n' "$name" "$code" "$p12"
	done < <(tr '\t' '\037' <"$pki/units.tsv")
	if [ "$n" -gt 30 ]; then
		echo "  ……共 $n 个单位，其余见 $pki/units.tsv"
	fi
}

# --- commands ---------------------------------------------------------------

start() {
	lock
	need_binaries
	prepare
	db_start
	db_setup
	write_conf
	db_load
	pki_setup
	nginx_conf
	nginx_start
	pool_start
	printf 'https://127.0.0.1:%s/\nhttps://127.0.0.1:%s/app/\nhttp://127.0.0.1:%s/studio-status\n' \
		"$PUBLIC_PORT" "$APP_PORT" "$STATUS_PORT" >"$VAR/urls"
	summary
}

stop() {
	lock
	pool_stop
	nginx_stop
	db_stop
	# Nodes of a cluster started with CLUSTER=galera, stopped without it.
	[ "$CLUSTER" = galera ] || cluster_stop
}

status() {
	local all=0 what pidfile name n
	local -a whats=("MariaDB:$db_pid:mariadbd")
	if [ "$CLUSTER" = galera ]; then
		whats=()
		for ((n = 1; n <= NODES; n++)); do
			whats+=("Galera node $n:$(node_pid "$n"):mariadbd")
		done
	fi
	for what in "${whats[@]}" "nginx:$ngx_pid:nginx" "studiod:$app_pid:studiod"; do
		IFS=: read -r name pidfile _ <<<"$what"
		if alive "$pidfile" "${what##*:}"; then
			echo "$name: running (pid $(pid_of "$pidfile"))"
		else
			echo "$name: stopped"
			all=3
		fi
	done
	if [ $all -eq 0 ] && [ -s "$VAR/urls" ]; then
		echo "public site: $(sed -n 1p "$VAR/urls")"
		echo "reviewers' site: $(sed -n 2p "$VAR/urls")"
		echo "status: $(sed -n 3p "$VAR/urls")"
	fi
	return $all
}

db_restart() {
	lock
	prepare
	db_stop
	db_start
}

case ${1:-} in
start) start ;;
stop) stop ;;
restart)
	stop
	exec 9>&-
	start
	;;
status) status ;;
db-restart) db_restart ;;
db-stop)
	lock
	prepare
	db_stop
	;;
db-start)
	lock
	prepare
	db_start
	;;
node-stop | node-kill | node-start)
	[ "$CLUSTER" = galera ] || fail "$1: only with CLUSTER=galera"
	case ${2:-} in
	[1-9]) [ "$2" -le $NODES ] || fail "$1: no node $2" ;;
	*) fail "usage: conf/devstack.sh $1 N (1-$NODES)" ;;
	esac
	lock
	prepare
	"${1/-/_}" "$2"
	;;
*)
	echo "usage: conf/devstack.sh start|stop|restart|status|db-restart|db-stop|db-start|node-stop N|node-kill N|node-start N" >&2
	exit 2
	;;
esac
