<?xml version="1.0" encoding="UTF-8"?>
<!-- funds.csv.xsl: the subsidy funds as CSV, GET /app/funds?format=csv
     (the whole filtered list).  Amounts in 元 with two decimals and no
     grouping (1234.50), so that a spreadsheet reads them as numbers. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="csv.xsl"/>
  <xsl:include href="funding-common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:text>资金编号,年度,资金名称,资金来源,决定文号,决定日期,预算（元）,已安排补助（元）,已使用（元）,预算结余（元）&#13;&#10;</xsl:text>
    <xsl:for-each select="funds/fund">
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@id"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@year"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="title"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="funder"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@document"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@decided-on"/></xsl:call-template>
      <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="@budget"/></xsl:call-template>
      <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="@granted"/></xsl:call-template>
      <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="@spent"/></xsl:call-template>
      <xsl:call-template name="csv-yuan">
        <xsl:with-param name="fen" select="@remaining"/>
        <xsl:with-param name="last" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
