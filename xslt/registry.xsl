<?xml version="1.0" encoding="UTF-8"?>
<!-- registry.xsl: the public registry of named studios, GET /public/studios
     (document <registry>): the filters, the studios as cards (they read
     on a phone as on a desk), the pager. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <!-- an industry's name by its code, for each row -->
  <xsl:key name="registry-industry" match="/registry/filters/industries/code" use="@code"/>

  <xsl:template match="registry" mode="title">职工创新工作室名录</xsl:template>

  <xsl:template match="registry" mode="filter-words">
    <xsl:if test="@district != ''">
      <i>
        <xsl:text>审核单位为</xsl:text>
        <xsl:value-of select="filters/districts/unit[@id = current()/@district]"/>
      </i>
    </xsl:if>
    <xsl:if test="@industry != ''">
      <i>
        <xsl:text>行业为</xsl:text>
        <xsl:value-of select="filters/industries/code[@code = current()/@industry]"/>
      </i>
    </xsl:if>
    <xsl:if test="@type != ''">
      <i>
        <xsl:text>类型为</xsl:text>
        <xsl:value-of select="filters/types/code[@code = current()/@type]"/>
      </i>
    </xsl:if>
    <xsl:if test="@year != ''"><i><xsl:value-of select="@year"/>年命名</i></xsl:if>
    <xsl:if test="@q != ''"><i>包含“<xsl:value-of select="@q"/>”</i></xsl:if>
  </xsl:template>

  <!-- On paper: the studios as a table, one row each, with 序号. -->
  <xsl:template name="print-table">
    <div class="table-scroll">
    <table class="grid registry-table">
      <thead>
        <tr>
          <xsl:call-template name="seq-head"/>
          <th scope="col" class="col-name">工作室名称</th>
          <th scope="col">所在单位</th>
          <th scope="col">审核单位</th>
          <th scope="col">行业</th>
          <th scope="col">命名编号</th>
          <th scope="col">命名日期</th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="studio">
          <tr>
            <td class="num seq print-only"><xsl:value-of select="$seq-base + position()"/></td>
            <td><xsl:value-of select="name"/></td>
            <td><xsl:value-of select="host-unit"/></td>
            <td><xsl:value-of select="district"/></td>
            <td>
              <xsl:variable name="c" select="key('registry-industry', @industry)"/>
              <xsl:choose>
                <xsl:when test="$c"><xsl:value-of select="$c"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="@industry"/></xsl:otherwise>
              </xsl:choose>
            </td>
            <td class="code"><xsl:value-of select="naming-number"/></td>
            <td class="date">
              <xsl:call-template name="date">
                <xsl:with-param name="d" select="@named-on"/>
              </xsl:call-template>
            </td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    </div>
  </xsl:template>

  <xsl:template match="registry" mode="crumbs">
    <li><a href="/">首页</a></li>
    <li>工作室名录</li>
  </xsl:template>

  <xsl:template match="registry" mode="query">
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'district'"/>
      <xsl:with-param name="value" select="@district"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'industry'"/>
      <xsl:with-param name="value" select="@industry"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'type'"/>
      <xsl:with-param name="value" select="@type"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'year'"/>
      <xsl:with-param name="value" select="@year"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'q'"/>
      <xsl:with-param name="value" select="@q"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="registry" mode="tools">
    <xsl:call-template name="export-links"/>
    <ul class="page-tools">
      <li><a class="tool tool-feed" href="/public/feed.atom" type="application/atom+xml">订阅命名公告（Atom）</a></li>
    </ul>
  </xsl:template>

  <xsl:template match="registry" mode="main">
    <p class="lead registry-lead">经长春市总工会考核命名的职工创新工作室（已取消命名的不在名录之列）。</p>
    <xsl:if test="not($is-print)">
      <xsl:call-template name="registry-filter"/>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="studio and $is-print">
        <xsl:call-template name="print-table"/>
      </xsl:when>
      <xsl:when test="studio">
        <ol class="registry-list">
          <xsl:apply-templates select="studio"/>
        </ol>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty">没有符合条件的工作室。</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <xsl:template match="studio">
    <li class="registry-item">
      <h2 class="registry-name">
        <xsl:choose>
          <xsl:when test="$is-print"><xsl:value-of select="name"/></xsl:when>
          <xsl:otherwise><a href="/public/studios/{@id}"><xsl:value-of select="name"/></a></xsl:otherwise>
        </xsl:choose>
      </h2>
      <p class="registry-host">
        <xsl:value-of select="host-unit"/>
        <xsl:if test="string(district) != ''">
          <span class="registry-district"><xsl:value-of select="district"/></span>
        </xsl:if>
      </p>
      <p class="registry-meta">
        <xsl:if test="string(field) != ''">
          <span><span class="k">领域</span><xsl:value-of select="field"/></span>
        </xsl:if>
        <xsl:if test="string(@industry) != ''">
          <span>
            <span class="k">行业</span>
            <xsl:variable name="c" select="key('registry-industry', @industry)"/>
            <xsl:choose>
              <xsl:when test="$c"><xsl:value-of select="$c"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="@industry"/></xsl:otherwise>
            </xsl:choose>
          </span>
        </xsl:if>
        <xsl:if test="normalize-space(@types) != ''">
          <span>
            <span class="k">类型</span>
            <xsl:call-template name="stype-labels">
              <xsl:with-param name="codes" select="@types"/>
            </xsl:call-template>
          </span>
        </xsl:if>
      </p>
      <p class="registry-naming">
        <span class="badge badge-studio-{@status}">
          <xsl:call-template name="studio-status-label"/>
        </span>
        <span>
          <xsl:call-template name="date">
            <xsl:with-param name="d" select="@named-on"/>
          </xsl:call-template>
          <xsl:text>命名</xsl:text>
        </span>
        <span class="registry-number"><xsl:value-of select="naming-number"/></span>
      </p>
    </li>
  </xsl:template>

  <xsl:template name="registry-filter">
    <form class="filter registry-filter" method="get" action="/public/studios" role="search">
      <div class="rf-row rf-q">
        <label for="f-q">搜索</label>
        <input type="search" id="f-q" name="q" value="{@q}" maxlength="50"
          placeholder="工作室名称、所在单位或创新领域"/>
      </div>
      <div class="rf-row">
        <label for="f-district">县区/产业工会</label>
        <select id="f-district" name="district">
          <option value="">全部</option>
          <xsl:for-each select="filters/districts/unit">
            <option value="{@id}">
              <xsl:if test="string(/registry/@district) = string(@id)">
                <xsl:attribute name="selected">selected</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="."/>
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
              <xsl:if test="string(/registry/@industry) = string(@code)">
                <xsl:attribute name="selected">selected</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="concat(@code, ' ', .)"/>
            </option>
          </xsl:for-each>
        </select>
      </div>
      <div class="rf-row">
        <label for="f-type">类型</label>
        <select id="f-type" name="type">
          <option value="">全部</option>
          <xsl:for-each select="filters/types/code">
            <option value="{@code}">
              <xsl:if test="string(/registry/@type) = string(@code)">
                <xsl:attribute name="selected">selected</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="."/>
            </option>
          </xsl:for-each>
        </select>
      </div>
      <div class="rf-row">
        <label for="f-year">命名年度</label>
        <select id="f-year" name="year">
          <option value="">全部</option>
          <xsl:for-each select="filters/years/year">
            <option value="{.}">
              <xsl:if test="string(/registry/@year) = string(.)">
                <xsl:attribute name="selected">selected</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="concat(., '年')"/>
            </option>
          </xsl:for-each>
        </select>
      </div>
      <div class="filter-actions">
        <button type="submit">查询</button>
        <a class="button-plain" href="/public/studios">清除</a>
      </div>
    </form>
  </xsl:template>

  <!-- On paper: the filters in one line, as words. -->
  <xsl:template name="filter-summary">
    <xsl:if test="@district or @industry or @type or @year or @q">
      <p class="filter-summary">
        <xsl:text>筛选条件：</xsl:text>
        <xsl:if test="@district">
          <xsl:value-of select="filters/districts/unit[@id = current()/@district]"/>
          <xsl:text>　</xsl:text>
        </xsl:if>
        <xsl:if test="@industry">
          <xsl:value-of select="filters/industries/code[@code = current()/@industry]"/>
          <xsl:text>　</xsl:text>
        </xsl:if>
        <xsl:if test="@type">
          <xsl:value-of select="filters/types/code[@code = current()/@type]"/>
          <xsl:text>　</xsl:text>
        </xsl:if>
        <xsl:if test="@year">
          <xsl:value-of select="concat(@year, '年命名')"/>
          <xsl:text>　</xsl:text>
        </xsl:if>
        <xsl:if test="@q">
          <xsl:text>“</xsl:text>
          <xsl:value-of select="@q"/>
          <xsl:text>”</xsl:text>
        </xsl:if>
      </p>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
