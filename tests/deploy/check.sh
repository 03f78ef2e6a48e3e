#!/bin/bash
# check.sh: the deployment as an IT department does it, without touching
# the machine (everything under a temporary directory):
#   1. make install with DESTDIR and PREFIX puts every piece where the
#      README says (twice: PREFIX=/usr/local and PREFIX=/usr, whose paths
#      the units and the examples then name), and the installed studiod
#      compiles the installed stylesheets (studiod -t);
#   2. the installed systemd units pass systemd-analyze verify (ExecStart
#      pointed at the DESTDIR install, since verify checks that it exists);
#   3. the logrotate file passes logrotate -d as installed, and a copy
#      pointed at a temporary folder really rotates a log;
#   4. the nginx snippet, made from studio.conf.in as the README says and
#      included in the http {} block of a copy of Debian's own
#      /etc/nginx/nginx.conf (only its pid file moved), passes nginx -t.
# Usage: tests/deploy/check.sh   (from anywhere; tests/run.sh runs it)
# Environment: BUILD (default build/asan) and SAN (default 1) choose the
# binaries that make install installs, so that the suite builds them once.
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD
BUILD=${BUILD:-build/asan}
SAN=${SAN-1}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

bad() { echo "FAIL: $*"; fail=1; }
ok() { echo "ok: $*"; }

# --- 1. make install -----------------------------------------------------

install_to() {	# DESTDIR PREFIX
	make -s BUILD="$BUILD" SAN="$SAN" DESTDIR="$1" PREFIX="$2" install \
		>"$tmp/install.log" 2>&1 || { bad "make install PREFIX=$2"; cat "$tmp/install.log"; return 1; }
}

d1=$tmp/root
install_to "$d1" /usr/local || exit 1
for f in sbin/studiod sbin/studioctl; do
	[ -x "$d1/usr/local/$f" ] || bad "make install: no executable /usr/local/$f"
done
for f in share/studio/xslt/layout.xsl share/studio/xslt/pool-status.xsl \
    share/studio/xslt/pool-status.metrics.xsl share/studio/xslt/static/favicon.ico \
    share/studio/xslt/schema/pool-status.xsd share/studio/sql/grants.sql \
    share/studio/conf/studio.conf.example share/studio/conf/nginx/studio.conf.in \
    share/studio/conf/nginx/fastcgi_params.studio share/studio/conf/nginx/headers.studio \
    share/studio/conf/nginx/example-server.conf share/studio/conf/nginx/errors/unavailable.html \
    share/studio/conf/pki/ca-init.sh share/studio/conf/logrotate/studio \
    lib/systemd/system/studiod.service lib/systemd/system/studiod.socket; do
	[ -s "$d1/usr/local/$f" ] || bad "make install: no /usr/local/$f"
done
[ -s "$d1/etc/logrotate.d/studio" ] || bad "make install: no /etc/logrotate.d/studio"
n_sql=$(find sql -name '*.sql' | wc -l)
n_got=$(find "$d1/usr/local/share/studio/sql" -name '*.sql' | wc -l)
[ "$n_sql" = "$n_got" ] || bad "make install: $n_got of $n_sql SQL files"
n_xsl=$(find xslt -name '*.xsl' | wc -l)
n_got=$(find "$d1/usr/local/share/studio/xslt" -name '*.xsl' | wc -l)
[ "$n_xsl" = "$n_got" ] || bad "make install: $n_got of $n_xsl stylesheets"
ok "make install DESTDIR=... PREFIX=/usr/local"

d2=$tmp/root-usr
install_to "$d2" /usr || exit 1
grep -q '^ExecStart=/usr/sbin/studiod ' "$d2/usr/lib/systemd/system/studiod.service" ||
	bad "PREFIX=/usr: the unit does not start /usr/sbin/studiod"
grep -q '^xslt_dir = /usr/share/studio/xslt$' "$d2/usr/share/studio/conf/studio.conf.example" ||
	bad "PREFIX=/usr: the example configuration does not name /usr/share/studio/xslt"
cat "$d2"/usr/lib/systemd/system/* "$d2/etc/logrotate.d/studio" | grep -v '^[[:space:]]*#' |
	grep -q '/usr/local' && bad "PREFIX=/usr: /usr/local left in the units or the logrotate file"
[ -x "$d2/usr/sbin/studiod" ] || bad "PREFIX=/usr: no /usr/sbin/studiod"
ok "make install DESTDIR=... PREFIX=/usr"

# The installed studiod compiles the installed stylesheets.
keys=$tmp/keys
mkdir -p "$keys"
openssl rand -hex 32 >"$keys/secret"
openssl rand -hex 32 >"$keys/audit-key"
"$ROOT/conf/pki/ca-init.sh" "$tmp/pki" >"$tmp/pki.log" 2>&1 || { bad "ca-init.sh"; cat "$tmp/pki.log"; }
sed -e "s|^xslt_dir = .*|xslt_dir = $d1/usr/local/share/studio/xslt|" \
	-e "s|^secret_file = .*|secret_file = $keys/secret|" \
	-e "s|^audit_key_file = .*|audit_key_file = $keys/audit-key|" \
	-e "s|^union_ca_file = .*|union_ca_file = $tmp/pki/ca.pem|" \
	"$d1/usr/local/share/studio/conf/studio.conf.example" >"$tmp/studio.conf"
if out=$(ASAN_OPTIONS=detect_leaks=0 "$d1/usr/local/sbin/studiod" -t -f "$tmp/studio.conf" 2>"$tmp/t.err") &&
    [ "$out" = "configuration ok" ]; then
	ok "studiod -t with the installed example configuration and stylesheets"
else
	bad "studiod -t: $out"
	cat "$tmp/t.err"
fi

# --- 2. systemd units -----------------------------------------------------

if command -v systemd-analyze >/dev/null 2>&1; then
	units=$tmp/units
	mkdir -p "$units"
	for f in "$d1"/usr/local/lib/systemd/system/*; do
		sed -e "s|^\(Exec[A-Za-z]*=[-@:+!]*\)/usr/local/sbin/|\1$d1/usr/local/sbin/|" \
			"$f" >"$units/${f##*/}"
	done
	# verify reads the units named and what they refer to (studiod.socket
	# is found next to the service); every unit of conf/systemd, timers too.
	shopt -s nullglob
	files=("$units"/*.service "$units"/*.socket "$units"/*.timer)
	shopt -u nullglob
	if out=$(cd "$units" && SYSTEMD_LOG_LEVEL=notice systemd-analyze verify --man=no \
	    "${files[@]}" 2>&1) && [ -z "$out" ]; then
		ok "systemd-analyze verify: $(cd "$units" && echo *)"
	else
		bad "systemd-analyze verify:"
		echo "$out"
	fi
	# A unit that names a missing program does fail (the check checks).
	sed 's|^ExecStart=.*|ExecStart=/nonexistent/studiod|' "$units/studiod.service" >"$tmp/broken.service"
	(cd "$tmp" && systemd-analyze verify --man=no "$tmp/broken.service") >/dev/null 2>&1 &&
		bad "systemd-analyze verify passes a unit without its program"
else
	bad "systemd-analyze is missing (conf/deps.sh installs systemd)"
fi

# --- 3. logrotate -----------------------------------------------------------

if command -v logrotate >/dev/null 2>&1; then
	lr=$d1/etc/logrotate.d/studio
	if out=$(logrotate -d -s "$tmp/lr.state" "$lr" 2>&1) && ! printf '%s\n' "$out" | grep -qi '^error'; then
		ok "logrotate -d $lr"
	else
		bad "logrotate -d:"
		echo "$out"
	fi
	# A copy for a folder of its own, the signal replaced by a mark.
	mkdir -p "$tmp/log"
	chmod 750 "$tmp/log"
	echo "a line" >"$tmp/log/studiod.log"
	awk -v dir="$tmp/log" -v mark="$tmp/rotated" '
		/^\/var\/log\/studio\// { sub("/var/log/studio", dir) }
		/^\tpostrotate/ { print; print "\t\ttouch " mark; skip = 1; next }
		/^\tendscript/ { skip = 0 }
		!skip { print }' "$lr" >"$tmp/lr.conf"
	if logrotate -f -s "$tmp/lr.state2" "$tmp/lr.conf" >"$tmp/lr.log" 2>&1 &&
	    [ -f "$tmp/log/studiod.log.1" ] && [ -f "$tmp/log/studiod.log" ] &&
	    [ ! -s "$tmp/log/studiod.log" ] && [ -f "$tmp/rotated" ]; then
		ok "logrotate rotates studiod.log and runs its postrotate"
	else
		bad "logrotate -f on a copy:"
		cat "$tmp/lr.log"
		ls -la "$tmp/log"
	fi
else
	bad "logrotate is missing (conf/deps.sh installs it)"
fi

# --- 4. nginx -t with the snippet in Debian's nginx.conf ------------------

if command -v nginx >/dev/null 2>&1 && [ -f /etc/nginx/nginx.conf ]; then
	n=$tmp/nginx
	share=$d1/usr/local/share/studio
	mkdir -p "$n/studio" "$n/cache"
	"$ROOT/conf/pki/server.sh" "$n/tls" >"$tmp/tls.log" 2>&1 || { bad "server.sh"; cat "$tmp/tls.log"; }
	install -m 644 "$share/conf/nginx/fastcgi_params.studio" "$share/conf/nginx/headers.studio" "$n/studio/"
	# As the README's Deployment section says (paths under $tmp).
	sed -e 's|@PUBLIC_LISTEN@|443|' \
		-e 's|@APP_LISTEN@|9443|' \
		-e 's|@STATUS_LISTEN@|127.0.0.1:9000|' \
		-e 's|@SERVER_NAME@|studio.example.org|' \
		-e "s|@SERVER_CERT@|$n/tls/server.pem|" \
		-e "s|@SERVER_KEY@|$n/tls/server.key|" \
		-e "s|@CLIENT_CA@|$tmp/pki/ca.pem|" \
		-e "s|@CLIENT_CRL@|$tmp/pki/crl.pem|" \
		-e 's|@SOCKET@|/run/studio/studio.sock|' \
		-e "s|@STATIC_DIR@|$share/xslt/static|" \
		-e "s|@CACHE_DIR@|$n/cache|" \
		-e "s|@FASTCGI_PARAMS@|$n/studio/fastcgi_params.studio|" \
		-e "s|@HEADERS@|$n/studio/headers.studio|" \
		-e "s|@ERRORS_DIR@|$share/conf/nginx/errors|" \
		-e 's|@ATTACH_DIR@|/var/lib/studio/attachments|' \
		-e 's|@PUBLIC_URL@|https://studio.example.org|' \
		"$share/conf/nginx/studio.conf.in" >"$n/studio/studio.conf"
	grep -nE '^[^#]*@[A-Z_]+@' "$n/studio/studio.conf" && bad "tokens the README does not name"
	# Debian's own nginx.conf: the include goes into http {}, next to
	# Debian's own includes; only the pid file moves (nginx -t writes none,
	# but a copy should not name the running server's).
	awk -v inc="include $n/studio/studio.conf;" -v pid="pid $n/nginx.pid;" '
		/^pid / { print pid; next }
		/^[ \t]*include \/etc\/nginx\/sites-enabled\/\*;/ { print; print "\t" inc; done = 1; next }
		{ print }
		END { if (!done) exit 1 }' /etc/nginx/nginx.conf >"$n/nginx.conf" ||
		bad "Debian's nginx.conf has no include of sites-enabled"
	if out=$(nginx -t -c "$n/nginx.conf" 2>&1); then
		ok "nginx -t with the snippet included in a copy of /etc/nginx/nginx.conf"
	else
		bad "nginx -t:"
		echo "$out"
	fi
	# The status server is there, local only.
	nginx -T -c "$n/nginx.conf" 2>/dev/null >"$n/full.conf"
	grep -q 'listen 127.0.0.1:9000;' "$n/full.conf" && grep -q 'fastcgi_param STUDIO_SITE status;' "$n/full.conf" &&
		grep -q 'allow 127.0.0.1;' "$n/full.conf" ||
		bad "nginx -T: no local status server"
else
	bad "nginx or /etc/nginx/nginx.conf is missing"
fi

exit $fail
