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
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v"><xsl:call-template name="kind-label"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="parent"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@certs"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v"><xsl:call-template name="active-label"/></xsl:with-param>
        <xsl:with-param name="last" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
