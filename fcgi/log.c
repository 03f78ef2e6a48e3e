/*
 * log.c: the log, in the manner of httpd's log.c.  Lines go to a file or
 * to stderr with a time stamp, the process identity and the pid.  CR and
 * LF in messages are replaced so that nothing logged can forge a line.
 * Never log personal data or certificates.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "extern.h"

static FILE		*logfp;
static enum loglevel	 loglevel = LOG_LVL_INFO;
static char		 logident[32] = "studio";

static const char *const errs[E__MAX] = {
	[E_OK] = "success",
	[E_NOMEM] = "out of memory",
	[E_SYS] = "system call failed",
	[E_CONF] = "configuration invalid",
	[E_DB] = "database error",
	[E_DBGONE] = "database connection lost",
	[E_DEADLOCK] = "deadlock, transaction retried",
	[E_DUP] = "duplicate key",
	[E_UTF8] = "invalid UTF-8",
	[E_NUL] = "control character",
	[E_TOOLONG] = "value too long",
	[E_TOOBIG] = "request body too large",
	[E_SYNTAX] = "malformed input",
	[E_CERT] = "certificate unparsable",
	[E_XML] = "XML error",
	[E_XSLT] = "XSLT error",
	[E_ABORT] = "refused",
	[E_NOTFOUND] = "not found",
	[E_FORBIDDEN] = "refused: not this unit's to do",
	[E_CONFLICT] = "refused: state or version",
	[E_INVALID] = "refused: bad input",
};

const char *
err_str(enum err e)
{
	return (e >= 0 && e < E__MAX) ? errs[e] : "unknown error";
}

int
err_refusal(enum err e)
{
	return e == E_NOTFOUND || e == E_FORBIDDEN || e == E_CONFLICT ||
	    e == E_INVALID;
}

int
err_status(enum err e)
{
	switch (e) {
	case E_OK:
		return 200;
	case E_DBGONE:
	case E_DEADLOCK:
		return 503;
	case E_DUP:
	case E_CONFLICT:
		return 409;
	case E_NOTFOUND:
		return 404;
	case E_FORBIDDEN:
		return 403;
	case E_INVALID:
		return 400;
	case E_TOOBIG:
		return 413;
	case E_UTF8:
	case E_NUL:
	case E_TOOLONG:
	case E_SYNTAX:
	case E_CERT:
		return 400;
	default:
		return 500;
	}
}

int
log_init(const char *file, enum loglevel lvl, const char *ident)
{
	FILE	*f;

	loglevel = lvl;
	log_setident(ident);
	if (file == NULL || *file == '\0') {
		if (logfp != NULL && logfp != stderr)
			fclose(logfp);
		logfp = stderr;
		return 0;
	}
	if ((f = fopen(file, "a")) == NULL)
		return -1;
	setvbuf(f, NULL, _IOLBF, 0);
	if (logfp != NULL && logfp != stderr)
		fclose(logfp);
	logfp = f;
	return 0;
}

void
log_setident(const char *ident)
{
	snprintf(logident, sizeof(logident), "%s", ident);
}

static void
vlog(const char *lvl, const char *fmt, va_list ap, const char *suffix)
{
	char		 msg[1024], ts[32];
	struct tm	 tm;
	time_t		 now;
	char		*p;

	if (logfp == NULL)
		logfp = stderr;
	vsnprintf(msg, sizeof(msg), fmt, ap);
	for (p = msg; *p != '\0'; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	now = time(NULL);
	localtime_r(&now, &tm);
	strftime(ts, sizeof(ts), "%Y-%m-%d %H:%M:%S", &tm);
	fprintf(logfp, "%s %s[%ld] %s: %s%s%s\n", ts, logident, (long)getpid(),
	    lvl, msg, suffix != NULL ? ": " : "",
	    suffix != NULL ? suffix : "");
	fflush(logfp);
}

void
log_warn(const char *fmt, ...)
{
	va_list	 ap;
	int	 saved = errno;

	va_start(ap, fmt);
	vlog("warning", fmt, ap, strerror(saved));
	va_end(ap);
	errno = saved;
}

void
log_warnx(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vlog("warning", fmt, ap, NULL);
	va_end(ap);
}

void
log_info(const char *fmt, ...)
{
	va_list	 ap;

	if (loglevel < LOG_LVL_INFO)
		return;
	va_start(ap, fmt);
	vlog("info", fmt, ap, NULL);
	va_end(ap);
}

void
log_debug(const char *fmt, ...)
{
	va_list	 ap;

	if (loglevel < LOG_LVL_DEBUG)
		return;
	va_start(ap, fmt);
	vlog("debug", fmt, ap, NULL);
	va_end(ap);
}

void
fatal(const char *fmt, ...)
{
	va_list	 ap;
	int	 saved = errno;

	va_start(ap, fmt);
	vlog("fatal", fmt, ap, strerror(saved));
	va_end(ap);
	exit(1);
}

void
fatalx(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vlog("fatal", fmt, ap, NULL);
	va_end(ap);
	exit(1);
}
