<?xml version="1.0" encoding="UTF-8"?>
<!--
  pool-status.xsl: the pool's status as text, as php-fpm's status page
  shows it (one "key: value" line each, the same English keys where
  php-fpm has one, then a block per worker), GET /studio-status on nginx's
  local status server. The document is fcgi/h_status.c's <pool-status>
  (xslt/schema/pool-status.xsd); ?format=xml gives it as is.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:output method="text" encoding="UTF-8" media-type="text/plain"/>

  <xsl:variable name="pad" select="'                        '"/>

  <!-- line: "key:" padded to 22 columns, the value (or "-"), LF. -->
  <xsl:template name="line">
    <xsl:param name="k"/>
    <xsl:param name="v"/>
    <xsl:value-of select="concat($k, ':', substring($pad, 1, 21 - string-length($k)))"/>
    <xsl:choose>
      <xsl:when test="string($v) != ''"><xsl:value-of select="$v"/></xsl:when>
      <xsl:otherwise>-</xsl:otherwise>
    </xsl:choose>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="/pool-status">
    <xsl:call-template name="line"><xsl:with-param name="k" select="'pool'"/><xsl:with-param name="v" select="@pool"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'now'"/><xsl:with-param name="v" select="@now"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'start time'"/><xsl:with-param name="v" select="@started"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'start since'"/><xsl:with-param name="v" select="@uptime"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'reloads'"/><xsl:with-param name="v" select="@reloads"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'last reload'"/><xsl:with-param name="v" select="@reloaded"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'accepted conn'"/><xsl:with-param name="v" select="@requests"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'request time ms'"/><xsl:with-param name="v" select="@duration-ms"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'slow requests'"/><xsl:with-param name="v" select="@slow"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'slow threshold ms'"/><xsl:with-param name="v" select="@slow-ms"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'workers'"/><xsl:with-param name="v" select="@workers"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'total processes'"/><xsl:with-param name="v" select="@processes"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'active processes'"/><xsl:with-param name="v" select="@busy"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'idle processes'"/><xsl:with-param name="v" select="@idle"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'leaving processes'"/><xsl:with-param name="v" select="@leaving"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'max requests'"/><xsl:with-param name="v" select="@max-requests"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'processes spawned'"/><xsl:with-param name="v" select="@spawned"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'restarts'"/><xsl:with-param name="v" select="@restarts"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'crashes'"/><xsl:with-param name="v" select="@crashes"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'recycled'"/><xsl:with-param name="v" select="@recycled"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'crash breaker'"/><xsl:with-param name="v" select="breaker/@state"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'breaker trips'"/><xsl:with-param name="v" select="breaker/@trips"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'breaker holds until'"/><xsl:with-param name="v" select="breaker/@until"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'database'"/><xsl:with-param name="v" select="database/@state"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'database ping ms'"/><xsl:with-param name="v" select="database/@ping-ms"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'workers db up'"/><xsl:with-param name="v" select="database/@workers-up"/></xsl:call-template>
    <xsl:call-template name="line"><xsl:with-param name="k" select="'workers db down'"/><xsl:with-param name="v" select="database/@workers-down"/></xsl:call-template>
    <xsl:for-each select="worker">
      <xsl:text>&#10;************************&#10;</xsl:text>
      <xsl:call-template name="line"><xsl:with-param name="k" select="'pid'"/><xsl:with-param name="v" select="@pid"/></xsl:call-template>
      <xsl:call-template name="line"><xsl:with-param name="k" select="'state'"/><xsl:with-param name="v" select="concat(@state, substring(' (leaving)', 1, 10 * number(@leaving = 'true')))"/></xsl:call-template>
      <xsl:call-template name="line"><xsl:with-param name="k" select="'start time'"/><xsl:with-param name="v" select="@started"/></xsl:call-template>
      <xsl:call-template name="line"><xsl:with-param name="k" select="'requests'"/><xsl:with-param name="v" select="@requests"/></xsl:call-template>
      <xsl:call-template name="line"><xsl:with-param name="k" select="'last request ms'"/><xsl:with-param name="v" select="@last-ms"/></xsl:call-template>
      <xsl:call-template name="line"><xsl:with-param name="k" select="'last request route'"/><xsl:with-param name="v" select="@route"/></xsl:call-template>
      <xsl:call-template name="line"><xsl:with-param name="k" select="'busy for ms'"/><xsl:with-param name="v" select="@busy-ms"/></xsl:call-template>
      <xsl:call-template name="line"><xsl:with-param name="k" select="'database'"/><xsl:with-param name="v" select="@db"/></xsl:call-template>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
