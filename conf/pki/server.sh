#!/bin/bash
# Make the TLS server certificate for nginx in development and tests.
#
# usage: conf/pki/server.sh DIR [SAN ...]
#
# Writes into DIR (created):
#   server-ca.key, server-ca.pem  a self-signed CA of its own (10 years),
#                                 separate from the union CA; browsers and
#                                 test clients trust server-ca.pem
#   server.key, server.pem        the server certificate (825 days) for
#                                 127.0.0.1, ::1 and localhost, plus any
#                                 extra subjectAltName entries given as
#                                 SAN arguments (e.g. DNS:studio.test
#                                 IP:192.0.2.7)
# Idempotent: the CA is made once; the server certificate is made again only
# when it is missing, expires within 30 days or was not signed by
# server-ca.pem (delete server.pem to force a new one, e.g. for new SANs).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh source-path=SCRIPTDIR
. "$here/common.sh"

if [ $# -lt 1 ] || [ -z "$1" ]; then
	die "usage: server.sh DIR [SAN ...]"
fi
dir=$(abspath "$1")
shift
san="IP:127.0.0.1, IP:::1, DNS:localhost"
for extra in "$@"; do
	san="$san, $extra"
done

umask 077
mkdir -p "$dir"
ca_lock "$dir"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/openssl.cnf" <<CNF
[ req ]
distinguished_name = req_dn
string_mask        = utf8only
utf8               = yes

[ req_dn ]

[ server_ca ]
basicConstraints       = critical, CA:TRUE, pathlen:0
keyUsage               = critical, keyCertSign, cRLSign
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always

[ server_cert ]
basicConstraints       = critical, CA:FALSE
keyUsage               = critical, digitalSignature
extendedKeyUsage       = serverAuth
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always
subjectAltName         = $san
CNF

if [ ! -f "$dir/server-ca.pem" ] || [ ! -f "$dir/server-ca.key" ]; then
	quiet openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 \
		-out "$tmp/ca.key"
	quiet openssl req -new -x509 -config "$tmp/openssl.cnf" -utf8 \
		-key "$tmp/ca.key" -days 3650 -sha256 -extensions server_ca \
		-set_serial "0x$(random_serial)" \
		-subj "/C=CN/O=$(subj_escape "职工创新工作室")/CN=$(subj_escape "职工创新工作室 本机服务器 CA（开发测试用）")" \
		-out "$tmp/ca.pem"
	chmod 644 "$tmp/ca.pem"
	mv -f "$tmp/ca.key" "$dir/server-ca.key"
	mv -f "$tmp/ca.pem" "$dir/server-ca.pem"
	rm -f "$dir/server.pem"
fi

if [ -f "$dir/server.pem" ] && [ -f "$dir/server.key" ] &&
	openssl x509 -in "$dir/server.pem" -noout -checkend $((30 * 86400)) >/dev/null 2>&1 &&
	openssl verify -CAfile "$dir/server-ca.pem" "$dir/server.pem" >/dev/null 2>&1; then
	exit 0
fi

quiet openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 \
	-out "$tmp/server.key"
quiet openssl req -new -config "$tmp/openssl.cnf" -utf8 -key "$tmp/server.key" \
	-subj "/CN=localhost" -out "$tmp/server.csr"
quiet openssl x509 -req -in "$tmp/server.csr" -days 825 -sha256 \
	-CA "$dir/server-ca.pem" -CAkey "$dir/server-ca.key" \
	-set_serial "0x$(random_serial)" \
	-extfile "$tmp/openssl.cnf" -extensions server_cert -out "$tmp/server.pem"
chmod 644 "$tmp/server.pem"
mv -f "$tmp/server.key" "$dir/server.key"
mv -f "$tmp/server.pem" "$dir/server.pem"
openssl x509 -in "$dir/server.pem" -noout -subject -ext subjectAltName -enddate >&2
