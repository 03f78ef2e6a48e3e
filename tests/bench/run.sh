#!/usr/bin/env bash
# Benchmark (`make bench`; not part of the tests).
#
# Starts a private stack of its own under $VAR (built with the normal
# optimised flags), adds 10,000 base units under the districts, and
# measures over TLS keep-alive connections (32 connections, 2 threads,
# 10 s each after a warm-up):
#
#   static   a static file of the same size as the page under test,
#            served by the same nginx with the same TLS settings: the
#            ceiling each page is compared with (one copy of each page)
#   /        the public home page, straight from the pool (nginx's
#            fastcgi_cache bypassed); there is no page that does not
#            touch the database: every GET asks MariaDB for the data
#            version behind its ETag, and / asks for one count
#   /nope    the 404 page: FastCGI and XSLT (error page), no database
#   /app/units?page=1 and ?page=100
#            the unit list, 50 rows of the 10,000+ units, HTML through
#            XSLT, with the city's client certificate (it sees them all);
#            page 100 twice: as a reviewer reaches it, by the "100" link
#            of page 99 (taken from that page, with the key of the row
#            before page 100), and typed, ?page=100 without a key (by
#            offset); both must be the same page, byte for byte
#   / cached the public home page as visitors get it, from nginx's cache
#   304      conditional GETs (If-None-Match with the page's current
#            ETag) of / and of /app/units?page=1, answered 304
#   PHP      the same two pages written in PHP (tests/bench/php/: PHP
#            8.2 on php-fpm, 4 children, mysqli with prepared statements
#            on a persistent connection, the project's stylesheets
#            through XSLTProcessor, the same SQL), behind the same nginx
#            in server blocks of the bench's own with the same TLS
#            settings and certificate check; before any timing their
#            pages are compared with studiod's, byte for byte after the
#            CSRF token is masked, and the bench stops if they differ
#   100k     the list's first page again with the tree grown to
#            BENCH_BIG_UNITS units, for studiod and for PHP
#   memory   a worker's private memory (Private_Dirty + Private_Clean of
#            smaps_rollup) after BENCH_MEM_REQUESTS requests to one worker
#            started afresh (max_requests = 0), and the master's RSS
#            before and after BENCH_RELOADS reloads (SIGHUP)
#   profile  with BENCH_PERF=1, perf record on the workers while the list
#            page is loaded, summed into $VAR/profile.md (see below)
#   CSV      last, the unit list's CSV export (all rows, streamed) with the
#            tree grown to 25,000, 50,000 and 100,000 units: time per
#            export and the worker's peak RSS
#
# wrk cannot present a client certificate (nor can h2load), so every
# figure in the table comes from tests/bench/tlsload.c, a small wrk-like
# client with OpenSSL built here; wrk measures the pages without a
# certificate too, as a check on tlsload itself. The FastCGI pages are
# measured twice: without nginx's upstream keepalive, as shipped, and with
# it (keepalive 1, fastcgi_keep_conn on) for comparison when
# BENCH_KEEPALIVE=1 (the shipped configuration has none; the comparison
# is in RESULTS.md).
#
# The stack is added to with one file, $VAR/nginx/bench.conf (included
# from the generated studio.conf): a server serving the static copies on
# BENCH_STATIC_PORT, one serving them to clients with a unit certificate
# on BENCH_STATIC_APP_PORT, and one passing every request to the pool
# without the cache on BENCH_NOCACHE_PORT. studio.conf gets
# max_requests = 0 (and the pool is started again with it), so that the
# workers whose memory is reported have served every request of the run.
# The stack is stopped at the end.
#
# Environment (defaults in brackets):
#   VAR            state directory, emptied first [<repository>/var/bench]
#   PUBLIC_PORT    [38443]   APP_PORT [39443]   WORKERS [4]
#   BENCH_STATIC_PORT [28444]  BENCH_STATIC_APP_PORT [29444]
#   BENCH_NOCACHE_PORT [28445]
#   BENCH_PHP_PORT [28446]  BENCH_PHP_APP_PORT [29446]  the PHP pages
#   BENCH_PHP      0 = no PHP rows [1]; the packages php8.2-fpm,
#                  php8.2-xsl and php8.2-mysql are installed when missing
#   BENCH_BIG_UNITS  the larger tree of the "page 1 at 100k" rows [100000]
#   BENCH_ACHIEVEMENTS  published achievements of the showcase search rows
#                  [100000]
#   BENCH_STUDIOS  studios (with five years of sheets, grants, spending
#                  and achievements) of the rankings, reports and export
#                  rows (tests/bench/reports.sh) [10000]
#   BENCH_REPORT_RUNS  requests to each of those pages [3]
#   BENCH_MEM_REQUESTS  requests to the one worker of the memory run [100000]
#   BENCH_RELOADS  SIGHUP reloads whose effect on the master is read [20]
#   BENCH_KEEPALIVE 1 = also measure with nginx's upstream keepalive [0]
#   BENCH_PERF     1 = profile the workers under the list page with perf
#                  (Debian's linux-perf, installed when missing) into
#                  $VAR/profile.md [0]; BENCH_PERF_SECONDS [10]
#   BENCH_UNITS    base units to add [10000]
#   BENCH_SECONDS  measured seconds per run [10]
#   BENCH_WARMUP   warm-up seconds before each [2]
#   BENCH_CONNS    connections [32]   BENCH_THREADS  client threads [2]
#   BENCH_DEEP_PAGE  the deep list page [100]
#   BENCH_CSV_SIZES  tree sizes (units) at which the unit list's CSV export
#                  is timed [25000 50000 100000]; "" skips it
#   BENCH_CSV_RUNS exports timed at each size [3]
#   BENCH_KEEP     1 = leave the stack running at the end, for a closer look
#   BENCH_IDLE_MAX, BENCH_IDLE_WAIT
#                  before each run, wait up to BENCH_IDLE_WAIT s [60] for
#                  the machine to be at most BENCH_IDLE_MAX % busy [15]
#
# The table goes to standard output and to $VAR/results.md. Its column
# "other work" is the share of the machine that processes outside the
# benchmark (neither nginx, studiod, MariaDB nor the client) used during
# the run: figures taken while it is high are low by about as much.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD

VAR=$(realpath -m "${VAR:-$repo/var/bench}")
export VAR
export PUBLIC_PORT=${PUBLIC_PORT:-38443}
export APP_PORT=${APP_PORT:-39443}
export WORKERS=${WORKERS:-4}
export DEMO=1
export BUILD=build
export LOG_LEVEL=warn
# Below Linux's range of ephemeral ports (32768-60999), so that no
# outgoing connection holds one when nginx reloads.
STATIC_PORT=${BENCH_STATIC_PORT:-28444}
STATIC_APP_PORT=${BENCH_STATIC_APP_PORT:-29444}
NOCACHE_PORT=${BENCH_NOCACHE_PORT:-28445}
UNITS=${BENCH_UNITS:-10000}
SECS=${BENCH_SECONDS:-10}
WARM=${BENCH_WARMUP:-2}
CONNS=${BENCH_CONNS:-32}
THREADS=${BENCH_THREADS:-2}
DEEP=${BENCH_DEEP_PAGE:-100}
PHP_PORT=${BENCH_PHP_PORT:-28446}
PHP_APP_PORT=${BENCH_PHP_APP_PORT:-29446}
PHP=${BENCH_PHP:-1}
BIG=${BENCH_BIG_UNITS:-100000}
ACH=${BENCH_ACHIEVEMENTS:-100000}
MEMREQ=${BENCH_MEM_REQUESTS:-100000}
RELOADS=${BENCH_RELOADS:-20}
KEEPALIVE=${BENCH_KEEPALIVE:-0}
PERF=${BENCH_PERF:-0}
PERF_SECS=${BENCH_PERF_SECONDS:-10}

bench=$VAR/bench
www=$bench/www
ngx=$VAR/nginx
load=build/bench/tlsload

say() {
	echo "bench: $*" >&2
}

fail() {
	echo "bench: error: $*" >&2
	exit 1
}

# --- build ------------------------------------------------------------------

say "building studiod, studioctl (make all) and tlsload"
make -s BUILD=build all
mkdir -p build/bench
if [ ! -x $load ] || [ tests/bench/tlsload.c -nt $load ]; then
	# shellcheck disable=SC2046
	cc -O2 -g -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wshadow -Werror -pthread \
		-o $load tests/bench/tlsload.c $(pkg-config --cflags --libs openssl)
fi
command -v wrk >/dev/null || fail "wrk is missing (Debian package wrk)"
command -v curl >/dev/null || fail "curl is missing"

# --- stack ------------------------------------------------------------------

stop_stack() {
	if [ -s "$bench/php/fpm.pid" ]; then
		kill -TERM "$(cat "$bench/php/fpm.pid")" 2>/dev/null || true
	fi
	if [ "${BENCH_KEEP:-0}" = 1 ]; then
		say "BENCH_KEEP=1: the stack under $VAR is left running (conf/devstack.sh stop with VAR=$VAR)"
		return
	fi
	conf/devstack.sh stop >/dev/null 2>&1 || true
}
conf/devstack.sh stop >/dev/null 2>&1 || true
rm -rf "$VAR"
mkdir -p "$VAR/log"
trap stop_stack EXIT
trap 'exit 130' INT TERM

say "starting the stack under $VAR"
conf/devstack.sh start >"$VAR/log/bench-devstack.log" ||
	fail "conf/devstack.sh start failed (see above and $VAR/log/bench-devstack.log)"

conf=$VAR/studio.conf
pki=$VAR/pki

# apt_need PACKAGE...: install the Debian packages that are missing,
# waiting while another process holds apt's lock.
apt_need() {
	local -a missing=()
	local pkg i
	for pkg in "$@"; do
		dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' ||
			missing+=("$pkg")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	say "installing ${missing[*]} (Debian packages the bench needs)"
	for ((i = 0; i < 60; i++)); do
		if DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
			"${missing[@]}" >>"$VAR/log/bench-apt.log" 2>&1; then
			return 0
		fi
		grep -q 'Could not get lock' "$VAR/log/bench-apt.log" || break
		sleep 5
	done
	fail "apt-get install ${missing[*]} failed (see $VAR/log/bench-apt.log)"
}

# conf_get KEY: a value of studio.conf.
conf_get() {
	awk -F' = ' -v k="$1" '$1 == k { print $2; exit }' "$conf"
}

# php_start: php-fpm with one pool of 4 static children for the PHP pages
# (tests/bench/php/), its own socket and log under $bench/php; opcache on,
# without checking the files' times.
php_start() {
	local d=$bench/php fpm=php-fpm8.2 i
	local -a user=() root=()
	mkdir -p "$d"
	if [ "$(id -u)" = 0 ]; then
		user=("user = root" "group = root")
		root=(-R)
	fi
	{
		echo "[global]"
		echo "pid = $d/fpm.pid"
		echo "error_log = $VAR/log/php-fpm.log"
		echo "daemonize = yes"
		echo
		echo "[bench]"
		printf '%s\n' "${user[@]}"
		echo "listen = $d/fpm.sock"
		echo "listen.mode = 0666"
		echo "pm = static"
		echo "pm.max_children = 4"
		echo "pm.max_requests = 0"
		echo "clear_env = yes"
		echo "env[STUDIO_DB_SOCKET] = $(conf_get db_socket)"
		echo "env[STUDIO_DB_USER] = $(conf_get db_user)"
		echo "env[STUDIO_DB_PASS] = $(conf_get db_password)"
		echo "env[STUDIO_DB_NAME] = $(conf_get db_name)"
		echo "env[STUDIO_XSLT_DIR] = $repo/xslt"
		echo "env[STUDIO_SECRET] = $(tr -d ' \n' <"$VAR/secret")"
		echo "php_admin_value[opcache.enable] = 1"
		echo "php_admin_value[opcache.validate_timestamps] = 0"
		echo "php_admin_value[display_errors] = 0"
		echo "php_admin_value[log_errors] = 1"
	} >"$d/fpm.conf"
	$fpm "${root[@]}" -y "$d/fpm.conf" >>"$VAR/log/php-fpm.log" 2>&1 ||
		fail "php-fpm did not start (see $VAR/log/php-fpm.log)"
	for ((i = 0; i < 50; i++)); do
		[ -S "$d/fpm.sock" ] && break
		sleep 0.1
	done
	[ -S "$d/fpm.sock" ] || fail "php-fpm has no socket (see $VAR/log/php-fpm.log)"
	say "php-fpm: $($fpm -v | head -n 1), 4 children"
}

if [ "$PHP" = 1 ]; then
	apt_need php8.2-fpm php8.2-xsl php8.2-mysql php8.2-opcache
	mkdir -p "$bench"
	php_start
fi
ctl() {
	build/studioctl -f "$conf" "$@"
}

# --- seed: base units under the districts -----------------------------------

# seed_units PREFIX COUNT: add COUNT base units, spread evenly over the
# districts, with codes PREFIX<district><number>.
seed_units() {
	local prefix=$1 count=$2
	ctl units >"$bench/units.before.tsv"
	awk -F'\t' -v total="$count" -v prefix="$prefix" '
BEGIN {
	split("机械制造有限公司 汽车零部件有限公司 光电科技有限公司 " \
	    "生物制药股份有限公司 轨道交通装备有限公司 粮油食品有限公司 " \
	    "建筑安装工程有限公司 热电有限公司 电子信息技术有限公司 " \
	    "现代物流有限公司 新材料有限公司 医疗器械有限公司", trade, " ")
	ntrade = 12
	n = 0
}
$2 == "district" { code[n] = $1; name[n] = $4; n++ }
END {
	if (n == 0)
		exit 1
	per = int((total + n - 1) / n)
	made = 0
	for (d = 0; d < n && made < total; d++) {
		short = name[d]
		sub(/总工会$/, "", short)
		printf "SET @p = (SELECT id FROM unit WHERE code = '\''%s'\''),\n", code[d]
		printf "    @pp = (SELECT path FROM unit WHERE code = '\''%s'\''),\n", code[d]
		printf "    @pd = (SELECT depth FROM unit WHERE code = '\''%s'\'');\n", code[d]
		for (i = 1; i <= per && made < total; i++) {
			if ((i - 1) % 500 == 0) {
				if (i > 1)
					print ";"
				print "INSERT INTO unit (code, kind, parent_id, name, path, depth) VALUES"
			} else
				print ","
			c = sprintf("%s%s%05d", prefix, code[d], i)
			if (prefix == "B")
				nm = sprintf("%s第%04d%s工会", short, i, trade[(i + d) % ntrade + 1])
			else
				nm = sprintf("%s%s%05d%s工会", short, prefix, i, trade[(i + d) % ntrade + 1])
			printf "  ('\''%s'\'', '\''base'\'', @p, '\''%s'\'', CONCAT(@pp, '\''%s'\'', '\''/'\''), @pd + 1)", \
			    c, nm, c
			made++
		}
		print ";"
	}
	print "ANALYZE TABLE unit;"
}' "$bench/units.before.tsv" >"$bench/units.sql" ||
		fail "no districts in the unit tree"
	ctl load "$bench/units.sql" >>"$VAR/log/bench-devstack.log" ||
		fail "studioctl load $bench/units.sql failed"
}

say "adding $UNITS base units under the districts"
mkdir -p "$bench" "$www"
seed_units B "$UNITS"
nunits=$(ctl units | wc -l)
say "the tree now has $nunits units"

# --- nginx additions and the two upstream variants ---------------------------

cp "$ngx/studio.conf" "$ngx/studio.conf.orig"
ciphers=$(grep -m1 '^[[:space:]]*ssl_ciphers ' "$ngx/studio.conf.orig")

# bench_conf KEEP_CONN: the bench servers.
bench_conf() {
	cat <<EOF
# Written by tests/bench/run.sh: the servers the benchmark adds.
server {
	listen 127.0.0.1:$STATIC_PORT ssl http2;
	server_name 127.0.0.1 localhost;
	ssl_certificate     $pki/server.pem;
	ssl_certificate_key $pki/server.key;
	ssl_protocols TLSv1.2 TLSv1.3;
$ciphers
	ssl_prefer_server_ciphers off;
	ssl_session_cache shared:bench_static:1m;
	ssl_session_timeout 1h;
	server_tokens off;
	root $www;
	location / {
	}
}

server {
	listen 127.0.0.1:$STATIC_APP_PORT ssl http2 default_server;
	server_name 127.0.0.1 localhost;
	ssl_certificate     $pki/server.pem;
	ssl_certificate_key $pki/server.key;
	ssl_protocols TLSv1.2 TLSv1.3;
$ciphers
	ssl_prefer_server_ciphers off;
	ssl_verify_client on;
	ssl_client_certificate $pki/ca.pem;
	ssl_crl $pki/crl.pem;
	ssl_verify_depth 2;
	ssl_session_cache shared:bench_static_app:1m;
	ssl_session_timeout 1h;
	ssl_session_tickets off;
	server_tokens off;
	root $www;
	location / {
	}
}

server {
	listen 127.0.0.1:$NOCACHE_PORT ssl http2;
	server_name 127.0.0.1 localhost;
	ssl_certificate     $pki/server.pem;
	ssl_certificate_key $pki/server.key;
	ssl_protocols TLSv1.2 TLSv1.3;
$ciphers
	ssl_prefer_server_ciphers off;
	ssl_session_cache shared:bench_nocache:1m;
	ssl_session_timeout 1h;
	server_tokens off;
	location / {
		fastcgi_pass studio_fcgi;
		fastcgi_keep_conn $1;
		include $ngx/fastcgi_params.studio;
		fastcgi_param STUDIO_SITE public;
	}
}

# The PHP pages (tests/bench/php/): / as the public site without its
# cache, and /app/units with the reviewers' site's TLS settings and
# certificate check.
upstream bench_php {
	server unix:$bench/php/fpm.sock;
}

server {
	listen 127.0.0.1:$PHP_PORT ssl http2;
	server_name 127.0.0.1 localhost;
	ssl_certificate     $pki/server.pem;
	ssl_certificate_key $pki/server.key;
	ssl_protocols TLSv1.2 TLSv1.3;
$ciphers
	ssl_prefer_server_ciphers off;
	ssl_session_cache shared:bench_php:1m;
	ssl_session_timeout 1h;
	server_tokens off;
	location = / {
		fastcgi_pass bench_php;
		include $ngx/fastcgi_params.studio;
		fastcgi_param SCRIPT_FILENAME $repo/tests/bench/php/home.php;
	}
}

server {
	listen 127.0.0.1:$PHP_APP_PORT ssl http2 default_server;
	server_name 127.0.0.1 localhost;
	ssl_certificate     $pki/server.pem;
	ssl_certificate_key $pki/server.key;
	ssl_protocols TLSv1.2 TLSv1.3;
$ciphers
	ssl_prefer_server_ciphers off;
	ssl_verify_client optional;
	ssl_client_certificate $pki/ca.pem;
	ssl_crl $pki/crl.pem;
	ssl_verify_depth 2;
	ssl_session_cache shared:bench_php_app:8m;
	ssl_session_timeout 1h;
	ssl_session_tickets off;
	server_tokens off;
	include $ngx/headers.studio;
	fastcgi_cache off;
	gzip off;
	location = /app/units {
		if (\$ssl_client_verify = NONE) {
			return 496;
		}
		if (\$ssl_client_verify != SUCCESS) {
			return 495;
		}
		fastcgi_pass bench_php;
		include $ngx/fastcgi_params.studio;
		fastcgi_param SCRIPT_FILENAME $repo/tests/bench/php/units.php;
	}
}
EOF
}

ngx_pid() {
	head -n 1 "$VAR/run/nginx.pid"
}

# use_upstream on|off: nginx's connections to the pool kept open or not.
use_upstream() {
	local mode=$1
	if [ "$mode" = off ]; then
		# As shipped: no idle connections kept in the upstream.
		cp "$ngx/studio.conf.orig" "$ngx/studio.conf"
	else
		# One idle connection per nginx worker, asked for by every
		# location that passes to the pool.
		sed -E -e '/^upstream studio_fcgi/,/^}/s/^}/\tkeepalive 1;\n\tkeepalive_timeout 10s;\n}/' \
			-e 's/^([[:space:]]*)fastcgi_pass studio_fcgi;/&\n\1fastcgi_keep_conn on;/' \
			"$ngx/studio.conf.orig" >"$ngx/studio.conf"
	fi
	echo "include $ngx/bench.conf;" >>"$ngx/studio.conf"
	bench_conf "$mode" >"$ngx/bench.conf"
	nginx -t -q -p "$ngx/" -c "$ngx/nginx.conf" -e "$VAR/log/nginx-error.log" ||
		fail "nginx does not accept the bench configuration"
	kill -HUP "$(ngx_pid)"
	sleep 2
	# A failed reload leaves the old configuration running: check.
	for port in "$STATIC_PORT" "$STATIC_APP_PORT" "$NOCACHE_PORT" "$PHP_PORT" "$PHP_APP_PORT"; do
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			tail -n 5 "$VAR/log/nginx-error.log" >&2
			fail "nginx does not listen on $port after the reload"
		fi
	done
	if [ "$mode" = off ] &&
	    grep -qE '^[[:space:]]*keepalive [0-9]' "$ngx/studio.conf"; then
		fail "an upstream keepalive is left in $ngx/studio.conf"
	fi
	if [ "$mode" = on ] &&
	    ! grep -qE '^[[:space:]]*keepalive 1;' "$ngx/studio.conf"; then
		fail "the upstream keepalive was not added to $ngx/studio.conf"
	fi
}

# --- the pool: workers that live through the whole run -----------------------

# max_requests = 0, and the pool started afresh with it (not reloaded: a
# reload compiles the stylesheets a second time in the master, whose heap
# every worker shares).
# pool_restart: stop studiod and start it again with studio.conf as it
# now is; $master is the new master.
pool_restart() {
	local i
	master=$(head -n 1 "$VAR/run/studiod.pid")
	kill -TERM "$master"
	for ((i = 0; i < 150; i++)); do
		kill -0 "$master" 2>/dev/null || break
		sleep 0.1
	done
	kill -0 "$master" 2>/dev/null && fail "studiod (pid $master) did not stop"
	rm -f "$VAR/run/studio.sock" "$VAR/run/studiod.pid"
	setsid build/studiod -f "$conf" </dev/null >>"$VAR/log/studiod.log" 2>&1 &
	for ((i = 0; i < 150; i++)); do
		[ -S "$VAR/run/studio.sock" ] && [ -s "$VAR/run/studiod.pid" ] && break
		sleep 0.1
	done
	[ -S "$VAR/run/studio.sock" ] || fail "studiod did not start again (see $VAR/log/studiod.log)"
	master=$(head -n 1 "$VAR/run/studiod.pid")
	sleep 1
}
sed -i -e 's/^max_requests = .*/max_requests = 0/' "$conf"
pool_restart

workers() {
	ps -o pid= --ppid "$master" | tr -d ' ' || true
}

# rss: "pid:VmRSS:VmHWM:private:Pss" (kB) for each worker. VmRSS counts
# the pages shared with the master (copy-on-write after fork: the compiled
# stylesheets) in full; private is what the worker alone holds.
rss() {
	local p
	for p in $(workers); do
		printf '%s:%s:%s:%s:%s\n' "$p" \
			"$(awk '/^VmRSS:/ { print $2 }' "/proc/$p/status" 2>/dev/null)" \
			"$(awk '/^VmHWM:/ { print $2 }' "/proc/$p/status" 2>/dev/null)" \
			"$(awk '/^Private_(Clean|Dirty):/ { s += $2 } END { print s + 0 }' \
				"/proc/$p/smaps_rollup" 2>/dev/null)" \
			"$(awk '/^Pss:/ { print $2 }' "/proc/$p/smaps_rollup" 2>/dev/null)"
	done
}

# --- the pages and their static copies --------------------------------------

city_cert=$pki/units/220100.pem
city_key=$pki/units/220100.key
[ -f "$city_cert" ] || fail "no certificate of the city federation ($city_cert)"

use_upstream off

# fetch NAME URL EXPECTED_STATUS [cert]: save the body as the static copy.
fetch() {
	local name=$1 url=$2 want=$3 code
	local -a certopt=()
	[ $# -ge 4 ] && certopt=(--cert "$city_cert" --key "$city_key")
	code=$(curl -sk "${certopt[@]}" -o "$www/$name.html" -w '%{http_code}' "$url") ||
		fail "curl $url failed"
	[ "$code" = "$want" ] || fail "$url answered $code, not $want"
	stat -c %s "$www/$name.html"
}

pub=https://127.0.0.1:$NOCACHE_PORT
app=https://127.0.0.1:$APP_PORT
size_home=$(fetch home "$pub/" 200)
size_404=$(fetch notfound "$pub/nope" 404)
size_list1=$(fetch list1 "$app/app/units?page=1" 200 cert)
size_listn=$(fetch listn "$app/app/units?page=$DEEP" 200 cert)
grep -q "B2201" "$www/listn.html" || fail "page $DEEP of the list shows none of the added units"
# link_of FILE TEXT: the href of the pager's link TEXT in FILE, decoded.
link_of() {
	grep -o '<a href="[^"]*">'"$2"'</a>' "$1" | head -n 1 |
		sed -e 's/^<a href="//' -e 's/">.*//' -e 's/&amp;/\&/g'
}
fetch listp "$app/app/units?page=$((DEEP - 1))" 200 cert >/dev/null
deep_link=$(link_of "$www/listp.html" "$DEEP")
case $deep_link in
"?page=$DEEP&"*after=*) ;;
*) fail "page $((DEEP - 1)) has no link to page $DEEP by key ($deep_link)" ;;
esac
say "page $DEEP as reached from page $((DEEP - 1)): $deep_link"
fetch listk "$app/app/units$deep_link" 200 cert >/dev/null
cmp -s "$www/listk.html" "$www/listn.html" ||
	fail "page $DEEP by key differs from page $DEEP by offset ($www/listk.html, $www/listn.html)"
say "page sizes: / $size_home B, 404 $size_404 B, list p1 $size_list1 B, list p$DEEP $size_listn B"

# same_page NAME URL [cert]: PHP's page at URL (its server) must be the
# static copy NAME of studiod's, byte for byte once the per-request part
# is masked: the CSRF token (its issue time and MAC). Both are made on
# the same day, so the date needs no mask (a run across midnight fails
# here). Anything else differing stops the bench: PHP is timed only
# doing the same work.
phpub=https://127.0.0.1:$PHP_PORT
phapp=https://127.0.0.1:$PHP_APP_PORT
mask() {
	sed -E 's/name="csrf" value="[0-9a-f]+\.[0-9a-f]{64}"/name="csrf" value="(token)"/g' "$1"
}
same_page() {
	local name=$1 url=$2 code
	local -a certopt=()
	[ $# -ge 3 ] && certopt=(--cert "$city_cert" --key "$city_key")
	code=$(curl -sk "${certopt[@]}" -o "$bench/php-$name.html" -w '%{http_code}' "$url") ||
		fail "curl $url failed"
	[ "$code" = 200 ] || fail "PHP: $url answered $code, not 200 (see $VAR/log/php-fpm.log)"
	if ! cmp -s <(mask "$www/$name.html") <(mask "$bench/php-$name.html"); then
		diff <(mask "$www/$name.html" | sed 's/></>\n</g') \
			<(mask "$bench/php-$name.html" | sed 's/></>\n</g') | head -n 20 >&2 || true
		fail "PHP's $url differs from studiod's (above: < studiod, > PHP; files $www/$name.html, $bench/php-$name.html)"
	fi
	say "PHP's $url is studiod's page, byte for byte ($(stat -c %s "$bench/php-$name.html") B)"
}
if [ "$PHP" = 1 ]; then
	same_page home "$phpub/"
	same_page list1 "$phapp/app/units?page=1" cert
	same_page listn "$phapp/app/units?page=$DEEP" cert
	same_page listn "$phapp/app/units$deep_link" cert
fi

# --- measuring --------------------------------------------------------------

declare -A R M
rows=()

hz=$(getconf CLK_TCK)
ncpu=$(nproc)

# Busy jiffies of the whole machine: user, nice, system and steal time.
# Interrupt time is left out, as it is out of the processes' own times: on
# loopback it is mostly the network work of the run itself.
busy_jiffies() {
	awk '$1 == "cpu" { print $2 + $3 + $4 + $9; exit }' /proc/stat
}

# Jiffies used so far by nginx, studiod and MariaDB (each with its
# children; nginx's and studiod's do not change during a run): three
# numbers.
stack_jiffies() {
	local f p pids
	for f in nginx studiod mysqld; do
		pids=""
		if [ -s "$VAR/run/$f.pid" ]; then
			p=$(head -n 1 "$VAR/run/$f.pid")
			pids="$p $(ps -o pid= --ppid "$p" | tr '\n' ' ' || true)"
		fi
		if [ $f = studiod ] && [ -s "$bench/php/fpm.pid" ]; then
			p=$(head -n 1 "$bench/php/fpm.pid")
			pids="$pids $p $(ps -o pid= --ppid "$p" | tr '\n' ' ' || true)"
		fi
		for p in $pids; do
			cat "/proc/$p/stat" 2>/dev/null || true
		done | awk '{ s += $14 + $15 } END { printf "%d ", s }'
	done
	echo
}

# Share of the machine (%) busy over one second.
busy_now() {
	local b0 b1
	b0=$(busy_jiffies)
	sleep 1
	b1=$(busy_jiffies)
	echo $(((b1 - b0) * 100 / (hz * ncpu)))
}

# Before a run: wait (up to BENCH_IDLE_WAIT s) for the machine to be
# nearly idle (at most BENCH_IDLE_MAX % busy), since other work on it
# takes processor time from the run.
quiet() {
	local waited=0 b
	while b=$(busy_now); [ "$b" -gt "${BENCH_IDLE_MAX:-15}" ] &&
		[ $waited -lt "${BENCH_IDLE_WAIT:-60}" ]; do
		[ $waited -eq 0 ] && say "the machine is $b % busy with other work: waiting"
		waited=$((waited + 1))
	done
	[ $waited -gt 0 ] && say "waited $waited s (now $b % busy)"
	return 0
}

# measure KEY LABEL URL [cert|-] [tlsload option]...: one tlsload run;
# its figures in R[KEY,*], and in R[KEY,other] the share of the machine
# (%) that processes outside the benchmark used meanwhile. PHP's
# children count with studiod (column "studiod").
measure() {
	local key=$1 label=$2 url=$3 out kv k v b0 b1 t0 t1 n0 n1 d0 d1 m0 m1
	local -a certopt=()
	shift 3
	if [ $# -ge 1 ]; then
		[ "$1" = cert ] && certopt=(-C "$city_cert" -K "$city_key")
		shift
	fi
	quiet
	say "$label: $url"
	b0=$(busy_jiffies)
	read -r n0 d0 m0 < <(stack_jiffies)
	t0=$(date +%s.%N)
	out=$($load -c "$CONNS" -t "$THREADS" -d "$SECS" -w "$WARM" "${certopt[@]}" "$@" "$url" \
		2>"$bench/$key.log") || fail "tlsload failed on $url: $(cat "$bench/$key.log")"
	t1=$(date +%s.%N)
	b1=$(busy_jiffies)
	read -r n1 d1 m1 < <(stack_jiffies)
	sed 's/^/    /' "$bench/$key.log" >&2
	for kv in $out; do
		k=${kv%%=*}
		v=${kv#*=}
		R[$key,$k]=$v
	done
	R[$key,label]=$label
	# Processor time per request (ms) of each part; the requests of the
	# warm-up are estimated at the measured rate.
	read -r "R[$key,ngx_ms]" "R[$key,app_ms]" "R[$key,db_ms]" "R[$key,cli_ms]" < <(awk \
		-v n="$((n1 - n0))" -v d="$((d1 - d0))" -v m="$((m1 - m0))" \
		-v c="${R[$key,cpu_s]}" -v hz="$hz" -v r="${R[$key,rps]}" \
		-v t="$(awk -v a="$SECS" -v b="$WARM" 'BEGIN { print a + b }')" 'BEGIN {
		q = r * t
		if (q < 1) q = 1
		printf "%.3f %.3f %.3f %.3f\n", n * 1000 / hz / q, d * 1000 / hz / q,
		    m * 1000 / hz / q, c * 1000 / q
	}')
	R[$key,other]=$(awk -v b="$((b1 - b0))" -v s="$((n1 - n0 + d1 - d0 + m1 - m0))" -v c="${R[$key,cpu_s]}" \
		-v hz="$hz" -v n="$ncpu" -v t0="$t0" -v t1="$t1" 'BEGIN {
		o = (b - s - c * hz) / (hz * n * (t1 - t0)) * 100
		printf "%.0f", o < 0 ? 0 : o
	}')
	say "  other work on the machine meanwhile: ${R[$key,other]} %"
	rows+=("$key")
}

# wrk_measure KEY URL: the same with wrk, for comparison (no certificate).
wrk_measure() {
	local key=$1 url=$2 out p50 p99
	quiet
	say "wrk: $url"
	wrk -t"$THREADS" -c"$CONNS" -d"${WARM}s" "$url" >/dev/null 2>&1 || true
	out=$(wrk -t"$THREADS" -c"$CONNS" -d"${SECS}s" --latency "$url" 2>&1) ||
		fail "wrk failed on $url: $out"
	echo "$out" >"$bench/wrk-$key.log"
	R[$key,wrk_rps]=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
	p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
	p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
	R[$key,wrk_p50]=$(to_ms "$p50")
	R[$key,wrk_p99]=$(to_ms "$p99")
}

# to_ms 1.23ms|456.00us|1.02s
to_ms() {
	awk -v v="$1" 'BEGIN {
		n = v + 0
		if (v ~ /us$/) n /= 1000
		else if (v ~ /ms$/) n += 0
		else if (v ~ /s$/) n *= 1000
		printf "%.3f", n
	}'
}

st=https://127.0.0.1:$STATIC_PORT
sta=https://127.0.0.1:$STATIC_APP_PORT

say "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# The ceilings (they do not depend on the upstream).
measure s_home "static, size of /" "$st/home.html"
measure s_404 "static, size of the 404 page" "$st/notfound.html"
measure s_list1 "static, size of list p1 (cert)" "$sta/list1.html" cert
measure s_listn "static, size of list p$DEEP (cert)" "$sta/listn.html" cert

modes=(off)
[ "$KEEPALIVE" = 1 ] && modes=(on off)
for mode in "${modes[@]}"; do
	use_upstream "$mode"
	if [ "$mode" = on ]; then
		m=", keepalive on"
	else
		m=""
	fi
	measure "home_$mode" "/ (no cache)$m" "$pub/"
	measure "404_$mode" "404 page (no DB)$m" "$pub/nope"
	measure "list1_$mode" "/app/units?page=1$m" "$app/app/units?page=1" cert
	measure "listk_$mode" "/app/units?page=$DEEP by the link on page $((DEEP - 1))$m" "$app/app/units$deep_link" cert
	measure "listn_$mode" "/app/units?page=$DEEP typed (by offset)$m" "$app/app/units?page=$DEEP" cert
	R[rss_$mode]=$(rss | tr '\n' ' ')
done
if [ "$KEEPALIVE" = 1 ]; then
	use_upstream off
fi
measure home_cached "/ from nginx's cache (public site)" "https://127.0.0.1:$PUBLIC_PORT/"

# etag_of URL [cert]: the ETag that URL answers with now.
etag_of() {
	local -a certopt=()
	[ $# -ge 2 ] && certopt=(--cert "$city_cert" --key "$city_key")
	curl -sk "${certopt[@]}" -o /dev/null -D - "$1" |
		awk 'tolower($1) == "etag:" { sub(/\r$/, ""); print $2 }'
}

# measure_304 KEY LABEL URL [cert]: conditional GETs with the page's
# current ETag; every answer must be a 304 without a body.
measure_304() {
	local key=$1 label=$2 url=$3 tag
	tag=$(etag_of "$url" "${@:4}")
	[ -n "$tag" ] || fail "$url answers without an ETag"
	measure "$key" "$label" "$url" "${4:--}" -s 304 -H "If-None-Match: $tag"
	if [ "${R[$key,bytes]}" != 0 ] || [ "${R[$key,non2xx]}" != 0 ]; then
		fail "$url with If-None-Match: $tag did not answer 304 every time (mean body ${R[$key,bytes]} B, ${R[$key,non2xx]} other statuses)"
	fi
}

measure_304 home_304 "/ (no cache), If-None-Match → 304" "$pub/"
measure_304 list1_304 "/app/units?page=1, If-None-Match → 304" "$app/app/units?page=1" cert

if [ "$PHP" = 1 ]; then
	measure php_home "PHP: / (no cache)" "$phpub/"
	measure php_list1 "PHP: /app/units?page=1" "$phapp/app/units?page=1" cert
	measure php_listk "PHP: /app/units?page=$DEEP by the link on page $((DEEP - 1))" "$phapp/app/units$deep_link" cert
	measure php_listn "PHP: /app/units?page=$DEEP typed (by offset)" "$phapp/app/units?page=$DEEP" cert
	measure_304 php_home_304 "PHP: / (no cache), If-None-Match → 304" "$phpub/"
	measure_304 php_list1_304 "PHP: /app/units?page=1, If-None-Match → 304" "$phapp/app/units?page=1" cert
fi

# The same pages with wrk, as a check on tlsload.
wrk_measure s_home "$st/home.html"
wrk_measure home_off "$pub/"
wrk_measure 404_off "$pub/nope"
wrk_measure home_cached "https://127.0.0.1:$PUBLIC_PORT/"
[ "$PHP" = 1 ] && wrk_measure php_home "$phpub/"

# --- profile (BENCH_PERF=1) ------------------------------------------------

# perf_run: perf record on the workers while tlsload loads the list's
# first page, then $VAR/profile.md: the share of the workers' samples
# under each phase of a request (inclusive: a phase counts the functions
# it calls), the top symbols by their own time, and xsltproc's profile of
# units.xsl's templates on the same document.
perf_run() {
	local ev=cpu-clock pids data=$bench/perf.data out=$VAR/profile.md lp
	command -v perf >/dev/null || apt_need linux-perf
	command -v perf >/dev/null || fail "perf is missing (Debian package linux-perf)"
	# A virtual machine often has no hardware counters: cycles where
	# they can be read, else the kernel's cpu-clock timer.
	if perf stat -x, -e cycles true 2>&1 >/dev/null | grep -q '^[0-9]'; then
		ev=cycles
	fi
	pids=$(workers | paste -sd, -)
	say "perf: $ev samples of the workers ($pids), $PERF_SECS s under the list's first page"
	$load -c "$CONNS" -t "$THREADS" -d $((PERF_SECS + 3)) -w 1 -C "$city_cert" -K "$city_key" \
		"$app/app/units?page=1" >"$bench/perf-load.out" 2>"$bench/perf-load.log" &
	lp=$!
	sleep 2
	perf record -q -e "$ev" -F 997 --call-graph dwarf,65528 -p "$pids" -o "$data" \
		-- sleep "$PERF_SECS" >"$bench/perf-record.log" 2>&1 ||
		fail "perf record failed (see $bench/perf-record.log)"
	wait "$lp" || true
	perf report -i "$data" --children --sort sym --stdio -g none --percent-limit 0.3 \
		>"$bench/perf-children.txt" 2>/dev/null
	perf report -i "$data" --no-children --sort dso,sym --stdio -g none --percent-limit 0.4 \
		>"$bench/perf-self.txt" 2>/dev/null
	curl -sk --cert "$city_cert" --key "$city_key" -o "$bench/units.xml" \
		"$app/app/units?page=1&format=xml"
	xsltproc --profile --stringparam format html --stringparam site app \
		--stringparam path /app/units --stringparam today "$(date +%F)" \
		--stringparam back '/app/units?page=1' --stringparam me-kind city \
		"$repo/xslt/units.xsl" "$bench/units.xml" >/dev/null 2>"$bench/xsltproc-profile.txt" || true
	{
		echo "# Where a worker's time goes: /app/units?page=1"
		echo
		echo "perf record -e $ev --call-graph dwarf on the $WORKERS workers, $PERF_SECS s, $(date '+%F %T');"
		echo "$nunits units. $(awk '/^rps=/ { print $1 }' "$bench/perf-load.out" 2>/dev/null) under perf (slower than without)."
		echo "The workers' own processor time only: MariaDB's share of a request is in the bench's"
		echo "table (column MariaDB), not here."
		echo
		echo "## By phase (inclusive share of the workers' samples)"
		echo
		echo "| phase | function | share |"
		echo "|---|---|---:|"
		awk '
		BEGIN {
			n = split("request (all)|route_serve;" \
			    "waiting for and reading a request (FastCGI)|FCGX_Accept_r;" \
			    "parsing the request|req_parse;" \
			    "client certificate (parse, fingerprint, lookup)|auth_client;" \
			    "the handler: database and document|h_units;" \
			    "  database (client side: statements, fetch)|db_query;" \
			    "  database: stepping the rows|db_step;" \
			    "  database: the count|db_int;" \
			    "  document (libxml2 writer)|xmlTextWriterStartElement;" \
			    "ETag (serialise the document, SHA-256, HMAC)|xml_etag;" \
			    "response: document and stylesheet|resp_emit;" \
			    "  stylesheet: the whole transformation|xslt_transform;" \
			    "  stylesheet: global variables and parameters|xsltEvalGlobalVariables;" \
			    "  stylesheet: templates (from the root)|xsltProcessOneNode;" \
			    "  output: serialising the HTML|xslt_write;" \
			    "  output: writing to nginx|FCGX_PutStr;" \
			    "freeing the documents|xmlFreeDoc;" \
			    "malloc and free (all callers)|malloc", rows, ";")
			for (i = 1; i <= n; i++) {
				split(rows[i], f, "|")
				label[i] = f[1]
				fn[i] = f[2]
			}
		}
		$1 ~ /%$/ && $2 ~ /%$/ {
			sym = $NF
			ch = $1
			for (i = 1; i <= n; i++)
				if (sym == fn[i] && !(i in got))
					got[i] = ch
		}
		END {
			for (i = 1; i <= n; i++)
				printf "| %s | `%s` | %s |\n", label[i], fn[i], (i in got) ? got[i] : "–"
		}' "$bench/perf-children.txt"
		echo
		echo "## Top symbols by their own time"
		echo
		echo '```'
		grep -v '^#' "$bench/perf-self.txt" | grep -v '^$' | head -n 40
		echo '```'
		echo
		echo "## units.xsl's templates (xsltproc --profile on the page's document)"
		echo
		echo '```'
		head -n 30 "$bench/xsltproc-profile.txt"
		echo '```'
	} >"$out"
	say "the profile is in $out"
}
[ "$PERF" = 1 ] && perf_run

# --- the CSV export at 25,000, 50,000 and 100,000 rows -----------------------

# The unit list's CSV export (/app/units?format=csv) as the city sees it:
# every unit of the tree, one line each. The unit list is the list that
# the benchmark fills most cheaply (studioctl load of generated INSERTs),
# so the tree is grown to each size in turn and the same export is taken
# BENCH_CSV_RUNS times at each; the time is curl's, from the request to
# the last byte, through nginx and TLS, one request at a time. Before
# each export the workers' peak RSS (VmHWM) is reset (clear_refs), so the
# peak read after it is the export's.
CSV_SIZES=${BENCH_CSV_SIZES-25000 50000 100000}
CSV_RUNS=${BENCH_CSV_RUNS:-3}
csv_rows=()

# peak_rss: the largest VmHWM (kB) of the workers since the last reset.
peak_rss() {
	local p m=0 h
	for p in $(workers); do
		h=$(awk '/^VmHWM:/ { print $2 }' "/proc/$p/status" 2>/dev/null || echo 0)
		[ "${h:-0}" -gt "$m" ] && m=$h
	done
	echo "$m"
}

reset_peaks() {
	local p
	for p in $(workers); do
		echo 5 >"/proc/$p/clear_refs" 2>/dev/null || true
	done
}

prefixes=(C D E F G H)
k=0
for size in $CSV_SIZES; do
	have=$(ctl units | wc -l)
	if [ "$have" -lt "$size" ]; then
		say "CSV: adding $((size - have)) units (to $size)"
		seed_units "${prefixes[$k]}" $((size - have))
		k=$((k + 1))
		have=$(ctl units | wc -l)
	fi
	times=()
	peak=0
	for ((run = 1; run <= CSV_RUNS; run++)); do
		quiet
		before=$(peak_rss)
		reset_peaks
		out=$(curl -sk --cert "$city_cert" --key "$city_key" -o "$bench/units.csv" \
			-w '%{http_code} %{time_total} %{size_download}' "$app/app/units?format=csv") ||
			fail "curl of the CSV export failed"
		read -r code secs bytes <<<"$out"
		[ "$code" = 200 ] || fail "the CSV export answered $code"
		p=$(peak_rss)
		[ "$p" -gt "$peak" ] && peak=$p
		times+=("$secs")
	done
	lines=$(($(wc -l <"$bench/units.csv") - 1))
	[ "$lines" -eq "$have" ] || fail "the CSV export has $lines rows, the tree $have units"
	median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
	say "CSV: $lines rows, $bytes bytes, ${times[*]} s (median $median s), worker peak RSS $peak kB (before: $before kB)"
	csv_rows+=("$lines:$bytes:$median:$peak:$before:${times[*]}")
done

# --- page 1 at BENCH_BIG_UNITS units ----------------------------------------

have=$(ctl units | wc -l)
if [ "$have" -lt "$BIG" ]; then
	say "adding $((BIG - have)) units (to $BIG)"
	seed_units "${prefixes[$k]}" $((BIG - have))
	have=$(ctl units | wc -l)
fi
nbig=$have
size_big=$(fetch listbig "$app/app/units?page=1" 200 cert)
say "the tree now has $nbig units; list p1 $size_big B"
measure list1_big "/app/units?page=1 at $nbig units" "$app/app/units?page=1" cert
if [ "$PHP" = 1 ]; then
	same_page listbig "$phapp/app/units?page=1" cert
	measure php_list1_big "PHP: /app/units?page=1 at $nbig units" "$phapp/app/units?page=1" cert
fi

# --- the showcase's search at BENCH_ACHIEVEMENTS achievements ----------------
#
# Published achievements with titles and texts of a small vocabulary (each
# word in about a twelfth of them), their search terms made by studioctl
# search-reindex as the site makes them; then the public list by a common
# word, by a word of a few, and unfiltered, through the pool without
# nginx's cache.

dbq() {
	mariadb --no-defaults --socket="$VAR/run/mysqld.sock" -u "$(id -un)" \
	    -N -B studio -e "$1"
}
have=$(dbq "SELECT COUNT(*) FROM achievement")
if [ "${have:-0}" -lt "$ACH" ]; then
	say "adding $((ACH - have)) published achievements"
	cat >"$bench/achievements.sql" <<SQLEOF
SET @s = (SELECT id FROM studio WHERE status <> 'revoked' ORDER BY id LIMIT 1);
INSERT INTO achievement (studio_id, base_path, auditing_unit_id, industry,
  status, status_since, title, kind, form, patent_number, problem, benefits,
  value_fen, year, people, published_at, created_at)
SELECT s.id, s.base_path, s.auditing_unit_id, s.industry, 'published', NOW(),
  CONCAT(ELT(1 + q.seq % 12, '燃气管网', '焊缝检测', '数控机床', '轨道客车',
    '电力抢修', '汽车焊装', '光电材料', '热力管网', '生物制药', '粮油加工',
    '桥梁施工', '物流分拣'),
    ELT(1 + (q.seq DIV 12) % 8, '智能巡检装置', '自动化改造', '质量攻关',
    '节能降耗', '安全防护', '工艺优化', '操作法', '培训课程'), q.seq),
  ELT(1 + q.seq % 4, 'technical', 'management', 'service', 'system'),
  ELT(1 + q.seq % 8, 'improvement', 'breakthrough', 'invention', 'patent',
    'method', 'standard', 'course', 'other'), '',
  CONCAT('生产中', ELT(1 + (q.seq DIV 7) % 6, '效率低', '漏检率高', '能耗大',
    '故障多', '成本高', '安全隐患多'), '，需要技术革新。'),
  CONCAT('年节约费用', q.seq % 90 + 10, '万元，', ELT(1 + (q.seq DIV 5) % 5,
    '效率提高', '质量提升', '能耗下降', '故障减少', '成本降低'), '显著。'),
  (q.seq % 90 + 10) * 1000000, 2020 + q.seq % 7, '张伟、李娜',
  NOW() - INTERVAL q.seq MINUTE, NOW()
FROM seq_1_to_$((ACH - have)) q JOIN studio s ON s.id = @s;
ANALYZE TABLE achievement;
SQLEOF
	ctl load "$bench/achievements.sql" >>"$VAR/log/bench-devstack.log" ||
		fail "studioctl load $bench/achievements.sql failed"
	ctl search-reindex >>"$VAR/log/bench-devstack.log" ||
		fail "studioctl search-reindex failed"
fi
nach=$(dbq "SELECT COUNT(*) FROM achievement WHERE status = 'published'")
common=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("焊缝"))')
rare=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("焊缝检测安全防护49"))')
size_ach=$(fetch achq "$pub/public/achievements?q=$common" 200)
grep -q '焊缝检测' "$www/achq.html" || fail "the showcase search found nothing"
say "$nach published achievements; search page $size_ach B"
measure ach_all "/public/achievements at $nach achievements" "$pub/public/achievements"
measure ach_common "/public/achievements?q=焊缝 (1 in 12) at $nach" "$pub/public/achievements?q=$common"
measure ach_rare "/public/achievements?q=焊缝检测安全防护49 (a few) at $nach" "$pub/public/achievements?q=$rare"

# --- rankings, reports and the XML export at BENCH_STUDIOS studios -----------

# shellcheck source=tests/bench/reports.sh
. tests/bench/reports.sh

# --- memory: one worker, BENCH_MEM_REQUESTS requests; reloads ------------------

# private PID: Private_Clean + Private_Dirty (kB) of the process.
private() {
	awk '/^Private_(Clean|Dirty):/ { s += $2 } END { print s + 0 }' "/proc/$1/smaps_rollup"
}
vmrss() {
	awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"
}
# burst N URL [cert]: N requests, as fast as 8 connections go.
burst() {
	local n=$1 url=$2
	local -a certopt=()
	[ $# -ge 3 ] && certopt=(-C "$city_cert" -K "$city_key")
	$load -c 8 -t 1 -w 0 -d 3600 -n "$n" "${certopt[@]}" "$url" 2>"$bench/burst.log" |
		tr ' ' '\n' | awk -F= '$1 == "rps" || $1 == "non2xx" || $1 == "errors" { printf "%s ", $0 }'
}

sed -i -e 's/^workers = .*/workers = 1/' -e 's/^max_requests = .*/max_requests = 0/' "$conf"
pool_restart
mw=$(workers)
[ "$(wc -w <<<"$mw")" = 1 ] || fail "the memory run wants one worker, not: $mw"
M[start]="$(private "$mw") $(vmrss "$mw")"
warm_n=500
say "memory: one worker ($mw), $warm_n list pages and $warm_n of /, then up to $MEMREQ requests in all"
say "  list: $(burst "$warm_n" "$app/app/units?page=1" cert)"
say "  /: $(burst "$warm_n" "$pub/")"
M[warm]="$(private "$mw") $(vmrss "$mw")"
rest=$((MEMREQ - 2 * warm_n))
[ "$rest" -gt 0 ] && say "  /: $(burst "$rest" "$pub/")"
M[end]="$(private "$mw") $(vmrss "$mw")"
kill -0 "$mw" 2>/dev/null || fail "the worker of the memory run died"
say "  worker private kB, RSS kB: at start ${M[start]}; after $((2 * warm_n)): ${M[warm]}; after $MEMREQ: ${M[end]}"

# Reloads: the master's RSS before and after each of BENCH_RELOADS SIGHUPs
# (each waits until the reload is over: as many workers as before, none of
# them an old one, which the master reaps once its new ones are up; the
# child that checks the new stylesheets is no worker of either set).
R_rss=("0:$(vmrss "$master"):$(private "$master")")
for ((i = 1; i <= RELOADS; i++)); do
	old=$(workers)
	kill -HUP "$master"
	for ((j = 0; j < 200; j++)); do
		now=$(workers)
		if [ -n "$now" ] && [ "$(wc -w <<<"$now")" = "$(wc -w <<<"$old")" ] &&
		    ! grep -qxF -f <(tr ' ' '\n' <<<"$old" | grep .) <(tr ' ' '\n' <<<"$now"); then
			break
		fi
		sleep 0.1
	done
	sleep 0.2
	curl -sk -o /dev/null "$pub/nope" || true
	R_rss+=("$i:$(vmrss "$master"):$(private "$master")")
done
say "master RSS:private kB after n reloads: ${R_rss[*]}"

# --- the table --------------------------------------------------------------

ceiling() {
	case $1 in
	home_cached) echo s_home ;;
	home_* | s_home | php_home*) echo s_home ;;
	404_* | s_404) echo s_404 ;;
	list1_* | s_list1 | php_list1*) echo s_list1 ;;
	listn_* | listk_* | s_listn | php_listn | php_listk) echo s_listn ;;
	*) echo "" ;;
	esac
}

# ratio A B: A / B of two rows' requests/s, "–" if either is missing.
ratio() {
	awk -v a="${R[$1,rps]:-}" -v b="${R[$2,rps]:-}" 'BEGIN {
		if (a == "" || b == "" || b + 0 == 0) { print "–"; exit }
		printf "%.2f", a / b
	}'
}

versus() {
	local row s p
	echo
	echo "studiod against PHP (requests/s; ratio studiod / PHP):"
	echo
	echo "| page | studiod | PHP | studiod / PHP |"
	echo "|---|---:|---:|---:|"
	for row in "/:home_off:php_home" "/app/units?page=1:list1_off:php_list1" \
	    "/app/units?page=$DEEP by the link on page $((DEEP - 1)):listk_off:php_listk" \
	    "/app/units?page=$DEEP typed:listn_off:php_listn" \
	    "/app/units?page=1 at ${nbig} units:list1_big:php_list1_big" \
	    "/ → 304:home_304:php_home_304" "/app/units?page=1 → 304:list1_304:php_list1_304"; do
		IFS=: read -r label s p <<<"$row"
		printf '| %s | %s | %s | %s |\n' "$label" "${R[$s,rps]:-–}" "${R[$p,rps]:-–}" "$(ratio "$s" "$p")"
	done
	echo
	echo "Flat in the size of the data (requests/s ratios):"
	echo
	echo "| ratio | studiod | PHP |"
	echo "|---|---:|---:|"
	echo "| page $DEEP by the link on page $((DEEP - 1)) / page 1 | $(ratio listk_off list1_off) | $(ratio php_listk php_list1) |"
	echo "| page $DEEP typed (by offset) / page 1 | $(ratio listn_off list1_off) | $(ratio php_listn php_list1) |"
	echo "| page 1 at $nbig units / page 1 at $nunits | $(ratio list1_big list1_off) | $(ratio php_list1_big php_list1) |"
}

memory() {
	local row n r p
	echo
	echo "Memory, one worker started afresh with max_requests = 0 (kB: private = Private_Clean + Private_Dirty of smaps_rollup; RSS):"
	echo
	echo "| worker | private | RSS |"
	echo "|---|---:|---:|"
	read -r p r <<<"${M[start]}"
	echo "| at start | $p | $r |"
	read -r p r <<<"${M[warm]}"
	echo "| after $warm_n list pages and $warm_n of / | $p | $r |"
	read -r p r <<<"${M[end]}"
	echo "| after $MEMREQ requests | $p | $r |"
	echo
	echo "The master across $RELOADS reloads (SIGHUP), kB:"
	echo
	echo "| reloads | RSS | private |"
	echo "|---:|---:|---:|"
	for row in "${R_rss[@]}"; do
		IFS=: read -r n r p <<<"$row"
		case $n in
		0 | 1 | 2 | 5 | 10 | "$RELOADS") echo "| $n | $r | $p |" ;;
		esac
	done
}

report() {
	local key c ratio bytes
	echo "| page | bytes | requests/s | p50 ms | p99 ms | of static | not 2xx | errors | CPU ms/request: nginx, studiod, MariaDB, client | other work | wrk req/s | wrk p50 | wrk p99 |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
	for key in "${rows[@]}"; do
		c=$(ceiling "$key")
		if [ -n "$c" ] && [ "$c" != "$key" ]; then
			ratio=$(awk -v a="${R[$key,rps]}" -v b="${R[$c,rps]}" \
				'BEGIN {
				r = b > 0 ? 100 * a / b : 0
				printf(r < 10 ? "%.1f %%" : "%.0f %%", r)
			}')
		elif [ "$c" = "$key" ]; then
			ratio="100 %"
		else
			ratio="–"
		fi
		bytes=${R[$key,bytes]}
		printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s, %s, %s, %s | %s %% | %s | %s | %s |\n' \
			"${R[$key,label]}" "$bytes" "${R[$key,rps]}" "${R[$key,p50_ms]}" \
			"${R[$key,p99_ms]}" "$ratio" "${R[$key,non2xx]}" "${R[$key,errors]}" \
			"${R[$key,ngx_ms]}" "${R[$key,app_ms]}" "${R[$key,db_ms]}" "${R[$key,cli_ms]}" \
			"${R[$key,other]}" \
			"${R[$key,wrk_rps]:-}" "${R[$key,wrk_p50]:-}" "${R[$key,wrk_p99]:-}"
	done
	echo
	echo "Worker memory after the timed runs (4 workers), kB: VmRSS (peak VmHWM), private, PSS."
	echo
	for mode in "${modes[@]}"; do
		printf -- '- after the runs with upstream keepalive %s:' "$mode"
		for w in ${R[rss_$mode]}; do
			IFS=: read -r p r h pr ps <<<"$w"
			printf ' %s (%s), %s, %s;' "$r" "$h" "$pr" "$ps"
		done
		echo
	done
}

aims() {
	local mode maxrss maxpriv w p r h pr ps
	echo
	echo "Against issue 9's aims: list ≥ 5 % of static, / ≥ 15 %, 404 ≥ 25 %, 304 ≥ 40 %,"
	echo "p99 < 50 ms on every list page, page $DEEP ≥ 0.90 × page 1, page 1 at $nbig ≥ 0.90 × at $nunits,"
	echo "studiod ≥ 4 × PHP on the list and ≥ 10 × on /, worker private < 4 MB after $MEMREQ requests."
	echo
	awk -v a="${R[home_304,rps]}" -v b="${R[s_home,rps]}" -v c="${R[list1_304,rps]}" -v d="${R[s_list1,rps]}" \
		'BEGIN { printf "- 304: / %.1f %% of static, list p1 %.1f %%\n", 100 * a / b, 100 * c / d }'
	echo "- p99 of the list at $nbig units: ${R[list1_big,p99_ms]} ms"
	for mode in "${modes[@]}"; do
		awk -v h="${R[home_$mode,rps]}" -v s="${R[s_home,rps]}" \
			-v e="${R[404_$mode,rps]}" -v se="${R[s_404,rps]}" \
			-v l1="${R[list1_$mode,rps]}" -v s1="${R[s_list1,rps]}" \
			-v ln="${R[listk_$mode,rps]}" -v sn="${R[s_listn,rps]}" \
			-v p1="${R[home_$mode,p99_ms]}" -v p2="${R[404_$mode,p99_ms]}" \
			-v p3="${R[list1_$mode,p99_ms]}" -v p4="${R[listk_$mode,p99_ms]}" \
			-v m="$mode" -v deep="$DEEP" 'BEGIN {
			printf "- upstream keepalive %s: of static: / %.1f %%, 404 page %.1f %%, list p1 %.1f %%, p%s %.1f %%; p99: %s, %s, %s, %s ms\n",
			    m, 100 * h / s, 100 * e / se, 100 * l1 / s1, deep, 100 * ln / sn,
			    p1, p2, p3, p4
		}'
	done
	maxrss=0
	maxpriv=0
	for mode in "${modes[@]}"; do
		for w in ${R[rss_$mode]}; do
			IFS=: read -r p r h pr ps <<<"$w"
			[ "${h:-0}" -gt "$maxrss" ] && maxrss=$h
			[ "${pr:-0}" -gt "$maxpriv" ] && maxpriv=$pr
		done
	done
	echo "- largest worker peak RSS: $((maxrss / 1024)) MB ($maxrss kB), of which private at most $((maxpriv / 1024)) MB ($maxpriv kB)"
}

csv_report() {
	local row lines bytes median peak before all prev=""
	[ ${#csv_rows[@]} -gt 0 ] || return 0
	echo
	echo "CSV export of the unit list (/app/units?format=csv, the city's certificate: every unit),"
	echo "one request at a time, median of $CSV_RUNS; time ratio to the row before (linear: ratio of the rows);"
	echo "peak RSS: the largest VmHWM of the workers during the export (reset before it)."
	echo
	echo "| rows | bytes | seconds (median) | runs | µs per row | × time of the row before | worker peak RSS kB | worker RSS before kB |"
	echo "|---:|---:|---:|---|---:|---:|---:|---:|"
	for row in "${csv_rows[@]}"; do
		IFS=: read -r lines bytes median peak before all <<<"$row"
		awk -v l="$lines" -v b="$bytes" -v m="$median" -v p="$peak" -v bf="$before" \
			-v all="$all" -v prev="$prev" 'BEGIN {
			split(prev, q, " ")
			r = prev == "" ? "–" : sprintf("%.2f (rows × %.2f)", m / q[2], l / q[1])
			printf "| %d | %d | %.3f | %s | %.1f | %s | %d | %d |\n", l, b, m, all, m * 1e6 / l, r, p, bf
		}'
		prev="$lines $median"
	done
}

{
	echo "# Benchmark $(date '+%F %T')"
	echo
	echo "$(nproc) cores ($(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)), $(nginx -v 2>&1 | sed 's/.*: //'), $(mariadbd --version 2>/dev/null | awk '{ print $3 }'), $WORKERS workers, $nunits units;"
	echo "$CONNS connections, $THREADS client threads, $SECS s measured after $WARM s warm-up, TLS keep-alive; load generator on the same machine."
	echo
	report
	versus
	aims
	memory
	csv_report
	reports_report
} | tee "$VAR/results.md"
say "the table is also in $VAR/results.md"
