/*
 * print.js: the 打印 button of a printable page (layout.xsl, template
 * print-bar).  The button comes hidden, with the hint "按 Ctrl+P 打印"
 * beside it for a browser without script; here the button is shown,
 * prints the page, and the hint goes.  ES5, for old dual-core browsers.
 */
(function () {
	'use strict';
	var i, b = document.querySelectorAll('[data-print]'),
	    h = document.querySelectorAll('.print-hint');

	if (typeof window.print !== 'function')
		return;
	for (i = 0; i < b.length; i++) {
		b[i].hidden = false;
		b[i].addEventListener('click', function () { window.print(); });
	}
	for (i = 0; i < h.length; i++)
		h[i].hidden = true;
})();
