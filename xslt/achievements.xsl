<?xml version="1.0" encoding="UTF-8"?>
<!--
  achievements.xsl: the achievements of the unit's subtree, GET
  /app/achievements (document <achievements>): a GET filter form (status,
  kind, year, district from <filters> when given, q), the table (each
  row to its page), the pager and the CSV export of the whole filtered
  list; for a base union (<new> with its studios) the form that creates
  one, POST /app/achievements action=create.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="achievement-common.xsl"/>

  <!-- the year is a column only when the list holds every year -->
  <xsl:variable name="all-years" select="string(/achievements/@year) = ''"/>

  <xsl:template match="achievements" mode="head">
    <link rel="stylesheet" href="/static/showcase.css"/>
  </xsl:template>

  <xsl:template match="achievements" mode="title">创新成果</xsl:template>
  <xsl:template match="achievements" mode="print-title">
    <xsl:if test="@year != ''"><xsl:value-of select="@year"/>年度</xsl:if>
    <xsl:text>职工创新工作室创新成果一览表</xsl:text>
  </xsl:template>

  <xsl:template match="achievements" mode="crumbs">
    <li><a href="/app/">首页</a></li>
    <li aria-current="page">创新成果</li>
  </xsl:template>

  <xsl:template match="achievements" mode="query">
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'status'"/>
      <xsl:with-param name="value" select="@status"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'kind'"/>
      <xsl:with-param name="value" select="@kind"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'year'"/>
      <xsl:with-param name="value" select="@year"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'district'"/>
      <xsl:with-param name="value" select="@district"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'q'"/>
      <xsl:with-param name="value" select="@q"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="achievements" mode="tools">
    <xsl:call-template name="export-links">
      <xsl:with-param name="csv" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="achievements" mode="filter-words">
    <xsl:if test="@year != ''"><i><xsl:value-of select="@year"/>年度</i></xsl:if>
    <xsl:if test="@status != ''">
      <i>
        <xsl:text>状态为“</xsl:text>
        <xsl:call-template name="ach-label">
          <xsl:with-param name="group" select="'ach-status'"/>
          <xsl:with-param name="code" select="@status"/>
        </xsl:call-template>
        <xsl:text>”</xsl:text>
      </i>
    </xsl:if>
    <xsl:if test="@kind != ''">
      <i>
        <xsl:text>类别为“</xsl:text>
        <xsl:call-template name="ach-label">
          <xsl:with-param name="group" select="'ach-kind'"/>
          <xsl:with-param name="code" select="@kind"/>
        </xsl:call-template>
        <xsl:text>”</xsl:text>
      </i>
    </xsl:if>
    <xsl:if test="@district != ''">
      <i>
        <xsl:text>审核单位为</xsl:text>
        <xsl:variable name="u" select="filters/districts/unit[@id = current()/@district]"/>
        <xsl:choose>
          <xsl:when test="$u"><xsl:value-of select="$u"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="@district"/></xsl:otherwise>
        </xsl:choose>
      </i>
    </xsl:if>
    <xsl:if test="@q != ''">
      <i>
        <xsl:text>包含“</xsl:text>
        <xsl:value-of select="@q"/>
        <xsl:text>”</xsl:text>
      </i>
    </xsl:if>
  </xsl:template>

  <!-- Where to mend a refusal of the create form: its field. -->
  <xsl:template match="achievements/errors/error" mode="error-href">
    <xsl:choose>
      <xsl:when test="@field != '' and @field != 'csrf'">
        <xsl:value-of select="concat('#f-', @field)"/>
      </xsl:when>
      <xsl:otherwise>#new</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="achievements" mode="main">
    <xsl:if test="not($is-print)">
      <xsl:if test="new/studio">
        <p class="ach-new-link"><a class="button" href="#new">登记创新成果</a></p>
      </xsl:if>
      <xsl:call-template name="filter-form"/>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="achievement">
        <div class="table-scroll">
          <table class="grid ach-table">
            <thead>
              <tr>
                <xsl:call-template name="seq-head"/>
                <th scope="col" class="col-title">成果名称</th>
                <th scope="col">工作室</th>
                <th scope="col">类别</th>
                <xsl:if test="$all-years"><th scope="col">年度</th></xsl:if>
                <th scope="col">所在单位工会</th>
                <th scope="col">审核单位</th>
                <th scope="col">状态</th>
                <th scope="col">状态时间</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="achievement">
                <tr>
                  <td class="num seq print-only"><xsl:value-of select="$seq-base + position()"/></td>
                  <td class="col-title" data-label="成果名称">
                    <xsl:choose>
                      <xsl:when test="$is-print"><xsl:value-of select="title"/></xsl:when>
                      <xsl:otherwise><a href="/app/achievements/{@id}"><xsl:value-of select="title"/></a></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td data-label="工作室">
                    <xsl:choose>
                      <xsl:when test="$is-print"><xsl:value-of select="studio-name"/></xsl:when>
                      <xsl:otherwise><a href="/app/studios/{@studio}"><xsl:value-of select="studio-name"/></a></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td data-label="类别"><xsl:call-template name="ach-kind-form"/></td>
                  <xsl:if test="$all-years"><td class="nowrap" data-label="年度"><xsl:value-of select="@year"/></td></xsl:if>
                  <td data-label="所在单位工会"><xsl:value-of select="base-union"/></td>
                  <td data-label="审核单位"><xsl:value-of select="auditing-unit"/></td>
                  <td class="nowrap" data-label="状态"><xsl:call-template name="ach-badge"/></td>
                  <td class="date" data-label="状态时间"><xsl:call-template name="date"><xsl:with-param name="d" select="@since"/></xsl:call-template></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty panel">没有符合条件的创新成果。</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
    <xsl:if test="not($is-print) and new/studio">
      <xsl:call-template name="create-form"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="filter-form">
    <xsl:variable name="root" select="."/>
    <form class="filter app-filter" method="get" action="/app/achievements">
      <span class="filter-field">
        <label for="q-status">状态</label>
        <select id="q-status" name="status">
          <option value="">全部状态</option>
          <xsl:for-each select="$ach-statuses">
            <option value="{.}">
              <xsl:if test="string(.) = string($root/@status)">
                <xsl:attribute name="selected">selected</xsl:attribute>
              </xsl:if>
              <xsl:call-template name="ach-label">
                <xsl:with-param name="group" select="'ach-status'"/>
                <xsl:with-param name="code" select="string(.)"/>
              </xsl:call-template>
            </option>
          </xsl:for-each>
        </select>
      </span>
      <span class="filter-field">
        <label for="q-kind">类别</label>
        <select id="q-kind" name="kind">
          <option value="">全部类别</option>
          <xsl:for-each select="$ach-kinds">
            <option value="{.}">
              <xsl:if test="string(.) = string($root/@kind)">
                <xsl:attribute name="selected">selected</xsl:attribute>
              </xsl:if>
              <xsl:call-template name="ach-label">
                <xsl:with-param name="group" select="'ach-kind'"/>
                <xsl:with-param name="code" select="string(.)"/>
              </xsl:call-template>
            </option>
          </xsl:for-each>
        </select>
      </span>
      <span class="filter-field">
        <label for="q-year">年度</label>
        <input type="text" id="q-year" name="year" value="{@year}" maxlength="4"
               pattern="[0-9]{{4}}" inputmode="numeric" class="input-year" placeholder="全部"
               title="四位数字的年度，如 2026"/>
      </span>
      <xsl:choose>
        <xsl:when test="filters/districts/unit">
          <span class="filter-field">
            <label for="q-district">审核单位</label>
            <select id="q-district" name="district">
              <option value="">全部</option>
              <xsl:for-each select="filters/districts/unit">
                <option value="{@id}">
                  <xsl:if test="string(@id) = string($root/@district)">
                    <xsl:attribute name="selected">selected</xsl:attribute>
                  </xsl:if>
                  <xsl:value-of select="."/>
                </option>
              </xsl:for-each>
            </select>
          </span>
        </xsl:when>
        <xsl:when test="@district != ''">
          <input type="hidden" name="district" value="{@district}"/>
        </xsl:when>
      </xsl:choose>
      <span class="filter-field">
        <label for="q-q">关键字</label>
        <input type="search" id="q-q" name="q" value="{@q}" maxlength="50" placeholder="成果名称或内容"/>
      </span>
      <span class="filter-actions">
        <button type="submit">查询</button>
        <xsl:if test="@status != '' or @kind != '' or @year != '' or @district != '' or @q != ''">
          <a class="button button-plain" href="/app/achievements">清除条件</a>
        </xsl:if>
      </span>
    </form>
  </xsl:template>

  <!-- The form that creates an achievement for one of the unit's studios. -->
  <xsl:template name="create-form">
    <section class="panel app-section ach-new" id="new">
      <h2>登记创新成果</h2>
      <form class="app-form ach-form" method="post" action="/app/achievements">
        <xsl:call-template name="csrf-input"/>
        <p class="panel-note ach-note">登记后为草稿，可补充照片，再提交审核单位审核；审核发布后在公众网站“创新成果”中展示。</p>
        <xsl:call-template name="ach-fields">
          <xsl:with-param name="action" select="'create'"/>
          <xsl:with-param name="studios" select="new/studio"/>
        </xsl:call-template>
        <p class="ach-submit">
          <button type="submit" name="action" value="create">保存草稿</button>
        </p>
      </form>
    </section>
  </xsl:template>

</xsl:stylesheet>
