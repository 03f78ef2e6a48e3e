#!/bin/bash
# Issue a client certificate of a union unit for one holder (a reviewer).
#
# usage: conf/pki/issue.sh DIR UNIT_CODE "unit name" "holder name" OUT_PREFIX P12_PASSWORD
#
# DIR is a CA made by ca-init.sh. The certificate has subject CN = holder,
# O = unit name, OU = unit code, extendedKeyUsage clientAuth, and is valid
# for 2 years. It is signed through `openssl ca`, so it is recorded in
# DIR/index.txt and can be revoked with revoke.sh. Writes
#   OUT_PREFIX.key  the private key (EC P-256, mode 600)
#   OUT_PREFIX.pem  the certificate
#   OUT_PREFIX.p12  key + certificate + CA certificate, protected by
#                   P12_PASSWORD (PKCS#12 with AES-256/PBKDF2, as OpenSSL 3
#                   writes by default; imports into browsers and Node's tls)
# replacing any earlier files of that name. The last line on stdout is the
# SHA-256 fingerprint of the DER certificate in lowercase hex, the value the
# application stores when the certificate is enrolled.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh source-path=SCRIPTDIR
. "$here/common.sh"

if [ $# -ne 6 ] || [ -z "$1" ] || [ -z "$2" ] || [ -z "$3" ] || [ -z "$4" ] || [ -z "$5" ]; then
	die 'usage: issue.sh DIR UNIT_CODE "unit name" "holder name" OUT_PREFIX P12_PASSWORD'
fi
dir=$(abspath "$1")
code=$2
unit=$3
holder=$4
out=$(abspath "$5")
export STUDIO_P12_PASS="$6"
ca_check "$dir"

umask 077
mkdir -p "$(dirname "$out")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

quiet openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 \
	-out "$tmp/key.pem"
quiet openssl req -new -config "$dir/openssl.cnf" -utf8 -key "$tmp/key.pem" \
	-subj "/O=$(subj_escape "$unit")/OU=$(subj_escape "$code")/CN=$(subj_escape "$holder")" \
	-out "$tmp/req.pem"
(
	ca_lock "$dir"
	quiet openssl ca -config "$dir/openssl.cnf" -batch -notext -utf8 \
		-days 730 -extensions client_cert -in "$tmp/req.pem" -out "$tmp/cert.pem"
)
quiet openssl pkcs12 -export -inkey "$tmp/key.pem" -in "$tmp/cert.pem" \
	-certfile "$dir/ca.pem" -name "$holder ($unit)" \
	-passout env:STUDIO_P12_PASS -out "$tmp/cert.p12"

chmod 644 "$tmp/cert.pem"
mv -f "$tmp/key.pem" "$out.key"
mv -f "$tmp/cert.pem" "$out.pem"
mv -f "$tmp/cert.p12" "$out.p12"

openssl x509 -in "$out.pem" -noout -subject -serial -enddate -nameopt utf8 >&2
fingerprint "$out.pem"
