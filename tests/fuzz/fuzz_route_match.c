/*
 * fuzz_route_match: the route table.  The input is a decoded path as
 * nginx passes it in DOCUMENT_URI.  A path that matches must be exactly
 * the pattern with its {id} (a positive number without leading zeros)
 * and {year} (1900 to 2199) filled in: no other spelling of a page, no
 * trailing garbage, no second path to the same handler.
 */
#include "fuzz.h"

/*
 * The patterns of route.c's table, in its order (by enum page): run.sh
 * copies them out of fcgi/route.c into routes.h.
 */
#include "routes.h"

_Static_assert(sizeof(patterns) / sizeof(patterns[0]) == PAGE__MAX,
    "routes.h does not have one pattern per page: rebuild it");

static void
expand(const char *pat, int64_t id, int year, char *out, size_t sz)
{
	size_t	 o = 0;
	int	 n;

	while (*pat != '\0' && o + 1 < sz) {
		if (strncmp(pat, "{id}", 4) == 0) {
			n = snprintf(out + o, sz - o, "%lld", (long long)id);
			o += (size_t)n;
			pat += 4;
		} else if (strncmp(pat, "{year}", 6) == 0) {
			n = snprintf(out + o, sz - o, "%d", year);
			o += (size_t)n;
			pat += 6;
		} else
			out[o++] = *pat++;
	}
	out[o < sz ? o : sz - 1] = '\0';
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		*path, canon[128];
	int64_t		 id = -1;
	int		 year = -1;
	enum page	 p;

	path = fuzz_str(data, size);
	p = route_match(path, &id, &year);
	REQUIRE(p <= PAGE__MAX);
	if (p < PAGE__MAX) {
		if (strstr(patterns[p], "{id}") != NULL)
			REQUIRE(id > 0);
		else
			REQUIRE(id == 0);
		if (strstr(patterns[p], "{year}") != NULL)
			REQUIRE(year >= 1900 && year <= 2199);
		else
			REQUIRE(year == 0);
		expand(patterns[p], id, year, canon, sizeof(canon));
		REQUIRE(strcmp(canon, path) == 0);
		/* Every page answers GET or POST. */
		REQUIRE(route_allows(p, METHOD_GET) ||
		    route_allows(p, METHOD_POST));
		REQUIRE(route_allows(p, METHOD_GET) ==
		    route_allows(p, METHOD_HEAD));
	}
	REQUIRE(!route_allows(p, METHOD__MAX));
	free(path);
	return 0;
}
