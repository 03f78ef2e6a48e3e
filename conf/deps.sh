#!/bin/bash
# Install the Debian packages needed to build, run and test the studio system.
#
# usage: conf/deps.sh            (CLUSTER=galera conf/deps.sh: also what
#                                 three local MariaDB Galera nodes need)
#
# Idempotent: it asks dpkg which packages are missing and only then runs
# apt-get (update + install). When not run as root and something is missing,
# it lists what is missing and exits 1.
set -euo pipefail

packages=(
	# build
	build-essential pkg-config clang libclang-rt-14-dev
	libfcgi-dev libmariadb-dev libxml2-dev libxslt1-dev libssl-dev check
	libqrencode-dev libmimalloc-dev
	# run
	libfcgi-bin mariadb-server mariadb-client nginx-light openssl
	libnginx-mod-http-image-filter
	# test
	curl libxml2-utils xsltproc chromium fonts-noto-cjk poppler-utils wrk
	qrencode zbar-tools
	# deployment checks (tests/deploy/check.sh): systemd-analyze, logrotate
	systemd logrotate
)

# The cluster (make run CLUSTER=galera, make test-cluster) only: Galera and
# what its state transfer by rsync runs (rsync, ss from iproute2).
if [ "${CLUSTER:-}" = galera ]; then
	packages+=(galera-4 rsync iproute2)
fi

# A machine may bring its own Node.js (nvm, a tarball, a distribution
# package); only install Debian's when there is no node on PATH.
if ! command -v node >/dev/null 2>&1; then
	packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
	status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	if [ "$status" != "install ok installed" ]; then
		missing+=("$p")
	fi
done

if [ ${#missing[@]} -eq 0 ]; then
	exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
	echo "deps.sh: missing Debian packages: ${missing[*]}" >&2
	echo "deps.sh: run as root (e.g. sudo conf/deps.sh) to install them" >&2
	exit 1
fi

echo "deps.sh: installing ${missing[*]}" >&2
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
