/*
 * t_auth.c: certificates, CSRF tokens and the unit tree (fcgi/auth.c).
 * The certificates are the fixtures of tests/fixtures/certs; their
 * fingerprints were computed with
 *   openssl x509 -in f.pem -outform der | sha256sum
 * and the other fields with
 *   openssl x509 -in f.pem -noout -subject -issuer -serial -dates \
 *	-nameopt RFC2253,-esc_msb
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "extern.h"
#include "tests.h"

#define FP_UNIT	"c9854082f52d28ecea63cc19849714eb764be0a1e3ff11d61575f7375ba51592"
#define FP_ASCII "2b40da6d16a094f68fdec3973abf4745c23baf90e76f257ef016b6a91ce4e02a"
#define CA_DN	"CN=长春市总工会 单元测试 CA,O=长春市总工会,C=CN"

/* ------------------------------------------------------- cert_parse_pem */

static const struct {
	const char	*file;
	const char	*fp;
	const char	*serial;
	const char	*cn;
	const char	*subject;
	const char	*code;		/* the unit code, OU */
} cert_cases[] = {
	{ "certs/unit.pem", FP_UNIT, "4A1B2C3D4E5F60718293A4B5C6D7E8F9",
	  "王小明", "CN=王小明,OU=220104,O=长春市朝阳区总工会", "220104" },
	{ "certs/ascii.pem", FP_ASCII, "0102", "Li Lei",
	  "CN=Li Lei,OU=2201,O=Test Union", "2201" },
	{ "certs/nocn.pem",
	  "fdeb6562b4a03c8b8968fd628edc5e9d5673ea3690e237136f2cec44647dbdef",
	  "7FFF", "", "OU=220102,O=长春市南关区总工会", "220102" },
	{ "certs/ca.pem",
	  "a8b1687a5963e287926c5ba534c047f21164bd8ce74fd35cbe59871f9f09d7d1",
	  "10", "长春市总工会 单元测试 CA", CA_DN, NULL },
};

START_TEST(t_cert_parse)
{
	struct certinfo	 ci;
	size_t		 len;
	char		*pem = fixture_read(cert_cases[_i].file, &len);
	char		 ou[64];

	ck_assert_int_eq(cert_parse_pem(pem, len, &ci), E_OK);
	ck_assert_str_eq(ci.fp, cert_cases[_i].fp);
	ck_assert_str_eq(ci.serial, cert_cases[_i].serial);
	ck_assert_str_eq(ci.cn, cert_cases[_i].cn);
	ck_assert_str_eq(ci.subject, cert_cases[_i].subject);
	ck_assert_str_eq(ci.issuer, CA_DN);
	ck_assert_str_eq(ci.not_before, "2026-11-25 12:42:37");
	ck_assert_str_eq(ci.not_after, "2126-11-01 12:42:37");
	ck_assert(utf8_valid(ci.subject, strlen(ci.subject)));
	if (cert_cases[_i].code != NULL) {
		snprintf(ou, sizeof(ou), "OU=%s,", cert_cases[_i].code);
		ck_assert_ptr_nonnull(strstr(ci.subject, ou));
	}
	free(pem);
}
END_TEST

/* Text before the PEM block is skipped; of two, the first counts. */
START_TEST(t_cert_parse_around)
{
	struct certinfo	 ci;
	size_t		 l1, l2;
	char		*p1 = fixture_read("certs/unit.pem", &l1);
	char		*p2 = fixture_read("certs/ascii.pem", &l2);
	char		*buf;

	ck_assert_int_ne(asprintf(&buf, "Subject: 王小明\nIssuer: x\n%s", p1),
	    -1);
	ck_assert_int_eq(cert_parse_pem(buf, strlen(buf), &ci), E_OK);
	ck_assert_str_eq(ci.fp, FP_UNIT);
	free(buf);
	ck_assert_int_ne(asprintf(&buf, "%s%s", p2, p1), -1);
	ck_assert_int_eq(cert_parse_pem(buf, strlen(buf), &ci), E_OK);
	ck_assert_str_eq(ci.fp, FP_ASCII);
	free(buf);
	/* The length is obeyed: the buffer need not be terminated. */
	buf = exact_copy(p1, l1);
	ck_assert_int_eq(cert_parse_pem(buf, l1, &ci), E_OK);
	ck_assert_str_eq(ci.fp, FP_UNIT);
	free(buf);
	free(p1);
	free(p2);
}
END_TEST

enum badpem {
	BAD_EMPTY,
	BAD_GARBAGE,
	BAD_DER_BYTES,
	BAD_EMPTY_BLOCK,
	BAD_FIRST_HALF,
	BAD_NO_END_LINE,
	BAD_SHORT_DER,
	BAD_TAG,
	BAD_BASE64,
	BAD_LABEL,
	BAD_LENGTH_CUT,
	BAD_OVERSIZE,
	BAD__MAX
};

/* Build the bad input number i from a good PEM; *len set. */
static char *
bad_pem(enum badpem i, const char *pem, size_t *len)
{
	char		*s, *p;
	size_t		 n = strlen(pem), k;
	static const char end[] = "-----END CERTIFICATE-----\n";

	switch (i) {
	case BAD_EMPTY:
		s = strdup("");
		break;
	case BAD_GARBAGE:
		s = strdup("this is not a certificate\n");
		break;
	case BAD_DER_BYTES:
		s = strdup("\x30\x82\x02\x10\x30\x82\x01\xb6\xa0\x03");
		break;
	case BAD_EMPTY_BLOCK:
		s = strdup("-----BEGIN CERTIFICATE-----\n" "-----END "
		    "CERTIFICATE-----\n");
		break;
	case BAD_FIRST_HALF:
		s = strndup(pem, n / 2);
		break;
	case BAD_NO_END_LINE:
		s = strndup(pem, n - strlen(end));
		break;
	case BAD_SHORT_DER:
		/* BEGIN line and four lines of base64, then END. */
		for (p = (char *)pem, k = 0; k < 5; k++)
			p = strchr(p, '\n') + 1;
		s = malloc((size_t)(p - pem) + sizeof(end));
		memcpy(s, pem, (size_t)(p - pem));
		strcpy(s + (p - pem), end);
		break;
	case BAD_TAG:
		/* "MII..." → "AII...": the outer SEQUENCE tag is gone. */
		s = strdup(pem);
		p = strchr(s, '\n') + 1;
		ck_assert_int_eq(*p, 'M');
		*p = 'A';
		break;
	case BAD_BASE64:
		s = strdup(pem);
		p = strchr(s, '\n') + 1;
		p[1] = '*';
		p[2] = '!';
		break;
	case BAD_LABEL:
		s = strdup(pem);
		while ((p = strstr(s, "CERTIFICATE")) != NULL)
			memcpy(p, "CERTIFICAXE", 11);
		break;
	case BAD_LENGTH_CUT:
		/* Good bytes, but the length given stops inside them. */
		s = strdup(pem);
		*len = n - 40;
		return s;
	case BAD_OVERSIZE:
		/* A good certificate followed by more than 64 KiB. */
		k = 64 * 1024 + 1;
		s = malloc(n + k + 1);
		memcpy(s, pem, n);
		memset(s + n, '\n', k);
		s[n + k] = '\0';
		break;
	default:
		abort();
	}
	ck_assert_ptr_nonnull(s);
	*len = strlen(s);
	return s;
}

START_TEST(t_cert_parse_bad)
{
	struct certinfo	 ci;
	size_t		 len, blen;
	char		*pem = fixture_read("certs/unit.pem", &len);
	char		*bad = bad_pem((enum badpem)_i, pem, &blen);
	char		*exact = exact_copy(bad, blen);

	memset(&ci, 'x', sizeof(ci));
	ck_assert_msg(cert_parse_pem(exact, blen, &ci) == E_CERT,
	    "bad PEM %d accepted", _i);
	ck_assert_str_eq(ci.fp, "");
	ck_assert_str_eq(ci.cn, "");
	ck_assert_str_eq(ci.subject, "");
	free(exact);
	free(bad);
	free(pem);
}
END_TEST

/* ---------------------------------------------------------- cert_verify */

/*
 * The certificates of tests/fixtures/certs/verify (see its make.sh): a
 * test union CA, what it issued, and certificates that only bear its
 * names.  The dates of good.pem, from
 *   openssl x509 -in good.pem -noout -dates -dateopt iso_8601
 */
#define V_NOW	((time_t)1893456000)	/* 2030-01-01 00:00:00Z */
#define V_NB	((time_t)1796016322)	/* 2026-11-30 05:25:22Z notBefore */
#define V_NA	((time_t)4949616322)	/* 2126-11-06 05:25:22Z notAfter */
#define V_2020	((time_t)1579046400)	/* 2020-01-15, inside expired.pem */
#define V_2105	((time_t)4260211200)	/* 2105-01-01, inside future.pem */

#define W_FOREIGN	"不是本系统的证书颁发机构（工会 CA）签发的"
#define W_CA		"证书颁发机构（CA）自身的证书"
#define W_CLIENT	"不是客户端身份认证证书"
#define W_NOT_YET	"尚未生效"
#define W_EXPIRED	"已过期"
#define W_SYNTAX	"证书格式不正确"
#define W_CA_TIME	"证书颁发机构（工会 CA）的证书不在有效期内"

static const struct {
	const char	*name;
	const char	*file;	/* under tests/fixtures/; NULL: text */
	const char	*text;
	time_t		 now;
	enum err	 rc;
	const char	*why;	/* part of the message, NULL for E_OK */
} verify_cases[] = {
	{ "good", "certs/verify/good.pem", NULL, V_NOW, E_OK, NULL },
	{ "good, its first second", "certs/verify/good.pem", NULL, V_NB,
	  E_OK, NULL },
	{ "good, its last second", "certs/verify/good.pem", NULL, V_NA - 1,
	  E_OK, NULL },
	{ "good, a second early", "certs/verify/good.pem", NULL, V_NB - 1,
	  E_CERT, W_NOT_YET },
	{ "good, a second late", "certs/verify/good.pem", NULL, V_NA + 1,
	  E_CERT, W_EXPIRED },
	{ "expired", "certs/verify/expired.pem", NULL, V_NOW, E_CERT,
	  W_EXPIRED },
	{ "expired, checked in its month, before the CA",
	  "certs/verify/expired.pem", NULL, V_2020, E_CERT, W_CA_TIME },
	{ "not yet valid", "certs/verify/future.pem", NULL, V_NOW, E_CERT,
	  W_NOT_YET },
	{ "not yet valid, checked in 2105", "certs/verify/future.pem", NULL,
	  V_2105, E_OK, NULL },
	{ "foreign CA with the same names", "certs/verify/foreign.pem", NULL,
	  V_NOW, E_CERT, W_FOREIGN },
	{ "foreign CA with the same names, no authority key id",
	  "certs/verify/foreign-noaki.pem", NULL, V_NOW, E_CERT, W_FOREIGN },
	{ "self-signed with the CA's names", "certs/verify/selfsigned.pem",
	  NULL, V_NOW, E_CERT, W_FOREIGN },
	{ "another CA's client certificate", "certs/unit.pem", NULL, V_NOW,
	  E_CERT, W_FOREIGN },
	{ "another CA itself", "certs/ca.pem", NULL, V_NOW, E_CERT,
	  W_FOREIGN },
	{ "the union CA itself", "certs/verify/ca.pem", NULL, V_NOW, E_CERT,
	  W_CA },
	{ "a server certificate of the CA", "certs/verify/server.pem", NULL,
	  V_NOW, E_CERT, W_CLIENT },
	{ "no extended key usage", "certs/verify/noeku.pem", NULL, V_NOW,
	  E_CERT, W_CLIENT },
	{ "garbage", NULL, "this is not a certificate\n", V_NOW, E_CERT,
	  W_SYNTAX },
	{ "empty", NULL, "", V_NOW, E_CERT, W_SYNTAX },
	{ "empty PEM block", NULL, "-----BEGIN CERTIFICATE-----\n"
	  "-----END CERTIFICATE-----\n", V_NOW, E_CERT, W_SYNTAX },
	{ "truncated", NULL, "-----BEGIN CERTIFICATE-----\n"
	  "MIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n", V_NOW,
	  E_CERT, W_SYNTAX },
};

/* Load the PEM fixture as the union CA (through a file, as studiod). */
static void
load_ca(const char *fixture)
{
	size_t	 len;
	char	*pem = fixture_read(fixture, &len);
	char	*path = tmpfile_with(pem);

	ck_assert_int_eq(cert_ca_load(path), E_OK);
	unlink(path);
	free(path);
	free(pem);
}

START_TEST(t_cert_verify)
{
	char		*pem, *exact;
	const char	*why = "unset";
	size_t		 len;
	enum err	 e;

	load_ca("certs/verify/ca.pem");
	if (verify_cases[_i].file != NULL)
		pem = fixture_read(verify_cases[_i].file, &len);
	else {
		pem = strdup(verify_cases[_i].text);
		len = strlen(pem);
	}
	exact = exact_copy(pem, len);
	e = cert_verify(exact, len, verify_cases[_i].now, &why);
	ck_assert_msg(e == verify_cases[_i].rc, "%s: %s, why %s",
	    verify_cases[_i].name, err_str(e), why ? why : "(null)");
	if (verify_cases[_i].why == NULL)
		ck_assert_ptr_null(why);
	else {
		ck_assert_ptr_nonnull(why);
		ck_assert_msg(strstr(why, verify_cases[_i].why) != NULL,
		    "%s: %s", verify_cases[_i].name, why);
		ck_assert(utf8_valid(why, strlen(why)));
	}
	free(exact);
	free(pem);
	cert_ca_free();
}
END_TEST

/* What the good certificate and the fixture CA are called alike. */
START_TEST(t_cert_verify_names)
{
	struct certinfo	 good, ca, foreign, self;
	size_t		 len;
	char		*pem;

	pem = fixture_read("certs/verify/good.pem", &len);
	ck_assert_int_eq(cert_parse_pem(pem, len, &good), E_OK);
	free(pem);
	pem = fixture_read("certs/verify/ca.pem", &len);
	ck_assert_int_eq(cert_parse_pem(pem, len, &ca), E_OK);
	free(pem);
	pem = fixture_read("certs/verify/foreign.pem", &len);
	ck_assert_int_eq(cert_parse_pem(pem, len, &foreign), E_OK);
	free(pem);
	pem = fixture_read("certs/verify/selfsigned.pem", &len);
	ck_assert_int_eq(cert_parse_pem(pem, len, &self), E_OK);
	free(pem);
	/* The forgeries copy every name: only signatures differ. */
	ck_assert_str_eq(foreign.issuer, good.issuer);
	ck_assert_str_eq(foreign.subject, good.subject);
	ck_assert_str_eq(self.subject, ca.subject);
	ck_assert_str_eq(self.issuer, ca.subject);
	ck_assert_str_eq(good.issuer, ca.subject);
}
END_TEST

/* The first certificate counts, and text before it is skipped. */
START_TEST(t_cert_verify_first)
{
	size_t		 l1, l2;
	char		*good = fixture_read("certs/verify/good.pem", &l1);
	char		*bad = fixture_read("certs/verify/foreign.pem", &l2);
	char		*buf;
	const char	*why;

	load_ca("certs/verify/ca.pem");
	ck_assert_int_ne(asprintf(&buf, "Subject: 王小明\n%s%s", good, bad),
	    -1);
	ck_assert_int_eq(cert_verify(buf, strlen(buf), V_NOW, &why), E_OK);
	free(buf);
	ck_assert_int_ne(asprintf(&buf, "%s%s", bad, good), -1);
	ck_assert_int_eq(cert_verify(buf, strlen(buf), V_NOW, &why), E_CERT);
	ck_assert_ptr_nonnull(strstr(why, W_FOREIGN));
	/* The good certificate cut short by the length given. */
	ck_assert_int_eq(cert_verify(good, l1 - 40, V_NOW, &why), E_CERT);
	ck_assert_ptr_nonnull(strstr(why, W_SYNTAX));
	free(buf);
	free(good);
	free(bad);
	cert_ca_free();
}
END_TEST

/* Refused CA files; a refused one leaves the loaded CA in place. */
START_TEST(t_cert_ca_load)
{
	size_t		 len, l2;
	char		*good = fixture_read("certs/verify/good.pem", &len);
	char		*vca = fixture_read("certs/verify/ca.pem", &l2);
	char		*oca = fixture_read("certs/ca.pem", &l2);
	char		*unit = fixture_read("certs/unit.pem", &l2);
	char		*path, *both;
	const char	*why = NULL;
	size_t		 i;
	const char	*refused[] = {
		"",				/* empty file */
		"not a certificate\n",
		good,				/* not a CA */
		NULL,				/* a CA, then a client */
	};

	/* Nothing loaded: nothing can be enrolled. */
	cert_ca_free();
	ck_assert_int_eq(cert_verify(good, len, V_NOW, &why), E_CONF);
	ck_assert_ptr_nonnull(why);

	load_ca("certs/verify/ca.pem");
	ck_assert_int_eq(cert_ca_load(NULL), E_CONF);
	ck_assert_int_eq(cert_ca_load(""), E_CONF);
	ck_assert_int_eq(cert_ca_load("/nonexistent/studio/ca.pem"), E_CONF);
	ck_assert_int_ne(asprintf(&both, "%s%s", vca, good), -1);
	refused[NITEMS(refused) - 1] = both;
	for (i = 0; i < NITEMS(refused); i++) {
		path = tmpfile_with(refused[i]);
		ck_assert_msg(cert_ca_load(path) == E_CONF, "CA file %zu", i);
		unlink(path);
		free(path);
	}
	/* The CA loaded first is still the one. */
	ck_assert_int_eq(cert_verify(good, len, V_NOW, &why), E_OK);
	ck_assert_int_eq(cert_verify(unit, strlen(unit), V_NOW, &why),
	    E_CERT);
	free(both);

	/* A file of two CAs trusts both; a new load replaces the old. */
	ck_assert_int_ne(asprintf(&both, "%s%s", oca, vca), -1);
	path = tmpfile_with(both);
	ck_assert_int_eq(cert_ca_load(path), E_OK);
	unlink(path);
	free(path);
	ck_assert_int_eq(cert_verify(good, len, V_NOW, &why), E_OK);
	ck_assert_int_eq(cert_verify(unit, strlen(unit), V_NOW, &why), E_OK);
	load_ca("certs/ca.pem");
	ck_assert_int_eq(cert_verify(unit, strlen(unit), V_NOW, &why), E_OK);
	ck_assert_int_eq(cert_verify(good, len, V_NOW, &why), E_CERT);
	ck_assert_ptr_nonnull(strstr(why, W_FOREIGN));
	cert_ca_free();
	free(both);
	free(good);
	free(vca);
	free(oca);
	free(unit);
}
END_TEST

/* -------------------------------------------------- auth_client refusals */

/* nginx's $ssl_client_escaped_cert: the PEM, URL-escaped. */
static char *
escape_pem(const char *pem)
{
	char	*s = malloc(strlen(pem) * 3 + 1), *o = s;

	for (; *pem != '\0'; pem++) {
		if (isalnum((unsigned char)*pem) || *pem == '-' ||
		    *pem == '.' || *pem == '_')
			*o++ = *pem;
		else
			o += sprintf(o, "%%%02X", (unsigned char)*pem);
	}
	*o = '\0';
	return s;
}

static const struct {
	const char	*name;
	enum site	 site;
	const char	*verify;	/* NULL: absent */
	const char	*cert;		/* NULL: absent; "*": truncated */
	const char	*reason;
} client_cases[] = {
	{ "public site", SITE_PUBLIC, "SUCCESS", "*", "wrong-site" },
	{ "no verification", SITE_APP, NULL, NULL, "no-cert" },
	{ "no certificate offered", SITE_APP, "NONE", NULL, "no-cert" },
	{ "verification failed", SITE_APP,
	  "FAILED:certificate has expired", "*", "cert-not-verified" },
	{ "verify in lower case", SITE_APP, "success", "*",
	  "cert-not-verified" },
	{ "verified without certificate", SITE_APP, "SUCCESS", NULL,
	  "no-cert" },
	{ "empty certificate", SITE_APP, "SUCCESS", "", "no-cert" },
	{ "garbage certificate", SITE_APP, "SUCCESS", "garbage",
	  "cert-bad" },
	{ "bad escape", SITE_APP, "SUCCESS", "%ZZ", "cert-bad" },
	{ "truncated certificate", SITE_APP, "SUCCESS", "*", "cert-bad" },
};

START_TEST(t_auth_client)
{
	FCGX_Request	 fr;
	struct conf	 conf;
	struct req	 r;
	char		*env[3], *pem, *esc = NULL, *ev = NULL, *ec = NULL;
	size_t		 n = 0, len;
	int		 status;

	pem = fixture_read("certs/unit.pem", &len);
	pem[len / 2] = '\0';
	if (client_cases[_i].verify != NULL &&
	    asprintf(&ev, "SSL_CLIENT_VERIFY=%s", client_cases[_i].verify) > 0)
		env[n++] = ev;
	if (client_cases[_i].cert != NULL) {
		esc = strcmp(client_cases[_i].cert, "*") == 0 ?
		    escape_pem(pem) : strdup(client_cases[_i].cert);
		if (asprintf(&ec, "SSL_CLIENT_CERT=%s", esc) > 0)
			env[n++] = ec;
	}
	env[n] = NULL;
	memset(&fr, 0, sizeof(fr));
	memset(&conf, 0, sizeof(conf));
	memset(&r, 0, sizeof(r));
	fr.envp = env;
	r.fr = &fr;
	r.conf = &conf;
	r.a = arena_new();
	r.site = client_cases[_i].site;

	status = auth_client(&r);
	ck_assert_msg(status == 403, "%s: %d", client_cases[_i].name, status);
	ck_assert_pstr_eq(r.reason, client_cases[_i].reason);
	ck_assert_ptr_nonnull(r.message);
	ck_assert_ptr_null(r.who);
	ck_assert_ptr_null(r.csrf);
	arena_free(r.a);
	free(pem);
	free(esc);
	free(ev);
	free(ec);
}
END_TEST

/* -------------------------------------------------------------- CSRF */

static const unsigned char key[32] = {
	0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
	0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
	0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17,
	0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f,
};

#define NOW	((time_t)1700000000)	/* 0x6553f100 */
#define MAXAGE	((time_t)24 * 60 * 60)

static int
is_lower_hex(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]) && !(s[i] >= 'a' &&
		    s[i] <= 'f'))
			return 0;
	return 1;
}

START_TEST(t_csrf_good)
{
	struct arena	*a = arena_new();
	const char	*tok;
	unsigned char	 key64[64];

	tok = csrf_make(a, key, sizeof(key), FP_UNIT, NOW);
	ck_assert_uint_eq(strlen(tok), 8 + 1 + 64);
	ck_assert(strncmp(tok, "6553f100.", 9) == 0);
	ck_assert(is_lower_hex(tok + 9, 64));
	/* Same inputs, same token; another time, another token. */
	ck_assert_str_eq(tok, csrf_make(a, key, sizeof(key), FP_UNIT, NOW));
	ck_assert_str_ne(tok, csrf_make(a, key, sizeof(key), FP_UNIT,
	    NOW + 1));

	ck_assert_int_eq(csrf_check(key, sizeof(key), FP_UNIT, tok, NOW,
	    MAXAGE), 1);
	ck_assert_int_eq(csrf_check(key, sizeof(key), FP_UNIT, tok,
	    NOW + MAXAGE, MAXAGE), 1);			/* last second */
	ck_assert_int_eq(csrf_check(key, sizeof(key), FP_UNIT, tok,
	    NOW - 300, MAXAGE), 1);			/* clock skew */

	/* A 64-byte secret, the longest conf.c reads. */
	memset(key64, 0xa5, sizeof(key64));
	tok = csrf_make(a, key64, sizeof(key64), FP_UNIT, NOW);
	ck_assert_int_eq(csrf_check(key64, sizeof(key64), FP_UNIT, tok, NOW,
	    MAXAGE), 1);
	ck_assert_int_eq(csrf_check(key64, 32, FP_UNIT, tok, NOW, MAXAGE),
	    0);
	arena_free(a);
}
END_TEST

enum csrfbad {
	CB_OTHER_FP,
	CB_FP_UPPER,
	CB_OTHER_KEY,
	CB_SHORT_KEY,
	CB_NO_KEY,
	CB_MAC_FIRST,
	CB_MAC_LAST,
	CB_MAC_UPPER,
	CB_MAC_63,
	CB_MAC_65,
	CB_TIME_PLUS,
	CB_TIME_MINUS,
	CB_TIME_ZERO_PAD,
	CB_TIME_SPACE,
	CB_TIME_UPPER,
	CB_EXPIRED,
	CB_FUTURE,
	CB_FAR_FUTURE,
	CB_NEGATIVE_TIME,
	CB_EMPTY,
	CB_DOT,
	CB_ABC,
	CB_NO_DOT,
	CB_NO_TIME,
	CB_NO_MAC,
	CB_BAD_TIME,
	CB_LONG_TIME,
	CB_TWO_DOTS,
	CB_TRAILING,
	CB_NULL_TOKEN,
	CB_NULL_FP,
	CB__MAX
};

START_TEST(t_csrf_bad)
{
	struct arena		*a = arena_new();
	unsigned char		 k2[sizeof(key)];
	const unsigned char	*k = key;
	size_t			 klen = sizeof(key);
	const char		*fp = FP_UNIT, *good, *mac;
	char			*t = NULL;
	time_t			 now = NOW;
	size_t			 i;

	good = csrf_make(a, key, sizeof(key), FP_UNIT, NOW);
	mac = strchr(good, '.') + 1;
	switch ((enum csrfbad)_i) {
	case CB_OTHER_FP:
		fp = FP_ASCII;
		break;
	case CB_FP_UPPER:
		t = astrdup(a, FP_UNIT);
		for (i = 0; t[i] != '\0'; i++)
			t[i] = (char)toupper((unsigned char)t[i]);
		fp = t;
		t = NULL;
		break;
	case CB_OTHER_KEY:
		memcpy(k2, key, sizeof(k2));
		k2[31] ^= 1;
		k = k2;
		break;
	case CB_SHORT_KEY:
		klen = 31;
		break;
	case CB_NO_KEY:
		klen = 0;
		break;
	case CB_MAC_FIRST:
		t = astrdup(a, good);
		t[9] = t[9] == '0' ? '1' : '0';
		break;
	case CB_MAC_LAST:
		t = astrdup(a, good);
		t[72] = t[72] == '0' ? '1' : '0';
		break;
	case CB_MAC_UPPER:
		t = astrdup(a, good);
		for (i = 9; t[i] != '\0'; i++)
			t[i] = (char)toupper((unsigned char)t[i]);
		ck_assert_str_ne(t, good);
		break;
	case CB_MAC_63:
		t = astrndup(a, good, strlen(good) - 1);
		break;
	case CB_MAC_65:
		t = aprintf(a, "%s0", good);
		break;
	case CB_TIME_PLUS:
		t = aprintf(a, "%llx.%s", (unsigned long long)NOW + 1, mac);
		break;
	case CB_TIME_MINUS:
		t = aprintf(a, "%llx.%s", (unsigned long long)NOW - 1, mac);
		break;
	case CB_TIME_ZERO_PAD:
		t = aprintf(a, "0%s", good);
		break;
	case CB_TIME_SPACE:
		t = aprintf(a, " %s", good);
		break;
	case CB_TIME_UPPER:
		t = aprintf(a, "6553F100.%s", mac);
		break;
	case CB_EXPIRED:
		now = NOW + MAXAGE + 1;
		break;
	case CB_FUTURE:
		t = csrf_make(a, key, sizeof(key), FP_UNIT, NOW + 301);
		break;
	case CB_NEGATIVE_TIME:
		/* Would be a negative time_t: once overflowed the age check. */
		t = aprintf(a, "8000000000000000.%s", mac);
		break;
	case CB_FAR_FUTURE:
		t = csrf_make(a, key, sizeof(key), FP_UNIT,
		    NOW + 365 * 86400);
		break;
	case CB_EMPTY:
		t = astrdup(a, "");
		break;
	case CB_DOT:
		t = astrdup(a, ".");
		break;
	case CB_ABC:
		t = astrdup(a, "abc");
		break;
	case CB_NO_DOT:
		t = aprintf(a, "6553f100%s", mac);
		break;
	case CB_NO_TIME:
		t = aprintf(a, ".%s", mac);
		break;
	case CB_NO_MAC:
		t = astrdup(a, "6553f100.");
		break;
	case CB_BAD_TIME:
		t = aprintf(a, "zz.%s", mac);
		break;
	case CB_LONG_TIME:
		t = aprintf(a, "00000000000000006553f100.%s", mac);
		break;
	case CB_TWO_DOTS:
		t = aprintf(a, "6553f100..%s", mac);
		break;
	case CB_TRAILING:
		t = aprintf(a, "%s\n", good);
		break;
	case CB_NULL_TOKEN:
		good = NULL;
		break;
	case CB_NULL_FP:
		fp = NULL;
		break;
	default:
		abort();
	}
	ck_assert_msg(csrf_check(k, klen, fp, t != NULL ? t : good, now,
	    MAXAGE) == 0, "case %d accepted", _i);
	arena_free(a);
}
END_TEST

/* ----------------------------------------------------------- auth_post */

enum tok { TOK_GOOD, TOK_NONE, TOK_OTHER_FP, TOK_OLD };

static const struct {
	const char	*name;
	const char	*sfs;		/* Sec-Fetch-Site, NULL: absent */
	const char	*origin;
	const char	*host;
	const char	*conf_origin;
	enum tok	 tok;
	int		 who;
	int		 status;
	const char	*reason;
} post_cases[] = {
	{ "same origin", "same-origin", NULL, NULL, "", TOK_GOOD, 1, 200,
	  NULL },
	{ "configured origin", NULL, "https://studio.example", "other",
	  "https://studio.example", TOK_GOOD, 1, 200, NULL },
	{ "origin from Host", NULL, "https://studio.example:19443",
	  "studio.example:19443", "", TOK_GOOD, 1, 200, NULL },
	{ "Sec-Fetch-Site wins over Origin", "same-origin", "https://evil",
	  "studio.example", "", TOK_GOOD, 1, 200, NULL },

	{ "cross-site", "cross-site", "https://studio.example",
	  "studio.example", "", TOK_GOOD, 1, 403, "cross-site" },
	{ "same-site", "same-site", NULL, NULL, "", TOK_GOOD, 1, 403,
	  "cross-site" },
	{ "typed by the user", "none", NULL, NULL, "", TOK_GOOD, 1, 403,
	  "cross-site" },
	{ "other origin", NULL, "https://evil.example", "studio.example",
	  "", TOK_GOOD, 1, 403, "bad-origin" },
	{ "not the configured origin", NULL, "https://studio.example",
	  "studio.example", "https://studio.example:19443", TOK_GOOD, 1, 403,
	  "bad-origin" },
	{ "plain http", NULL, "http://studio.example", "studio.example", "",
	  TOK_GOOD, 1, 403, "bad-origin" },
	{ "origin null", NULL, "null", "studio.example", "", TOK_GOOD, 1,
	  403, "bad-origin" },
	{ "no origin", NULL, NULL, "studio.example", "", TOK_GOOD, 1, 403,
	  "bad-origin" },
	{ "no origin nor host", NULL, "https://studio.example", NULL, "",
	  TOK_GOOD, 1, 403, "bad-origin" },
	{ "no token", "same-origin", NULL, NULL, "", TOK_NONE, 1, 403,
	  "csrf" },
	{ "token of another certificate", "same-origin", NULL, NULL, "",
	  TOK_OTHER_FP, 1, 403, "csrf" },
	{ "token a day and a second old", "same-origin", NULL, NULL, "",
	  TOK_OLD, 1, 403, "csrf" },
	{ "nobody", "same-origin", NULL, NULL, "", TOK_GOOD, 0, 403,
	  "csrf" },
};

START_TEST(t_auth_post)
{
	FCGX_Request	 fr;
	struct conf	 conf;
	struct req	 r;
	struct who	 w;
	char		*env[4], *body, *e1 = NULL, *e2 = NULL, *e3 = NULL;
	const char	*tok, *bad;
	size_t		 n = 0;
	time_t		 now = time(NULL);

	memset(&fr, 0, sizeof(fr));
	memset(&conf, 0, sizeof(conf));
	memset(&r, 0, sizeof(r));
	memset(&w, 0, sizeof(w));
	memcpy(conf.secret, key, sizeof(key));
	conf.secretlen = sizeof(key);
	conf.origin = (char *)post_cases[_i].conf_origin;
	snprintf(w.fp, sizeof(w.fp), "%s", FP_UNIT);
	r.a = arena_new();
	r.fr = &fr;
	r.conf = &conf;
	r.who = post_cases[_i].who ? &w : NULL;

	if (post_cases[_i].sfs != NULL && asprintf(&e1,
	    "HTTP_SEC_FETCH_SITE=%s", post_cases[_i].sfs) > 0)
		env[n++] = e1;
	if (post_cases[_i].origin != NULL && asprintf(&e2, "HTTP_ORIGIN=%s",
	    post_cases[_i].origin) > 0)
		env[n++] = e2;
	if (post_cases[_i].host != NULL && asprintf(&e3, "HTTP_HOST=%s",
	    post_cases[_i].host) > 0)
		env[n++] = e3;
	env[n] = NULL;
	fr.envp = env;

	switch (post_cases[_i].tok) {
	case TOK_GOOD:
		tok = csrf_make(r.a, key, sizeof(key), FP_UNIT, now);
		break;
	case TOK_OTHER_FP:
		tok = csrf_make(r.a, key, sizeof(key), FP_ASCII, now);
		break;
	case TOK_OLD:
		tok = csrf_make(r.a, key, sizeof(key), FP_UNIT,
		    now - MAXAGE - 1);
		break;
	default:
		tok = NULL;
		break;
	}
	body = tok != NULL ? aprintf(r.a, "holder=x&csrf=%s", tok) :
	    astrdup(r.a, "holder=x");
	ck_assert_int_eq(kv_parse(r.a, body, strlen(body), &r.form, 16, &bad),
	    E_OK);

	ck_assert_msg(auth_post(&r) == post_cases[_i].status, "%s",
	    post_cases[_i].name);
	ck_assert_pstr_eq(r.reason, post_cases[_i].reason);
	arena_free(r.a);
	free(e1);
	free(e2);
	free(e3);
}
END_TEST

/* ----------------------------------------------------------- auth_sees */

static const struct {
	const char	*who;
	const char	*unit;
	int		 sees;
} sees_cases[] = {
	{ "/220100/2201/", "/220100/2201/", 1 },		/* itself */
	{ "/220100/2201/", "/220100/2201/220102/", 1 },	/* child */
	{ "/220100/2201/", "/220100/2201/220102/A7/", 1 },	/* grandchild */
	{ "/220100/2201/", "/220100/", 0 },			/* parent */
	{ "/220100/2201/", "/220100/22011/", 0 },	/* prefix sibling */
	{ "/220100/2201/", "/220100/22011/2201/", 0 },
	{ "/220100/2201/", "/220100/2202/", 0 },		/* sibling */
	{ "/220100/2201/", "/220100/2201", 0 },		/* no slash */
	{ "/220100/2201/", "/2201/", 0 },
	{ "/220100/2201/", "/220100/x/2201/", 0 },
	{ "/220100/2201/", "", 0 },
	{ "/220100/", "/220100/", 1 },			/* the city */
	{ "/220100/", "/220100/2201/220102/", 1 },
	{ "/220100/", "/2201000/", 0 },
	{ "/220100/", "/220101/", 0 },
	{ "/220100/", "/22010/", 0 },
};

START_TEST(t_auth_sees)
{
	struct who	 w;

	memset(&w, 0, sizeof(w));
	w.unit_path = sees_cases[_i].who;
	ck_assert_msg(auth_sees(&w, sees_cases[_i].unit) ==
	    sees_cases[_i].sees, "%s sees %s: want %d", sees_cases[_i].who,
	    sees_cases[_i].unit, sees_cases[_i].sees);
}
END_TEST

START_TEST(t_auth_sees_null)
{
	struct who	 w;

	memset(&w, 0, sizeof(w));
	w.unit_path = "/220100/";
	ck_assert_int_eq(auth_sees(NULL, "/220100/"), 0);
	ck_assert_int_eq(auth_sees(&w, NULL), 0);
}
END_TEST

/* ------------------------------------------------- hexencode, kind_parse */

START_TEST(t_hexencode)
{
	static const unsigned char in[] = { 0x00, 0xff, 0x1a, 0xa1, 0x09 };
	char	 out[2 * sizeof(in) + 1];

	memset(out, 'x', sizeof(out));
	hexencode(in, sizeof(in), out);
	ck_assert_str_eq(out, "00ff1aa109");
	hexencode(in, 0, out);
	ck_assert_str_eq(out, "");
}
END_TEST

START_TEST(t_kind_parse)
{
	int	 i;

	for (i = 0; i < KIND__MAX; i++)
		ck_assert_int_eq(kind_parse(kind_names[i]), i);
	ck_assert_int_eq(kind_parse("city"), KIND_CITY);
	ck_assert_int_eq(kind_parse("district"), KIND_DISTRICT);
	ck_assert_int_eq(kind_parse("industry"), KIND_INDUSTRY);
	ck_assert_int_eq(kind_parse("base"), KIND_BASE);
	ck_assert_int_eq(kind_parse("City"), KIND__MAX);
	ck_assert_int_eq(kind_parse("cit"), KIND__MAX);
	ck_assert_int_eq(kind_parse("city "), KIND__MAX);
	ck_assert_int_eq(kind_parse(""), KIND__MAX);
	ck_assert_int_eq(kind_parse(NULL), KIND__MAX);
}
END_TEST

/*
 * hmac_sha256() keeps the context of the last key: the same MAC as
 * OpenSSL's one-shot HMAC() for each message, with the key changing
 * between calls, a message repeated, an empty one, and a key too long
 * to keep.
 */
START_TEST(t_hmac_sha256)
{
	unsigned char	 k1[32], k2[32], k3[200], got[32], want[32];
	const unsigned char *keys[] = { k1, k1, k2, k1, k3, k3, k2 };
	const size_t	 lens[] = { 32, 32, 32, 16, 200, 200, 32 };
	const char	*msgs[] = { "etag", "etag", "", "csrf|a|b", "x",
	    "a longer message, of more than one block of the hash: "
	    "0123456789012345678901234567890123456789", "etag" };
	unsigned int	 wl;
	size_t		 i;

	memset(k1, 0x11, sizeof(k1));
	memset(k2, 0x22, sizeof(k2));
	memset(k3, 0x33, sizeof(k3));
	for (i = 0; i < NITEMS(keys); i++) {
		ck_assert_int_eq(hmac_sha256(keys[i], lens[i], msgs[i],
		    strlen(msgs[i]), got), 0);
		ck_assert_ptr_nonnull(HMAC(EVP_sha256(), keys[i], (int)lens[i],
		    (const unsigned char *)msgs[i], strlen(msgs[i]), want,
		    &wl));
		ck_assert_uint_eq(wl, 32);
		ck_assert_msg(memcmp(got, want, 32) == 0, "message %zu", i);
	}
}
END_TEST

Suite *
suite_auth(void)
{
	Suite	*s = suite_create("auth");
	TCase	*tc;

	tc = tcase_create("cert_parse_pem");
	tcase_add_loop_test(tc, t_cert_parse, 0, NITEMS(cert_cases));
	tcase_add_test(tc, t_cert_parse_around);
	tcase_add_loop_test(tc, t_cert_parse_bad, 0, BAD__MAX);
	suite_add_tcase(s, tc);

	tc = tcase_create("cert_verify");
	tcase_add_loop_test(tc, t_cert_verify, 0, NITEMS(verify_cases));
	tcase_add_test(tc, t_cert_verify_names);
	tcase_add_test(tc, t_cert_verify_first);
	tcase_add_test(tc, t_cert_ca_load);
	suite_add_tcase(s, tc);

	tc = tcase_create("auth_client");
	tcase_add_loop_test(tc, t_auth_client, 0, NITEMS(client_cases));
	suite_add_tcase(s, tc);

	tc = tcase_create("csrf");
	tcase_add_test(tc, t_csrf_good);
	tcase_add_loop_test(tc, t_csrf_bad, 0, CB__MAX);
	tcase_add_loop_test(tc, t_auth_post, 0, NITEMS(post_cases));
	suite_add_tcase(s, tc);

	tc = tcase_create("auth_sees");
	tcase_add_loop_test(tc, t_auth_sees, 0, NITEMS(sees_cases));
	tcase_add_test(tc, t_auth_sees_null);
	suite_add_tcase(s, tc);

	tc = tcase_create("names");
	tcase_add_test(tc, t_hexencode);
	tcase_add_test(tc, t_hmac_sha256);
	tcase_add_test(tc, t_kind_parse);
	suite_add_tcase(s, tc);
	return s;
}
