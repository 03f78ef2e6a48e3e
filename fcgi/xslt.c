/*
 * xslt.c: the stylesheets.  All are compiled once, in the master, from
 * the installed xslt/ folder (and again on SIGHUP).  Transformations run
 * with security preferences that forbid reading or writing files and the
 * network, and the entity loader refuses everything once compiled, so a
 * stylesheet can reach nothing but its input document.
 *
 * The table of labels (xslt/labels.xsl) is read with the stylesheets,
 * once, and shared by every transformation: the sheets get it as the
 * parameter labels-rtf (instead of building it from the parameter's
 * content on every page) and look labels up with the extension function
 * s:label() (instead of indexing the table with xsl:key on every page).
 */
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/evp.h>

#include <libxml/HTMLtree.h>
#include <libxml/hash.h>
#include <libxml/parser.h>
#include <libxml/xmlIO.h>
#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>
#include <libxslt/imports.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>
#include <libexslt/exslt.h>

#include "extern.h"

/* The stylesheet files, indexed by enum sheet. */
static const char *const sheetfiles[SHEET__MAX] = {
	[SHEET_NONE] = NULL,
	[SHEET_ERROR] = "error.xsl",
	[SHEET_HOME] = "home.xsl",
	[SHEET_STATS] = "stats.xsl",
	[SHEET_DASHBOARD] = "dashboard.xsl",
	[SHEET_UNITS] = "units.xsl",
	[SHEET_UNITS_CSV] = "units.csv.xsl",
	[SHEET_UNIT] = "unit.xsl",
	[SHEET_CERTS] = "certs.xsl",
	[SHEET_AUDIT] = "audit.xsl",
	[SHEET_AUDIT_CSV] = "audit.csv.xsl",
	[SHEET_APPLICATIONS] = "applications.xsl",
	[SHEET_APPLICATION] = "application.xsl",
	[SHEET_APPLICATION_FORM] = "application-form.xsl",
	[SHEET_APPLICATION_PRINT] = "application-print.xsl",
	[SHEET_CERTIFICATE] = "certificate.xsl",
	[SHEET_APPLICATIONS_CSV] = "applications.csv.xsl",
	[SHEET_STUDIOS] = "studios.xsl",
	[SHEET_STUDIOS_CSV] = "studios.csv.xsl",
	[SHEET_STUDIO] = "studio.xsl",
	[SHEET_DOSSIER] = "dossier.xsl",
	[SHEET_AMENDMENTS] = "amendments.xsl",
	[SHEET_AMENDMENT] = "amendment.xsl",
	[SHEET_REGISTRY] = "registry.xsl",
	[SHEET_PUBLIC_STUDIO] = "public-studio.xsl",
	[SHEET_FEED] = "feed.atom.xsl",
	[SHEET_UPGRADE] = "upgrade.xsl",
	[SHEET_DECISION] = "decision.xsl",
	/* the sheet's page and its printed form (format=print) are one file */
	[SHEET_ASSESSMENT] = "assessment.xsl",
	[SHEET_ASSESSMENT_PRINT] = "assessment.xsl",
	[SHEET_ASSESSMENTS] = "assessments.xsl",
	[SHEET_ASSESSMENTS_CSV] = "assessments.csv.xsl",
	[SHEET_SCHEME] = "scheme.xsl",
	[SHEET_FILINGS] = "filings.xsl",
	[SHEET_FUNDS] = "funds.xsl",
	[SHEET_FUNDS_CSV] = "funds.csv.xsl",
	[SHEET_FUND] = "fund.xsl",
	[SHEET_FUNDING] = "funding.xsl",
	[SHEET_FUNDING_REPORT] = "funding-report.xsl",
	[SHEET_FUNDING_REPORT_CSV] = "funding-report.csv.xsl",
	[SHEET_EXPORT] = "export-index.xsl",
	[SHEET_FUND_CSV] = "fund.csv.xsl",
	[SHEET_FUNDING_CSV] = "funding.csv.xsl",
	[SHEET_ACHIEVEMENTS] = "achievements.xsl",
	[SHEET_ACHIEVEMENTS_CSV] = "achievements.csv.xsl",
	[SHEET_ACHIEVEMENT] = "achievement.xsl",
	[SHEET_PUBLIC_ACHIEVEMENTS] = "public-achievements.xsl",
	[SHEET_PUBLIC_ACHIEVEMENT] = "public-achievement.xsl",
	[SHEET_TRAININGS] = "trainings.xsl",
	[SHEET_TRAINING] = "training.xsl",
	[SHEET_EVENTS] = "events.xsl",
	[SHEET_EVENT] = "event.xsl",
	[SHEET_PUBLIC_EVENTS] = "public-events.xsl",
	[SHEET_ASSESSMENT_REPORT] = "assessment-report.xsl",
	[SHEET_ASSESSMENT_REPORT_CSV] = "assessment-report.csv.xsl",
	[SHEET_PROGRESS_REPORT] = "progress-report.xsl",
	[SHEET_PROGRESS_REPORT_CSV] = "progress-report.csv.xsl",
	[SHEET_RANKING_STUDIOS] = "studio-ranking.xsl",
	[SHEET_RANKING_STUDIOS_CSV] = "studio-ranking.csv.xsl",
	[SHEET_RANKING_UNITS] = "unit-ranking.xsl",
	[SHEET_RANKING_UNITS_CSV] = "unit-ranking.csv.xsl",
	[SHEET_STATUS] = "pool-status.xsl",
	[SHEET_METRICS] = "pool-status.metrics.xsl",
	[SHEET_IMPORT] = "import-page.xsl",
};

#define STUDIO_NS	"urn:x-studio:xslt"	/* xmlns:s of labels.xsl */
#define XSL_NS		"http://www.w3.org/1999/XSL/Transform"
#define LABELS_FILE	"labels.xsl"
#define LABELS_PARAM	"labels-rtf"
/* The XPath of the parameter labels-rtf: the function below. */
#define LABELS_FN	"studio-labels"

static xsltStylesheetPtr	 sheets[SHEET__MAX];
static xmlDocPtr		 labeldoc;	/* <labels> with the rows */
static xmlHashTablePtr		 labelmap;	/* key → its first row's text */
static xsltSecurityPrefsPtr	 sec;
static char			 loaddir[PATH_MAX];
static xmlExternalEntityLoader	 defloader;

/*
 * While compiling, only files of the stylesheet folder may be loaded;
 * afterwards (loaddir empty) nothing at all.
 */
static xmlParserInputPtr
loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	size_t	 n = strlen(loaddir);

	if (n > 0 && url != NULL && strncmp(url, loaddir, n) == 0 &&
	    url[n] == '/' && strstr(url, "/../") == NULL)
		return defloader(url, id, ctxt);
	log_warnx("xslt: load of %s refused", url != NULL ? url : "?");
	return NULL;
}

static void
quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

/* What the loaded stylesheets are: a hash of every .xsl file of the set. */
static char	 sheetsid[65];

static int
namecmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The SHA-256 of the .xsl files of dir (names sorted), hex, into out. */
static int
dir_digest(const char *dir, char out[65])
{
	DIR		*d;
	struct dirent	*de;
	char		**names = NULL, buf[8192];
	size_t		 n = 0, cap = 0, i, len;
	unsigned char	 md[EVP_MAX_MD_SIZE];
	unsigned int	 mdlen = 0;
	EVP_MD_CTX	*ctx;
	FILE		*f;
	int		 ok, fd;

	if ((d = opendir(dir)) == NULL)
		return 0;
	while ((de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		if (len < 5 || strcmp(de->d_name + len - 4, ".xsl") != 0)
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			if ((names = realloc(names, cap * sizeof(*names))) == NULL)
				fatal("%s", __func__);
		}
		if ((names[n++] = strdup(de->d_name)) == NULL)
			fatal("%s", __func__);
	}
	qsort(names, n, sizeof(*names), namecmp);
	if ((ctx = EVP_MD_CTX_new()) == NULL)
		fatalx("%s: EVP_MD_CTX_new", __func__);
	ok = EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) == 1;
	for (i = 0; i < n; i++) {
		ok = ok && EVP_DigestUpdate(ctx, names[i],
		    strlen(names[i]) + 1) == 1;
		fd = openat(dirfd(d), names[i], O_RDONLY | O_CLOEXEC);
		if (ok && fd != -1 && (f = fdopen(fd, "r")) != NULL) {
			while ((len = fread(buf, 1, sizeof(buf), f)) > 0)
				ok = ok && EVP_DigestUpdate(ctx, buf, len) == 1;
			fclose(f);
		} else if (fd != -1)
			close(fd);
		free(names[i]);
	}
	free(names);
	closedir(d);
	ok = ok && EVP_DigestFinal_ex(ctx, md, &mdlen) == 1;
	EVP_MD_CTX_free(ctx);
	if (ok)
		hexencode(md, 32, out);
	return ok;
}

const char *
xslt_version(void)
{
	return sheetsid;
}

/* xmlHashFree's deallocator of labelmap's values. */
static void
label_free(void *v, const xmlChar *name)
{
	(void)name;
	xmlFree(v);
}

/*
 * The <xsl:param name="labels-rtf"> (or variable) element among the
 * children of root, or NULL.
 */
static xmlNodePtr
labels_elem(xmlNodePtr root)
{
	xmlNodePtr	 n;
	xmlChar		*name;
	int		 hit;

	for (n = root != NULL ? root->children : NULL; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || n->ns == NULL ||
		    !xmlStrEqual(n->ns->href, BAD_CAST XSL_NS) ||
		    (!xmlStrEqual(n->name, BAD_CAST "param") &&
		    !xmlStrEqual(n->name, BAD_CAST "variable")))
			continue;
		name = xmlGetNoNsProp(n, BAD_CAST "name");
		hit = name != NULL && xmlStrEqual(name, BAD_CAST LABELS_PARAM);
		xmlFree(name);
		if (hit)
			return n;
	}
	return NULL;
}

/*
 * The table of labels of src, a parsed labels.xsl (freed here), into *doc
 * (a document <labels> holding a copy of each <l> row, in order) and *map
 * (each key to the text of its first row).  E_OK, or E_XML when src has
 * no labels-rtf.
 */
static enum err
labels_from(xmlDocPtr src, xmlDocPtr *doc, xmlHashTablePtr *map)
{
	xmlNodePtr	 tab, n, root, copy;
	xmlChar		*k, *v;

	*doc = NULL;
	*map = NULL;
	if ((tab = labels_elem(xmlDocGetRootElement(src))) == NULL) {
		log_warnx("xslt: %s has no %s", LABELS_FILE, LABELS_PARAM);
		xmlFreeDoc(src);
		return E_XML;
	}
	if ((*doc = xmlNewDoc(BAD_CAST "1.0")) == NULL ||
	    (root = xmlNewDocNode(*doc, NULL, BAD_CAST "labels",
	    NULL)) == NULL || (*map = xmlHashCreate(256)) == NULL)
		fatalx("xslt: out of memory");
	xmlDocSetRootElement(*doc, root);
	for (n = tab->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || n->ns != NULL ||
		    !xmlStrEqual(n->name, BAD_CAST "l"))
			continue;
		if ((copy = xmlDocCopyNode(n, *doc, 1)) == NULL ||
		    xmlAddChild(root, copy) == NULL)
			fatalx("xslt: out of memory");
		if ((k = xmlGetNoNsProp(n, BAD_CAST "k")) == NULL)
			continue;
		if ((v = xmlNodeGetContent(n)) == NULL)
			fatalx("xslt: out of memory");
		/* A key's first row wins, as key('label', $k)[1] does. */
		if (xmlHashAddEntry(*map, k, v) != 0)
			xmlFree(v);
		xmlFree(k);
	}
	xmlFreeDoc(src);
	/* Document order of the rows without walking the tree each time. */
	xmlXPathOrderDocElems(*doc);
	return E_OK;
}

/* The table of labels of <loaddir>/labels.xsl.  E_OK or E_XSLT (logged). */
static enum err
labels_read(xmlDocPtr *doc, xmlHashTablePtr *map)
{
	char		 path[PATH_MAX];
	xmlDocPtr	 src;

	*doc = NULL;
	*map = NULL;
	if ((size_t)snprintf(path, sizeof(path), "%s/%s", loaddir,
	    LABELS_FILE) >= sizeof(path) || (src = xmlReadFile(path, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOCDATA)) == NULL) {
		log_warnx("xslt: %s does not parse", path);
		return E_XSLT;
	}
	return labels_from(src, doc, map) == E_OK ? E_OK : E_XSLT;
}

enum err
xslt_labels_parse(const char *buf, size_t len)
{
	xmlDocPtr	 src;

	xmlFreeDoc(labeldoc);
	labeldoc = NULL;
	xmlHashFree(labelmap, label_free);
	labelmap = NULL;
	if (len > INT32_MAX || (src = xmlReadMemory(buf, (int)len,
	    LABELS_FILE, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOCDATA |
	    XML_PARSE_NOERROR | XML_PARSE_NOWARNING)) == NULL) {
		log_warnx("xslt: %s does not parse", LABELS_FILE);
		return E_XML;
	}
	return labels_from(src, &labeldoc, &labelmap);
}

/*
 * s:label(k, default): the label of key k (its first row), or default
 * (k itself if not given) when the table has no such row.
 */
static void
fn_label(xmlXPathParserContextPtr ctxt, int nargs)
{
	xmlChar		*k, *dflt = NULL;
	const xmlChar	*v;

	if (nargs < 1 || nargs > 2) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	if (nargs == 2)
		dflt = xmlXPathPopString(ctxt);
	k = xmlXPathPopString(ctxt);
	if (xmlXPathCheckError(ctxt) || k == NULL) {
		xmlFree(k);
		xmlFree(dflt);
		return;
	}
	if ((v = labelmap != NULL ? xmlHashLookup(labelmap, k) :
	    NULL) != NULL) {
		xmlFree(dflt);
		xmlFree(k);
		valuePush(ctxt, xmlXPathNewString(v));
	} else if (dflt != NULL) {
		xmlFree(k);
		valuePush(ctxt, xmlXPathWrapString(dflt));
	} else
		valuePush(ctxt, xmlXPathWrapString(k));
}

/*
 * The date of s (normalized) as 2026年11月5日, into out; 0, or -1 when s
 * is not a date this handles: it must begin YYYY-MM-DD in digits and be
 * a date or a local time (no 'T', or ending +08:00), which is every date
 * and time studiod writes.  The template "date" (layout.xsl) does the
 * rest: other offsets, malformed text.
 */
int
xslt_date(const char *s, char *out, size_t outsz)
{
	size_t	 len = strlen(s), i;

	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' :
		    s[i] < '0' || s[i] > '9')
			return -1;
	if (strchr(s, 'T') != NULL &&
	    (len < 6 || strcmp(s + len - 6, "+08:00") != 0))
		return -1;
	snprintf(out, outsz, "%d年%d月%d日", atoi(s), atoi(s + 5), atoi(s + 8));
	return 0;
}

/*
 * s:date(d): the template "date"'s text for d when xslt_date() handles
 * it, else "" (the template then goes on by itself; "" is also its text
 * for a blank d).  normalize-space() first, as the template does.
 */
static void
fn_date(xmlXPathParserContextPtr ctxt, int nargs)
{
	xmlChar	*d, *n;
	char	 out[64];

	if (nargs != 1) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	d = xmlXPathPopString(ctxt);
	if (xmlXPathCheckError(ctxt) || d == NULL) {
		xmlFree(d);
		return;
	}
	valuePush(ctxt, xmlXPathNewString(d));
	xmlXPathNormalizeFunction(ctxt, 1);
	n = xmlXPathPopString(ctxt);
	xmlFree(d);
	if (n == NULL)
		return;
	if (xslt_date((const char *)n, out, sizeof(out)) == -1)
		out[0] = '\0';
	xmlFree(n);
	valuePush(ctxt, xmlXPathNewCString(out));
}

/* studio-labels(): the <labels> element of the table, as a node-set. */
static void
fn_labels(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (nargs != 0) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	valuePush(ctxt, xmlXPathNewNodeSet(labeldoc != NULL ?
	    xmlDocGetRootElement(labeldoc) : NULL));
}

const char *
xslt_label(const char *k)
{
	if (labelmap == NULL || k == NULL)
		return NULL;
	return xmlHashLookup(labelmap, BAD_CAST k);
}

enum err
xslt_load(const char *dir)
{
	xsltStylesheetPtr	 next[SHEET__MAX];
	xmlDocPtr		 ldoc;
	xmlHashTablePtr		 lmap;
	char			 path[PATH_MAX];
	size_t			 i;

	if (defloader == NULL) {
		defloader = xmlGetExternalEntityLoader();
		xmlSetExternalEntityLoader(loader);
		exsltRegisterAll();
		xmlSetGenericErrorFunc(NULL, quiet);
	}
	/* Registering again replaces: the same function each time. */
	if (xsltRegisterExtModuleFunction(BAD_CAST "label", BAD_CAST STUDIO_NS,
	    fn_label) != 0 ||
	    xsltRegisterExtModuleFunction(BAD_CAST "date", BAD_CAST STUDIO_NS,
	    fn_date) != 0)
		fatalx("xslt: xsltRegisterExtModuleFunction");
	/* Compiling reads files: the transform-time prefs must not apply. */
	xsltSetDefaultSecurityPrefs(NULL);
	if (realpath(dir, loaddir) == NULL) {
		log_warn("xslt: %s", dir);
		loaddir[0] = '\0';
		xsltSetDefaultSecurityPrefs(sec);
		return E_XSLT;
	}
	if (labels_read(&ldoc, &lmap) != E_OK) {
		loaddir[0] = '\0';
		xsltSetDefaultSecurityPrefs(sec);
		return E_XSLT;
	}
	memset(next, 0, sizeof(next));
	for (i = 1; i < SHEET__MAX; i++) {
		if ((size_t)snprintf(path, sizeof(path), "%s/%s", loaddir,
		    sheetfiles[i]) >= sizeof(path) || (next[i] = xsltParseStylesheetFile(
		    (const xmlChar *)path)) == NULL) {
			log_warnx("xslt: %s does not compile", path);
			while (i-- > 1)
				xsltFreeStylesheet(next[i]);
			xmlFreeDoc(ldoc);
			xmlHashFree(lmap, label_free);
			loaddir[0] = '\0';
			xsltSetDefaultSecurityPrefs(sec);
			return E_XSLT;
		}
	}
	if (!dir_digest(loaddir, sheetsid))
		sheetsid[0] = '\0';
	loaddir[0] = '\0';
	xslt_free();
	memcpy(sheets, next, sizeof(sheets));
	labeldoc = ldoc;
	labelmap = lmap;
	if (sec == NULL) {
		if ((sec = xsltNewSecurityPrefs()) == NULL)
			fatalx("xslt: xsltNewSecurityPrefs");
		xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_FILE,
		    xsltSecurityForbid);
		xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_FILE,
		    xsltSecurityForbid);
		xsltSetSecurityPrefs(sec, XSLT_SECPREF_CREATE_DIRECTORY,
		    xsltSecurityForbid);
		xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_NETWORK,
		    xsltSecurityForbid);
		xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_NETWORK,
		    xsltSecurityForbid);
	}
	xsltSetDefaultSecurityPrefs(sec);
	log_info("xslt: %d stylesheets compiled from %s", SHEET__MAX - 1,
	    dir);
	return E_OK;
}

void
xslt_free(void)
{
	size_t	 i;

	for (i = 0; i < SHEET__MAX; i++) {
		if (sheets[i] != NULL)
			xsltFreeStylesheet(sheets[i]);
		sheets[i] = NULL;
	}
	xmlFreeDoc(labeldoc);
	labeldoc = NULL;
	xmlHashFree(labelmap, label_free);
	labelmap = NULL;
}

const char *
xslt_file(enum sheet s)
{
	return s < SHEET__MAX ? sheetfiles[s] : NULL;
}

int
xslt_is_text(enum sheet s)
{
	return sheets[s] != NULL && sheets[s]->method != NULL &&
	    strcmp((const char *)sheets[s]->method, "text") == 0;
}

const char *
xslt_media_type(enum sheet s)
{
	if (s >= SHEET__MAX || sheets[s] == NULL ||
	    sheets[s]->mediaType == NULL)
		return NULL;
	return (const char *)sheets[s]->mediaType;
}

xmlDocPtr
xslt_transform(enum sheet s, xmlDocPtr doc, const char **params)
{
	xsltTransformContextPtr	 ctx;
	xmlDocPtr		 res;

	if (s <= SHEET_NONE || s >= SHEET__MAX || sheets[s] == NULL)
		return NULL;
	if ((ctx = xsltNewTransformContext(sheets[s], doc)) == NULL)
		return NULL;
	xsltSetCtxtSecurityPrefs(sec, ctx);
	/* The table of labels, read once: the sheets build none of their own. */
	if (labeldoc != NULL && (xmlXPathRegisterFunc(ctx->xpathCtxt,
	    BAD_CAST LABELS_FN, fn_labels) != 0 ||
	    xsltEvalOneUserParam(ctx, BAD_CAST LABELS_PARAM,
	    BAD_CAST LABELS_FN "()") != 0)) {
		xsltFreeTransformContext(ctx);
		log_warnx("xslt: %s: no labels", sheetfiles[s]);
		return NULL;
	}
	if (params != NULL && xsltQuoteUserParams(ctx, params) != 0) {
		xsltFreeTransformContext(ctx);
		log_warnx("xslt: %s: bad parameters", sheetfiles[s]);
		return NULL;
	}
	res = xsltApplyStylesheetUser(sheets[s], doc, NULL, NULL, NULL, ctx);
	if (res != NULL && ctx->state != XSLT_STATE_OK) {
		xmlFreeDoc(res);
		res = NULL;
	}
	if (res == NULL)
		log_warnx("xslt: %s: transformation failed", sheetfiles[s]);
	xsltFreeTransformContext(ctx);
	return res;
}

static int
stream_write(void *ctx, const char *buf, int len)
{
	return FCGX_PutStr(buf, len, ctx);
}

/*
 * Whether the sheet's output is HTML in UTF-8 without indenting (from
 * its xsl:output or an imported one's): html_dump() writes it.
 */
static int
plain_html(enum sheet s, const xmlChar **enc)
{
	const xmlChar	*method;
	int		 indent;

	XSLT_GET_IMPORT_PTR(method, sheets[s], method);
	XSLT_GET_IMPORT_PTR(*enc, sheets[s], encoding);
	XSLT_GET_IMPORT_INT(indent, sheets[s], indent);
	return method != NULL && xmlStrEqual(method, BAD_CAST "html") &&
	    indent == 0 && (*enc == NULL ||
	    xmlStrcasecmp(*enc, BAD_CAST "UTF-8") == 0);
}

enum err
xslt_write(enum sheet s, xmlDocPtr res, FCGX_Stream *out)
{
	static struct htmlout	 h;
	xmlOutputBufferPtr	 ob;
	const xmlChar		*enc;
	enum err		 e = E_OK;

	/* HTML pages: written here, then to the client in one piece. */
	if (plain_html(s, &enc)) {
		htmlSetMetaEncoding(res, enc != NULL ? enc : BAD_CAST "UTF-8");
		if (html_dump(res, &h) == 0) {
			if (h.len > 0 && FCGX_PutStr(h.p, (int)h.len, out) !=
			    (int)h.len)
				e = E_XSLT;
			/* A large page's buffer is not kept. */
			if (h.cap > 1024 * 1024)
				html_free(&h);
			return e;
		}
	}

	if ((ob = xmlOutputBufferCreateIO(stream_write, NULL, out,
	    NULL)) == NULL)
		return E_NOMEM;
	if (xsltSaveResultTo(ob, res, sheets[s]) < 0) {
		xmlOutputBufferClose(ob);
		return E_XSLT;
	}
	return xmlOutputBufferClose(ob) < 0 ? E_XSLT : E_OK;
}
