/*
 * fuzz_csrf_check: the CSRF token of a POST.  The first 8 bytes are the
 * clock (a time between 1970 and about 3058); when the next byte is
 * even, the rest is the token as the form sent it, and when it is odd,
 * the rest is only the time stamp part, completed here with a MAC of
 * the right length (so that mutations reach the time checks).  A token
 * that was not made by csrf_make() for this key and fingerprint must be
 * refused, and one that was made must be accepted within its age and
 * refused after it or for another certificate.
 */
#include "fuzz.h"

#define MAXAGE	(24 * 60 * 60)

static const unsigned char key[32] = "0123456789abcdef0123456789abcdef";
static const char fp[65] =
    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
static const char otherfp[65] =
    "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena	*a;
	uint64_t	 t = 0;
	time_t		 now;
	char		*token, *made;
	int		 ok;

	if (size < 9)
		return 0;
	memcpy(&t, data, 8);
	now = (time_t)(t & ((1ULL << 35) - 1));
	a = arena_new();
	if (data[8] & 1) {
		token = malloc(size - 9 + 1 + 64 + 1);
		memcpy(token, data + 9, size - 9);
		token[size - 9] = '.';
		memset(token + size - 9 + 1, 'a', 64);
		token[size - 9 + 1 + 64] = '\0';
	} else
		token = fuzz_str(data + 9, size - 9);

	ok = csrf_check(key, sizeof(key), fp, token, now, MAXAGE);
	if (ok) {
		/* Only a token the server made can pass. */
		const char *dot = strchr(token, '.');
		REQUIRE(dot != NULL);
		made = csrf_make(a, key, sizeof(key), fp,
		    (time_t)strtoull(token, NULL, 16));
		REQUIRE(strcmp(made, token) == 0);
	}
	REQUIRE(csrf_check(key, 0, fp, token, now, MAXAGE) == 0);
	REQUIRE(csrf_check(key, sizeof(key), NULL, token, now, MAXAGE) == 0);

	/* The round trip at this time. */
	made = csrf_make(a, key, sizeof(key), fp, now);
	REQUIRE(csrf_check(key, sizeof(key), fp, made, now, MAXAGE) == 1);
	REQUIRE(csrf_check(key, sizeof(key), fp, made, now + MAXAGE, MAXAGE)
	    == 1);
	REQUIRE(csrf_check(key, sizeof(key), fp, made, now + MAXAGE + 1,
	    MAXAGE) == 0);
	REQUIRE(csrf_check(key, sizeof(key), otherfp, made, now, MAXAGE)
	    == 0);

	arena_free(a);
	free(token);
	return 0;
}
