/*
 * fuzz_cert_parse_pem: the client certificate as nginx hands it on (PEM,
 * after url_decode).  Inputs whose first byte is below 0x80 are fed as
 * PEM text as they are; the others are a DER certificate (the rest of
 * the input) put into PEM armour here, so that mutations reach the
 * certificate's fields rather than only its base64.  On success every
 * field must be a NUL-terminated, valid UTF-8 string of its buffer and
 * the fingerprint 64 lowercase hex digits.
 */
#include <ctype.h>

#include <openssl/evp.h>

#include "fuzz.h"

static void
check_str(const char *s, size_t sz)
{
	size_t	 n;

	REQUIRE(memchr(s, '\0', sz) != NULL);
	n = strlen(s);
	REQUIRE(ref_utf8((const unsigned char *)s, n));
}

static void
check_time(const char *t)
{
	size_t	 i;

	check_str(t, 32);
	REQUIRE(strlen(t) == 19);
	for (i = 0; i < 19; i++) {
		if (i == 4 || i == 7)
			REQUIRE(t[i] == '-');
		else if (i == 10)
			REQUIRE(t[i] == ' ');
		else if (i == 13 || i == 16)
			REQUIRE(t[i] == ':');
		else
			REQUIRE(isdigit((unsigned char)t[i]));
	}
}

/* PEM armour around der[0..n). */
static char *
armour(const uint8_t *der, size_t n, size_t *len)
{
	static const char head[] = "-----BEGIN CERTIFICATE-----\n";
	static const char tail[] = "-----END CERTIFICATE-----\n";
	unsigned char	 line[80];
	char		*pem, *p;
	size_t		 i, chunk;
	int		 k;

	pem = malloc(sizeof(head) + (n + 47) / 48 * 66 + sizeof(tail) + 1);
	if (pem == NULL)
		abort();
	p = pem;
	memcpy(p, head, sizeof(head) - 1);
	p += sizeof(head) - 1;
	for (i = 0; i < n; i += chunk) {
		chunk = n - i < 48 ? n - i : 48;
		k = EVP_EncodeBlock(line, der + i, (int)chunk);
		memcpy(p, line, (size_t)k);
		p += k;
		*p++ = '\n';
	}
	memcpy(p, tail, sizeof(tail) - 1);
	p += sizeof(tail) - 1;
	*len = (size_t)(p - pem);
	return pem;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct certinfo	 ci;
	char		*pem;
	size_t		 len, i;
	enum err	 rc;

	if (size < 1 || size > 16 * 1024)
		return 0;
	if (data[0] < 0x80) {
		len = size - 1;
		pem = fuzz_buf(data + 1, len);
	} else
		pem = armour(data + 1, size - 1, &len);

	rc = cert_parse_pem(pem, len, &ci);
	REQUIRE(rc == E_OK || rc == E_CERT);
	if (rc == E_OK) {
		REQUIRE(strlen(ci.fp) == 64);
		for (i = 0; i < 64; i++)
			REQUIRE(isdigit((unsigned char)ci.fp[i]) ||
			    (ci.fp[i] >= 'a' && ci.fp[i] <= 'f'));
		check_str(ci.serial, sizeof(ci.serial));
		check_str(ci.subject, sizeof(ci.subject));
		check_str(ci.issuer, sizeof(ci.issuer));
		check_str(ci.cn, sizeof(ci.cn));
		check_time(ci.not_before);
		check_time(ci.not_after);
	}
	free(pem);
	return 0;
}
