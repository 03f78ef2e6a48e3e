<?xml version="1.0" encoding="UTF-8"?>
<!-- audit.xsl: the hash-chained audit log, GET /app/audit (document <audit>),
     city federation only. Newest entry first. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="audit" mode="title">审计日志</xsl:template>
  <xsl:template match="audit" mode="print-title">审计日志一览表</xsl:template>

  <xsl:template match="audit" mode="tools">
    <xsl:call-template name="export-links">
      <xsl:with-param name="csv" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="audit" mode="main">
    <p class="note">每条记录都包含前一条记录的哈希值，形成连续的哈希链，任何删改都可被核查发现。</p>
    <xsl:choose>
      <xsl:when test="entry">
        <div class="table-scroll">
          <table class="grid audit-table">
            <thead>
              <tr>
                <th scope="col" class="num">序号</th>
                <th scope="col">时间</th>
                <th scope="col">单位</th>
                <th scope="col">操作人</th>
                <th scope="col">操作</th>
                <th scope="col">对象</th>
                <th scope="col">哈希</th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="entry">
                <xsl:sort select="@id" data-type="number" order="descending"/>
              </xsl:apply-templates>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty panel">暂无审计记录。</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <xsl:template match="entry">
    <tr>
      <td class="num"><xsl:value-of select="@id"/></td>
      <td class="date">
        <xsl:call-template name="datetime">
          <xsl:with-param name="d" select="@at"/>
        </xsl:call-template>
      </td>
      <td>
        <xsl:call-template name="unit-link">
          <xsl:with-param name="id" select="@unit-id"/>
          <xsl:with-param name="name" select="unit"/>
        </xsl:call-template>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="holder = 'studioctl' and @unit-id = ''">
            <span>系统运维</span>
          </xsl:when>
          <xsl:when test="normalize-space(holder) != ''">
            <span>
              <xsl:if test="@fingerprint != ''">
                <xsl:attribute name="title">
                  <xsl:text>证书指纹 </xsl:text>
                  <xsl:value-of select="@fingerprint"/>
                </xsl:attribute>
              </xsl:if>
              <xsl:value-of select="holder"/>
            </span>
          </xsl:when>
          <xsl:otherwise><span class="muted">系统</span></xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:call-template name="action-label"/>
      </td>
      <td class="nowrap">
        <!-- a unit, an application or a studio links to its page -->
        <xsl:choose>
          <xsl:when test="@object-id != '' and not($is-print) and (@object-type = 'unit'
                          or @object-type = 'application' or @object-type = 'studio')">
            <a href="/app/{@object-type}s/{@object-id}"><xsl:call-template name="audit-object"/></a>
          </xsl:when>
          <xsl:otherwise><xsl:call-template name="audit-object"/></xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:call-template name="hash-short">
          <xsl:with-param name="h" select="@hash"/>
        </xsl:call-template>
      </td>
    </tr>
  </xsl:template>

  <!-- audit-object: the object's kind and number, as "申请 #12" -->
  <xsl:template name="audit-object">
    <xsl:call-template name="object-label"/>
    <xsl:if test="@object-id != ''">
      <xsl:text> #</xsl:text>
      <xsl:value-of select="@object-id"/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
