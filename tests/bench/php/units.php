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
$rows = studio_rows(
    'SELECT u.id, u.code, u.kind, u.name, u.active, u.parent_id, p.name,' .
    ' (SELECT COUNT(*) FROM cert c WHERE c.unit_id = u.id' .
    '  AND c.revoked_at IS NULL), u.path' .
    ' FROM (SELECT u.id FROM unit u' . UNIT_FILTER .
    '  ORDER BY u.path LIMIT ? OFFSET ?) k' .
    ' JOIN unit u ON u.id = k.id LEFT JOIN unit p ON p.id = u.parent_id' .
    ' ORDER BY u.path',
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
/* The key of the page's last row, for the next page by key. */
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
