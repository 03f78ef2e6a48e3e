<?xml version="1.0" encoding="UTF-8"?>
<!-- units.csv.xsl: the unit list as CSV, GET /app/units?format=csv. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="csv.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:text>代码,单位名称,类别,上级单位,证书数,状态&#13;&#10;</xsl:text>
    <xsl:for-each select="units/unit">
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@code"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="name"/>
      </xsl:call-template>
      <xsl:variable name="kind" select="$labels[@k = concat('kind.', current()/@kind)][1]"/>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="concat($kind,
            substring(@kind, 1, number(not($kind)) * string-length(@kind)))"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="parent"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@certs"/>
      </xsl:call-template>
      <xsl:variable name="active" select="$labels[@k = concat('active.', current()/@active)][1]"/>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="concat($active,
            substring(@active, 1, number(not($active)) * string-length(@active)))"/>
        <xsl:with-param name="last" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
