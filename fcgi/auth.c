/*
 * auth.c: who is asking.  nginx has verified the client certificate
 * against the union CA and its CRL; here it is parsed with OpenSSL, its
 * SHA-256 fingerprint computed and mapped to an enrolled, unrevoked
 * certificate of an active unit.  Only the FastCGI parameters that nginx
 * sets (SSL_CLIENT_VERIFY, SSL_CLIENT_CERT) are read, never a header.
 * Also the CSRF token: HMAC-SHA256 over the fingerprint and issue time,
 * and the check of a certificate before it is enrolled: issued by the
 * union CA (its signature, not its names), a client certificate, in date.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include "extern.h"

#define CSRF_MAXAGE	(24 * 60 * 60)

const char *const kind_names[KIND__MAX] = {
	[KIND_CITY] = "city",
	[KIND_DISTRICT] = "district",
	[KIND_INDUSTRY] = "industry",
	[KIND_BASE] = "base",
};

enum kind
kind_parse(const char *s)
{
	return (enum kind)name_index(s, kind_names, KIND__MAX);
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

/*
 * HMAC-SHA256 of msg under key into md: 0, or -1.  OpenSSL 3's one-shot
 * HMAC() fetches the algorithm and sets the key up anew on each call (a
 * tenth of a 304's time); the context of the last key is kept here and
 * only reset for the next message.  A key longer than the copy kept to
 * compare goes through HMAC().
 */
int
hmac_sha256(const unsigned char *key, size_t keylen, const void *msg,
    size_t len, unsigned char md[32])
{
	static EVP_MAC		*mac;
	static EVP_MAC_CTX	*ctx;
	static unsigned char	 kept[128];
	static size_t		 keptlen;
	OSSL_PARAM		 params[2];
	unsigned int		 mdlen = 0;
	size_t			 outl = 0;

	if (keylen > sizeof(kept))
		return HMAC(EVP_sha256(), key, (int)keylen, msg, len, md,
		    &mdlen) != NULL && mdlen == 32 ? 0 : -1;
	if (mac == NULL && (mac = EVP_MAC_fetch(NULL, "HMAC", NULL)) == NULL)
		return -1;
	if (ctx != NULL && keylen == keptlen && CRYPTO_memcmp(key, kept,
	    keylen) == 0) {
		if (EVP_MAC_init(ctx, NULL, 0, NULL) != 1)
			return -1;
	} else {
		EVP_MAC_CTX_free(ctx);
		keptlen = 0;
		if ((ctx = EVP_MAC_CTX_new(mac)) == NULL)
			return -1;
		params[0] = OSSL_PARAM_construct_utf8_string("digest",
		    (char *)"SHA256", 0);
		params[1] = OSSL_PARAM_construct_end();
		if (EVP_MAC_init(ctx, key, keylen, params) != 1) {
			EVP_MAC_CTX_free(ctx);
			ctx = NULL;
			return -1;
		}
		memcpy(kept, key, keylen);
		keptlen = keylen;
	}
	if (EVP_MAC_update(ctx, msg, len) != 1 ||
	    EVP_MAC_final(ctx, md, &outl, 32) != 1 || outl != 32)
		return -1;
	return 0;
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

/*
 * The union CA: the only trust anchor of cert_verify(), loaded by
 * cert_ca_load() (in studiod's master, before the workers are forked).
 */
static X509_STORE	*ca_store;

enum why {
	WHY_SYNTAX,
	WHY_FOREIGN,
	WHY_CA,
	WHY_NOT_CLIENT,
	WHY_NOT_YET,
	WHY_EXPIRED,
	WHY_CA_TIME,
	WHY_OTHER,
	WHY_NO_CA,
	WHY__MAX
};

/* Why a certificate cannot be enrolled, for the user; by enum why. */
static const char *const why_msgs[WHY__MAX] = {
	[WHY_SYNTAX] =
	"证书格式不正确，请粘贴 PEM 格式的证书",
	[WHY_FOREIGN] =
	"该证书不是本系统的证书颁发机构（工会 CA）签发的，不能登记",
	[WHY_CA] =
	"这是证书颁发机构（CA）自身的证书，不是单位的客户端证书，不能登记",
	[WHY_NOT_CLIENT] =
	"该证书不是客户端身份认证证书（缺少客户端认证用途），不能登记",
	[WHY_NOT_YET] =
	"该证书尚未生效，不能登记",
	[WHY_EXPIRED] =
	"该证书已过期，不能登记",
	[WHY_CA_TIME] =
	"本系统证书颁发机构（工会 CA）的证书不在有效期内，请联系系统管理员",
	[WHY_OTHER] =
	"该证书未通过验证，不能登记",
	[WHY_NO_CA] =
	"系统未配置证书颁发机构（工会 CA），暂时不能登记证书",
};

enum err
cert_ca_load(const char *path)
{
	FILE		*f;
	BIO		*b = NULL;
	X509		*x;
	X509_STORE	*st = NULL;
	int		 n = 0;
	enum err	 rc = E_CONF;

	if (path == NULL || *path == '\0') {
		log_warnx("%s: union_ca_file is not set", __func__);
		return E_CONF;
	}
	if ((f = fopen(path, "r")) == NULL) {
		log_warn("%s: union_ca_file %s", __func__, path);
		return E_CONF;
	}
	if ((b = BIO_new_fp(f, BIO_CLOSE)) == NULL) {
		fclose(f);
		rc = E_NOMEM;
		goto out;
	}
	if ((st = X509_STORE_new()) == NULL) {
		rc = E_NOMEM;
		goto out;
	}
	while ((x = PEM_read_bio_X509(b, NULL, NULL, NULL)) != NULL) {
		n++;
		if (X509_check_ca(x) == 0) {
			log_warnx("%s: union_ca_file %s: certificate %d is "
			    "not a CA certificate", __func__, path, n);
			X509_free(x);
			goto out;
		}
		if (X509_STORE_add_cert(st, x) != 1) {
			log_warnx("%s: union_ca_file %s: certificate %d not "
			    "added", __func__, path, n);
			X509_free(x);
			goto out;
		}
		X509_free(x);
	}
	if (n == 0) {
		log_warnx("%s: union_ca_file %s: no PEM certificate in it",
		    __func__, path);
		goto out;
	}
	X509_STORE_free(ca_store);
	ca_store = st;
	st = NULL;
	rc = E_OK;
out:
	ERR_clear_error();
	X509_STORE_free(st);
	BIO_free(b);
	return rc;
}

void
cert_ca_free(void)
{
	X509_STORE_free(ca_store);
	ca_store = NULL;
}

/*
 * Run X509_verify_cert() on x against the union CA alone (no untrusted
 * intermediates): at time *at for the purpose, or, with at NULL, without
 * looking at times or purpose.  1 if it verifies, 0 if not (*err and
 * *depth say why and where), -1 on an allocation failure.
 */
static int
chain_verify(X509 *x, const time_t *at, int purpose, int *err, int *depth)
{
	X509_STORE_CTX		*ctx;
	X509_VERIFY_PARAM	*vp;
	int			 ok = -1;

	*err = X509_V_OK;
	*depth = 0;
	if ((ctx = X509_STORE_CTX_new()) == NULL)
		return -1;
	if (X509_STORE_CTX_init(ctx, ca_store, x, NULL) != 1)
		goto out;
	vp = X509_STORE_CTX_get0_param(ctx);
	if (at == NULL)
		X509_VERIFY_PARAM_set_flags(vp, X509_V_FLAG_NO_CHECK_TIME);
	else {
		X509_VERIFY_PARAM_set_time(vp, *at);
		if (X509_STORE_CTX_set_purpose(ctx, purpose) != 1)
			goto out;
	}
	ok = X509_verify_cert(ctx) == 1;
	*err = X509_STORE_CTX_get_error(ctx);
	*depth = X509_STORE_CTX_get_error_depth(ctx);
out:
	X509_STORE_CTX_free(ctx);
	return ok;
}

enum err
cert_verify(const char *pem, size_t len, time_t now, const char **why)
{
	BIO		*b = NULL;
	X509		*x = NULL;
	enum why	 w = WHY_SYNTAX;
	enum err	 rc = E_CERT;
	int		 ok, err, depth;

	if (ca_store == NULL) {
		log_warnx("%s: no union CA loaded", __func__);
		*why = why_msgs[WHY_NO_CA];
		return E_CONF;
	}
	if (len > 64 * 1024 || len > INT32_MAX)
		goto out;
	if ((b = BIO_new_mem_buf(pem, (int)len)) == NULL) {
		rc = E_NOMEM;
		goto out;
	}
	/* The first certificate, as cert_parse_pem() reads it. */
	if ((x = PEM_read_bio_X509(b, NULL, NULL, NULL)) == NULL)
		goto out;

	/*
	 * 1. Signed by the union CA: a chain from x to a certificate of
	 * the store, every signature checked.  A certificate that only
	 * bears the CA's names fails here, whatever its dates and uses.
	 */
	w = WHY_FOREIGN;
	if ((ok = chain_verify(x, NULL, 0, &err, &depth)) != 1) {
		if (ok < 0)
			rc = E_NOMEM;
		goto out;
	}

	/*
	 * 2. A client certificate as conf/pki/issue.sh issues them: not a
	 * CA, extendedKeyUsage present with clientAuth, keyUsage (when
	 * present) allowing a TLS client's signature.
	 */
	w = WHY_CA;
	if (X509_check_ca(x) != 0)
		goto out;
	w = WHY_NOT_CLIENT;
	if ((X509_get_extension_flags(x) & EXFLAG_XKUSAGE) == 0 ||
	    (X509_get_extended_key_usage(x) & XKU_SSL_CLIENT) == 0 ||
	    X509_check_purpose(x, X509_PURPOSE_SSL_CLIENT, 0) != 1)
		goto out;

	/* 3. The whole check as nginx makes it at login, at now. */
	if ((ok = chain_verify(x, &now, X509_PURPOSE_SSL_CLIENT, &err,
	    &depth)) < 0) {
		rc = E_NOMEM;
		goto out;
	}
	if (ok == 0) {
		/*
		 * OpenSSL checks the CA's dates before the certificate's:
		 * the certificate's own are what the user needs to hear.
		 */
		if (X509_cmp_time(X509_get0_notBefore(x), &now) > 0)
			w = WHY_NOT_YET;
		else if (X509_cmp_time(X509_get0_notAfter(x), &now) < 0)
			w = WHY_EXPIRED;
		else if (err == X509_V_ERR_CERT_NOT_YET_VALID ||
		    err == X509_V_ERR_CERT_HAS_EXPIRED)
			w = depth == 0 ? WHY_OTHER : WHY_CA_TIME;
		else if (err == X509_V_ERR_INVALID_PURPOSE)
			w = WHY_NOT_CLIENT;
		else
			w = WHY_OTHER;
		goto out;
	}
	rc = E_OK;
out:
	if (rc == E_CERT)
		*why = why_msgs[w];
	else if (rc == E_OK)
		*why = NULL;
	else
		*why = why_msgs[WHY_OTHER];
	ERR_clear_error();
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

/*
 * The fingerprint of a client certificate (PEM) into fp, remembering the
 * last one this worker parsed: a connection's requests, and nginx's
 * pooled connections, carry the same certificate again and again, and
 * parsing it (its public key above all) was a fifth of a list page's
 * processor time.  The same bytes give the same fingerprint; whether the
 * certificate is still good is asked of the database on every request.
 * E_OK or what cert_parse_pem() gives.
 */
static enum err
client_fp(const char *pem, size_t len, char fp[65])
{
	static char	*lastpem;
	static size_t	 lastlen;
	static char	 lastfp[65];
	struct certinfo	 ci;
	enum err	 e;

	if (lastpem != NULL && len == lastlen &&
	    memcmp(pem, lastpem, len) == 0) {
		memcpy(fp, lastfp, sizeof(lastfp));
		return E_OK;
	}
	if ((e = cert_parse_pem(pem, len, &ci)) != E_OK)
		return e;
	memcpy(fp, ci.fp, sizeof(ci.fp));
	free(lastpem);
	if ((lastpem = malloc(len > 0 ? len : 1)) != NULL) {
		memcpy(lastpem, pem, len);
		lastlen = len;
		memcpy(lastfp, ci.fp, sizeof(lastfp));
	}
	return E_OK;
}

int
auth_client(struct req *r)
{
	const char	*verify, *esc;
	char		*pem;
	long		 n;
	char		 fp[65];
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
	    client_fp(pem, (size_t)n, fp) != E_OK) {
		log_warnx("%s: client certificate unparsable", __func__);
		return deny(r, "cert-bad", "单位证书无法解析");
	}

	q = db_query(r->db, STMT_CERT_WHO, DBARGS(DBS(fp)));
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
	memcpy(w->fp, fp, sizeof(w->fp));
	w->cert_id = db_coli(q, 0);
	w->holder = astrdup(r->a, db_col(q, 1));
	w->unit_id = db_coli(q, 2);
	w->unit_code = astrdup(r->a, db_col(q, 3));
	w->kind = kind_parse(db_col(q, 4));
	w->unit_name = astrdup(r->a, db_col(q, 5));
	w->unit_path = astrdup(r->a, db_col(q, 6));
	w->data_version = db_coli(q, 7);
	w->roles = roles_parse(db_col(q, 8));
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

enum err
auth_hidden(struct req *r, const char *noun)
{
	r->reason = "not-found";
	r->message = aprintf(r->a, "未找到该%s：它不存在，或不在本单位的管辖范围内",
	    noun);
	return E_NOTFOUND;
}

static void
csrf_mac(const unsigned char *key, size_t keylen, const char *fp,
    const char *ts, char out[65])
{
	unsigned char	 md[32];
	char		 msg[128];

	snprintf(msg, sizeof(msg), "csrf|%s|%s", fp, ts);
	if (hmac_sha256(key, keylen, msg, strlen(msg), md) == -1)
		memset(md, 0, sizeof(md));	/* a token that never checks */
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

const char *const role_names[ROLE__N] = { "review", "finance", "admin" };
const char *const role_labels[ROLE__N] = { "审核", "财务", "管理" };

unsigned
roles_parse(const char *s)
{
	unsigned	 mask = 0;
	size_t		 i, len;

	if (s == NULL)
		return 0;
	while (*s != '\0') {
		len = strcspn(s, ",");
		for (i = 0; i < ROLE__N; i++)
			if (strlen(role_names[i]) == len &&
			    strncmp(s, role_names[i], len) == 0)
				break;
		if (i == ROLE__N)
			return 0;
		mask |= 1u << i;
		s += len;
		if (*s == ',')
			s++;
	}
	return mask;
}

const char *
roles_text(struct arena *a, unsigned mask)
{
	char	 buf[64];
	size_t	 i, n = 0;

	buf[0] = '\0';
	for (i = 0; i < ROLE__N; i++)
		if (mask & (1u << i))
			n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%s",
			    n > 0 ? "," : "", role_names[i]);
	return astrdup(a, buf);
}
