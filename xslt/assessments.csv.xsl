<?xml version="1.0" encoding="UTF-8"?>
<!-- assessments.csv.xsl: the annual assessment sheets as CSV,
     GET /app/assessments?format=csv (the whole filtered list). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="csv.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:text>考核表编号,年度,工作室名称,命名编号,所在单位工会,审核单位,阶段,自评总分,考核总分,拟定等次,确认等次,阶段时间&#13;&#10;</xsl:text>
    <xsl:for-each select="assessments/assessment">
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@id"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@year"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="name"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="number"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="base-union"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="auditing-unit"/>
      </xsl:call-template>
      <xsl:variable name="stage" select="$labels[@k = concat('astage.', current()/@stage)][1]"/>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="concat($stage,
            substring(@stage, 1, number(not($stage)) * string-length(@stage)))"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@self-total"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@audit-total"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="$labels[@k = concat('grade.', current()/@proposed-grade)][1]"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="$labels[@k = concat('grade.', current()/@grade)][1]"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="translate(substring(@since, 1, 19), 'T', ' ')"/>
        <xsl:with-param name="last" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
