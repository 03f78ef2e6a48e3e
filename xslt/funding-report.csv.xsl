<?xml version="1.0" encoding="UTF-8"?>
<!-- funding-report.csv.xsl: the year's funding report's tables as CSV,
     GET /app/reports/funding?year=&format=csv: 表1 to 表5 as on the page,
     each its caption line, its header line, its rows and its totals
     line, then an empty line; the amounts in 元 with two decimals and no
     grouping, the shares left out (they follow from the amounts). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="csv.xsl"/>
  <xsl:include href="funding-common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="purpose-codes" select="$fd-codes[local-name() = 'purpose']"/>
  <xsl:variable name="nl" select="'&#13;&#10;'"/>

  <xsl:template match="/">
    <xsl:variable name="r" select="funding-report"/>
    <!-- 表1 -->
    <xsl:value-of select="concat('表1 ', $r/@year, '年度补助资金', $nl)"/>
    <xsl:text>资金名称,设立单位,预算（元）,补助笔数,补助金额（元）,已使用（元）&#13;&#10;</xsl:text>
    <xsl:for-each select="$r/funds/fund">
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="title"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="funder"/></xsl:call-template>
      <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="@budget"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@grants"/></xsl:call-template>
      <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="@granted"/></xsl:call-template>
      <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="@spent"/><xsl:with-param name="last" select="true()"/></xsl:call-template>
    </xsl:for-each>
    <xsl:text>合计,,</xsl:text>
    <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="sum($r/funds/fund/@budget)"/></xsl:call-template>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="sum($r/funds/fund/@grants)"/></xsl:call-template>
    <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="sum($r/funds/fund/@granted)"/></xsl:call-template>
    <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="sum($r/funds/fund/@spent)"/><xsl:with-param name="last" select="true()"/></xsl:call-template>
    <xsl:value-of select="$nl"/>
    <!-- 表2 -->
    <xsl:value-of select="concat('表2 补助按依据分类', $nl)"/>
    <xsl:text>补助依据,补助笔数,补助金额（元）,已使用（元）&#13;&#10;</xsl:text>
    <xsl:for-each select="$r/bases/basis">
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="$labels[@k = concat('basis.', current()/@code)][1]"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@grants"/></xsl:call-template>
      <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="@granted"/></xsl:call-template>
      <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="@spent"/><xsl:with-param name="last" select="true()"/></xsl:call-template>
    </xsl:for-each>
    <xsl:text>合计,</xsl:text>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="sum($r/bases/basis/@grants)"/></xsl:call-template>
    <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="sum($r/bases/basis/@granted)"/></xsl:call-template>
    <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="sum($r/bases/basis/@spent)"/><xsl:with-param name="last" select="true()"/></xsl:call-template>
    <xsl:value-of select="$nl"/>
    <!-- 表3 -->
    <xsl:value-of select="concat('表3 各审核单位补助资金使用情况', $nl)"/>
    <xsl:text>审核单位,工作室数,补助笔数,补助金额（元）,已使用（元）,结余（元）&#13;&#10;</xsl:text>
    <xsl:for-each select="$r/unit">
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="name"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@studios"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@grants"/></xsl:call-template>
      <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="@granted"/></xsl:call-template>
      <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="@spent"/></xsl:call-template>
      <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="@balance"/><xsl:with-param name="last" select="true()"/></xsl:call-template>
    </xsl:for-each>
    <xsl:text>合计,</xsl:text>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="sum($r/unit/@studios)"/></xsl:call-template>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="sum($r/unit/@grants)"/></xsl:call-template>
    <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="$r/@granted"/></xsl:call-template>
    <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="$r/@spent"/></xsl:call-template>
    <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="$r/@balance"/><xsl:with-param name="last" select="true()"/></xsl:call-template>
    <xsl:value-of select="$nl"/>
    <!-- 表4 -->
    <xsl:value-of select="concat('表4 补助资金按用途使用情况', $nl)"/>
    <xsl:text>用途,已使用（元）&#13;&#10;</xsl:text>
    <xsl:for-each select="$purpose-codes">
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="$labels[@k = concat('purpose.', current())][1]"/></xsl:call-template>
      <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="sum($r/purposes/purpose[@code = current()]/@spent)"/><xsl:with-param name="last" select="true()"/></xsl:call-template>
    </xsl:for-each>
    <xsl:text>合计,</xsl:text>
    <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="sum($r/purposes/purpose/@spent)"/><xsl:with-param name="last" select="true()"/></xsl:call-template>
    <xsl:value-of select="$nl"/>
    <!-- 表5 -->
    <xsl:value-of select="concat('表5 各审核单位补助资金按用途使用情况', $nl)"/>
    <xsl:text>审核单位</xsl:text>
    <xsl:for-each select="$purpose-codes">
      <xsl:text>,</xsl:text>
      <xsl:value-of select="$labels[@k = concat('purpose.', current())][1]"/>
      <xsl:text>（元）</xsl:text>
    </xsl:for-each>
    <xsl:text>,合计（元）&#13;&#10;</xsl:text>
    <xsl:for-each select="$r/unit">
      <xsl:variable name="u" select="."/>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="name"/></xsl:call-template>
      <xsl:for-each select="$purpose-codes">
        <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="sum($u/purpose[@code = current()]/@spent)"/></xsl:call-template>
      </xsl:for-each>
      <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="@spent"/><xsl:with-param name="last" select="true()"/></xsl:call-template>
    </xsl:for-each>
    <xsl:text>合计,</xsl:text>
    <xsl:for-each select="$purpose-codes">
      <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="sum($r/purposes/purpose[@code = current()]/@spent)"/></xsl:call-template>
    </xsl:for-each>
    <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="$r/@spent"/><xsl:with-param name="last" select="true()"/></xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
