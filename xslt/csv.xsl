<?xml version="1.0" encoding="UTF-8"?>
<!--
  csv.xsl: shared templates of the CSV exports (units.csv.xsl, audit.csv.xsl).
  RFC 4180: fields separated by commas, records ended by CRLF, a field that
  holds a comma, a double quote, CR or LF is quoted and its quotes doubled.
  A text field that a spreadsheet would read as a formula (starting with
  = + - @, TAB or CR) gets a leading apostrophe. The server writes the
  UTF-8 byte order mark before the output.

  The lists' exports are written by fcgi/csv.c, row by row from the
  database, in exactly this format; these stylesheets remain its
  definition and the route table's CSV sheets. They stay linear in the
  rows only as long as nothing in a row builds a result tree fragment
  (an xsl:variable or xsl:with-param with content instead of select):
  libxslt then appends each later piece of the text output by copying
  the whole output so far (xmlStrncat): 32,000 rows took 13 to 15 times
  as long as 8,000, not 4 times. Labels are looked up with a select on
  $labels for the same reason.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:str="http://exslt.org/strings"
  exclude-result-prefixes="str">

  <!-- csv-field: one field, followed by a comma unless $last. -->
  <xsl:template name="csv-field">
    <xsl:param name="v"/>
    <xsl:param name="last" select="false()"/>
    <xsl:variable name="s" select="string($v)"/>
    <!-- A select, not content: a result tree fragment built here would
         make libxslt append each later piece of the output by copying
         all of it (xmlStrncat), which is quadratic in the rows. -->
    <xsl:variable name="safe" select="concat(substring(&quot;'&quot;, 1,
        number($s != '' and contains('=+-@&#9;&#13;', substring($s, 1, 1)))), $s)"/>
    <xsl:choose>
      <xsl:when test="contains($safe, ',') or contains($safe, '&quot;')
                      or contains($safe, '&#13;') or contains($safe, '&#10;')">
        <xsl:text>"</xsl:text>
        <xsl:value-of select="str:replace($safe, '&quot;', '&quot;&quot;')"/>
        <xsl:text>"</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$safe"/></xsl:otherwise>
    </xsl:choose>
    <xsl:choose>
      <xsl:when test="$last"><xsl:text>&#13;&#10;</xsl:text></xsl:when>
      <xsl:otherwise><xsl:text>,</xsl:text></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
