<?xml version="1.0" encoding="UTF-8"?>
<!-- funding.csv.xsl: a studio's spending as CSV,
     GET /app/studios/{id}/funding?format=csv: one line per spending entry
     (a reversal with its negative amount), by grant, then the totals
     line; amounts in 元 with two decimals and no grouping. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="csv.xsl"/>
  <xsl:include href="funding-common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:variable name="s" select="funding"/>
    <xsl:text>工作室,补助,决定文号,编号,日期,用途,用途说明,内容,冲销的编号,凭证数,金额（元）&#13;&#10;</xsl:text>
    <xsl:for-each select="$s/grants/grant/spending">
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="$s/studio/name"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="../fund-title"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="../@document"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@id"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@spent-on"/></xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="$labels[@k = concat('purpose.', current()/@purpose)][1]"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="purpose-text"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="description"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@reverses"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="count(attachments/attachment)"/></xsl:call-template>
      <xsl:call-template name="csv-yuan">
        <xsl:with-param name="fen" select="@amount"/>
        <xsl:with-param name="last" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="$s/studio/name"/></xsl:call-template>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="'合计'"/></xsl:call-template>
    <xsl:text>,,,,,,,,</xsl:text>
    <xsl:call-template name="csv-yuan">
      <xsl:with-param name="fen" select="$s/@spent"/>
      <xsl:with-param name="last" select="true()"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
