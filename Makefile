# Worker innovation studio system: build, run, test.
#   make            build studiod and studioctl into $(BUILD)
#   make run        install what is missing, build, start the local stack
#   make stop       stop it
#   make test       the whole suite (unit, end-to-end, browser) under
#                   AddressSanitizer and UndefinedBehaviorSanitizer
#   make test-cluster  the end-to-end suite and tests/cluster/ on three
#                   MariaDB Galera nodes (make run CLUSTER=galera: the
#                   local stack on them)
#   make bench      benchmarks (not part of the tests)
#   make fuzz       libFuzzer targets on the parsers
#   make install    PREFIX, DESTDIR honoured (and SBINDIR, DATADIR, UNITDIR,
#                   SYSCONFDIR): README, "Deployment"

PREFIX	?= /usr/local
DESTDIR	?=
SBINDIR	?= $(PREFIX)/sbin
DATADIR	?= $(PREFIX)/share/studio
# systemd reads /usr/local/lib/systemd/system as well as /usr/lib/...
UNITDIR	?= $(PREFIX)/lib/systemd/system
SYSCONFDIR ?= /etc
BUILD	?= build
SAN	?=
CLUSTER	?=

PKGS	 = fcgi libmariadb libxml-2.0 libxslt libexslt libcrypto libqrencode
CC	?= cc
CFLAGS	?= -O2 -g
CFLAGS	+= -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wshadow \
	   -Wstrict-prototypes -Wmissing-prototypes -Werror \
	   $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS	+= $(shell pkg-config --libs $(PKGS) 2>/dev/null)
ifneq ($(SAN),)
CFLAGS	+= -O1 -fsanitize=address,undefined -fno-omit-frame-pointer \
	   -fno-sanitize-recover=undefined
LDFLAGS	+= -fsanitize=address,undefined
endif

COMMON	 = log conf arena req multipart valid search form auth db sql audit once \
	   xml html xslt resp route codes csv qr notice machine steps unit list \
	   review application studio act cert registry amendment upgrade \
	   dossier decision assessment funding attach achievement training \
	   export ranking backup purge csvin import \
	   h_public h_home h_unit h_audit h_application h_review h_studio \
	   h_amendment h_upgrade h_decision h_assessment h_funding h_attach \
	   h_achievement h_training h_export report h_report h_ranking \
	   scoreboard h_status h_import
OBJS	 = $(COMMON:%=$(BUILD)/%.o)
HDRS	 = fcgi/extern.h fcgi/forms.h
UNITS	 = tests/unit/check_main.c $(wildcard tests/unit/t_*.c)

all: $(BUILD)/studiod $(BUILD)/studioctl

$(BUILD)/%.o: fcgi/%.c $(HDRS) | $(BUILD)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD):
	mkdir -p $@

# The server's allocator is mimalloc (Debian's libmimalloc2.0), first in
# the link so that libxml2 and libxslt allocate through it too: a worker
# spends a fifth of its time in malloc and free, and mimalloc takes a
# quarter off the 404 page's processor time and a sixth off the list
# page's against glibc's (tests/bench/RESULTS.md).  Not under the
# sanitizers, which bring their own.
ifeq ($(SAN),)
SERVER_LIBS = -lmimalloc
endif

$(BUILD)/studiod: $(OBJS) $(BUILD)/pool.o $(BUILD)/main.o
	$(CC) $(LDFLAGS) -o $@ $^ $(SERVER_LIBS) $(LDLIBS)

$(BUILD)/studioctl: $(OBJS) $(BUILD)/studioctl.o
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/unit-tests: $(OBJS) $(UNITS) tests/unit/tests.h
	$(CC) $(CFLAGS) -Ifcgi -Wno-missing-prototypes $(LDFLAGS) -o $@ \
	    $(UNITS) $(OBJS) $(LDLIBS) $(shell pkg-config --libs check)

deps:
	CLUSTER=$(CLUSTER) conf/deps.sh

run: deps all
	CLUSTER=$(CLUSTER) conf/devstack.sh start

stop:
	CLUSTER=$(CLUSTER) conf/devstack.sh stop

test: deps
	CLUSTER= tests/run.sh

test-cluster:
	tests/cluster/run.sh

bench: deps all
	tests/bench/run.sh

fuzz: deps
	tests/fuzz/run.sh

# The files that name where things are installed get this installation's
# directories instead of the defaults (/usr/local/...).
SUBST	 = sed -e 's|/usr/local/sbin|$(SBINDIR)|g' \
	   -e 's|/usr/local/share/studio|$(DATADIR)|g'

# Binaries; stylesheets (with the static files and the schemas) and SQL;
# the examples and templates (studio.conf, the nginx snippet, the PKI
# scripts) under $(DATADIR)/conf; the systemd units; the logrotate file.
# Nothing in $(SYSCONFDIR)/studio: the configuration is the operator's.
install: all
	install -d $(DESTDIR)$(SBINDIR) $(DESTDIR)$(DATADIR)/conf \
	    $(DESTDIR)$(UNITDIR) $(DESTDIR)$(SYSCONFDIR)/logrotate.d
	install -m 755 $(BUILD)/studiod $(BUILD)/studioctl $(DESTDIR)$(SBINDIR)/
	rm -rf $(DESTDIR)$(DATADIR)/xslt $(DESTDIR)$(DATADIR)/sql \
	    $(DESTDIR)$(DATADIR)/conf/nginx $(DESTDIR)$(DATADIR)/conf/pki \
	    $(DESTDIR)$(DATADIR)/conf/systemd
	cp -R xslt sql $(DESTDIR)$(DATADIR)/
	cp -R conf/nginx conf/pki conf/systemd conf/logrotate \
	    $(DESTDIR)$(DATADIR)/conf/
	$(SUBST) conf/studio.conf.example \
	    >$(DESTDIR)$(DATADIR)/conf/studio.conf.example
	$(SUBST) conf/nginx/example-server.conf \
	    >$(DESTDIR)$(DATADIR)/conf/nginx/example-server.conf
	for f in conf/systemd/*.service conf/systemd/*.socket \
	    conf/systemd/*.timer; do \
		[ -f "$$f" ] || continue; \
		$(SUBST) "$$f" >$(DESTDIR)$(UNITDIR)/$${f##*/} && \
		chmod 644 $(DESTDIR)$(UNITDIR)/$${f##*/} || exit 1; \
	done
	$(SUBST) conf/logrotate/studio >$(DESTDIR)$(SYSCONFDIR)/logrotate.d/studio
	chmod 644 $(DESTDIR)$(SYSCONFDIR)/logrotate.d/studio

clean:
	rm -rf build

.PHONY: all deps run stop test test-cluster bench fuzz install clean

sinclude Makefile.local
