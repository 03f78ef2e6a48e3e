<?xml version="1.0" encoding="UTF-8"?>
<!-- progress-report.csv.xsl: the progress report's tables as CSV, GET
     /app/reports/progress?year=&format=csv: 表1 to 表4 as on the page,
     each its caption line, its header line, its rows and (but for 表4,
     whose types overlap) its totals line, then an empty line; the shares
     left out (they follow from the counts). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="csv.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="nl" select="'&#13;&#10;'"/>

  <xsl:template match="/">
    <xsl:variable name="r" select="progress-report"/>
    <xsl:value-of select="concat('表1 历年命名及年末在册情况', $nl)"/>
    <xsl:text>年度,当年命名,当年取消命名,年末在册,目标&#13;&#10;</xsl:text>
    <xsl:for-each select="$r/namings/year">
      <xsl:value-of select="concat(@value, ',', @named, ',', @revoked, ',', @in-force, ',', @target, $nl)"/>
    </xsl:for-each>
    <xsl:value-of select="concat('合计,', sum($r/namings/year/@named), ',', sum($r/namings/year/@revoked), ',', $r/@in-force, ',', $nl)"/>
    <xsl:value-of select="$nl"/>
    <xsl:value-of select="concat('表2 各审核单位', $r/@year, '年度命名及年末在册情况', $nl)"/>
    <xsl:text>审核单位,当年命名,年末在册,目标&#13;&#10;</xsl:text>
    <xsl:for-each select="$r/units/unit">
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="name"/></xsl:call-template>
      <xsl:value-of select="concat(@named, ',', @in-force, ',', @target, $nl)"/>
    </xsl:for-each>
    <xsl:value-of select="concat('合计,', sum($r/units/unit/@named), ',', sum($r/units/unit/@in-force), ',')"/>
    <xsl:if test="$r/units/unit/@target"><xsl:value-of select="sum($r/units/unit/@target)"/></xsl:if>
    <xsl:value-of select="$nl"/>
    <xsl:value-of select="$nl"/>
    <xsl:value-of select="concat('表3 年末在册工作室按行业分布', $nl)"/>
    <xsl:text>行业代码,行业,工作室&#13;&#10;</xsl:text>
    <xsl:for-each select="$r/industries/industry">
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="@code"/></xsl:call-template>
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="concat(., substring('未填写', 1, 3 * number(@code = '')))"/></xsl:call-template>
      <xsl:value-of select="concat(@studios, $nl)"/>
    </xsl:for-each>
    <xsl:value-of select="concat('合计,,', sum($r/industries/industry/@studios), $nl)"/>
    <xsl:value-of select="$nl"/>
    <xsl:value-of select="concat('表4 年末在册工作室按类型分布', $nl)"/>
    <xsl:text>类型,工作室&#13;&#10;</xsl:text>
    <xsl:for-each select="$r/types/type">
      <xsl:call-template name="csv-field"><xsl:with-param name="v" select="$labels[@k = concat('stype.', current()/@code)][1]"/></xsl:call-template>
      <xsl:value-of select="concat(@studios, $nl)"/>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
