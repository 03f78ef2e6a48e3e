<?xml version="1.0" encoding="UTF-8"?>
<!-- unit.xsl: one union unit, GET /app/units/{id} (document <unit>). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="/unit" mode="title">
    <xsl:value-of select="name"/>
  </xsl:template>

  <xsl:template match="/unit" mode="crumbs">
    <li><a href="/app/units">单位</a></li>
    <xsl:call-template name="ancestor-crumbs"/>
    <li aria-current="page"><xsl:value-of select="name"/></li>
  </xsl:template>

  <xsl:template match="/unit" mode="main">
    <div class="columns-wide">
      <section class="panel">
        <h2>基本信息</h2>
        <div class="panel-body">
          <table class="facts">
            <tbody>
              <tr>
                <th scope="row">单位名称</th>
                <td><strong><xsl:value-of select="name"/></strong></td>
              </tr>
              <tr>
                <th scope="row">单位代码</th>
                <td class="code"><xsl:value-of select="@code"/></td>
              </tr>
              <tr>
                <th scope="row">单位类别</th>
                <td><xsl:call-template name="kind-label"/></td>
              </tr>
              <tr>
                <th scope="row">上级单位</th>
                <td>
                  <xsl:choose>
                    <xsl:when test="parent">
                      <xsl:variable name="pid" select="parent/@id"/>
                      <xsl:variable name="ok">
                        <xsl:for-each select="ancestors/unit[@id = $pid]">
                          <xsl:call-template name="reachable"/>
                        </xsl:for-each>
                      </xsl:variable>
                      <xsl:choose>
                        <xsl:when test="$ok = '1' and not($is-print)">
                          <a href="/app/units/{parent/@id}"><xsl:value-of select="parent"/></a>
                        </xsl:when>
                        <xsl:otherwise><xsl:value-of select="parent"/></xsl:otherwise>
                      </xsl:choose>
                      <span class="muted">
                        <xsl:text>（</xsl:text>
                        <xsl:value-of select="parent/@code"/>
                        <xsl:text>）</xsl:text>
                      </span>
                    </xsl:when>
                    <xsl:otherwise><span class="muted">无（最高一级）</span></xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
              <tr>
                <th scope="row">所在层级</th>
                <td>
                  <ol class="tree-path">
                    <xsl:for-each select="ancestors/unit">
                      <li><xsl:value-of select="."/></li>
                    </xsl:for-each>
                    <li class="here"><xsl:value-of select="name"/></li>
                  </ol>
                </td>
              </tr>
              <tr>
                <th scope="row">状态</th>
                <td><xsl:call-template name="active-badge"/></td>
              </tr>
            </tbody>
          </table>
        </div>
      </section>

      <section class="panel">
        <h2>单位证书</h2>
        <div class="panel-body">
          <div class="stat-pair">
            <div>
              <strong><xsl:value-of select="certs/@count"/></strong>
              <span>已登记</span>
            </div>
            <div>
              <strong><xsl:value-of select="certs/@active"/></strong>
              <span>有效</span>
            </div>
          </div>
          <p class="note">单位证书用于登录本系统，每张证书对应一名经办人员。</p>
          <xsl:if test="not($is-print)">
            <p><a class="button" href="/app/units/{@id}/certs">证书管理</a></p>
          </xsl:if>
        </div>
      </section>
    </div>

    <section class="panel">
      <h2>
        <span>下级单位</span>
        <span class="aside">
          <xsl:text>共 </xsl:text>
          <xsl:value-of select="children/@count"/>
          <xsl:text> 个</xsl:text>
        </span>
      </h2>
      <xsl:choose>
        <xsl:when test="children/unit">
          <div class="table-scroll">
          <table class="grid">
            <thead>
              <tr>
                <th scope="col">代码</th>
                <th scope="col">单位名称</th>
                <th scope="col">类别</th>
                <th scope="col">状态</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="children/unit">
                <tr>
                  <td class="code"><xsl:value-of select="@code"/></td>
                  <td><xsl:call-template name="unit-link"/></td>
                  <td><xsl:call-template name="kind-label"/></td>
                  <td><xsl:call-template name="active-badge"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
          </div>
          <xsl:if test="number(children/@count) &gt; count(children/unit)">
            <p class="panel-foot">
              <xsl:text>此处列出前 </xsl:text>
              <xsl:value-of select="count(children/unit)"/>
              <xsl:text> 个。</xsl:text>
              <xsl:if test="not($is-print)">
                <a href="/app/units">在单位列表中查询</a>
              </xsl:if>
            </p>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <p class="empty">暂无下级单位。</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

</xsl:stylesheet>
