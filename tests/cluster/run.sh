#!/usr/bin/env bash
# make test-cluster: the end-to-end suite and the cluster's own tests
# (tests/cluster/) against three MariaDB Galera nodes on this machine
# (conf/devstack.sh with CLUSTER=galera), the workers built with the
# sanitizers and spread over the nodes.  Not part of make test.
#
# Environment: VAR [var/cluster], PUBLIC_PORT [28443], APP_PORT [29443],
# GALERA_PORT [24567], SST_PORT [24444], WORKERS [3], E2E (the end-to-end
# test files to run, a shell pattern) [tests/e2e/*.test.mjs].
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

export VAR=${VAR:-$ROOT/var/cluster}
export PUBLIC_PORT=${PUBLIC_PORT:-28443}
export APP_PORT=${APP_PORT:-29443}
export GALERA_PORT=${GALERA_PORT:-24567}
export SST_PORT=${SST_PORT:-24444}
export BUILD=build/asan
export WORKERS=${WORKERS:-3}
export DEMO=1
export CLUSTER=galera
E2E=${E2E:-tests/e2e/*.test.mjs}

CLUSTER=galera conf/deps.sh
make -s BUILD=build/asan SAN=1 all

if [ ! -d tests/node_modules ] ||
   [ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then
	(cd tests && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "== a three-node Galera cluster and the stack under $VAR"
conf/devstack.sh stop >/dev/null 2>&1 || true
rm -rf "$VAR" "$VAR.logs"
mkdir -p "$VAR/log"
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:log_path=$VAR/log/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$VAR/log/ubsan"
trap 'conf/devstack.sh stop >/dev/null 2>&1 || true' EXIT
conf/devstack.sh start >/dev/null

# The cluster's own tests on the cluster as it starts; then the
# end-to-end suite on a cluster started afresh, so that neither sees the
# other's data or its stopped and killed nodes.
echo "== the cluster's tests"
status=0
node --test --test-concurrency=1 tests/cluster/*.test.mjs || status=$?

echo "== end-to-end tests on a cluster started afresh"
conf/devstack.sh stop >/dev/null 2>&1 || true
mkdir -p "$VAR.logs"
cp -r "$VAR/log" "$VAR.logs/cluster-tests" 2>/dev/null || true
rm -rf "$VAR"
mkdir -p "$VAR/log"
conf/devstack.sh start >/dev/null
# shellcheck disable=SC2086
node --test --test-concurrency=1 $E2E || status=$?

if ls "$VAR"/log/asan.* "$VAR"/log/ubsan.* "$VAR.logs"/*/asan.* \
    "$VAR.logs"/*/ubsan.* >/dev/null 2>&1; then
	echo "== sanitizer reports:"
	cat "$VAR"/log/asan.* "$VAR"/log/ubsan.* "$VAR.logs"/*/asan.* \
	    "$VAR.logs"/*/ubsan.* 2>/dev/null || true
	status=1
fi
exit $status
