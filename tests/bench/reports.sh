# shellcheck shell=bash
# reports.sh: the rankings, the year's reports and the XML export at
# BENCH_STUDIOS studios with five years (2021-2025) of assessments, grants
# and spending, and achievements, as the city sees them. Sourced by
# tests/bench/run.sh after its other sections (it uses run.sh's dbq, ctl,
# quiet, workers, peak_rss, reset_peaks, say, fail, city_cert, city_key,
# app and bench); or run on its own against a stack that is up (BENCH_KEEP=1
# left it, or conf/devstack.sh started it), with VAR and APP_PORT set:
#
#   VAR=var/bench APP_PORT=39443 bash tests/bench/reports.sh
#
# The data is written straight into the tables, the way the pages would
# have written it, by one studioctl load: an application and its studio
# for each of the first BENCH_STUDIOS base unions, with two studio types;
# per year and studio a confirmed sheet (its total spread over 40-100),
# the auditing unions' filings, a grant of the city's fund of the year and
# one spending entry; an achievement published in each year and, for one in
# five, where it was taken up. Each page is then taken BENCH_REPORT_RUNS
# times, one request at a time, through nginx and TLS (curl's time from
# the request to the last byte), the workers' peak RSS reset before each
# page and read after it. Rows go to $VAR/reports.md.

if [ -z "${BASH_SOURCE[1]:-}" ]; then
	# On its own: what run.sh would have defined.
	set -euo pipefail
	cd "$(dirname "$0")/../.."
	VAR=$(realpath -m "${VAR:-var/bench}")
	app=https://127.0.0.1:${APP_PORT:-39443}
	bench=$VAR/bench
	mkdir -p "$bench"
	city_cert=$VAR/pki/units/220100.pem
	city_key=$VAR/pki/units/220100.key
	conf=$VAR/studio.conf
	say() { echo "bench: $*" >&2; }
	fail() { say "FAILED: $*"; exit 1; }
	quiet() { :; }
	ctl() { build/studioctl -f "$conf" "$@"; }
	dbq() {
		mariadb --no-defaults --socket="$VAR/run/mysqld.sock" -u "$(id -un)" \
		    -N -B studio -e "$1"
	}
	workers() {
		ps -o pid= --ppid "$(cat "$VAR/run/studiod.pid")" | tr -d ' ' || true
	}
	peak_rss() {
		local p m=0 h
		for p in $(workers); do
			h=$(awk '/^VmHWM:/ { print $2 }' "/proc/$p/status" 2>/dev/null || echo 0)
			[ "${h:-0}" -gt "$m" ] && m=$h
		done
		echo "$m"
	}
	reset_peaks() {
		local p
		for p in $(workers); do
			echo 5 >"/proc/$p/clear_refs" 2>/dev/null || true
		done
	}
fi

STUDIOS=${BENCH_STUDIOS:-10000}
REPORT_RUNS=${BENCH_REPORT_RUNS:-3}
report_rows=()

have=$(dbq "SELECT COUNT(*) FROM studio WHERE name LIKE '基准创新工作室%'")
if [ "${have:-0}" -lt "$STUDIOS" ]; then
	[ "${have:-0}" -eq 0 ] || fail "$have bench studios already there, fewer than $STUDIOS: start afresh"
	say "adding $STUDIOS studios with five years of sheets, grants, spending and achievements"
	cat >"$bench/reports.sql" <<SQLEOF
CREATE TEMPORARY TABLE bb AS
  SELECT id, path, parent_id, name, ROW_NUMBER() OVER (ORDER BY id) AS rn
  FROM unit WHERE kind = 'base' AND active = 1 ORDER BY id LIMIT $STUDIOS;
INSERT INTO application (status, base_union_id, base_path,
  recommending_unit_id, name, host_unit, industry, filled_on, founded_on,
  field, member_count, leader_name, leader_title, overview, goals,
  achievements_summary, honours, naming_number, named_on, created_at,
  updated_at, status_since, first_recommended_at)
SELECT 'named', b.id, b.path, b.parent_id, CONCAT('基准创新工作室', b.rn),
  CONCAT(b.name, '所在企业'), ELT(1 + b.rn % 6, 'C', 'D', 'E', 'F', 'G', 'I'),
  CONCAT(2021 + b.rn % 5, '-03-01'), '2015-01-01', '智能制造',
  10 + b.rn % 20, CONCAT('领衔人', b.rn), '高级技师', '工作室概况。',
  '工作目标。', '近三年成果。', '',
  CONCAT('长工创命〔', 2021 + b.rn % 5, '〕B', LPAD(b.rn, 6, '0'), '号'),
  CONCAT(2021 + b.rn % 5, '-04-01'), NOW(), NOW(), NOW(), NOW()
FROM bb b;
INSERT INTO studio (application_id, naming_number, named_on, status,
  status_since, base_union_id, base_path, auditing_unit_id, name,
  host_unit, industry, field, member_count, leader_name, leader_title,
  overview, goals, achievements_summary, created_at, updated_at)
SELECT a.id, a.naming_number, a.named_on, 'active', NOW(), a.base_union_id,
  a.base_path, a.recommending_unit_id, a.name, a.host_unit, a.industry,
  a.field, a.member_count, a.leader_name, a.leader_title, a.overview,
  a.goals, a.achievements_summary, NOW(), NOW()
FROM application a WHERE a.name LIKE '基准创新工作室%';
CREATE TEMPORARY TABLE ss AS
  SELECT id, base_union_id, base_path, auditing_unit_id, industry
  FROM studio WHERE name LIKE '基准创新工作室%';
INSERT INTO studio_type (studio_id, type)
SELECT id, ELT(1 + id % 3, 'breakthrough', 'skill-transfer', 'training') FROM ss;
INSERT INTO studio_type (studio_id, type)
SELECT id, 'collaboration' FROM ss WHERE id % 4 = 0;
INSERT IGNORE INTO assessment_scheme (year, title, excellent_min, pass_min,
  excellent_cap, excellent_cap_unit, eligible_before, deadline, status,
  locked_at, version, opened_at, updated_at)
SELECT y.seq, CONCAT(y.seq, '年度长春市职工创新工作室考核'), 90, 60, 30,
  NULL, CONCAT(y.seq, '-01-01'), CONCAT(y.seq, '-12-31'), 'open', NOW(), 1,
  NOW(), NOW()
FROM seq_2021_to_2025 y;
INSERT IGNORE INTO assessment_item (year, seq, code, title, criteria, max_points)
SELECT y.seq, i.seq, i.code, i.title, i.criteria, i.max_points
FROM seq_2021_to_2025 y JOIN assessment_item i ON i.year = 2026;
INSERT INTO assessment_sheet (studio_id, year, stage, stage_since,
  base_union_id, base_path, auditing_unit_id, summary, self_total,
  audit_total, audit_opinion, proposed_grade, grade, grade_reason,
  submitted_at, scored_at)
SELECT t.id, t.year, 'confirmed', NOW(), t.base_union_id, t.base_path,
  t.auditing_unit_id, '年度工作总结。', t.total, t.total, '同意。',
  IF(t.total >= 90, 'excellent', IF(t.total >= 60, 'pass', 'fail')),
  IF(t.total >= 90, 'excellent', IF(t.total >= 60, 'pass', 'fail')), '',
  CONCAT(t.year, '-11-20 10:00:00'), CONCAT(t.year, '-12-10 10:00:00')
FROM (SELECT s.id, y.seq AS year, s.base_union_id, s.base_path,
  s.auditing_unit_id, 40 + (s.id * 7 + y.seq * 13) % 61 AS total
  FROM ss s JOIN seq_2021_to_2025 y) t;
INSERT IGNORE INTO assessment_filing (year, auditing_unit_id, sheets,
  excellent, passed, failed, filed_at, holder, acknowledged_at, ack_holder)
SELECT h.year, h.auditing_unit_id, COUNT(*), SUM(h.grade = 'excellent'),
  SUM(h.grade = 'pass'), SUM(h.grade = 'fail'),
  CONCAT(h.year, '-12-20 10:00:00'), '基准', CONCAT(h.year, '-12-28 10:00:00'),
  '基准'
FROM assessment_sheet h JOIN ss s ON s.id = h.studio_id
GROUP BY h.year, h.auditing_unit_id;
UPDATE assessment_sheet h JOIN assessment_filing f ON f.year = h.year
  AND f.auditing_unit_id = h.auditing_unit_id
SET h.filing_id = f.id, h.filed_at = f.filed_at,
  h.confirmed_at = f.acknowledged_at
WHERE h.filing_id IS NULL AND h.year BETWEEN 2021 AND 2025;
INSERT INTO fund (year, funder_id, funder_path, title, budget_fen,
  granted_fen, document_number, decided_on, holder, created_at)
SELECT y.seq, c.id, c.path, CONCAT(y.seq, '年度基准补助资金'),
  100000000000, 0, CONCAT('长工财〔', y.seq, '〕B1号'),
  CONCAT(y.seq, '-02-01'), '基准', NOW()
FROM seq_2021_to_2025 y JOIN unit c ON c.kind = 'city';
INSERT INTO subsidy_grant (fund_id, studio_id, base_path, auditing_unit_id,
  amount_fen, spent_fen, basis, document_number, decided_on, unit_id,
  holder, created_at)
SELECT f.id, s.id, s.base_path, s.auditing_unit_id,
  (5 + s.id % 10) * 1000000, (5 + s.id % 10) * 500000, 'top-up',
  CONCAT('长工财〔', f.year, '〕B', s.id, '号'), CONCAT(f.year, '-03-01'),
  f.funder_id, '基准', NOW()
FROM fund f JOIN ss s WHERE f.title LIKE '%年度基准补助资金';
INSERT INTO spending (grant_id, studio_id, base_path, purpose, amount_fen,
  spent_on, description, unit_id, holder, created_at)
SELECT g.id, g.studio_id, g.base_path,
  ELT(1 + g.id % 6, 'equipment', 'innovation', 'breakthrough', 'invention',
    'training', 'other'),
  g.spent_fen, CONCAT(YEAR(g.decided_on), '-06-01'), '购置设备。', g.unit_id,
  '基准', NOW()
FROM subsidy_grant g JOIN fund f ON f.id = g.fund_id
WHERE f.title LIKE '%年度基准补助资金';
UPDATE fund f SET f.granted_fen = (SELECT COALESCE(SUM(g.amount_fen), 0)
  FROM subsidy_grant g WHERE g.fund_id = f.id)
WHERE f.title LIKE '%年度基准补助资金';
INSERT INTO achievement (studio_id, base_path, auditing_unit_id, industry,
  status, status_since, title, kind, form, patent_number, problem, benefits,
  value_fen, year, people, published_at, created_at)
SELECT s.id, s.base_path, s.auditing_unit_id, s.industry, 'published', NOW(),
  CONCAT('基准成果', s.id, '-', y.seq),
  ELT(1 + s.id % 4, 'technical', 'management', 'service', 'system'),
  ELT(1 + y.seq % 8, 'improvement', 'breakthrough', 'invention', 'patent',
    'method', 'standard', 'course', 'other'), '', '生产效率低。',
  '效率提高。', (s.id % 90 + 10) * 1000000, y.seq, '张伟、李娜',
  CONCAT(y.seq, '-09-01') + INTERVAL (s.id % 90) DAY, NOW()
FROM ss s JOIN seq_2021_to_2025 y;
INSERT INTO adoption (achievement_id, unit_name, industry, region,
  adopted_on, effect, unit_id, holder, created_at)
SELECT a.id, '吉林省某企业', 'C', '吉林省吉林市',
  DATE(a.published_at) + INTERVAL 30 DAY, '推广应用。', a.auditing_unit_id,
  '基准', NOW()
FROM achievement a JOIN ss s ON s.id = a.studio_id WHERE a.id % 5 = 0;
ANALYZE TABLE application, studio, studio_type, assessment_sheet,
  assessment_filing, fund, subsidy_grant, spending, achievement, adoption;
SQLEOF
	ctl load "$bench/reports.sql" >>"$VAR/log/bench-devstack.log" 2>&1 ||
		fail "studioctl load $bench/reports.sql failed"
fi
nstudios=$(dbq "SELECT COUNT(*) FROM studio")
say "reports: $nstudios studios, $(dbq "SELECT COUNT(*) FROM assessment_sheet") sheets, $(dbq "SELECT COUNT(*) FROM subsidy_grant") grants, $(dbq "SELECT COUNT(*) FROM achievement") achievements"

# The pages a reviewer opens every day, at this size, loaded as the rows of
# run.sh's table (when sourced by it): their cost must not grow with the
# studios, applications and five years of sheets.
if declare -F measure >/dev/null; then
	measure big_home "/app/ (the city's home) at $nstudios studios" "$app/app/" cert
	measure big_apps "/app/applications at $(dbq "SELECT COUNT(*) FROM application") applications" \
		"$app/app/applications" cert
	measure big_studios "/app/studios at $nstudios studios" "$app/app/studios" cert
	measure big_registry "/public/studios at $nstudios studios" "$pub/public/studios"
fi

# timed KEY LABEL URL: REPORT_RUNS requests, one at a time.
timed() {
	local key=$1 label=$2 url=$3 run out code secs bytes p peak=0 median
	local -a times=()
	quiet
	for ((run = 1; run <= REPORT_RUNS; run++)); do
		reset_peaks
		out=$(curl -sk --cert "$city_cert" --key "$city_key" -o "$bench/$key.out" \
			-w '%{http_code} %{time_total} %{size_download}' "$url") ||
			fail "curl of $url failed"
		read -r code secs bytes <<<"$out"
		[ "$code" = 200 ] || fail "$url answered $code"
		p=$(peak_rss)
		[ "$p" -gt "$peak" ] && peak=$p
		times+=("$secs")
	done
	case $url in
	*format=xml* | */app/export*)
		xmllint --noout "$bench/$key.out" || fail "$url: not well-formed XML" ;;
	esac
	median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
	say "$label: $bytes B, ${times[*]} s (median $median s), worker peak RSS $peak kB"
	report_rows+=("$label|$bytes|$median|${times[*]}|$peak")
}

Y=2025
for page in rankings/studios rankings/units reports/assessment reports/funding reports/progress; do
	timed "${page//\//-}" "/app/$page?year=$Y" "$app/app/$page?year=$Y"
	timed "${page//\//-}-xml" "/app/$page?year=$Y&format=xml" "$app/app/$page?year=$Y&format=xml"
done
timed export-all "/app/export?what=all (everything)" "$app/app/export?what=all"
timed export-year "/app/export?what=all&year=$Y" "$app/app/export?what=all&year=$Y"

reports_report() {
	local row label bytes median all peak
	echo
	echo "Rankings, reports and the XML export at $nstudios studios, five years of sheets, grants, spending and achievements"
	echo "(the city's view; one request at a time through nginx and TLS, median of $REPORT_RUNS; peak RSS: the largest VmHWM of the workers, reset before each page):"
	echo
	echo "| page | bytes | seconds (median) | runs | worker peak RSS kB |"
	echo "|---|---:|---:|---|---:|"
	for row in "${report_rows[@]}"; do
		IFS='|' read -r label bytes median all peak <<<"$row"
		echo "| $label | $bytes | $median | $all | $peak |"
	done
}
reports_report | tee "$VAR/reports.md"
