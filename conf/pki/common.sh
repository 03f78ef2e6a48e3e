# Shared helpers for the PKI scripts in conf/pki/ (sourced, not run).
# shellcheck shell=bash

# die MESSAGE...: print to stderr and exit 1.
die() {
	echo "${0##*/}: $*" >&2
	exit 1
}

# abspath PATH: PATH made absolute (the file itself need not exist).
abspath() {
	case $1 in
	/*) printf '%s\n' "$1" ;;
	*) printf '%s/%s\n' "$PWD" "$1" ;;
	esac
}

# subj_escape VALUE: VALUE escaped for an openssl -subj string.
subj_escape() {
	printf '%s' "$1" | sed -e 's/[\\/+]/\\&/g'
}

# quiet COMMAND...: run COMMAND with its output kept aside; show it only
# when COMMAND fails, then exit 1.
quiet() {
	local log
	log=$(mktemp)
	if ! "$@" >"$log" 2>&1; then
		cat "$log" >&2
		rm -f "$log"
		die "failed: $*"
	fi
	rm -f "$log"
}

# ca_lock DIR: serialise changes to the CA database in DIR (index.txt,
# serial, crlnumber) for the rest of the calling script.
ca_lock() {
	if command -v flock >/dev/null 2>&1; then
		exec 9>"$1/.lock"
		flock 9
	fi
}

# ca_check DIR: DIR holds a CA made by ca-init.sh.
ca_check() {
	if [ ! -f "$1/ca.pem" ] || [ ! -f "$1/ca.key" ] || [ ! -f "$1/openssl.cnf" ]; then
		die "$1 holds no CA (run conf/pki/ca-init.sh $1 first)"
	fi
}

# gen_crl DIR: regenerate DIR/crl.pem (30 days), replacing it atomically so
# that nginx never reads half a file. The caller holds ca_lock.
gen_crl() {
	quiet openssl ca -config "$1/openssl.cnf" -batch -gencrl -crldays 30 \
		-out "$1/crl.pem.tmp"
	chmod 644 "$1/crl.pem.tmp"
	mv -f "$1/crl.pem.tmp" "$1/crl.pem"
}

# fingerprint CERT.pem: SHA-256 of the DER certificate, lowercase hex.
fingerprint() {
	openssl x509 -in "$1" -outform DER | openssl dgst -sha256 -r | cut -d' ' -f1
}

# random_serial: a positive random 128-bit serial in hex, so that a CA made
# again from scratch never repeats an issuer/serial pair a browser has seen.
random_serial() {
	openssl rand -hex 16 | sed 's/^./4/'
}
