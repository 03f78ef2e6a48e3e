<?xml version="1.0" encoding="UTF-8"?>
<!-- assessment-report.csv.xsl: the year's assessment report's tables as
     CSV, GET /app/reports/assessment?year=&format=csv: 表1 to 表5 as on
     the page, each its caption line, its header line, its rows (表1 with
     its totals line), then an empty line; dates as ISO 8601, the shares
     left out (they follow from the counts). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="csv.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="nl" select="'&#13;&#10;'"/>

  <xsl:template match="/">
    <xsl:variable name="r" select="assessment-report"/>
    <xsl:value-of select="concat('表1 各审核单位考核等次情况', $nl)"/>
    <xsl:text>审核单位,考核表,优秀,合格,不合格,未报送&#13;&#10;</xsl:text>
    <xsl:for-each select="$r/units/unit">
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="name"/></xsl:call-template>
      <xsl:value-of select="concat(@sheets, ',', @excellent, ',', @passed, ',', @failed, ',', @unfiled, $nl)"/>
    </xsl:for-each>
    <xsl:for-each select="$r/totals">
      <xsl:value-of select="concat('合计,', @sheets, ',', @excellent, ',', @passed, ',', @failed, ',', @unfiled, $nl)"/>
    </xsl:for-each>
    <xsl:value-of select="$nl"/>
    <xsl:value-of select="concat('表2 各审核单位考核结果报送情况', $nl)"/>
    <xsl:text>审核单位,考核表,报送日期,截止日期,报送情况,市总工会备案日期&#13;&#10;</xsl:text>
    <xsl:for-each select="$r/units/unit">
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="name"/></xsl:call-template>
      <xsl:value-of select="concat(@sheets, ',', @filed-on, ',', $r/@deadline, ',')"/>
      <xsl:choose>
        <xsl:when test="@filing = 'on-time'">按时报送</xsl:when>
        <xsl:when test="@filing = 'late'">逾期报送</xsl:when>
        <xsl:when test="@filing = 'missing'">未报送</xsl:when>
        <xsl:otherwise>未到截止日期</xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="concat(',', @acknowledged-on, $nl)"/>
    </xsl:for-each>
    <xsl:value-of select="$nl"/>
    <xsl:call-template name="studios">
      <xsl:with-param name="head" select="concat('表3 列为重点支持的工作室', $nl, '序号,工作室,审核单位,确定日期,支持措施', $nl)"/>
      <xsl:with-param name="rows" select="$r/key-support/studio"/>
    </xsl:call-template>
    <xsl:value-of select="$nl"/>
    <xsl:call-template name="studios">
      <xsl:with-param name="head" select="concat('表4 督导的工作室', $nl, '序号,工作室,审核单位,开始日期,期限,结束日期,督导措施', $nl)"/>
      <xsl:with-param name="rows" select="$r/supervised/studio"/>
      <xsl:with-param name="supervision" select="true()"/>
    </xsl:call-template>
    <xsl:value-of select="$nl"/>
    <xsl:call-template name="studios">
      <xsl:with-param name="head" select="concat('表5 本年度取消命名的工作室', $nl, '序号,工作室,审核单位,取消日期,文号,原因', $nl)"/>
      <xsl:with-param name="rows" select="$r/revocations/studio"/>
      <xsl:with-param name="document" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="studios">
    <xsl:param name="head"/>
    <xsl:param name="rows"/>
    <xsl:param name="supervision" select="false()"/>
    <xsl:param name="document" select="false()"/>
    <xsl:value-of select="$head"/>
    <xsl:for-each select="$rows">
      <xsl:value-of select="concat(position(), ',')"/>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="name"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="unit"/></xsl:call-template>
      <xsl:value-of select="concat(@on, ',')"/>
      <xsl:if test="$supervision">
        <xsl:value-of select="concat(@due, ',', @closed, ',')"/>
      </xsl:if>
      <xsl:if test="$document">
        <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@document"/></xsl:call-template>
      </xsl:if>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="measure | measures | reason"/>
        <xsl:with-param name="last" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
