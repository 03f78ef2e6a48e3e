<?xml version="1.0" encoding="UTF-8"?>
<!--
  studios.csv.xsl: the studio list as CSV, GET /app/studios?format=csv.
  The export itself is streamed by fcgi/csv.c (studio_csv of
  fcgi/h_studio.c) with the same columns; this stylesheet states the
  format for the rows of one page's document.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="csv.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:text>命名编号,命名日期,命名决定,工作室名称,所在单位,专精特新,基层工会,审核单位,行业,领衔人,状态&#13;&#10;</xsl:text>
    <xsl:for-each select="studios/studio">
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@number"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@named-on"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@decision"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="name"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="host-unit"/></xsl:call-template>
      <xsl:variable name="srdi" select="$labels[@k = concat('srdi.', current()/@srdi)][1]"/>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="concat($srdi,
            substring(@srdi, 1, number(not($srdi)) * string-length(@srdi)))"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="base-union"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="auditing-unit"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="industry"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="leader-name"/></xsl:call-template>
      <xsl:variable name="st" select="$labels[@k = concat('studio-status.', current()/@status)][1]"/>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="concat($st,
            substring(@status, 1, number(not($st)) * string-length(@status)))"/>
        <xsl:with-param name="last" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
