<?xml version="1.0" encoding="UTF-8"?>
<!-- dashboard.xsl: the signed-in unit's home, GET /app/ (document <dashboard>). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="dashboard" mode="title">工作台</xsl:template>

  <xsl:template match="dashboard" mode="tools"/>

  <xsl:template match="dashboard" mode="main">
    <div class="columns-wide">
      <div>
        <section class="panel">
          <h2>本单位</h2>
          <div class="panel-body">
            <table class="facts">
              <tbody>
                <tr>
                  <th scope="row">单位名称</th>
                  <td><strong><xsl:value-of select="unit/name"/></strong></td>
                </tr>
                <tr>
                  <th scope="row">单位代码</th>
                  <td class="code"><xsl:value-of select="unit/@code"/></td>
                </tr>
                <tr>
                  <th scope="row">单位类别</th>
                  <td>
                    <xsl:call-template name="kind-label">
                      <xsl:with-param name="code" select="unit/@kind"/>
                    </xsl:call-template>
                  </td>
                </tr>
                <tr>
                  <th scope="row">所在层级</th>
                  <td>
                    <ol class="tree-path">
                      <xsl:for-each select="ancestors/unit">
                        <li><xsl:value-of select="."/></li>
                      </xsl:for-each>
                      <li class="here"><xsl:value-of select="unit/name"/></li>
                    </ol>
                  </td>
                </tr>
                <tr>
                  <th scope="row">状态</th>
                  <td>
                    <xsl:call-template name="active-badge">
                      <xsl:with-param name="code" select="unit/@active"/>
                    </xsl:call-template>
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
          <xsl:if test="not($is-print)">
            <p class="panel-foot">
              <a href="/app/units/{unit/@id}">单位详情</a>
              <xsl:text>　</xsl:text>
              <a href="/app/units/{unit/@id}/certs">证书管理</a>
            </p>
          </xsl:if>
        </section>

        <xsl:apply-templates select="children"/>
      </div>

      <xsl:apply-templates select="todo"/>
    </div>
  </xsl:template>

  <xsl:template match="dashboard/children">
    <section class="panel">
      <h2>
        <span>下级单位</span>
        <span class="aside">
          <xsl:text>共 </xsl:text>
          <xsl:value-of select="@count"/>
          <xsl:text> 个</xsl:text>
        </span>
      </h2>
      <xsl:choose>
        <xsl:when test="unit">
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
              <xsl:for-each select="unit">
                <tr>
                  <td class="code"><xsl:value-of select="@code"/></td>
                  <td><xsl:call-template name="unit-link"/></td>
                  <td><xsl:call-template name="kind-label"/></td>
                  <td><xsl:call-template name="active-badge"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
          <xsl:if test="number(@count) &gt; count(unit) and not($is-print)">
            <p class="panel-foot">
              <xsl:text>此处列出前 </xsl:text>
              <xsl:value-of select="count(unit)"/>
              <xsl:text> 个。</xsl:text>
              <a href="/app/units">全部下级单位</a>
            </p>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <p class="empty">暂无下级单位。</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- The to-do box. Items are <todo><item href="" since="" due="" count="">text</item>:
       each attribute optional (since: waiting since; due: deadline). -->
  <xsl:template match="dashboard/todo">
    <section class="panel todo">
      <h2>
        <span>待办事项</span>
        <xsl:if test="*">
          <span class="aside">
            <xsl:value-of select="count(*)"/>
            <xsl:text> 项</xsl:text>
          </span>
        </xsl:if>
      </h2>
      <div class="panel-body">
        <xsl:choose>
          <xsl:when test="*">
            <ul class="todo-list">
              <xsl:for-each select="*">
                <li>
                  <span class="todo-text">
                    <xsl:choose>
                      <xsl:when test="@href != '' and not($is-print)">
                        <a href="{@href}"><xsl:value-of select="normalize-space(.)"/></a>
                      </xsl:when>
                      <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
                    </xsl:choose>
                    <xsl:if test="@count != ''">
                      <xsl:text> </xsl:text>
                      <span class="badge badge-cert-revoked"><xsl:value-of select="@count"/></span>
                    </xsl:if>
                  </span>
                  <xsl:if test="@since != '' or @due != ''">
                    <span class="todo-since">
                      <xsl:if test="@since != ''">
                        <xsl:call-template name="date">
                          <xsl:with-param name="d" select="@since"/>
                        </xsl:call-template>
                        <xsl:text>起</xsl:text>
                      </xsl:if>
                      <xsl:if test="@due != ''">
                        <span class="todo-due">
                          <xsl:text>截止 </xsl:text>
                          <xsl:call-template name="date">
                            <xsl:with-param name="d" select="@due"/>
                          </xsl:call-template>
                        </span>
                      </xsl:if>
                    </span>
                  </xsl:if>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:when>
          <xsl:otherwise>
            <p class="todo-empty">暂无待办事项</p>
          </xsl:otherwise>
        </xsl:choose>
      </div>
    </section>
  </xsl:template>

</xsl:stylesheet>
