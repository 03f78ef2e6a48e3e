/*
 * auth.c: who is asking.  nginx has verified the client certificate
 * against the union CA and its CRL; here it is parsed with OpenSSL, its
 * SHA-256 fingerprint computed and mapped to an enrolled, unrevoked
 * certificate of an active unit.  Only the FastCGI parameters that nginx
 * sets (SSL_CLIENT_VERIFY, SSL_CLIENT_CERT) are read, never a header.
 * Also the CSRF token: HMAC-SHA256 over the fingerprint and issue time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "extern.h"

#define CSRF_MAXAGE	(24 * 60 * 60)

const char *const kind_names[KIND__MAX] = {
	"city",		/* KIND_CITY */
	"district",	/* KIND_DISTRICT */
	"industry",	/* KIND_INDUSTRY */
	"base",		/* KIND_BASE */
};

enum kind
kind_parse(const char *s)
{
	int	 i;

	for (i = 0; i < KIND__MAX; i++)
		if (s != NULL && strcmp(s, kind_names[i]) == 0)
			return (enum kind)i;
	return KIND__MAX;
}

void
hexencode(const unsigned char *in, size_t n, char *out)
{
	static const char hex[] = "0123456789abcdef";
	size_t	 i;

	for (i = 0; i < n; i++) {
		out[2 * i] = hex[in[i] >> 4];
		out[2 * i + 1] = hex[in[i] & 15];
	}
	out[2 * n] = '\0';
}

static void
asn1_time(const ASN1_TIME *t, char out[32])
{
	struct tm	 tm;

	memset(&tm, 0, sizeof(tm));
	if (t == NULL || ASN1_TIME_to_tm(t, &tm) != 1) {
		snprintf(out, 32, "1970-01-01 00:00:00");
		return;
	}
	if (strftime(out, 32, "%Y-%m-%d %H:%M:%S", &tm) == 0)
		snprintf(out, 32, "1970-01-01 00:00:00");
}

static void
name_str(const X509_NAME *nm, char *out, size_t sz)
{
	BIO	*b;
	int	 n;

	out[0] = '\0';
	if ((b = BIO_new(BIO_s_mem())) == NULL)
		return;
	if (X509_NAME_print_ex(b, nm, 0,
	    XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) >= 0) {
		n = BIO_read(b, out, (int)sz - 1);
		out[n > 0 ? n : 0] = '\0';
	}
	BIO_free(b);
	/* A truncated multibyte tail must not leave invalid UTF-8. */
	while (*out != '\0' && !utf8_valid(out, strlen(out)))
		out[strlen(out) - 1] = '\0';
}

enum err
cert_parse_pem(const char *pem, size_t len, struct certinfo *ci)
{
	BIO			*b = NULL;
	X509			*x = NULL;
	unsigned char		 md[EVP_MAX_MD_SIZE];
	unsigned int		 mdlen;
	const ASN1_INTEGER	*sn;
	BIGNUM			*bn = NULL;
	char			*hex = NULL;
	unsigned char		*utf8 = NULL;
	const X509_NAME		*subj;
	int			 idx, n;
	enum err		 rc = E_CERT;

	memset(ci, 0, sizeof(*ci));
	if (len > 64 * 1024 || len > INT32_MAX)
		return E_CERT;
	if ((b = BIO_new_mem_buf(pem, (int)len)) == NULL)
		return E_NOMEM;
	if ((x = PEM_read_bio_X509(b, NULL, NULL, NULL)) == NULL)
		goto out;
	if (X509_digest(x, EVP_sha256(), md, &mdlen) != 1 || mdlen != 32)
		goto out;
	hexencode(md, mdlen, ci->fp);
	if ((sn = X509_get0_serialNumber(x)) == NULL ||
	    (bn = ASN1_INTEGER_to_BN(sn, NULL)) == NULL ||
	    (hex = BN_bn2hex(bn)) == NULL)
		goto out;
	snprintf(ci->serial, sizeof(ci->serial), "%s", hex);
	subj = X509_get_subject_name(x);
	name_str(subj, ci->subject, sizeof(ci->subject));
	name_str(X509_get_issuer_name(x), ci->issuer, sizeof(ci->issuer));
	asn1_time(X509_get0_notBefore(x), ci->not_before);
	asn1_time(X509_get0_notAfter(x), ci->not_after);
	idx = X509_NAME_get_index_by_NID(subj, NID_commonName, -1);
	if (idx >= 0 && (n = ASN1_STRING_to_UTF8(&utf8,
	    X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subj, idx)))) >= 0 &&
	    (size_t)n < sizeof(ci->cn) && utf8_valid((char *)utf8, (size_t)n)
	    && memchr(utf8, '\0', (size_t)n) == NULL) {
		memcpy(ci->cn, utf8, (size_t)n);
		ci->cn[n] = '\0';
	}
	rc = E_OK;
out:
	OPENSSL_free(utf8);
	OPENSSL_free(hex);
	BN_free(bn);
	X509_free(x);
	BIO_free(b);
	return rc;
}

static int
deny(struct req *r, const char *reason, const char *msg)
{
	r->reason = reason;
	r->message = msg;
	return 403;
}

int
auth_client(struct req *r)
{
	const char	*verify, *esc;
	char		*pem;
	long		 n;
	struct certinfo	 ci;
	struct dbq	*q;
	struct who	*w;
	int		 rc;

	if (r->site != SITE_APP)
		return deny(r, "wrong-site",
		    "请通过审核端地址并使用单位证书访问");
	verify = req_param(r, "SSL_CLIENT_VERIFY");
	if (verify == NULL || strcmp(verify, "NONE") == 0)
		return deny(r, "no-cert", "未提供单位证书");
	if (strcmp(verify, "SUCCESS") != 0)
		return deny(r, "cert-not-verified", "单位证书未通过验证");
	if ((esc = req_param(r, "SSL_CLIENT_CERT")) == NULL || *esc == '\0')
		return deny(r, "no-cert", "未提供单位证书");
	pem = astrdup(r->a, esc);
	if ((n = url_decode(pem, strlen(pem))) < 0 ||
	    cert_parse_pem(pem, (size_t)n, &ci) != E_OK) {
		log_warnx("%s: client certificate unparsable", __func__);
		return deny(r, "cert-bad", "单位证书无法解析");
	}

	q = db_query(r->db, STMT_CERT_WHO, DBARGS(DBS(ci.fp)));
	if (q == NULL) {
		r->reason = "db";
		return 503;
	}
	rc = db_step(q);
	if (rc != 1) {
		db_end(q);
		if (rc < 0)
			return 503;
		return deny(r, "cert-unknown",
		    "该证书未登记、已被吊销或所属单位已停用");
	}
	w = amalloc(r->a, sizeof(*w));
	memset(w, 0, sizeof(*w));
	memcpy(w->fp, ci.fp, sizeof(w->fp));
	w->cert_id = db_coli(q, 0);
	w->holder = astrdup(r->a, db_col(q, 1));
	w->unit_id = db_coli(q, 2);
	w->unit_code = astrdup(r->a, db_col(q, 3));
	w->kind = kind_parse(db_col(q, 4));
	w->unit_name = astrdup(r->a, db_col(q, 5));
	w->unit_path = astrdup(r->a, db_col(q, 6));
	db_end(q);
	if (w->kind == KIND__MAX)
		return deny(r, "cert-unknown", "证书所属单位类别无效");
	r->who = w;
	r->csrf = csrf_make(r->a, r->conf->secret, r->conf->secretlen, w->fp,
	    time(NULL));
	return 200;
}

int
auth_sees(const struct who *w, const char *unit_path)
{
	return w != NULL && unit_path != NULL &&
	    strncmp(unit_path, w->unit_path, strlen(w->unit_path)) == 0;
}

int
auth_hidden(struct req *r, const char *noun)
{
	r->reason = "not-found";
	r->message = aprintf(r->a, "未找到该%s：它不存在，或不在本单位的管辖范围内",
	    noun);
	return 404;
}

static void
csrf_mac(const unsigned char *key, size_t keylen, const char *fp,
    const char *ts, char out[65])
{
	unsigned char	 md[EVP_MAX_MD_SIZE];
	unsigned int	 mdlen = 0;
	char		 msg[128];

	snprintf(msg, sizeof(msg), "csrf|%s|%s", fp, ts);
	HMAC(EVP_sha256(), key, (int)keylen, (unsigned char *)msg,
	    strlen(msg), md, &mdlen);
	hexencode(md, 32, out);
}

char *
csrf_make(struct arena *a, const unsigned char *key, size_t keylen,
    const char *fp, time_t now)
{
	char	 ts[24], mac[65];

	snprintf(ts, sizeof(ts), "%llx", (unsigned long long)now);
	csrf_mac(key, keylen, fp, ts, mac);
	return aprintf(a, "%s.%s", ts, mac);
}

int
csrf_check(const unsigned char *key, size_t keylen, const char *fp,
    const char *token, time_t now, time_t maxage)
{
	const char		*dot;
	char			 ts[24], mac[65], *end;
	unsigned long long	 t;
	size_t			 n;

	if (token == NULL || fp == NULL || keylen == 0)
		return 0;
	if ((dot = strchr(token, '.')) == NULL)
		return 0;
	n = (size_t)(dot - token);
	if (n == 0 || n >= sizeof(ts) || strlen(dot + 1) != 64)
		return 0;
	memcpy(ts, token, n);
	ts[n] = '\0';
	/* Lowercase hex only: strtoull would take spaces, signs and 0x. */
	if (strspn(ts, "0123456789abcdef") != n || n > 16)
		return 0;
	t = strtoull(ts, &end, 16);
	if (*end != '\0' || t > (unsigned long long)now + 300 ||
	    (time_t)t < now - maxage)
		return 0;
	csrf_mac(key, keylen, fp, ts, mac);
	return CRYPTO_memcmp(mac, dot + 1, 64) == 0;
}

int
auth_post(struct req *r)
{
	const char	*sfs, *origin, *host;
	char		*want;

	sfs = req_param(r, "HTTP_SEC_FETCH_SITE");
	if (sfs != NULL) {
		if (strcmp(sfs, "same-origin") != 0)
			return deny(r, "cross-site",
			    "拒绝来自其他网站的提交");
	} else {
		origin = req_param(r, "HTTP_ORIGIN");
		if (r->conf->origin != NULL && *r->conf->origin != '\0')
			want = r->conf->origin;
		else if ((host = req_param(r, "HTTP_HOST")) != NULL)
			want = aprintf(r->a, "https://%s", host);
		else
			want = NULL;
		if (origin == NULL || want == NULL ||
		    strcmp(origin, want) != 0)
			return deny(r, "bad-origin",
			    "无法确认提交来自本系统页面");
	}
	if (r->who == NULL || !csrf_check(r->conf->secret,
	    r->conf->secretlen, r->who->fp, kv_get(&r->form, "csrf"),
	    time(NULL), CSRF_MAXAGE))
		return deny(r, "csrf",
		    "页面已过期或校验码无效，请返回刷新页面后重新提交");
	return 200;
}
