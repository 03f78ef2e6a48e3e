<?xml version="1.0" encoding="UTF-8"?>
<!-- unit-ranking.csv.xsl: the auditing unions' ranking of a year as CSV,
     GET /app/rankings/units?year=&sort=&dir=&format=csv: one line per
     union in the order and with the rank of the sort column, and the
     totals line (the document's <totals>); shares as counts beside their
     base, so that a spreadsheet computes them; amounts in 元 with two
     decimals and no grouping.  Selects only (see csv.xsl). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="csv.xsl"/>
  <xsl:include href="funding-common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template name="row">
    <xsl:param name="year"/>
    <xsl:param name="rank"/>
    <xsl:param name="name"/>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="$year"/></xsl:call-template>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="$rank"/></xsl:call-template>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="$name"/></xsl:call-template>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@named"/></xsl:call-template>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@named-total"/></xsl:call-template>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@target"/></xsl:call-template>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@sheets"/></xsl:call-template>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@filed-sheets"/></xsl:call-template>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@excellent"/></xsl:call-template>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@fail"/></xsl:call-template>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="substring(@filed-at, 1, 10)"/></xsl:call-template>
    <xsl:call-template name="csv-field">
      <xsl:with-param name="v" select="substring('按时逾期', 1 + 2 * number(@days-late &gt; 0), 2 * number(boolean(@filed-at)))"/>
    </xsl:call-template>
    <xsl:call-template name="csv-field">
      <xsl:with-param name="v" select="substring(concat(@days-late * number(@days-late &gt; 0), ''), 1, 9 * number(boolean(@filed-at)))"/>
    </xsl:call-template>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@achievements"/></xsl:call-template>
    <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@adoptions"/></xsl:call-template>
    <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="@granted"/></xsl:call-template>
    <xsl:call-template name="csv-yuan"><xsl:with-param name="fen" select="@spent"/></xsl:call-template>
    <xsl:call-template name="csv-field">
      <xsl:with-param name="v" select="@trained"/>
      <xsl:with-param name="last" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/">
    <xsl:variable name="r" select="unit-ranking"/>
    <xsl:text>年度,名次,审核单位,当年命名,累计命名,目标,考核表,已报送考核表,优秀,不合格,报送日期,是否按时,逾期天数,当年成果,推广应用,补助发放（元）,补助支出（元）,领衔人培训&#13;&#10;</xsl:text>
    <xsl:for-each select="$r/unit">
      <xsl:call-template name="row">
        <xsl:with-param name="year" select="$r/@year"/>
        <xsl:with-param name="rank" select="@rank"/>
        <xsl:with-param name="name" select="name"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$r/totals">
      <xsl:call-template name="row">
        <xsl:with-param name="year" select="$r/@year"/>
        <xsl:with-param name="rank" select="'合计'"/>
        <xsl:with-param name="name" select="concat(@unions, ' 个单位')"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
