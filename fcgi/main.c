/*
 * main.c: studiod, the FastCGI application server.
 * usage: studiod [-t] [-f studio.conf]
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "extern.h"

static void __attribute__((noreturn))
usage(void)
{
	fprintf(stderr, "usage: studiod [-t] [-f studio.conf]\n");
	exit(2);
}

int
main(int argc, char *argv[])
{
	struct conf	 c;
	const char	*path = getenv("STUDIO_CONF");
	int		 ch, test = 0;

	if (path == NULL)
		path = "/etc/studio/studio.conf";
	while ((ch = getopt(argc, argv, "f:t")) != -1)
		switch (ch) {
		case 'f':
			path = optarg;
			break;
		case 't':
			test = 1;
			break;
		default:
			usage();
		}
	if (optind != argc)
		usage();
	setenv("TZ", "Asia/Shanghai", 1);
	tzset();
	log_init(NULL, LOG_LVL_INFO, "studiod");
	if (conf_load(path, &c, 1) != E_OK)
		fatalx("%s: configuration invalid", path);
	if (test) {
		if (xslt_load(c.xslt_dir) != E_OK)
			fatalx("stylesheets do not compile");
		if (cert_ca_load(c.union_ca_file) != E_OK)
			fatalx("union_ca_file %s: the union CA certificate "
			    "does not load", c.union_ca_file);
		printf("configuration ok\n");
		cert_ca_free();
		xslt_free();
		conf_free(&c);
		return 0;
	}
	if (log_init(c.log_file, c.log_level, "studiod") == -1)
		fatal("%s", c.log_file);
	pool_argv(argv);
	return pool_run(path, &c);
}
