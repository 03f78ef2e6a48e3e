<?php
/*
 * home.php: GET /, the public home page: the progress toward the target
 * in force (fcgi/h_public.c, fcgi/registry.c registry_xml_progress())
 * through xslt/home.xsl.
 */
declare(strict_types=1);
require __DIR__ . '/common.php';

const REGISTRY_LISTED =
    " s.status IN ('active', 'key-support', 'supervised', 'upgraded')";

$today = date('Y-m-d');
$cur = (int)$today;
$rows = studio_rows(
    "SELECT year, studios, DATE_FORMAT(deadline, '%Y-%m-%d')" .
    ' FROM progress_target WHERE unit_id IS NULL AND (? = 0 OR year = ?)' .
    ' ORDER BY year < ?, IF(year < ?, -year, year) LIMIT 1',
    'iiii', [0, 0, $cur, $cur]);
$ty = 0;
$target = 0;
$deadline = '9999-12-31';
if ($rows) {
	[$ty, $target, $deadline] = $rows[0];
	$deadline ??= '';
}
$named = studio_rows('SELECT COUNT(*) FROM studio s WHERE' .
    REGISTRY_LISTED . ' AND s.named_on <= ?', 's', [$deadline])[0][0];

[$doc, $root] = studio_doc('home');
$root->setAttribute('today', $today);
$pr = $doc->createElement('progress');
$pr->setAttribute('target', (string)$target);
$pr->setAttribute('named', (string)$named);
if ((int)$ty !== 0) {
	$pr->setAttribute('deadline', $deadline);
	$pr->setAttribute('year', (string)$ty);
}
$root->appendChild($pr);

$etag = studio_etag($doc, ['etag-1', 'home', 'public', $today]);
studio_send($doc, 'home.xsl', studio_params('public', null, ''), $etag,
    false);
