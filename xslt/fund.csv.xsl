<?xml version="1.0" encoding="UTF-8"?>
<!-- fund.csv.xsl: a fund's grants as CSV, GET /app/funds/{id}?format=csv:
     one line per grant the unit sees, then the totals line; amounts in 元
     with two decimals and no grouping. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="csv.xsl"/>
  <xsl:include href="funding-common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:variable name="f" select="fund"/>
    <xsl:text>资金名称,工作室,命名编号,审核单位,发放依据,依据说明,决定文号,决定日期,补助金额（元）,已使用（元）&#13;&#10;</xsl:text>
    <xsl:for-each select="$f/grants/grant">
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="$f/title"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="studio-name"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="number"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="auditing-unit"/></xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="$labels[@k = concat('basis.', current()/@basis)][1]"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="basis-text"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@document"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@decided-on"/></xsl:call-template>
      <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="@amount"/></xsl:call-template>
      <xsl:call-template name="csv-yuan">
        <xsl:with-param name="fen" select="@spent"/>
        <xsl:with-param name="last" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="$f/title"/></xsl:call-template>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="'合计'"/></xsl:call-template>
    <xsl:text>,,,,,,</xsl:text>
    <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="sum($f/grants/grant/@amount)"/></xsl:call-template>
    <xsl:call-template name="csv-yuan">
      <xsl:with-param name="fen" select="sum($f/grants/grant/@spent)"/>
      <xsl:with-param name="last" select="true()"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
