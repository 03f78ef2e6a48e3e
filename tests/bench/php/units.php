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

/* The page after a row given by its key (after=), else by number. */
$after = $_GET['after'] ?? null;
if (!is_string($after) || !preg_match('/^.{1,200}$/Dsu', $after))
	$after = null;

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
if ($after !== null)
	$rows = studio_rows(UNIT_ROWS . ' FROM (SELECT u.id FROM unit u' .
	    UNIT_FILTER . '  AND u.path > ? ORDER BY u.path LIMIT ?) k' .
	    UNIT_JOIN, 'sssssssi', [...$scope, $after, PER_PAGE]);
else
	$rows = studio_rows(UNIT_ROWS . ' FROM (SELECT u.id FROM unit u' .
	    UNIT_FILTER . '  ORDER BY u.path LIMIT ? OFFSET ?) k' . UNIT_JOIN,
	    'ssssssii', [...$scope, PER_PAGE, ($page - 1) * PER_PAGE]);

/*
 * The keys of the rows at the positions $want (from 1) of the keys
 * ahead of $key, behind it (reverse) or from the end (reverse, $key
 * null): [position => key].
 */
function unit_keys(array $scope, string $op, ?string $key, array $want): array
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
	$args[] = max($want);
	$keys = [];
	foreach (studio_rows($sql, $types, $args) as $i => [$path])
		if (in_array($i + 1, $want, true))
			$keys[$i + 1] = $path;
	return $keys;
}

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
/* The key of the page's last row, for the next page by key. */
if (count($rows) === PER_PAGE && $page * PER_PAGE < $total) {
	$next = $doc->createElement('next');
	$next->setAttribute('after', $last);
	$root->appendChild($next);
}
/* The keys of the other pages the pager shows, as list.c reads them. */
$near = [];
if (count($rows) > 0) {
	$m = min($page - 2, 4);
	if ($m > 0) {
		$want = array_map(fn($i) => $i * PER_PAGE + 1, range(1, $m));
		$k = unit_keys($scope, '<', $rows[0][8], $want);
		for ($i = $m; $i >= 1; $i--)
			if (isset($k[$i * PER_PAGE + 1]))
				$near[] = [$page - $i, $k[$i * PER_PAGE + 1]];
	}
	$m = min($page + 4, $pages) - $page - 1;
	if ($m > 0) {
		$want = array_map(fn($i) => $i * PER_PAGE, range(1, $m));
		$k = unit_keys($scope, '>', $last, $want);
		for ($i = 1; $i <= $m; $i++)
			if (isset($k[$i * PER_PAGE]))
				$near[] = [$page + $i + 1, $k[$i * PER_PAGE]];
	}
	if ($pages > $page + 4) {
		$w = $total - ($pages - 1) * PER_PAGE + 1;
		$k = unit_keys($scope, 'end', null, [$w]);
		if (isset($k[$w]))
			$near[] = [$pages, $k[$w]];
	}
}
foreach ($near as [$n, $key]) {
	$e = $doc->createElement('near');
	$e->setAttribute('page', (string)$n);
	$e->setAttribute('after', $key);
	$root->appendChild($e);
}

$etag = studio_etag($doc, ['etag-1', 'units', 'app', date('Y-m-d'),
    $who['fp'], $who['name'], $who['holder'] ?? '',
    (string)intdiv(time(), 3600)]);
studio_send($doc, 'units.xsl', studio_params('app', $who, $csrf), $etag,
    true);
