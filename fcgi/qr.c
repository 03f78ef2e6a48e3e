/*
 * qr.c: QR codes (ISO/IEC 18004), encoded by Debian's libqrencode and
 * written into the response document as the outline of their dark
 * modules, an SVG path that a stylesheet draws.  The document carries
 * what the code says and its geometry only: no markup is made here.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <qrencode.h>

#include "extern.h"

int
qr_matrix(struct arena *a, const char *text, unsigned char **m)
{
	QRcode		*qr;
	size_t		 i, n;
	int		 size, saved;

	*m = NULL;
	if (text == NULL || *text == '\0') {
		errno = EINVAL;
		return 0;
	}
	/* Mixed modes as the text allows (case kept), at level M. */
	if ((qr = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8,
	    1)) == NULL) {
		saved = errno;
		log_warn("%s: QRcode_encodeString (%zu bytes)", __func__,
		    strlen(text));
		errno = saved;
		return 0;
	}
	size = qr->width;
	n = (size_t)size * (size_t)size;
	*m = amalloc(a, n);
	/* Bit 0 of each byte is the module's colour: 1 dark. */
	for (i = 0; i < n; i++)
		(*m)[i] = qr->data[i] & 1;
	QRcode_free(qr);
	return size;
}

const char *
qr_path(struct arena *a, const unsigned char *m, int size)
{
	char		*d, *p;
	size_t		 max, left;
	int		 x, y, run, len;

	/*
	 * At most (size + 1) / 2 runs a row, each "M177 176h177v1h-177z"
	 * at most: 20 bytes for the largest code (177 modules).
	 */
	max = (size_t)size * (size_t)((size + 1) / 2) * 20 + 1;
	p = d = amalloc(a, max);
	left = max;
	*p = '\0';
	for (y = 0; y < size; y++)
		for (x = 0; x < size; x += run) {
			for (run = 0; x + run < size &&
			    m[(size_t)y * (size_t)size + (size_t)(x + run)];
			    run++)
				continue;
			if (run == 0) {
				run = 1;
				continue;
			}
			len = snprintf(p, left, "M%d %dh%dv1h-%dz", x, y,
			    run, run);
			if (len < 0 || (size_t)len >= left)
				return NULL;	/* cannot happen: max holds all */
			p += len;
			left -= (size_t)len;
		}
	return d;
}

enum err
qr_xml(struct req *r, const char *text)
{
	unsigned char	*m;
	const char	*d;
	int		 size;

	if ((size = qr_matrix(r->a, text, &m)) == 0)
		return errno == ERANGE ? E_TOOLONG : errno == ENOMEM ?
		    E_NOMEM : E_SYNTAX;
	if ((d = qr_path(r->a, m, size)) == NULL) {
		log_warnx("%s: path too long", __func__);
		return E_NOMEM;
	}
	xml_start(r, "qr");
	xml_attr(r, "href", text);
	xml_attr(r, "level", "M");
	xml_attri(r, "version", (size - 17) / 4);
	xml_attri(r, "size", size);
	xml_attr(r, "d", d);
	xml_end(r);
	return E_OK;
}
