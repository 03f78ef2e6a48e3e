<?xml version="1.0" encoding="UTF-8"?>
<!-- applications.csv.xsl: the application list as CSV,
     GET /app/applications?format=csv (the whole filtered list). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="csv.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:text>申请编号,工作室名称,所在单位,基层工会,推荐单位,所属行业,领衔人,填报日期,状态,状态时间,命名编号,命名日期&#13;&#10;</xsl:text>
    <xsl:for-each select="applications/application">
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@id"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="name"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="host-unit"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="base-union"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="recommending-unit"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="industry"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="leader-name"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@filled-on"/>
      </xsl:call-template>
      <xsl:variable name="status" select="$labels[@k = concat('app.', current()/@status)][1]"/>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="concat($status,
            substring(@status, 1, number(not($status)) * string-length(@status)))"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="translate(substring(@status-since, 1, 19), 'T', ' ')"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@naming-number"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@named-on"/>
        <xsl:with-param name="last" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
