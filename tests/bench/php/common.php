<?php
/*
 * common.php: what the two benchmark pages share, written the way a
 * careful PHP team would write the studio system's pages on php-fpm: one
 * persistent mysqli connection per child (prepared statements, which
 * PHP closes at the end of every request), the document built with DOM,
 * the project's own stylesheets through XSLTProcessor, the same SQL as
 * fcgi/sql.c and the same stylesheet parameters as fcgi/resp.c params().
 *
 * Configuration comes from the php-fpm pool (env[] lines written by
 * tests/bench/run.sh): STUDIO_DB_SOCKET, STUDIO_DB_USER, STUDIO_DB_PASS,
 * STUDIO_DB_NAME, STUDIO_XSLT_DIR, STUDIO_SECRET (hex).
 *
 * PHP cannot keep a compiled stylesheet between requests (no object
 * outlives a request, and opcache caches only the PHP code), so every
 * request parses the page's stylesheet, with its imports (layout.xsl,
 * labels.xsl), and compiles it again.
 */
declare(strict_types=1);

date_default_timezone_set('Asia/Shanghai');
mysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);

const PER_PAGE = 50;
const SCHEMA_VERSION = '1';

function studio_db(): mysqli
{
	static $db = null;

	if ($db !== null)
		return $db;
	$db = mysqli_init();
	$db->options(MYSQLI_SET_CHARSET_NAME, 'utf8mb4');
	$db->options(MYSQLI_INIT_COMMAND, "SET time_zone = '+08:00', " .
	    "sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_DATE,NO_ZERO_IN_DATE," .
	    "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'");
	$db->real_connect('p:localhost', getenv('STUDIO_DB_USER'),
	    getenv('STUDIO_DB_PASS'), getenv('STUDIO_DB_NAME'), 0,
	    getenv('STUDIO_DB_SOCKET'));
	return $db;
}

/* Run a prepared statement with string/int arguments; all rows, numbered. */
function studio_rows(string $sql, string $types, array $args): array
{
	$st = studio_db()->prepare($sql);
	if ($types !== '')
		$st->bind_param($types, ...$args);
	$st->execute();
	$rows = $st->get_result()->fetch_all(MYSQLI_NUM);
	$st->close();
	return $rows;
}

/* A new document with its root element carrying schema="1". */
function studio_doc(string $root): array
{
	$doc = new DOMDocument('1.0', 'UTF-8');
	$el = $doc->createElement($root);
	$el->setAttribute('schema', SCHEMA_VERSION);
	$doc->appendChild($el);
	return [$doc, $el];
}

/* A child element with text. */
function studio_elem(DOMDocument $doc, DOMElement $parent, string $name,
    ?string $text): DOMElement
{
	$el = $doc->createElement($name);
	if ($text !== null && $text !== '')
		$el->appendChild($doc->createTextNode($text));
	$parent->appendChild($el);
	return $el;
}

/*
 * The ETag of the document, as studiod makes its own: a keyed hash of the
 * serialised document and of what else shapes the page.
 */
function studio_etag(DOMDocument $doc, array $extra): string
{
	$ctx = hash_init('sha256');
	foreach ($extra as $e)
		hash_update($ctx, strlen($e) . ':' . $e);
	hash_update($ctx, $doc->saveXML());
	$key = hex2bin(getenv('STUDIO_SECRET'));
	return '"' . substr(hash_hmac('sha256', hash_final($ctx, true), $key),
	    0, 32) . '"';
}

/*
 * Send the page: 304 when the client's If-None-Match still holds, else
 * the document through the stylesheet, parsed and compiled now.
 */
function studio_send(DOMDocument $doc, string $sheet, array $params,
    string $etag, bool $app): void
{
	header('X-Content-Type-Options: nosniff');
	header('X-Frame-Options: DENY');
	header('Referrer-Policy: same-origin');
	header("Content-Security-Policy: default-src 'none'; " .
	    "script-src 'self'; style-src 'self'; img-src 'self' data:; " .
	    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
	header('Vary: Accept');
	header($app ? 'Cache-Control: no-store' :
	    'Cache-Control: public, max-age=5');
	header('ETag: ' . $etag);
	$inm = $_SERVER['HTTP_IF_NONE_MATCH'] ?? '';
	if ($inm !== '' && ($inm === '*' || str_contains($inm, $etag))) {
		http_response_code(304);
		return;
	}
	$xsl = new DOMDocument();
	$xsl->load(getenv('STUDIO_XSLT_DIR') . '/' . $sheet, LIBXML_NONET);
	$proc = new XSLTProcessor();
	$proc->setSecurityPrefs(XSL_SECPREF_READ_FILE |
	    XSL_SECPREF_WRITE_FILE | XSL_SECPREF_CREATE_DIRECTORY |
	    XSL_SECPREF_READ_NETWORK | XSL_SECPREF_WRITE_NETWORK);
	$proc->importStylesheet($xsl);
	$proc->setParameter('', $params);
	header('Content-Type: text/html; charset=utf-8');
	echo $proc->transformToXml($doc);
}

/* The parameters every page's stylesheet takes (fcgi/resp.c params()). */
function studio_params(string $site, ?array $who, string $csrf): array
{
	$uri = $_SERVER['REQUEST_URI'] ?? '/';
	$q = strpos($uri, '?');
	$path = $q === false ? $uri : substr($uri, 0, $q);
	$back = $path;
	if ($q !== false) {
		$keep = [];
		foreach (explode('&', substr($uri, $q + 1)) as $piece)
			if ($piece !== '' && $piece !== 'format' &&
			    !str_starts_with($piece, 'format='))
				$keep[] = $piece;
		if ($keep)
			$back .= '?' . implode('&', $keep);
	}
	$p = [
		'format' => 'html',
		'site' => $site,
		'path' => rawurldecode($path),
		'today' => date('Y-m-d'),
		'csrf' => $csrf,
		'back' => $back,
	];
	if ($who !== null) {
		$p['me-id'] = (string)$who['id'];
		$p['me-code'] = $who['code'];
		$p['me-kind'] = $who['kind'];
		$p['me-name'] = $who['name'];
		$p['me-holder'] = $who['holder'] ?? '';
	}
	return $p;
}

/* A page of the reviewers' site refused: 403 and a plain line. */
function studio_deny(string $msg): never
{
	http_response_code(403);
	header('Content-Type: text/plain; charset=utf-8');
	echo $msg, "\n";
	exit;
}

/*
 * The unit behind the client certificate that nginx verified
 * (STMT_CERT_WHO), and the CSRF token for its forms.
 */
function studio_auth(): array
{
	if (($_SERVER['SSL_CLIENT_VERIFY'] ?? '') !== 'SUCCESS')
		studio_deny('单位证书未通过验证');
	$pem = rawurldecode($_SERVER['SSL_CLIENT_CERT'] ?? '');
	$fp = $pem !== '' ? openssl_x509_fingerprint($pem, 'sha256') : false;
	if ($fp === false)
		studio_deny('单位证书无法解析');
	$rows = studio_rows(
	    'SELECT c.id, c.holder, u.id, u.code, u.kind, u.name, u.path' .
	    ' FROM cert c JOIN unit u ON u.id = c.unit_id' .
	    ' WHERE c.fingerprint = ? AND c.revoked_at IS NULL AND u.active = 1' .
	    ' AND c.not_after > UTC_TIMESTAMP()', 's', [$fp]);
	if (!$rows)
		studio_deny('该证书未登记、已被吊销或所属单位已停用');
	[$cid, $holder, $uid, $code, $kind, $name, $path] = $rows[0];
	$ts = dechex(time());
	$csrf = $ts . '.' . hash_hmac('sha256', "csrf|$fp|$ts",
	    hex2bin(getenv('STUDIO_SECRET')));
	return [[
		'fp' => $fp, 'cert' => $cid, 'holder' => $holder, 'id' => $uid,
		'code' => $code, 'kind' => $kind, 'name' => $name,
		'path' => $path,
	], $csrf];
}
