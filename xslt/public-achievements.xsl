<?xml version="1.0" encoding="UTF-8"?>
<!-- public-achievements.xsl: the public showcase of innovation results,
     GET /public/achievements (document <public-achievements>): the
     search box and the filters (kind, industry, district, year), the
     published achievements as cards, newest first (the thumbnail of the
     first photo when there is one, title, studio, district, year, what
     it brought), the pager.  The cards read on a phone as on a desk; on
     paper the list is a table with 序号. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="achievement-common.xsl"/>

  <xsl:variable name="root" select="/public-achievements"/>

  <xsl:template match="public-achievements" mode="title">职工创新成果展示</xsl:template>

  <xsl:template match="public-achievements" mode="head">
    <meta name="description" content="长春市职工创新工作室的创新成果：技术创新、管理创新、服务创新和制度创新，及其转化应用。"/>
    <link rel="stylesheet" href="/static/showcase.css"/>
  </xsl:template>

  <xsl:template match="public-achievements" mode="crumbs">
    <li><a href="/">首页</a></li>
    <li>创新成果</li>
  </xsl:template>

  <xsl:template match="public-achievements" mode="query">
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'q'"/>
      <xsl:with-param name="value" select="@q"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'kind'"/>
      <xsl:with-param name="value" select="@kind"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'industry'"/>
      <xsl:with-param name="value" select="@industry"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'district'"/>
      <xsl:with-param name="value" select="@district"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'year'"/>
      <xsl:with-param name="value" select="@year"/>
    </xsl:call-template>
  </xsl:template>

  <!-- 打印 (this page of the list, as layout.xsl's export-links) and
       the feed, in one row. -->
  <xsl:template match="public-achievements" mode="tools">
    <xsl:variable name="query">
      <xsl:call-template name="current-query"/>
      <xsl:if test="string(@page) != '1'">
        <xsl:call-template name="qp">
          <xsl:with-param name="name" select="'page'"/>
          <xsl:with-param name="value" select="@page"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <ul class="page-tools">
      <li><a class="tool tool-print" href="?format=print{$query}">打印</a></li>
      <li><a class="tool tool-feed" href="/public/feed.atom" type="application/atom+xml">订阅（Atom）</a></li>
    </ul>
  </xsl:template>

  <xsl:template match="public-achievements" mode="filter-words">
    <xsl:if test="@q != ''"><i>包含“<xsl:value-of select="@q"/>”</i></xsl:if>
    <xsl:if test="@kind != ''">
      <i>
        <xsl:text>类别为</xsl:text>
        <xsl:call-template name="ach-label">
          <xsl:with-param name="group" select="'ach-kind'"/>
          <xsl:with-param name="code" select="@kind"/>
        </xsl:call-template>
      </i>
    </xsl:if>
    <xsl:if test="@industry != ''">
      <i>
        <xsl:text>行业为</xsl:text>
        <xsl:call-template name="industry-name">
          <xsl:with-param name="code" select="@industry"/>
        </xsl:call-template>
      </i>
    </xsl:if>
    <xsl:if test="@district != ''">
      <i>
        <xsl:text>审核单位为</xsl:text>
        <xsl:call-template name="district-name">
          <xsl:with-param name="id" select="@district"/>
        </xsl:call-template>
      </i>
    </xsl:if>
    <xsl:if test="@year != ''"><i><xsl:value-of select="@year"/>年度</i></xsl:if>
  </xsl:template>

  <xsl:template name="industry-name">
    <xsl:param name="code"/>
    <xsl:variable name="c" select="$root/filters/industries/code[@code = $code]"/>
    <xsl:choose>
      <xsl:when test="$c"><xsl:value-of select="$c"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$code"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="district-name">
    <xsl:param name="id"/>
    <xsl:variable name="u" select="$root/filters/districts/unit[@id = $id]"/>
    <xsl:choose>
      <xsl:when test="$u"><xsl:value-of select="$u"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="public-achievements" mode="main">
    <p class="lead sc-lead">职工创新工作室的创新成果，经审核单位审核后发布，供技术交流和推广应用；最新发布在前。</p>
    <xsl:if test="not($is-print)">
      <xsl:call-template name="showcase-filter"/>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="achievement and $is-print">
        <xsl:call-template name="print-table"/>
      </xsl:when>
      <xsl:when test="achievement">
        <ol class="sc-list">
          <xsl:apply-templates select="achievement"/>
        </ol>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty">
          <xsl:choose>
            <xsl:when test="@q != ''">没有找到包含“<xsl:value-of select="@q"/>”的创新成果。</xsl:when>
            <xsl:otherwise>没有符合条件的创新成果。</xsl:otherwise>
          </xsl:choose>
        </p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <!-- A card: the thumbnail (when there is a photo) beside the texts. -->
  <xsl:template match="achievement">
    <xsl:variable name="href" select="concat('/public/achievements/', @id)"/>
    <li>
      <xsl:attribute name="class">
        <xsl:text>sc-card</xsl:text>
        <xsl:if test="string(@photo) != ''"> sc-card-photo</xsl:if>
      </xsl:attribute>
      <xsl:if test="string(@photo) != ''">
        <a class="sc-thumb" href="{$href}" tabindex="-1" aria-hidden="true">
          <img src="{@photo}" alt="" loading="lazy" decoding="async"/>
        </a>
      </xsl:if>
      <div class="sc-body">
        <h2 class="sc-title"><a href="{$href}"><xsl:value-of select="title"/></a></h2>
        <p class="sc-tags">
          <span class="sc-kind sc-kind-{@kind}">
            <xsl:call-template name="ach-label">
              <xsl:with-param name="group" select="'ach-kind'"/>
              <xsl:with-param name="code" select="@kind"/>
            </xsl:call-template>
          </span>
          <span class="sc-form">
            <xsl:call-template name="ach-label">
              <xsl:with-param name="group" select="'ach-form'"/>
              <xsl:with-param name="code" select="@form"/>
            </xsl:call-template>
          </span>
          <span class="sc-year"><xsl:value-of select="@year"/>年</span>
          <xsl:if test="string(@value) != ''">
            <span class="sc-value">
              <span class="k">创造价值</span>
              <xsl:call-template name="ach-value"/>
            </span>
          </xsl:if>
        </p>
        <p class="sc-studio">
          <a href="/public/studios/{@studio}"><xsl:value-of select="studio-name"/></a>
          <xsl:if test="normalize-space(district) != ''">
            <span class="sc-district"><xsl:value-of select="district"/></span>
          </xsl:if>
        </p>
        <xsl:variable name="s" select="normalize-space(summary)"/>
        <xsl:if test="$s != ''">
          <p class="sc-summary">
            <xsl:choose>
              <xsl:when test="string-length($s) &gt; 120">
                <xsl:value-of select="concat(substring($s, 1, 120), '…')"/>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
            </xsl:choose>
          </p>
        </xsl:if>
      </div>
    </li>
  </xsl:template>

  <!-- On paper: one row each, with 序号. -->
  <xsl:template name="print-table">
    <div class="table-scroll">
      <table class="grid sc-table">
        <thead>
          <tr>
            <xsl:call-template name="seq-head"/>
            <th scope="col" class="col-title">成果名称</th>
            <th scope="col">工作室</th>
            <th scope="col">审核单位</th>
            <th scope="col">类别</th>
            <th scope="col">年度</th>
            <th scope="col" class="num">创造价值（元）</th>
            <th scope="col">发布日期</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="achievement">
            <tr>
              <td class="num seq print-only"><xsl:value-of select="$seq-base + position()"/></td>
              <td class="col-title"><xsl:value-of select="title"/></td>
              <td><xsl:value-of select="studio-name"/></td>
              <td><xsl:value-of select="district"/></td>
              <td><xsl:call-template name="ach-kind-form"/></td>
              <td class="nowrap"><xsl:value-of select="@year"/></td>
              <td class="num">
                <xsl:call-template name="money"><xsl:with-param name="fen" select="@value"/></xsl:call-template>
              </td>
              <td class="date"><xsl:call-template name="date"><xsl:with-param name="d" select="@published-at"/></xsl:call-template></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <xsl:template name="showcase-filter">
    <form class="filter registry-filter sc-filter" method="get" action="/public/achievements" role="search">
      <div class="rf-row rf-q">
        <label for="f-q">搜索</label>
        <input type="search" id="f-q" name="q" value="{@q}" maxlength="50"
          placeholder="成果名称、内容或工作室"/>
      </div>
      <div class="rf-row">
        <label for="f-kind">成果类别</label>
        <select id="f-kind" name="kind">
          <option value="">全部</option>
          <xsl:for-each select="$ach-kinds">
            <option value="{.}">
              <xsl:if test="string($root/@kind) = string(.)">
                <xsl:attribute name="selected">selected</xsl:attribute>
              </xsl:if>
              <xsl:call-template name="ach-label">
                <xsl:with-param name="group" select="'ach-kind'"/>
                <xsl:with-param name="code" select="string(.)"/>
              </xsl:call-template>
            </option>
          </xsl:for-each>
        </select>
      </div>
      <div class="rf-row">
        <label for="f-industry">行业</label>
        <select id="f-industry" name="industry">
          <option value="">全部</option>
          <xsl:for-each select="filters/industries/code">
            <option value="{@code}">
              <xsl:if test="string($root/@industry) = string(@code)">
                <xsl:attribute name="selected">selected</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="concat(@code, ' ', .)"/>
            </option>
          </xsl:for-each>
        </select>
      </div>
      <div class="rf-row">
        <label for="f-district">县区/产业工会</label>
        <select id="f-district" name="district">
          <option value="">全部</option>
          <xsl:for-each select="filters/districts/unit">
            <option value="{@id}">
              <xsl:if test="string($root/@district) = string(@id)">
                <xsl:attribute name="selected">selected</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="."/>
            </option>
          </xsl:for-each>
        </select>
      </div>
      <div class="rf-row">
        <label for="f-year">完成年度</label>
        <input type="text" id="f-year" name="year" value="{@year}" maxlength="4"
          pattern="[0-9]{{4}}" inputmode="numeric" class="input-year" placeholder="全部"
          title="四位数字的年度，如 2026"/>
      </div>
      <div class="filter-actions">
        <button type="submit">查询</button>
        <a class="button-plain" href="/public/achievements">清除</a>
      </div>
    </form>
  </xsl:template>

</xsl:stylesheet>
