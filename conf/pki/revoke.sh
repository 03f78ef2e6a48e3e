#!/bin/bash
# Revoke a client certificate issued by the union CA and regenerate the CRL.
#
# usage: conf/pki/revoke.sh DIR CERT.pem [reason]
#
# reason is one of unspecified (default), keyCompromise, affiliationChanged,
# superseded, cessationOfOperation, certificateHold. Revoking a certificate
# that is already revoked only regenerates the CRL. nginx reads the new
# DIR/crl.pem at its next reload (nginx -s reload); the application refuses
# the certificate as soon as it is revoked there (studioctl cert-revoke).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh source-path=SCRIPTDIR
. "$here/common.sh"

if [ $# -lt 2 ] || [ $# -gt 3 ] || [ -z "$1" ] || [ -z "$2" ]; then
	die "usage: revoke.sh DIR CERT.pem [reason]"
fi
dir=$(abspath "$1")
cert=$(abspath "$2")
reason=${3:-unspecified}
ca_check "$dir"
[ -r "$cert" ] || die "cannot read $cert"

# Only certificates of this CA can be revoked here.
quiet openssl verify -no_check_time -purpose sslclient -CAfile "$dir/ca.pem" "$cert"
serial=$(openssl x509 -in "$cert" -noout -serial | sed 's/^serial=//')

ca_lock "$dir"
if awk -F'\t' -v s="$serial" '$1 == "R" && toupper($4) == toupper(s) { found = 1 } END { exit !found }' "$dir/index.txt"; then
	echo "${0##*/}: serial $serial is already revoked" >&2
else
	quiet openssl ca -config "$dir/openssl.cnf" -batch -utf8 \
		-revoke "$cert" -crl_reason "$reason"
	echo "${0##*/}: revoked serial $serial" >&2
fi
gen_crl "$dir"
