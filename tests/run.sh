#!/usr/bin/env bash
# The whole test suite, as `make test` and CI run it:
#   1. unit tests (check), built with AddressSanitizer and UBSan, leaks on,
#      and every stylesheet and schema run on the sample documents; the
#      deployment: make install (DESTDIR, PREFIX), the systemd units
#      (systemd-analyze verify), the logrotate file (logrotate -d) and the
#      nginx snippet in a copy of Debian's nginx.conf (nginx -t);
#   2. a private stack (MariaDB, union CA, nginx, the pool built with the
#      sanitizers) under $VAR, on ports of its own;
#   3. the end-to-end tests (curl through nginx with real client
#      certificates) and the browser tests (Chromium via playwright-core),
#      with node's test runner;
#   4. any sanitizer report written by the workers fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

export VAR=${VAR:-$ROOT/var/test}
export PUBLIC_PORT=${PUBLIC_PORT:-18443}
export APP_PORT=${APP_PORT:-19443}
export BUILD=build/asan
export WORKERS=${WORKERS:-3}
export DEMO=1

make -s BUILD=build/asan SAN=1 all build/asan/unit-tests

echo "== unit tests"
ASAN_OPTIONS=detect_leaks=1 build/asan/unit-tests

echo "== stylesheets and schemas on the sample documents"
sh tests/fixtures/xml/check.sh

echo "== deployment: make install, systemd units, logrotate, nginx -t"
BUILD=build/asan SAN=1 tests/deploy/check.sh

echo "== test dependencies (npm)"
if [ ! -d tests/node_modules ] ||
   [ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then
	(cd tests && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "== private stack under $VAR"
conf/devstack.sh stop >/dev/null 2>&1 || true
rm -rf "$VAR"
mkdir -p "$VAR/log"
# The workers write sanitizer reports here instead of dying silently.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:log_path=$VAR/log/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$VAR/log/ubsan"
trap 'conf/devstack.sh stop >/dev/null 2>&1 || true' EXIT
conf/devstack.sh start

echo "== end-to-end and browser tests"
status=0
node --test --test-concurrency=1 tests/e2e/*.test.mjs tests/browser/*.test.mjs ||
	status=$?

if ls "$VAR"/log/asan.* "$VAR"/log/ubsan.* >/dev/null 2>&1; then
	echo "== sanitizer reports:"
	cat "$VAR"/log/asan.* "$VAR"/log/ubsan.* 2>/dev/null || true
	status=1
fi
exit $status
