#!/bin/bash
# Create the union CA that issues the reviewers' client certificates.
#
# usage: conf/pki/ca-init.sh DIR [CA common name [organization]]
#
# Writes into DIR (created, mode 700):
#   ca.key       the CA's private key (EC P-256, mode 600)
#   ca.pem       the CA certificate (10 years); nginx's ssl_client_certificate
#   openssl.cnf  configuration for `openssl ca` (used by issue.sh, revoke.sh,
#                crl.sh), with its database index.txt, serial, crlnumber and
#                the copies of issued certificates in newcerts/
#   crl.pem      the certificate revocation list, empty at first; nginx's
#                ssl_crl. It is valid for 30 days: run crl.sh (and reload
#                nginx) well before that, e.g. weekly from cron.
# Does nothing if DIR/ca.pem already exists.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh source-path=SCRIPTDIR
. "$here/common.sh"

if [ $# -lt 1 ] || [ $# -gt 3 ] || [ -z "$1" ]; then
	die "usage: ca-init.sh DIR [CA common name [organization]]"
fi
dir=$(abspath "$1")
cn=${2:-长春市总工会 职工创新工作室 CA}
org=${3:-长春市总工会}

if [ -e "$dir/ca.pem" ]; then
	exit 0
fi

umask 077
mkdir -p "$dir/newcerts"
chmod 700 "$dir"
ca_lock "$dir"

cat >"$dir/openssl.cnf" <<CNF
# OpenSSL configuration of the union CA, written by conf/pki/ca-init.sh.
dir = $dir

[ ca ]
default_ca = union_ca

[ union_ca ]
database         = \$dir/index.txt
serial           = \$dir/serial
crlnumber        = \$dir/crlnumber
new_certs_dir    = \$dir/newcerts
certificate      = \$dir/ca.pem
private_key      = \$dir/ca.key
default_md       = sha256
default_days     = 730
default_crl_days = 30
preserve         = no
email_in_dn      = no
# A unit may hold several certificates with the same holder name.
unique_subject   = no
copy_extensions  = none
policy           = policy_client
x509_extensions  = client_cert
crl_extensions   = crl_ext
name_opt         = utf8,esc_ctrl,sep_comma_plus_space
cert_opt         = ca_default

# Client certificates: CN = holder, O = unit name, OU = unit code.
[ policy_client ]
organizationName       = supplied
organizationalUnitName = supplied
commonName             = supplied

[ client_cert ]
basicConstraints       = critical, CA:FALSE
keyUsage               = critical, digitalSignature
extendedKeyUsage       = clientAuth
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always

[ crl_ext ]
authorityKeyIdentifier = keyid:always

[ req ]
distinguished_name = req_dn
string_mask        = utf8only
utf8               = yes

[ req_dn ]

[ v3_ca ]
basicConstraints       = critical, CA:TRUE, pathlen:0
keyUsage               = critical, keyCertSign, cRLSign
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always
CNF

: >"$dir/index.txt"
echo "unique_subject = no" >"$dir/index.txt.attr"
random_serial >"$dir/serial"
echo 01 >"$dir/crlnumber"

quiet openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 \
	-out "$dir/ca.key.tmp"
quiet openssl req -new -x509 -config "$dir/openssl.cnf" -utf8 \
	-key "$dir/ca.key.tmp" -days 3650 -sha256 -extensions v3_ca \
	-set_serial "0x$(random_serial)" \
	-subj "/C=CN/O=$(subj_escape "$org")/CN=$(subj_escape "$cn")" \
	-out "$dir/ca.pem.tmp"
mv -f "$dir/ca.key.tmp" "$dir/ca.key"

# The empty CRL needs ca.pem in place; ca.pem goes last, so that a run that
# fails half-way is simply repeated.
cp "$dir/ca.pem.tmp" "$dir/ca.pem"
chmod 644 "$dir/ca.pem"
if ! (gen_crl "$dir"); then
	rm -f "$dir/ca.pem"
	die "could not create the CRL in $dir"
fi
rm -f "$dir/ca.pem.tmp"

openssl x509 -in "$dir/ca.pem" -noout -subject -enddate -nameopt utf8 >&2
