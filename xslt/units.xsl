<?xml version="1.0" encoding="UTF-8"?>
<!-- units.xsl: the list of union units, GET /app/units (document <units>);
     filters q (name or code) and kind. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:s="urn:x-studio:xslt" exclude-result-prefixes="s">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="units" mode="title">单位管理</xsl:template>
  <xsl:template match="units" mode="print-title">工会单位一览表</xsl:template>

  <xsl:template match="units" mode="filter-words">
    <xsl:if test="@q != ''"><i>名称或代码包含“<xsl:value-of select="@q"/>”</i></xsl:if>
    <xsl:if test="@kind != ''">
      <i>
        <xsl:text>类别为</xsl:text>
        <xsl:call-template name="kind-label">
          <xsl:with-param name="code" select="@kind"/>
        </xsl:call-template>
      </i>
    </xsl:if>
  </xsl:template>

  <xsl:template match="units" mode="query">
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'q'"/>
      <xsl:with-param name="value" select="@q"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'kind'"/>
      <xsl:with-param name="value" select="@kind"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="units" mode="tools">
    <xsl:call-template name="export-links">
      <xsl:with-param name="csv" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="units" mode="main">
    <xsl:choose>
      <xsl:when test="$is-print"/>
      <xsl:otherwise>
        <form class="filter" method="get">
          <xsl:call-template name="form-action"/>
          <span class="filter-field">
            <label for="f-q">关键词</label>
            <input type="search" id="f-q" name="q" value="{@q}" maxlength="100"
                   placeholder="单位名称或代码"/>
          </span>
          <span class="filter-field">
            <label for="f-kind">类别</label>
            <select id="f-kind" name="kind">
              <option value="">全部类别</option>
              <xsl:call-template name="kind-option"><xsl:with-param name="code" select="'city'"/></xsl:call-template>
              <xsl:call-template name="kind-option"><xsl:with-param name="code" select="'district'"/></xsl:call-template>
              <xsl:call-template name="kind-option"><xsl:with-param name="code" select="'industry'"/></xsl:call-template>
              <xsl:call-template name="kind-option"><xsl:with-param name="code" select="'base'"/></xsl:call-template>
            </select>
          </span>
          <span class="filter-actions">
            <button type="submit">查询</button>
            <xsl:if test="@q != '' or @kind != ''">
              <a class="button button-plain">
                <xsl:attribute name="href">
                  <xsl:choose>
                    <xsl:when test="$path != ''"><xsl:value-of select="$path"/></xsl:when>
                    <xsl:otherwise>/app/units</xsl:otherwise>
                  </xsl:choose>
                </xsl:attribute>
                <xsl:text>清除条件</xsl:text>
              </a>
            </xsl:if>
          </span>
        </form>
      </xsl:otherwise>
    </xsl:choose>

    <xsl:choose>
      <xsl:when test="unit">
        <div class="table-scroll">
          <table class="grid units-table">
            <thead>
              <tr>
                <xsl:call-template name="seq-head"/>
                <th scope="col">代码</th>
                <th scope="col" class="col-name">单位名称</th>
                <th scope="col">类别</th>
                <th scope="col">上级单位</th>
                <th scope="col" class="num">证书数</th>
                <th scope="col">状态</th>
              </tr>
            </thead>
            <tbody>
              <!-- The cells of layout.xsl's unit-link, kind-label and
                   active-badge, written out: a named template's call is
                   most of a cell's cost, and this row is made fifty
                   times a page. -->
              <xsl:for-each select="unit">
                <tr>
                  <td class="num seq print-only"><xsl:value-of select="$seq-base + position()"/></td>
                  <td class="code"><xsl:value-of select="@code"/></td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="string(@id) != '' and not($is-print)">
                        <a href="/app/units/{@id}"><xsl:value-of select="name"/></a>
                      </xsl:when>
                      <xsl:otherwise><xsl:value-of select="name"/></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="$has-s-label">
                        <xsl:value-of select="s:label(concat('kind.', @kind), @kind)"/>
                      </xsl:when>
                      <xsl:otherwise><xsl:call-template name="kind-label"/></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="string(@parent-id) != '' and not($is-print)">
                        <a href="/app/units/{@parent-id}"><xsl:value-of select="parent"/></a>
                      </xsl:when>
                      <xsl:otherwise><xsl:value-of select="parent"/></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td class="num">
                    <xsl:choose>
                      <xsl:when test="$is-print"><xsl:value-of select="@certs"/></xsl:when>
                      <xsl:otherwise>
                        <a href="/app/units/{@id}/certs" title="证书管理"><xsl:value-of select="@certs"/></a>
                      </xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td>
                    <span class="badge badge-active-{@active}">
                      <xsl:choose>
                        <xsl:when test="$has-s-label">
                          <xsl:value-of select="s:label(concat('active.', @active), @active)"/>
                        </xsl:when>
                        <xsl:otherwise><xsl:call-template name="active-label"/></xsl:otherwise>
                      </xsl:choose>
                    </span>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty panel">没有符合条件的单位。</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <xsl:template name="kind-option">
    <xsl:param name="code"/>
    <option value="{$code}">
      <xsl:if test="/units/@kind = $code">
        <xsl:attribute name="selected">selected</xsl:attribute>
      </xsl:if>
      <xsl:call-template name="kind-label">
        <xsl:with-param name="code" select="$code"/>
      </xsl:call-template>
    </option>
  </xsl:template>

</xsl:stylesheet>
