/*
 * tlsload: an HTTP/1.1 load generator over TLS keep-alive connections,
 * in the manner of wrk, that can present a client certificate (wrk and
 * h2load cannot).  N connections are spread over T threads, each thread
 * an epoll loop of non-blocking connections; each connection sends one
 * GET, reads the whole response (Content-Length, chunked, or up to the
 * close), then sends the next.  A connection that the server closes is
 * opened again (a full handshake).  Latency is taken from the start of
 * writing a request to the end of its response, as wrk takes it.
 *
 * usage: tlsload [-c connections] [-t threads] [-d seconds] [-w seconds]
 *            [-C cert.pem -K key.pem] [-H 'Name: value']... [-s status]
 *            [-n requests] https://host:port/path
 *
 *   -c  connections [32]       -t  threads [2]
 *   -d  measured seconds [10]  -w  warm-up seconds before it [1]
 *   -C, -K  client certificate (PEM, with any chain) and its key
 *   -H  an extra request header (repeatable), e.g.
 *       -H 'If-None-Match: "etag"' for conditional requests
 *   -s  a status that counts as success besides 2xx (e.g. 304)
 *   -n  stop after this many responses (no warm-up; -d then bounds the
 *       time), for runs of a given number of requests
 *
 * Responses completed during the measured time are counted; a response
 * that is not 2xx (nor the status of -s) is counted apart.  The last line on standard output is
 * the result as name=value pairs, for scripts:
 *   rps requests seconds p50_ms p90_ms p99_ms p999_ms max_ms mean_ms
 *   non2xx errors connects bytes cpu_s
 * where bytes is the mean size of a response body and cpu_s the processor
 * time tlsload itself used (user and system, warm-up included).
 */
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/types.h>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

#define BUFSZ		(64 * 1024)
#define MAXHDRS		16
/* Latency histogram: 1 us steps up to 100 ms, then 100 us steps to 10 s. */
#define FINE_US		100000
#define COARSE_STEP	100
#define COARSE_N	99000
#define HIST_N		(FINE_US + COARSE_N + 1)

enum state { S_IDLE, S_CONNECTING, S_HANDSHAKE, S_WRITING, S_READING };
enum phase { P_HEAD, P_LEN, P_CHUNK_SIZE, P_CHUNK_DATA, P_CHUNK_CRLF,
	P_TRAILER, P_CLOSE };

struct worker;

struct conn {
	struct worker	*w;
	int		 fd;
	SSL		*ssl;
	enum state	 state;
	uint32_t	 events;
	uint64_t	 retry_at;
	size_t		 wrote;
	uint64_t	 start;
	/* the response being read */
	char		*buf;
	size_t		 len;
	enum phase	 phase;
	long long	 remain;
	int		 status;
	int		 close;
	size_t		 body;
};

struct worker {
	pthread_t	 tid;
	int		 ep;
	struct conn	*conns;
	int		 nconns;
	/* results */
	uint32_t	*hist;
	uint64_t	 count;
	uint64_t	 non2xx;
	uint64_t	 errors;
	uint64_t	 connects;
	uint64_t	 bytes;
	uint64_t	 sum_us;
	uint64_t	 max_us;
};

static SSL_CTX		*ctx;
static struct sockaddr_storage addr;
static socklen_t	 addrlen;
static char		*request;
static size_t		 reqlen;
static uint64_t		 t_warm;
static _Atomic uint64_t	 t_end;	/* moved nearer by -n */
static const char	*host;
static int		 okstatus = -1;	/* -s: counts as success */
static uint64_t		 maxreq;	/* -n: stop after so many */
static uint64_t		 nreq;		/* responses so far (-n) */
static pthread_mutex_t	 nreq_mtx = PTHREAD_MUTEX_INITIALIZER;

static uint64_t
now_us(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000 + (uint64_t)ts.tv_nsec / 1000;
}

static void __attribute__((noreturn))
die(const char *msg)
{
	fprintf(stderr, "tlsload: %s\n", msg);
	ERR_print_errors_fp(stderr);
	exit(1);
}

static void
want(struct conn *c, uint32_t ev)
{
	struct epoll_event	 e;

	if (c->events == ev)
		return;
	memset(&e, 0, sizeof(e));
	e.events = ev;
	e.data.ptr = c;
	if (epoll_ctl(c->w->ep, EPOLL_CTL_MOD, c->fd, &e) == -1)
		die("epoll_ctl");
	c->events = ev;
}

static void
conn_close(struct conn *c)
{
	if (c->ssl != NULL) {
		SSL_free(c->ssl);
		c->ssl = NULL;
	}
	if (c->fd != -1) {
		close(c->fd);
		c->fd = -1;
	}
	c->state = S_IDLE;
}

static void
conn_open(struct conn *c)
{
	struct epoll_event	 e;
	int			 one = 1;

	c->fd = socket(addr.ss_family, SOCK_STREAM | SOCK_NONBLOCK |
	    SOCK_CLOEXEC, 0);
	if (c->fd == -1)
		die("socket");
	setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	if ((c->ssl = SSL_new(ctx)) == NULL)
		die("SSL_new");
	SSL_set_fd(c->ssl, c->fd);
	SSL_set_tlsext_host_name(c->ssl, host);
	SSL_set_connect_state(c->ssl);
	c->w->connects++;
	memset(&e, 0, sizeof(e));
	e.events = EPOLLOUT;
	e.data.ptr = c;
	c->events = EPOLLOUT;
	if (epoll_ctl(c->w->ep, EPOLL_CTL_ADD, c->fd, &e) == -1)
		die("epoll_ctl");
	c->state = S_CONNECTING;
	if (connect(c->fd, (struct sockaddr *)&addr, addrlen) == -1 &&
	    errno != EINPROGRESS) {
		c->w->errors++;
		conn_close(c);
		c->retry_at = now_us() + 10000;
	}
}

static void
conn_fail(struct conn *c)
{
	if (now_us() >= t_warm)
		c->w->errors++;
	conn_close(c);
	c->retry_at = now_us() + 1000;
}

static void
start_request(struct conn *c)
{
	c->state = S_WRITING;
	c->wrote = 0;
	c->len = 0;
	c->phase = P_HEAD;
	c->status = 0;
	c->close = 0;
	c->remain = 0;
	c->body = 0;
	c->start = now_us();
}

static void	conn_io(struct conn *);

/* The next request on an open connection: write it at once. */
static void
next_request(struct conn *c)
{
	start_request(c);
	conn_io(c);
}

static void
record(struct conn *c)
{
	struct worker	*w = c->w;
	uint64_t	 t = now_us(), us;
	size_t		 i;

	if (t < t_warm || t > t_end)
		return;
	us = t - c->start;
	if (us < FINE_US)
		i = (size_t)us;
	else if (us < FINE_US + (uint64_t)COARSE_N * COARSE_STEP)
		i = FINE_US + (size_t)((us - FINE_US) / COARSE_STEP);
	else
		i = HIST_N - 1;
	w->hist[i]++;
	w->count++;
	w->sum_us += us;
	if (us > w->max_us)
		w->max_us = us;
	w->bytes += c->body;
	if ((c->status < 200 || c->status > 299) && c->status != okstatus)
		w->non2xx++;
	if (maxreq > 0) {
		pthread_mutex_lock(&nreq_mtx);
		if (++nreq >= maxreq)
			t_end = t;
		pthread_mutex_unlock(&nreq_mtx);
	}
}

/* Header name match, case-insensitive, at the start of a line. */
static const char *
header(const char *line, const char *end, const char *name)
{
	size_t	 n = strlen(name);

	if ((size_t)(end - line) > n && strncasecmp(line, name, n) == 0 &&
	    line[n] == ':') {
		line += n + 1;
		while (line < end && (*line == ' ' || *line == '\t'))
			line++;
		return line;
	}
	return NULL;
}

static int
parse_head(struct conn *c, const char *h, size_t n)
{
	const char	*p = h, *e = h + n, *eol, *v;
	int		 chunked = 0, haslen = 0;

	if (n < 12 || strncmp(h, "HTTP/1.", 7) != 0)
		return -1;
	c->status = atoi(h + 9);
	while (p < e && (eol = memchr(p, '\n', (size_t)(e - p))) != NULL) {
		if ((v = header(p, eol, "Content-Length")) != NULL) {
			c->remain = atoll(v);
			haslen = 1;
		} else if ((v = header(p, eol, "Transfer-Encoding")) != NULL)
			chunked = strncasecmp(v, "chunked", 7) == 0;
		else if ((v = header(p, eol, "Connection")) != NULL)
			c->close = strncasecmp(v, "close", 5) == 0;
		p = eol + 1;
	}
	if (c->status == 204 || c->status == 304 ||
	    (c->status >= 100 && c->status < 200))
		c->phase = P_LEN, c->remain = 0;
	else if (chunked)
		c->phase = P_CHUNK_SIZE;
	else if (haslen)
		c->phase = P_LEN;
	else
		c->phase = P_CLOSE, c->close = 1;
	return 0;
}

/*
 * Consume what is in the buffer.  1 when the response is complete, 0
 * when more is needed, -1 on a malformed response.
 */
static int
parse(struct conn *c)
{
	char		*b = c->buf, *e, *eol;
	size_t		 off = 0, take;
	long long	 sz;

	for (;;) {
		switch (c->phase) {
		case P_HEAD:
			if ((e = memmem(b, c->len, "\r\n\r\n", 4)) == NULL) {
				if (c->len == BUFSZ)
					return -1;
				return 0;
			}
			if (parse_head(c, b, (size_t)(e - b) + 2) == -1)
				return -1;
			off = (size_t)(e - b) + 4;
			break;
		case P_LEN:
			take = (size_t)(c->len - off) < (unsigned long long)c->remain ?
			    c->len - off : (size_t)c->remain;
			off += take;
			c->remain -= (long long)take;
			c->body += take;
			if (c->remain == 0) {
				c->len = 0;
				return 1;
			}
			c->len = 0;
			return 0;
		case P_CHUNK_SIZE:
		case P_TRAILER:
		case P_CHUNK_CRLF:
			eol = memmem(b + off, c->len - off, "\r\n", 2);
			if (eol == NULL) {
				memmove(b, b + off, c->len - off);
				c->len -= off;
				return c->len == BUFSZ ? -1 : 0;
			}
			if (c->phase == P_CHUNK_CRLF) {
				if (eol != b + off)
					return -1;
				c->phase = P_CHUNK_SIZE;
			} else if (c->phase == P_TRAILER) {
				if (eol == b + off) {
					c->len = 0;
					return 1;
				}
			} else {
				sz = strtoll(b + off, NULL, 16);
				if (sz < 0)
					return -1;
				c->remain = sz;
				c->phase = sz == 0 ? P_TRAILER : P_CHUNK_DATA;
			}
			off = (size_t)(eol - b) + 2;
			break;
		case P_CHUNK_DATA:
			take = (size_t)(c->len - off) < (unsigned long long)c->remain ?
			    c->len - off : (size_t)c->remain;
			off += take;
			c->remain -= (long long)take;
			c->body += take;
			if (c->remain > 0) {
				c->len = 0;
				return 0;
			}
			c->phase = P_CHUNK_CRLF;
			break;
		case P_CLOSE:
			c->body += c->len - off;
			c->len = 0;
			return 0;
		}
	}
}

static void
done(struct conn *c)
{
	record(c);
	if (c->close) {
		conn_close(c);
		conn_open(c);
	} else
		next_request(c);
}

static void
conn_io(struct conn *c)
{
	int	 r, err, soerr;
	socklen_t sl = sizeof(soerr);

	switch (c->state) {
	case S_IDLE:
		return;
	case S_CONNECTING:
		if (getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &soerr, &sl) ==
		    -1 || soerr != 0) {
			conn_fail(c);
			return;
		}
		c->state = S_HANDSHAKE;
		/* FALLTHROUGH */
	case S_HANDSHAKE:
		if ((r = SSL_connect(c->ssl)) == 1) {
			next_request(c);
			return;
		}
		err = SSL_get_error(c->ssl, r);
		if (err == SSL_ERROR_WANT_READ)
			want(c, EPOLLIN);
		else if (err == SSL_ERROR_WANT_WRITE)
			want(c, EPOLLOUT);
		else
			conn_fail(c);
		return;
	case S_WRITING:
		r = SSL_write(c->ssl, request + c->wrote,
		    (int)(reqlen - c->wrote));
		if (r > 0) {
			c->wrote += (size_t)r;
			if (c->wrote == reqlen) {
				c->state = S_READING;
				want(c, EPOLLIN);
			} else
				want(c, EPOLLOUT);
			return;
		}
		err = SSL_get_error(c->ssl, r);
		if (err == SSL_ERROR_WANT_READ)
			want(c, EPOLLIN);
		else if (err == SSL_ERROR_WANT_WRITE)
			want(c, EPOLLOUT);
		else
			conn_fail(c);
		return;
	case S_READING:
		for (;;) {
			r = SSL_read(c->ssl, c->buf + c->len,
			    (int)(BUFSZ - c->len));
			if (r > 0) {
				c->len += (size_t)r;
				switch (parse(c)) {
				case 1:
					done(c);
					return;
				case -1:
					conn_fail(c);
					return;
				default:
					continue;
				}
			}
			err = SSL_get_error(c->ssl, r);
			if (err == SSL_ERROR_WANT_READ) {
				want(c, EPOLLIN);
				return;
			}
			if (err == SSL_ERROR_WANT_WRITE) {
				want(c, EPOLLOUT);
				return;
			}
			if (c->phase == P_CLOSE && (err ==
			    SSL_ERROR_ZERO_RETURN || err == SSL_ERROR_SYSCALL)) {
				done(c);
				return;
			}
			/* Closed between requests (keepalive_requests). */
			if (c->phase == P_HEAD && c->len == 0 &&
			    (err == SSL_ERROR_ZERO_RETURN ||
			    err == SSL_ERROR_SYSCALL)) {
				conn_close(c);
				conn_open(c);
				return;
			}
			conn_fail(c);
			return;
		}
	}
}

static void *
run(void *arg)
{
	struct worker		*w = arg;
	struct epoll_event	 evs[64];
	uint64_t		 t;
	int			 i, n;

	for (i = 0; i < w->nconns; i++)
		conn_open(&w->conns[i]);
	for (;;) {
		n = epoll_wait(w->ep, evs, 64, 5);
		if (n == -1 && errno != EINTR)
			die("epoll_wait");
		for (i = 0; i < n; i++)
			conn_io(evs[i].data.ptr);
		t = now_us();
		if (t >= t_end)
			break;
		for (i = 0; i < w->nconns; i++)
			if (w->conns[i].state == S_IDLE &&
			    w->conns[i].retry_at <= t)
				conn_open(&w->conns[i]);
	}
	for (i = 0; i < w->nconns; i++)
		conn_close(&w->conns[i]);
	return NULL;
}

static double
pct(const uint32_t *hist, uint64_t total, double p)
{
	uint64_t	 want_n, acc = 0;
	size_t		 i;

	if (total == 0)
		return 0;
	want_n = (uint64_t)(p * (double)total + 0.999999);
	if (want_n == 0)
		want_n = 1;
	for (i = 0; i < HIST_N; i++) {
		acc += hist[i];
		if (acc >= want_n)
			return i < FINE_US ? (double)i / 1000 :
			    (double)(FINE_US + (i - FINE_US) * COARSE_STEP) /
			    1000;
	}
	return (double)(FINE_US + COARSE_N * COARSE_STEP) / 1000;
}

static void __attribute__((noreturn))
usage(void)
{
	fprintf(stderr, "usage: tlsload [-c connections] [-t threads] "
	    "[-d seconds] [-w seconds] [-C cert.pem -K key.pem] "
	    "[-H header]... [-s status] [-n requests] "
	    "https://host:port/path\n");
	exit(2);
}

int
main(int argc, char *argv[])
{
	struct addrinfo	 hints, *ai;
	struct rusage	 ru;
	struct worker	*ws;
	const char	*cert = NULL, *key = NULL, *url, *hs, *ps;
	char		*hdrs[MAXHDRS], hostbuf[256], port[16], *path;
	uint32_t	*hist;
	uint64_t	 count = 0, non2xx = 0, errors = 0, connects = 0;
	uint64_t	 bytes = 0, sum = 0, maxus = 0, t0;
	double		 dur = 10, warm = 1;
	int		 nc = 32, nt = 2, nh = 0, ch, i, j, k;
	size_t		 n, cap;

	while ((ch = getopt(argc, argv, "c:t:d:w:C:K:H:s:n:")) != -1)
		switch (ch) {
		case 'c':
			nc = atoi(optarg);
			break;
		case 't':
			nt = atoi(optarg);
			break;
		case 'd':
			dur = atof(optarg);
			break;
		case 'w':
			warm = atof(optarg);
			break;
		case 'C':
			cert = optarg;
			break;
		case 'K':
			key = optarg;
			break;
		case 'H':
			if (nh == MAXHDRS)
				usage();
			hdrs[nh++] = optarg;
			break;
		case 's':
			okstatus = atoi(optarg);
			break;
		case 'n':
			maxreq = strtoull(optarg, NULL, 10);
			break;
		default:
			usage();
		}
	if (optind != argc - 1 || nc < 1 || nt < 1 || dur <= 0 || warm < 0 ||
	    (cert == NULL) != (key == NULL))
		usage();
	if (nt > nc)
		nt = nc;
	url = argv[optind];

	/* https://host[:port][/path] */
	if (strncmp(url, "https://", 8) != 0)
		usage();
	hs = url + 8;
	ps = hs + strcspn(hs, ":/");
	if ((size_t)(ps - hs) >= sizeof(hostbuf) || ps == hs)
		usage();
	memcpy(hostbuf, hs, (size_t)(ps - hs));
	hostbuf[ps - hs] = '\0';
	host = hostbuf;
	snprintf(port, sizeof(port), "443");
	if (*ps == ':') {
		n = strcspn(ps + 1, "/");
		if (n == 0 || n >= sizeof(port))
			usage();
		memcpy(port, ps + 1, n);
		port[n] = '\0';
		ps += 1 + n;
	}
	path = *ps == '/' ? strdup(ps) : strdup("/");

	memset(&hints, 0, sizeof(hints));
	hints.ai_socktype = SOCK_STREAM;
	if (getaddrinfo(host, port, &hints, &ai) != 0)
		die("getaddrinfo");
	memcpy(&addr, ai->ai_addr, ai->ai_addrlen);
	addrlen = ai->ai_addrlen;
	freeaddrinfo(ai);

	cap = strlen(path) + strlen(host) + strlen(port) + 64;
	for (i = 0; i < nh; i++)
		cap += strlen(hdrs[i]) + 2;
	if ((request = malloc(cap)) == NULL)
		die("malloc");
	n = (size_t)snprintf(request, cap, "GET %s HTTP/1.1\r\nHost: %s:%s\r\n",
	    path, host, port);
	for (i = 0; i < nh; i++)
		n += (size_t)snprintf(request + n, cap - n, "%s\r\n", hdrs[i]);
	n += (size_t)snprintf(request + n, cap - n, "\r\n");
	reqlen = n;

	signal(SIGPIPE, SIG_IGN);
	if ((ctx = SSL_CTX_new(TLS_client_method())) == NULL)
		die("SSL_CTX_new");
	SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
	SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
	SSL_CTX_set_alpn_protos(ctx, (const unsigned char *)"\x08http/1.1", 9);
	if (cert != NULL) {
		if (SSL_CTX_use_certificate_chain_file(ctx, cert) != 1)
			die("client certificate");
		if (SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != 1)
			die("client key");
	}

	if ((ws = calloc((size_t)nt, sizeof(*ws))) == NULL)
		die("calloc");
	t0 = now_us();
	t_warm = t0 + (uint64_t)(warm * 1e6);
	t_end = t_warm + (uint64_t)(dur * 1e6);
	for (i = 0, k = 0; i < nt; i++) {
		struct worker *w = &ws[i];
		w->nconns = nc / nt + (i < nc % nt);
		if ((w->conns = calloc((size_t)w->nconns, sizeof(*w->conns))) ==
		    NULL || (w->hist = calloc(HIST_N, sizeof(*w->hist))) ==
		    NULL)
			die("calloc");
		if ((w->ep = epoll_create1(EPOLL_CLOEXEC)) == -1)
			die("epoll_create1");
		for (j = 0; j < w->nconns; j++, k++) {
			w->conns[j].w = w;
			w->conns[j].fd = -1;
			if ((w->conns[j].buf = malloc(BUFSZ)) == NULL)
				die("malloc");
		}
		if (pthread_create(&w->tid, NULL, run, w) != 0)
			die("pthread_create");
	}
	if ((hist = calloc(HIST_N, sizeof(*hist))) == NULL)
		die("calloc");
	for (i = 0; i < nt; i++) {
		pthread_join(ws[i].tid, NULL);
		for (n = 0; n < HIST_N; n++)
			hist[n] += ws[i].hist[n];
		count += ws[i].count;
		non2xx += ws[i].non2xx;
		errors += ws[i].errors;
		connects += ws[i].connects;
		bytes += ws[i].bytes;
		sum += ws[i].sum_us;
		if (ws[i].max_us > maxus)
			maxus = ws[i].max_us;
	}

	/* The measured time: shorter when -n stopped the run early. */
	dur = (double)(t_end - t_warm) / 1e6;
	fprintf(stderr, "%s: %d connections, %d threads, %.1f s (+%.0f s "
	    "warm-up)%s\n", url, nc, nt, dur, warm,
	    cert != NULL ? ", client certificate" : "");
	fprintf(stderr, "  %llu responses, %.1f/s, %llu not 2xx, %llu errors, "
	    "%llu connections opened\n", (unsigned long long)count,
	    (double)count / dur, (unsigned long long)non2xx,
	    (unsigned long long)errors, (unsigned long long)connects);
	fprintf(stderr, "  latency ms: p50 %.3f  p90 %.3f  p99 %.3f  "
	    "p99.9 %.3f  max %.3f  mean %.3f\n", pct(hist, count, .50),
	    pct(hist, count, .90), pct(hist, count, .99),
	    pct(hist, count, .999), (double)maxus / 1000,
	    count ? (double)sum / (double)count / 1000 : 0);
	getrusage(RUSAGE_SELF, &ru);
	printf("rps=%.1f requests=%llu seconds=%.1f p50_ms=%.3f p90_ms=%.3f "
	    "p99_ms=%.3f p999_ms=%.3f max_ms=%.3f mean_ms=%.3f non2xx=%llu "
	    "errors=%llu connects=%llu bytes=%llu cpu_s=%.2f\n",
	    (double)count / dur,
	    (unsigned long long)count, dur, pct(hist, count, .50),
	    pct(hist, count, .90), pct(hist, count, .99),
	    pct(hist, count, .999), (double)maxus / 1000,
	    count ? (double)sum / (double)count / 1000 : 0,
	    (unsigned long long)non2xx, (unsigned long long)errors,
	    (unsigned long long)connects,
	    (unsigned long long)(count ? bytes / count : 0),
	    (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
	    (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6);
	return 0;
}
