<?php
/*
 * home.php: GET /, the public home page: the progress toward the target
 * in force (fcgi/h_public.c, fcgi/registry.c registry_xml_progress())
 * through xslt/home.xsl.
 */
declare(strict_types=1);
require __DIR__ . '/common.php';

$today = date('Y-m-d');
$cur = (int)$today;
/* The same statement: the city's targets, then the listed studios by
   naming date; the target in force is this year's, else the next one
   set, else the last one. */
$rows = studio_rows(
    "SELECT 0, year, studios, DATE_FORMAT(deadline, '%Y-%m-%d')" .
    ' FROM progress_target WHERE unit_id IS NULL' .
    ' UNION ALL SELECT 1, 0, n, status FROM tally' .
    " WHERE what = 'named' AND path = '' ORDER BY 1", '', []);
$ty = 0;
$target = 0;
$deadline = '9999-12-31';
foreach ($rows as [$kind, $y, $n, $d]) {
	if ($kind !== 0)
		continue;
	if ($ty !== 0 && (($y >= $cur) !== ($ty >= $cur) ? $y < $cur :
	    ($y >= $cur ? $y > $ty : $y < $ty)))
		continue;
	[$ty, $target, $deadline] = [$y, $n, $d];
}
$by = strcmp($deadline, $today) >= 0 ? '9999-12-31' : $deadline;
$named = 0;
foreach ($rows as [$kind, $y, $n, $d])
	if ($kind !== 0 && strcmp($d, $by) <= 0)
		$named += $n;

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
