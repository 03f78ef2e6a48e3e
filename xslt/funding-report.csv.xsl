<?xml version="1.0" encoding="UTF-8"?>
<!-- funding-report.csv.xsl: the year's funding per auditing union as CSV,
     GET /app/funding/report?year=&format=csv: one line per union and the
     totals line, the amounts in 元 with two decimals and no grouping. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="csv.xsl"/>
  <xsl:include href="funding-common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="purpose-codes" select="$fd-codes[local-name() = 'purpose']"/>

  <xsl:template match="/">
    <xsl:variable name="r" select="funding-report"/>
    <xsl:text>年度,审核单位,工作室数,补助笔数,补助金额（元）,已使用（元）,结余（元）</xsl:text>
    <xsl:for-each select="$purpose-codes">
      <xsl:text>,</xsl:text>
      <xsl:value-of select="$labels[@k = concat('purpose.', current())][1]"/>
      <xsl:text>（元）</xsl:text>
    </xsl:for-each>
    <xsl:text>&#13;&#10;</xsl:text>
    <xsl:for-each select="$r/unit">
      <xsl:variable name="u" select="."/>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="$r/@year"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="name"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@studios"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@grants"/></xsl:call-template>
      <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="@granted"/></xsl:call-template>
      <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="@spent"/></xsl:call-template>
      <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="@balance"/></xsl:call-template>
      <xsl:for-each select="$purpose-codes">
        <xsl:call-template name="csv-yuan">
          <xsl:with-param name="fen" select="sum($u/purpose[@code = current()]/@spent)"/>
          <xsl:with-param name="last" select="position() = last()"/>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="$r/@year"/></xsl:call-template>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="'合计'"/></xsl:call-template>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="sum($r/unit/@studios)"/></xsl:call-template>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="sum($r/unit/@grants)"/></xsl:call-template>
    <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="$r/@granted"/></xsl:call-template>
    <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="$r/@spent"/></xsl:call-template>
    <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="$r/@balance"/></xsl:call-template>
    <xsl:for-each select="$purpose-codes">
      <xsl:call-template name="csv-yuan">
        <xsl:with-param name="fen" select="sum($r/purposes/purpose[@code = current()]/@spent)"/>
        <xsl:with-param name="last" select="position() = last()"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
