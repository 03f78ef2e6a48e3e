/*
 * attach.c: stored files as a model.  A file is accepted by what its
 * bytes are (PDF, JPEG, PNG, OFD), never by its name or the type the
 * client claimed; it is kept once per content under attach_dir as
 * <aa>/<bb>/<sha256>, written to a temporary file, synced and renamed,
 * so that a crash leaves either the whole file or a temporary one that
 * studioctl attach-verify reports; its row, in the caller's transaction,
 * ties it to its owner record and to the scope of units that may see it.
 * Nothing here knows HTTP: what nginx is to send is a struct xaccel.
 */
#include <sys/stat.h>
#include <sys/types.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include "extern.h"

const char *const atype_mime[AT__MAX] = {
	[AT_PDF] = "application/pdf",
	[AT_JPEG] = "image/jpeg",
	[AT_PNG] = "image/png",
	[AT_OFD] = "application/ofd",
};

const char *const atype_ext[AT__MAX] = {
	[AT_PDF] = "pdf",
	[AT_JPEG] = "jpg",
	[AT_PNG] = "png",
	[AT_OFD] = "ofd",
};

/* Whether a type is shown in the browser (an image) or saved. */
static const int atype_inline[AT__MAX] = {
	[AT_JPEG] = 1,
	[AT_PNG] = 1,
};

static uint32_t
le16(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

static uint32_t
le32(const unsigned char *p)
{
	return le16(p) | le16(p + 2) << 16;
}

/*
 * Whether a ZIP archive holds an entry OFD.xml at its root (GB/T
 * 33190: the package's entry file): from the central directory that the
 * end record points to, or, failing that, in the first local header.
 */
static int
ofd_zip(const unsigned char *d, size_t len)
{
	size_t		 i, lo, off, n, k, nl;

	if (len < 30 || memcmp(d, "PK\3\4", 4) != 0)
		return 0;
	nl = le16(d + 26);
	if (nl == 7 && 30 + nl <= len && memcmp(d + 30, "OFD.xml", 7) == 0)
		return 1;
	if (len < 22)
		return 0;
	/* The end record: 22 bytes and a comment of at most 65535. */
	lo = len > 22 + 65535 ? len - 22 - 65535 : 0;
	for (i = len - 22 + 1; i-- > lo; ) {
		if (memcmp(d + i, "PK\5\6", 4) != 0)
			continue;
		n = le16(d + i + 10);
		off = le32(d + i + 16);
		for (k = 0; k < n; k++) {
			if (off > len || len - off < 46 ||
			    memcmp(d + off, "PK\1\2", 4) != 0)
				return 0;
			nl = le16(d + off + 28);
			if (len - off - 46 < nl)
				return 0;
			if (nl == 7 && memcmp(d + off + 46, "OFD.xml", 7) == 0)
				return 1;
			off += 46 + nl + le16(d + off + 30) +
			    le16(d + off + 32);
		}
		return 0;
	}
	return 0;
}

enum atype
attach_type(const unsigned char *d, size_t len)
{
	static const unsigned char png[] =
	    { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
	      0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	if (len >= 8 && memcmp(d, "%PDF-", 5) == 0 && d[5] >= '1' &&
	    d[5] <= '2' && d[6] == '.')
		return AT_PDF;
	if (len >= 4 && d[0] == 0xff && d[1] == 0xd8 && d[2] == 0xff &&
	    d[3] >= 0xc0 && d[3] != 0xff)
		return AT_JPEG;
	if (len >= sizeof(png) + 13 && memcmp(d, png, sizeof(png)) == 0)
		return AT_PNG;
	if (ofd_zip(d, len))
		return AT_OFD;
	return AT__MAX;
}

const char *
attach_relpath(struct arena *a, const char *hex)
{
	size_t	 i;

	if (hex == NULL || strlen(hex) != 64)
		return NULL;
	for (i = 0; i < 64; i++)
		if (!((hex[i] >= '0' && hex[i] <= '9') ||
		    (hex[i] >= 'a' && hex[i] <= 'f')))
			return NULL;
	return aprintf(a, "%.2s/%.2s/%s", hex, hex + 2, hex);
}

/* SHA-256 of the bytes as 64 hex digits into out.  0, or -1. */
static int
sha256_hex(const unsigned char *d, size_t len, char out[65])
{
	unsigned char	 md[EVP_MAX_MD_SIZE];
	unsigned int	 mdlen = 0;

	if (EVP_Digest(d, len, md, &mdlen, EVP_sha256(), NULL) != 1 ||
	    mdlen != 32)
		return -1;
	hexencode(md, 32, out);
	return 0;
}

/* mkdir that is content when the directory is there already. */
static int
mkdir_one(const char *path)
{
	if (mkdir(path, 0750) == -1 && errno != EEXIST) {
		log_warn("%s: mkdir %s", __func__, path);
		return -1;
	}
	return 0;
}

/* fsync a directory, so that a rename in it lasts. */
static int
sync_dir(const char *path)
{
	int	 fd, rc;

	if ((fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1) {
		log_warn("%s: open %s", __func__, path);
		return -1;
	}
	rc = fsync(fd);
	if (rc == -1)
		log_warn("%s: fsync %s", __func__, path);
	close(fd);
	return rc;
}

/*
 * The file of hex under dir: kept when a file of that name and size is
 * there, else written to a temporary file in its directory, synced and
 * renamed over it.  E_OK or E_SYS (logged).
 */
static enum err
write_file(struct req *r, const char *dir, const char *hex,
    const unsigned char *d, size_t len)
{
	struct stat	 st;
	const char	*d1, *d2, *path, *tmp;
	unsigned char	 rnd[8];
	char		 rhex[17];
	size_t		 off = 0;
	ssize_t		 n;
	int		 fd;

	d1 = aprintf(r->a, "%s/%.2s", dir, hex);
	d2 = aprintf(r->a, "%s/%.2s", d1, hex + 2);
	path = aprintf(r->a, "%s/%s", d2, hex);
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
	    (size_t)st.st_size == len)
		return E_OK;
	if (mkdir_one(dir) == -1 || mkdir_one(d1) == -1 ||
	    mkdir_one(d2) == -1)
		return E_SYS;
	if (RAND_bytes(rnd, sizeof(rnd)) != 1)
		return E_SYS;
	hexencode(rnd, sizeof(rnd), rhex);
	tmp = aprintf(r->a, "%s/.tmp-%s", d2, rhex);
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
	    0640)) == -1) {
		log_warn("%s: open %s", __func__, tmp);
		return E_SYS;
	}
	while (off < len) {
		if ((n = write(fd, d + off, len - off)) == -1) {
			if (errno == EINTR)
				continue;
			log_warn("%s: write %s", __func__, tmp);
			goto fail;
		}
		off += (size_t)n;
	}
	if (fsync(fd) == -1) {
		log_warn("%s: fsync %s", __func__, tmp);
		goto fail;
	}
	if (close(fd) == -1) {
		fd = -1;
		log_warn("%s: close %s", __func__, tmp);
		goto fail;
	}
	fd = -1;
	if (rename(tmp, path) == -1) {
		log_warn("%s: rename %s", __func__, tmp);
		goto fail;
	}
	if (sync_dir(d2) == -1)
		return E_SYS;
	return E_OK;
fail:
	if (fd != -1)
		close(fd);
	unlink(tmp);
	return E_SYS;
}

static enum err
refuse(struct req *r, const struct upfile *f, const char *msg)
{
	r->message = msg;
	req_ferr(r, f->field, "附件", msg);
	return E_INVALID;
}

enum err
attach_store(struct req *r, const struct upfile *f, const char *owner_type,
    int64_t owner_id, const char *base_path, int64_t *id)
{
	const struct who	*w = r->who;
	enum atype		 t;
	char			 hex[65];
	const char		*name;
	uint64_t		 lastid = 0;
	enum err		 e;

	*id = 0;
	if (f->len == 0)
		return refuse(r, f, "文件是空的（0 字节），请选择要上传的文件");
	if ((t = attach_type(f->data, f->len)) == AT__MAX)
		return refuse(r, f, "只能上传 PDF、JPEG、PNG 或 OFD 格式的文件"
		    "（按文件内容判断，不看扩展名）");
	if (w == NULL)
		return E_ABORT;
	if (sha256_hex(f->data, f->len, hex) == -1) {
		log_warnx("%s: SHA-256 failed", __func__);
		return E_SYS;
	}
	name = f->name != NULL && *f->name != '\0' ? f->name :
	    aprintf(r->a, "附件.%s", atype_ext[t]);
	if ((e = write_file(r, r->conf->attach_dir, hex, f->data, f->len)) !=
	    E_OK)
		return e;
	if ((e = db_exec(r->db, STMT_ATTACH_INSERT, DBARGS(DBS(owner_type),
	    DBI(owner_id), DBS(base_path), DBS(name), DBS(atype_mime[t]),
	    DBI(f->len), DBS(hex), DBI(w->unit_id),
	    w->cert_id > 0 ? DBI(w->cert_id) : DBN,
	    DBS(w->holder != NULL ? w->holder : "")), NULL, &lastid)) != E_OK)
		return e;
	*id = (int64_t)lastid;
	return E_OK;
}

enum err
attach_xml(struct req *r, const char *owner_type, int64_t owner_id)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, STMT_ATTACH_LIST, DBARGS(DBS(owner_type),
	    DBI(owner_id)))) == NULL)
		return db_err(r->db);
	xml_start(r, "attachments");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "attachment");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "name", db_col(q, 1));
		xml_attr(r, "type", db_col(q, 2));
		xml_attr(r, "size", db_col(q, 3));
		xml_attr(r, "href", aprintf(r->a, "/app/attachments/%s",
		    db_col(q, 0)));
		xml_attr(r, "at", xml_datetime(r, db_col(q, 4)));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

enum err
attach_get(struct req *r, int64_t id, struct xaccel **out)
{
	struct xaccel	*x;
	struct dbq	*q;
	const char	*rel;
	size_t		 t;
	enum err	 e;

	*out = NULL;
	if ((e = db_one(r->db, STMT_ATTACH_GET, DBARGS(DBI(id)), &q)) !=
	    E_OK) {
		if (e == E_NOTFOUND)
			r->message = "附件不存在";
		return e;
	}
	if (r->who == NULL || !auth_sees(r->who, db_col(q, 1))) {
		db_end(q);
		r->reason = "not-yours";
		r->message = "此附件所属的记录不在本单位的管辖范围内，无权下载";
		return E_FORBIDDEN;
	}
	for (t = 0; t < AT__MAX; t++)
		if (strcmp(db_col(q, 3), atype_mime[t]) == 0)
			break;
	if (t == AT__MAX || (rel = attach_relpath(r->a, db_col(q, 5))) ==
	    NULL) {
		log_warnx("%s: attachment %lld: bad type or hash", __func__,
		    (long long)id);
		db_end(q);
		return E_DB;
	}
	x = amalloc(r->a, sizeof(*x));
	x->uri = aprintf(r->a, "/_attachments/%s", rel);
	x->type = atype_mime[t];
	x->name = astrdup(r->a, db_col(q, 2));
	x->ascii = aprintf(r->a, "attachment-%lld.%s", (long long)id,
	    atype_ext[t]);
	x->disp_inline = atype_inline[t];
	db_end(q);
	*out = x;
	return E_OK;
}

/* -------------------------------------------------------------- verify */

struct verify {
	struct db	*db;
	const char	*dir;
	void		(*fn)(void *, enum avproblem, const char *);
	void		*arg;
	uint64_t	 problems;
	char		 path[4096];
};

static void
problem(struct verify *v, enum avproblem p, const char *what)
{
	v->problems++;
	v->fn(v->arg, p, what);
}

/* 1 when s is n lowercase hex digits. */
static int
hexname(const char *s, size_t n)
{
	size_t	 i;

	if (strlen(s) != n)
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') ||
		    (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

/*
 * Walk one level of attach_dir: depth 0 and 1 hold the two-digit
 * directories, depth 2 the files, each of which a row must name.
 * Anything else found there is reported too.
 */
static enum err
walk(struct verify *v, const char *rel, int depth)
{
	DIR		*d;
	struct dirent	*de;
	struct stat	 st;
	char		 sub[512];
	int64_t		 n;
	int		 found;
	enum err	 e = E_OK;

	snprintf(v->path, sizeof(v->path), "%s%s%s", v->dir,
	    *rel != '\0' ? "/" : "", rel);
	if ((d = opendir(v->path)) == NULL) {
		if (errno == ENOENT && depth == 0)
			return E_OK;
		log_warn("%s: %s", __func__, v->path);
		return E_SYS;
	}
	while (e == E_OK && (de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0)
			continue;
		snprintf(sub, sizeof(sub), "%s%s%s", rel,
		    *rel != '\0' ? "/" : "", de->d_name);
		snprintf(v->path, sizeof(v->path), "%s/%s", v->dir, sub);
		if (lstat(v->path, &st) == -1) {
			problem(v, AV_NOROW, sub);
			continue;
		}
		if (depth < 2) {
			if (S_ISDIR(st.st_mode) && hexname(de->d_name, 2))
				e = walk(v, sub, depth + 1);
			else
				problem(v, AV_NOROW, sub);
			continue;
		}
		if (!S_ISREG(st.st_mode) || !hexname(de->d_name, 64) ||
		    strncmp(de->d_name, rel, 2) != 0 ||
		    strncmp(de->d_name + 2, rel + 3, 2) != 0) {
			problem(v, AV_NOROW, sub);
			continue;
		}
		if ((e = db_int(v->db, STMT_ATTACH_HASH, DBARGS(
		    DBS(de->d_name)), &n, &found)) != E_OK)
			break;
		if (n == 0)
			problem(v, AV_NOROW, sub);
	}
	closedir(d);
	return e;
}

enum err
attach_verify(struct db *db, const char *dir,
    void (*fn)(void *, enum avproblem, const char *), void *arg,
    uint64_t *problems)
{
	struct verify	 v;
	struct dbq	*q;
	struct stat	 st;
	const char	*h;
	char		 rel[80];
	int		 rc;
	enum err	 e;

	memset(&v, 0, sizeof(v));
	v.db = db;
	v.dir = dir;
	v.fn = fn;
	v.arg = arg;
	*problems = 0;
	if ((q = db_query(db, STMT_ATTACH_ALL, DBNOARGS)) == NULL)
		return db_err(db);
	while ((rc = db_step(q)) == 1) {
		h = db_col(q, 0);
		if (h == NULL || !hexname(h, 64)) {
			problem(&v, AV_NOFILE, h != NULL ? h : "(null)");
			continue;
		}
		snprintf(rel, sizeof(rel), "%.2s/%.2s/%s", h, h + 2, h);
		snprintf(v.path, sizeof(v.path), "%s/%s", dir, rel);
		if (stat(v.path, &st) == -1 || !S_ISREG(st.st_mode))
			problem(&v, AV_NOFILE, rel);
		else if ((int64_t)st.st_size != db_coli(q, 1) ||
		    db_coli(q, 1) != db_coli(q, 2))
			problem(&v, AV_BADSIZE, rel);
	}
	db_end(q);
	if (rc < 0)
		return db_err(db);
	e = walk(&v, "", 0);
	*problems = v.problems;
	return e;
}
