<?php
/*
 * units.php: GET /app/units?page=N, the unit list as the unit behind the
 * client certificate sees it (its subtree), 50 a page, without filters:
 * the document of fcgi/h_unit.c and fcgi/list.c, through xslt/units.xsl.
 */
declare(strict_types=1);
require __DIR__ . '/common.php';

const UNIT_FILTER =
    " WHERE u.path LIKE CONCAT(?, '%')" .
    " AND (? = '' OR u.kind = ?)" .
    " AND (? = '' OR u.code = ? OR u.name LIKE CONCAT('%', ?, '%'))";

[$who, $csrf] = studio_auth();

$page = 1;
$p = $_GET['page'] ?? null;
if (is_string($p) && preg_match('/^[0-9]{1,7}$/D', $p) && (int)$p >= 1 &&
    (int)$p <= 1000000)
	$page = (int)$p;

/* The filters are read as studiod reads them; the bench sets none. */
$kind = '';
$q = '';
$scope = [$who['path'], $kind, $kind, $q, $q, $q];

/* The count kept by the writes (no filter is set), and the page by a
   deferred join: the same statements as fcgi/sql.c's. */
$total = (int)studio_rows("SELECT n FROM tally WHERE what = 'unit'" .
    " AND path = ? AND status = ''", 's', [$who['path']])[0][0];
const UNIT_ROWS =
    'SELECT u.id, u.code, u.kind, u.name, u.active, u.parent_id, p.name,' .
    ' (SELECT COUNT(*) FROM cert c WHERE c.unit_id = u.id' .
    '  AND c.revoked_at IS NULL), u.path';
const UNIT_JOIN =
    ' JOIN unit u ON u.id = k.id LEFT JOIN unit p ON p.id = u.parent_id' .
    ' ORDER BY u.path';

/*
 * The key at position $want (from 1) of the keys ahead of $key, behind
 * it (reverse) or from the end (reverse, $key null); null past the end.
 */
function unit_key(array $scope, string $op, ?string $key, int $want): ?string
{
	$sql = 'SELECT u.path FROM unit u' . UNIT_FILTER;
	$types = 'ssssss';
	$args = $scope;
	if ($key !== null) {
		$sql .= " AND u.path $op ?";
		$types .= 's';
		$args[] = $key;
	}
	$sql .= ' ORDER BY u.path' . ($op === '>' ? '' : ' DESC') . ' LIMIT ?';
	$types .= 'i';
	$args[] = $want;
	$rows = studio_rows($sql, $types, $args);
	return count($rows) === $want ? $rows[$want - 1][0] : null;
}

/* A key of the query (after=, before=), as list.c reads one. */
function key_param(string $name): ?string
{
	$k = $_GET[$name] ?? null;
	return is_string($k) && preg_match('/^.{1,200}$/Dsu', $k) ? $k : null;
}

/*
 * The key before the page a pager's link names (list.c, page_key):
 * after=K&skip=S, before=K&skip=S or end=1; null for the page by number.
 */
$s = $_GET['skip'] ?? '0';
$skip = is_string($s) && preg_match('/^[0-9]{1,3}$/D', $s) &&
    (int)$s <= 3 * PER_PAGE ? (int)$s : -1;
$key = null;
if ($skip < 0)
	$key = null;
elseif (($k = key_param('after')) !== null)
	$key = $skip === 0 ? $k : unit_key($scope, '>', $k, $skip);
elseif (($k = key_param('before')) !== null)
	$key = unit_key($scope, '<', $k, $skip + PER_PAGE + 1);
elseif (($_GET['end'] ?? null) === '1' && $page > 1) {
	$w = $total - ($page - 1) * PER_PAGE + 1;
	if ($w >= 2 && $w <= PER_PAGE + 1)
		$key = unit_key($scope, 'end', null, $w);
}

if ($key !== null)
	$rows = studio_rows(UNIT_ROWS . ' FROM (SELECT u.id FROM unit u' .
	    UNIT_FILTER . '  AND u.path > ? ORDER BY u.path LIMIT ?) k' .
	    UNIT_JOIN, 'sssssssi', [...$scope, $key, PER_PAGE]);
else
	$rows = studio_rows(UNIT_ROWS . ' FROM (SELECT u.id FROM unit u' .
	    UNIT_FILTER . '  ORDER BY u.path LIMIT ? OFFSET ?) k' . UNIT_JOIN,
	    'ssssssii', [...$scope, PER_PAGE, ($page - 1) * PER_PAGE]);

[$doc, $root] = studio_doc('units');
$pages = intdiv($total + PER_PAGE - 1, PER_PAGE);
$root->setAttribute('page', (string)$page);
$root->setAttribute('per-page', (string)PER_PAGE);
$root->setAttribute('total', (string)$total);
$root->setAttribute('pages', (string)max($pages, 1));
$root->setAttribute('kind', $kind);
$root->setAttribute('q', $q);
$last = null;
foreach ($rows as [$id, $code, $ukind, $name, $active, $pid, $pname,
    $certs, $path]) {
	$last = $path;
	$u = $doc->createElement('unit');
	$u->setAttribute('id', (string)$id);
	$u->setAttribute('code', $code);
	$u->setAttribute('kind', $ukind);
	if ($pid !== null)
		$u->setAttribute('parent-id', (string)$pid);
	$u->setAttribute('certs', (string)$certs);
	$u->setAttribute('active', $active ? 'true' : 'false');
	studio_elem($doc, $u, 'name', $name);
	if ($pname !== null)
		studio_elem($doc, $u, 'parent', $pname);
	$root->appendChild($u);
}
/* The keys of the page's first and last rows, for the pager's links. */
if (count($rows) > 0 && $page > 1) {
	$prev = $doc->createElement('prev');
	$prev->setAttribute('before', $rows[0][8]);
	$root->appendChild($prev);
}
if (count($rows) === PER_PAGE && $page * PER_PAGE < $total) {
	$next = $doc->createElement('next');
	$next->setAttribute('after', $last);
	$root->appendChild($next);
}

$etag = studio_etag($doc, ['etag-1', 'units', 'app', date('Y-m-d'),
    $who['fp'], $who['name'], $who['holder'] ?? '',
    (string)intdiv(time(), 3600)]);
studio_send($doc, 'units.xsl', studio_params('app', $who, $csrf), $etag,
    true);
