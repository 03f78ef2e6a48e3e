<?xml version="1.0" encoding="UTF-8"?>
<!-- audit.csv.xsl: the audit log as CSV, GET /app/audit?format=csv; newest
     first like the page, with the full hashes of the chain. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="csv.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:text>序号,时间,单位,操作人,证书指纹,操作代码,操作,对象类型,对象编号,摘要,前一哈希,哈希&#13;&#10;</xsl:text>
    <xsl:for-each select="audit/entry">
      <xsl:sort select="@id" data-type="number" order="descending"/>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@id"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v">
          <xsl:variable name="t">
            <xsl:call-template name="to-local">
              <xsl:with-param name="d" select="string(@at)"/>
            </xsl:call-template>
          </xsl:variable>
          <xsl:if test="$t != ''">
            <xsl:value-of select="concat(substring($t, 1, 10), ' ', substring($t, 12, 8))"/>
          </xsl:if>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="unit"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="holder"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@fingerprint"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@action"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v"><xsl:call-template name="action-label"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v"><xsl:call-template name="object-label"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@object-id"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@digest"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@prev"/>
      </xsl:call-template>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="@hash"/>
        <xsl:with-param name="last" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
