<?xml version="1.0" encoding="UTF-8"?>
<!-- achievements.csv.xsl: the achievements of the unit's subtree as CSV,
     GET /app/achievements?format=csv (the whole filtered list). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="csv.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:text>成果编号,成果名称,工作室名称,所在单位工会,审核单位,成果类别,成果形式,完成年度,状态,状态时间,发布时间&#13;&#10;</xsl:text>
    <xsl:for-each select="achievements/achievement">
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@id"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="title"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="studio-name"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="base-union"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="auditing-unit"/>
      </xsl:call-template>
      <xsl:variable name="kind" select="$labels[@k = concat('ach-kind.', current()/@kind)][1]"/>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="concat($kind,
            substring(@kind, 1, number(not($kind)) * string-length(@kind)))"/>
      </xsl:call-template>
      <xsl:variable name="form" select="$labels[@k = concat('ach-form.', current()/@form)][1]"/>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="concat($form,
            substring(@form, 1, number(not($form)) * string-length(@form)))"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@year"/>
      </xsl:call-template>
      <xsl:variable name="status" select="$labels[@k = concat('ach-status.', current()/@status)][1]"/>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="concat($status,
            substring(@status, 1, number(not($status)) * string-length(@status)))"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="translate(substring(@since, 1, 19), 'T', ' ')"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="translate(substring(@published-at, 1, 19), 'T', ' ')"/>
        <xsl:with-param name="last" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
