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
      <!-- @at is Asia/Shanghai time already (+08:00, as h_audit.c writes it). -->
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="concat(substring(@at, 1, 10),
            substring(' ', 1, number(string(@at) != '')), substring(@at, 12, 8))"/>
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
      <xsl:variable name="action" select="$labels[@k = concat('action.', current()/@action)][1]"/>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="concat($action,
            substring(@action, 1, number(not($action)) * string-length(@action)))"/>
      </xsl:call-template>
      <xsl:variable name="object"
        select="$labels[@k = concat('object.', current()/@object-type)][1]"/>
      <xsl:call-template name="csv-field">
        <xsl:with-param name="v" select="concat($object,
            substring(@object-type, 1, number(not($object)) * string-length(@object-type)))"/>
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
