#!/usr/bin/env bash
# libFuzzer targets on the parsers (`make fuzz`).
#
# usage: tests/fuzz/run.sh [TARGET...]       (default: all of them)
#
# Each target (tests/fuzz/fuzz_TARGET.c) feeds bytes straight to one parser
# of fcgi/ and checks what extern.h promises about the result; see the
# comment at the top of each file. The application's sources are compiled
# here with clang, coverage instrumentation, AddressSanitizer and
# UndefinedBehaviorSanitizer (any report aborts), into $OUT (build/fuzz).
#
# Every target first replays its kept inputs in tests/fuzz/crashes/TARGET/
# (inputs that once found a bug: they must pass from then on), then runs
# for FUZZ_SECONDS from its seeds in tests/fuzz/seeds/TARGET/ and the
# corpus it grew in earlier runs ($OUT/corpus/TARGET). The run fails if
# any target crashes, leaks, reports undefined behaviour or breaks one of
# its checks; the input that did it is written to $OUT/artifacts/TARGET/
# and is reproduced with
#     build/fuzz/fuzz_TARGET build/fuzz/artifacts/TARGET/crash-...
#
# Environment:
#   FUZZ_SECONDS  time for each target [30]
#   FUZZ_CC       the compiler, clang with libFuzzer [clang]
#   FUZZ_OUT      build directory [build/fuzz]
set -euo pipefail
cd "$(dirname "$0")/../.."

FUZZ_SECONDS=${FUZZ_SECONDS:-30}
CC=${FUZZ_CC:-clang}
OUT=${FUZZ_OUT:-build/fuzz}
ALL=(kv_parse utf8 valid cert_parse_pem csrf_check route_match req_parse multipart csvin)
PKGS="fcgi libmariadb libxml-2.0 libxslt libexslt libcrypto libqrencode"

if [ $# -gt 0 ]; then
	targets=("$@")
else
	targets=("${ALL[@]}")
fi
for t in "${targets[@]}"; do
	[ -f "tests/fuzz/fuzz_$t.c" ] || {
		echo "fuzz: no target $t (tests/fuzz/fuzz_$t.c)" >&2
		exit 2
	}
done
case $FUZZ_SECONDS in '' | *[!0-9]*)
	echo "fuzz: FUZZ_SECONDS must be a whole number of seconds" >&2
	exit 2
	;;
esac
command -v "$CC" >/dev/null || {
	echo "fuzz: $CC not found (Debian: clang, libclang-rt-14-dev)" >&2
	exit 1
}

pkgcflags=$(pkg-config --cflags $PKGS)
pkglibs=$(pkg-config --libs $PKGS)
SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
CFLAGS="-g -O1 -std=c11 -D_GNU_SOURCE -Wall -Wextra -Ifcgi $SAN $pkgcflags"

mkdir -p "$OUT/obj" "$OUT/logs"

# --- build ------------------------------------------------------------------

# The application's code without its main programs, instrumented for
# coverage; rebuilt when the file or extern.h changed.
objs=()
stale=()
for src in fcgi/*.c; do
	name=$(basename "$src" .c)
	case $name in main | pool | studioctl) continue ;; esac
	obj=$OUT/obj/$name.o
	objs+=("$obj")
	if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] || [ fcgi/extern.h -nt "$obj" ]; then
		stale+=("$src")
	fi
done
if [ ${#stale[@]} -gt 0 ]; then
	echo "fuzz: compiling ${#stale[@]} file(s) of fcgi/ with $CC"
	export CC CFLAGS OUT
	printf '%s\n' "${stale[@]}" | xargs -P "$(nproc)" -I{} sh -c \
		'$CC $CFLAGS -fsanitize=fuzzer-no-link -c -o "$OUT/obj/$(basename {} .c).o" {}'
fi
# The route patterns, in the order of route.c's table, for route_match.
if [ ! -f "$OUT/routes.h" ] || [ fcgi/route.c -nt "$OUT/routes.h" ]; then
	{
		echo "/* Written by tests/fuzz/run.sh from fcgi/route.c. */"
		echo "static const char *const patterns[] = {"
		sed -n '/^} routes\[PAGE__MAX\] = {/,/^};/s/^[[:space:]]*{ *\("[^"]*"\),.*/\t\1,/p' \
			fcgi/route.c
		echo "};"
	} >"$OUT/routes.h.tmp"
	mv -f "$OUT/routes.h.tmp" "$OUT/routes.h"
fi
for t in "${targets[@]}"; do
	bin=$OUT/fuzz_$t
	need=0
	[ -x "$bin" ] || need=1
	for f in "tests/fuzz/fuzz_$t.c" tests/fuzz/fuzz.h "$OUT/routes.h" \
		"${objs[@]}"; do
		[ "$f" -nt "$bin" ] && need=1
	done
	if [ $need -eq 1 ]; then
		# shellcheck disable=SC2086
		$CC $CFLAGS -fsanitize=fuzzer -Itests/fuzz -I"$OUT" -o "$bin" \
			"tests/fuzz/fuzz_$t.c" "${objs[@]}" $pkglibs
	fi
done

# --- run --------------------------------------------------------------------

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=()
printf '%-16s %-8s %12s %10s %8s\n' target result executions coverage corpus
for t in "${targets[@]}"; do
	bin=$OUT/fuzz_$t
	log=$OUT/logs/$t.log
	corpus=$OUT/corpus/$t
	artifacts=$OUT/artifacts/$t
	mkdir -p "$corpus" "$artifacts"
	: >"$log"
	opts=(-timeout=10 -rss_limit_mb=2048 -print_final_stats=1
		"-artifact_prefix=$artifacts/")
	[ -f "tests/fuzz/dict/$t.dict" ] && opts+=("-dict=tests/fuzz/dict/$t.dict")
	case $t in
	cert_parse_pem) opts+=(-max_len=8192) ;;
	*) opts+=(-max_len=4096) ;;
	esac

	result=ok
	kept=()
	if [ -d "tests/fuzz/crashes/$t" ]; then
		for f in "tests/fuzz/crashes/$t"/*; do
			[ -f "$f" ] && kept+=("$f")
		done
	fi
	if [ ${#kept[@]} -gt 0 ] &&
		! "$bin" "${opts[@]}" "${kept[@]}" >>"$log" 2>&1; then
		result=REPLAY
	fi
	if [ $result = ok ] && ! "$bin" "${opts[@]}" \
		"-max_total_time=$FUZZ_SECONDS" "$corpus" "tests/fuzz/seeds/$t" \
		>>"$log" 2>&1; then
		result=CRASH
	fi
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -n 1 | cut -d' ' -f2 || true)
	ncorp=$(find "$corpus" -type f | wc -l)
	printf '%-16s %-8s %12s %10s %8s\n' "$t" "$result" "${execs:--}" \
		"${cov:--}" "$ncorp"
	if [ $result != ok ]; then
		failed+=("$t")
		{
			echo "--- $t ($log):"
			grep -E 'Running: |runtime error|ERROR: |broken promise|SUMMARY' \
				"$log" | head -n 12
			echo "  ..."
			grep -vE '^#[0-9]|^ +#[0-9]+ 0x' "$log" | tail -n 12
			find "$artifacts" -type f | sed 's/^/input: /'
			echo "---"
		} >&2
	fi
done

if [ ${#failed[@]} -gt 0 ]; then
	echo "fuzz: FAILED: ${failed[*]}" >&2
	exit 1
fi
echo "fuzz: all ${#targets[@]} targets ran ${FUZZ_SECONDS} s each without a finding"
