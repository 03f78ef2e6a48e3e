#!/bin/bash
# Regenerate the union CA's certificate revocation list DIR/crl.pem.
#
# usage: conf/pki/crl.sh DIR
#
# The CRL is valid for 30 days. nginx refuses every client certificate once
# the CRL has expired, so run this regularly (weekly from cron, say) and then
# reload nginx (nginx -s reload).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh source-path=SCRIPTDIR
. "$here/common.sh"

if [ $# -ne 1 ] || [ -z "$1" ]; then
	die "usage: crl.sh DIR"
fi
dir=$(abspath "$1")
ca_check "$dir"
umask 077
ca_lock "$dir"
gen_crl "$dir"
