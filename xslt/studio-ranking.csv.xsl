<?xml version="1.0" encoding="UTF-8"?>
<!-- studio-ranking.csv.xsl: the studios' ranking of a year as CSV,
     GET /app/rankings/studios?year=&format=csv: every studio of the
     filter (the document holds them all for this format), in the order
     of the page, and the totals line (the document's <totals>, the sums
     of the rows); amounts in 元 with two decimals and no grouping.
     Selects only, no result tree fragment (see csv.xsl). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="exsl">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="csv.xsl"/>
  <xsl:include href="funding-common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- The three grades' labels, looked up in three rows, not in the
       whole table of labels, on each of many rows. -->
  <xsl:variable name="grades-rtf">
    <g k="excellent"><xsl:value-of select="$labels[@k = 'grade.excellent'][1]"/></g>
    <g k="pass"><xsl:value-of select="$labels[@k = 'grade.pass'][1]"/></g>
    <g k="fail"><xsl:value-of select="$labels[@k = 'grade.fail'][1]"/></g>
  </xsl:variable>
  <xsl:variable name="grades" select="exsl:node-set($grades-rtf)/g"/>

  <xsl:template match="/">
    <xsl:variable name="r" select="studio-ranking"/>
    <xsl:variable name="ind" select="$r/filters/industries/code"/>
    <xsl:text>年度,名次,命名编号,工作室名称,所在单位,审核单位,行业,考核总分,等次,等次状态,当年成果,推广应用,补助支出（元）&#13;&#10;</xsl:text>
    <xsl:for-each select="$r/studio">
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="$r/@year"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@rank"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@number"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="name"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="host-unit"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="auditing-unit"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="$ind[@code = current()/@industry]"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@score"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="$grades[@k = current()/@grade]"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="substring('已确认拟定', 1 + 3 * number(@stage = 'filed'), 3 - number(@stage = 'filed'))"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@achievements"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@adoptions"/></xsl:call-template>
      <xsl:call-template name="csv-yuan">
        <xsl:with-param name="fen" select="@spent"/>
        <xsl:with-param name="last" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$r/totals">
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="$r/@year"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="'合计'"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="''"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="concat(@studios, ' 个工作室')"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="''"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="''"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="''"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@score"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="concat('优秀 ', @excellent, '，合格 ', @pass, '，不合格 ', @fail)"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="''"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@achievements"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@adoptions"/></xsl:call-template>
      <xsl:call-template name="csv-yuan">
        <xsl:with-param name="fen" select="@spent"/>
        <xsl:with-param name="last" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
