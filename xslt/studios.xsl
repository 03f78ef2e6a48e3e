<?xml version="1.0" encoding="UTF-8"?>
<!--
  studios.xsl: the named studios of the unit's subtree, GET /app/studios
  (document <studios>): tabs by status with their counts, a GET filter
  form (status, district, industry, type, year named, q), the table and
  the pager. decision= (set when the city has just named a batch) lists
  the studios of one naming decision.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="exsl">
  <xsl:import href="layout.xsl"/>

  <xsl:variable name="statuses-rtf">
    <s>active</s>
    <s>key-support</s>
    <s>supervised</s>
    <s>upgraded</s>
    <s>revoked</s>
  </xsl:variable>
  <xsl:variable name="statuses" select="exsl:node-set($statuses-rtf)/s"/>

  <xsl:template match="studios" mode="title">职工创新工作室</xsl:template>
  <xsl:template match="studios" mode="print-title">职工创新工作室一览表</xsl:template>

  <xsl:template match="studios" mode="filter-words">
    <xsl:if test="@status != ''">
      <i>
        <xsl:text>状态为“</xsl:text>
        <xsl:call-template name="studio-status-label"/>
        <xsl:text>”</xsl:text>
      </i>
    </xsl:if>
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
    <xsl:if test="@decision != ''"><i>命名决定 <xsl:value-of select="@decision"/></i></xsl:if>
    <xsl:if test="@q != ''"><i>名称包含“<xsl:value-of select="@q"/>”</i></xsl:if>
  </xsl:template>

  <xsl:template name="filters-but-status">
    <xsl:for-each select="/studios/@district | /studios/@industry | /studios/@type
                          | /studios/@year | /studios/@decision | /studios/@q">
      <xsl:call-template name="qp">
        <xsl:with-param name="name" select="local-name()"/>
        <xsl:with-param name="value" select="string(.)"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="studios" mode="query">
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'status'"/>
      <xsl:with-param name="value" select="@status"/>
    </xsl:call-template>
    <xsl:call-template name="filters-but-status"/>
  </xsl:template>

  <xsl:template match="studios" mode="tools">
    <div class="page-tools-row">
      <xsl:call-template name="export-links">
        <xsl:with-param name="csv" select="true()"/>
      </xsl:call-template>
    </div>
  </xsl:template>

  <xsl:template match="studios" mode="main">
    <xsl:variable name="rest"><xsl:call-template name="filters-but-status"/></xsl:variable>
    <xsl:variable name="counts" select="counts/count"/>
    <xsl:variable name="current" select="string(@status)"/>

    <xsl:if test="@decision != '' and studio">
      <section class="notice notice-ok">
        <p>
          <xsl:text>命名决定 </xsl:text>
          <strong><xsl:value-of select="studio[1]/@decision"/></strong>
          <xsl:text> 命名的工作室共 </xsl:text>
          <xsl:value-of select="@total"/>
          <xsl:text> 个，各工作室的档案已建立。</xsl:text>
          <xsl:if test="not($is-print)">
            <xsl:text> </xsl:text>
            <a class="decision-link" href="/app/decisions/{@decision}">查看命名决定</a>
            <xsl:text>　</xsl:text>
            <a class="decision-link" href="/app/decisions/{@decision}?format=print">打印命名决定</a>
          </xsl:if>
        </p>
      </section>
    </xsl:if>

    <xsl:if test="not($is-print)">
      <nav class="status-tabs" aria-label="按状态查看">
        <ul>
          <li>
            <a>
              <xsl:attribute name="href">
                <xsl:text>/app/studios</xsl:text>
                <xsl:if test="$rest != ''">?<xsl:value-of select="substring($rest, 2)"/></xsl:if>
              </xsl:attribute>
              <xsl:if test="$current = ''">
                <xsl:attribute name="class">current</xsl:attribute>
                <xsl:attribute name="aria-current">page</xsl:attribute>
              </xsl:if>
              <xsl:text>全部</xsl:text>
              <span class="tab-count"><xsl:value-of select="sum($counts)"/></span>
            </a>
          </li>
          <xsl:for-each select="$statuses">
            <xsl:variable name="code" select="string(.)"/>
            <li>
              <a href="?status={$code}{$rest}">
                <xsl:if test="$current = $code">
                  <xsl:attribute name="class">current</xsl:attribute>
                  <xsl:attribute name="aria-current">page</xsl:attribute>
                </xsl:if>
                <xsl:call-template name="studio-status-label">
                  <xsl:with-param name="code" select="$code"/>
                </xsl:call-template>
                <span class="tab-count">
                  <xsl:value-of select="sum($counts[@status = $code])"/>
                </span>
              </a>
            </li>
          </xsl:for-each>
        </ul>
      </nav>
      <xsl:call-template name="filter-form"/>
    </xsl:if>

    <xsl:choose>
      <xsl:when test="studio">
        <div class="table-scroll">
          <table class="grid studios-table">
            <thead>
              <tr>
                <xsl:call-template name="seq-head"/>
                <th scope="col">命名编号</th>
                <th scope="col" class="col-name">工作室名称</th>
                <th scope="col">所在单位</th>
                <th scope="col">审核单位</th>
                <th scope="col">行业</th>
                <th scope="col">领衔人</th>
                <th scope="col">命名日期</th>
                <th scope="col">状态</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="studio">
                <tr>
                  <td class="num seq print-only"><xsl:value-of select="$seq-base + position()"/></td>
                  <td class="code"><xsl:value-of select="@number"/></td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="$is-print"><xsl:value-of select="name"/></xsl:when>
                      <xsl:otherwise><a href="/app/studios/{@id}"><xsl:value-of select="name"/></a></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td><xsl:value-of select="host-unit"/></td>
                  <td><xsl:value-of select="auditing-unit"/></td>
                  <td><xsl:value-of select="industry"/></td>
                  <td><xsl:value-of select="leader-name"/></td>
                  <td>
                    <xsl:call-template name="date">
                      <xsl:with-param name="d" select="@named-on"/>
                    </xsl:call-template>
                  </td>
                  <td>
                    <span class="badge badge-studio badge-studio-{@status}">
                      <xsl:call-template name="studio-status-label"/>
                    </span>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty panel">没有符合条件的工作室。</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <xsl:template name="filter-form">
    <form class="filter app-filter" method="get" action="/app/studios">
      <xsl:if test="@status != ''">
        <input type="hidden" name="status" value="{@status}"/>
      </xsl:if>
      <xsl:if test="filters/districts/unit">
        <span class="filter-field">
          <label for="f-district">审核单位</label>
          <select id="f-district" name="district">
            <option value="">全部</option>
            <xsl:for-each select="filters/districts/unit">
              <option value="{@id}">
                <xsl:if test="/studios/@district = @id">
                  <xsl:attribute name="selected">selected</xsl:attribute>
                </xsl:if>
                <xsl:value-of select="."/>
              </option>
            </xsl:for-each>
          </select>
        </span>
      </xsl:if>
      <span class="filter-field">
        <label for="f-industry">行业</label>
        <select id="f-industry" name="industry">
          <option value="">全部行业</option>
          <xsl:for-each select="filters/industries/code">
            <option value="{@code}">
              <xsl:if test="/studios/@industry = @code">
                <xsl:attribute name="selected">selected</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="."/>
            </option>
          </xsl:for-each>
        </select>
      </span>
      <span class="filter-field">
        <label for="f-type">类型</label>
        <select id="f-type" name="type">
          <option value="">全部类型</option>
          <xsl:for-each select="filters/types/code">
            <option value="{@code}">
              <xsl:if test="/studios/@type = @code">
                <xsl:attribute name="selected">selected</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="."/>
            </option>
          </xsl:for-each>
        </select>
      </span>
      <span class="filter-field">
        <label for="f-year">命名年度</label>
        <input type="text" id="f-year" name="year" value="{@year}" maxlength="4" size="5"
               inputmode="numeric" pattern="[0-9]{{4}}" placeholder="如 2026"
               title="命名年度，四位数字" class="input-year"/>
      </span>
      <span class="filter-field">
        <label for="f-q">关键字</label>
        <input type="search" id="f-q" name="q" value="{@q}" maxlength="50"
               placeholder="工作室名称或所在单位"/>
      </span>
      <span class="filter-actions">
        <button type="submit">查询</button>
        <xsl:if test="@status != '' or @district != '' or @industry != '' or @type != ''
                      or @year != '' or @decision != '' or @q != ''">
          <a class="button button-plain" href="/app/studios">清除条件</a>
        </xsl:if>
      </span>
    </form>
  </xsl:template>

</xsl:stylesheet>
