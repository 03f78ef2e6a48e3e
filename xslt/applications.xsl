<?xml version="1.0" encoding="UTF-8"?>
<!--
  applications.xsl: the list of applications, GET /app/applications
  (document <applications>): tabs by status with their counts, a GET
  filter form (status, district, industry, type, year, q), the table and
  the pager. For an auditing unit and for the city (can-batch="true") the
  table sits in a POST form to /app/applications/batch: a checkbox "ids" on
  each row with batch="true", a required opinion, and action=@batch-action:
  approve (the auditing unit) or name (the city, with its decision's
  document number, date and title).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="exsl">
  <xsl:import href="layout.xsl"/>

  <!-- the statuses in the order of the procedure; @always: shown as a tab
       even with no applications -->
  <xsl:variable name="statuses-rtf">
    <s always="1">draft</s>
    <s always="1">recommended</s>
    <s always="1">audited</s>
    <s always="1">named</s>
    <s always="1">returned</s>
    <s always="1">rejected</s>
    <s always="1">withdrawn</s>
    <s>revoked</s>
    <s>upgraded</s>
  </xsl:variable>
  <xsl:variable name="statuses" select="exsl:node-set($statuses-rtf)/s"/>

  <xsl:variable name="batch" select="/applications/@can-batch = 'true' and not($is-print)
                                     and /applications/application[@batch = 'true']"/>

  <xsl:template match="applications" mode="title">创建申请</xsl:template>
  <xsl:template match="applications" mode="print-title">创建申请一览表</xsl:template>

  <!-- the filters of the view, except status (the tabs set it) -->
  <xsl:template name="filters-but-status">
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'district'"/>
      <xsl:with-param name="value" select="/applications/@district"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'industry'"/>
      <xsl:with-param name="value" select="/applications/@industry"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'type'"/>
      <xsl:with-param name="value" select="/applications/@type"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'year'"/>
      <xsl:with-param name="value" select="/applications/@year"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'q'"/>
      <xsl:with-param name="value" select="/applications/@q"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="applications" mode="query">
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'status'"/>
      <xsl:with-param name="value" select="@status"/>
    </xsl:call-template>
    <xsl:call-template name="filters-but-status"/>
  </xsl:template>

  <xsl:template match="applications" mode="tools">
    <div class="page-tools-row">
      <xsl:if test="@can-create = 'true'">
        <a class="button" href="/app/applications/new">新建申请</a>
      </xsl:if>
      <xsl:call-template name="export-links">
        <xsl:with-param name="csv" select="true()"/>
      </xsl:call-template>
    </div>
  </xsl:template>

  <!-- Where to mend a refused batch: its fields. -->
  <xsl:template match="/applications/errors/error" mode="error-href">
    <xsl:choose>
      <xsl:when test="@field = 'opinion'">#batch-opinion</xsl:when>
      <xsl:when test="starts-with(@field, 'decision-')">
        <xsl:value-of select="concat('#', @field)"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="applications" mode="main">
    <xsl:variable name="rest"><xsl:call-template name="filters-but-status"/></xsl:variable>
    <xsl:variable name="counts" select="counts/count"/>
    <xsl:variable name="current" select="string(@status)"/>
    <xsl:variable name="base">
      <xsl:choose>
        <xsl:when test="$path != ''"><xsl:value-of select="$path"/></xsl:when>
        <xsl:otherwise>/app/applications</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>

    <xsl:choose>
      <xsl:when test="$is-print"/>
      <xsl:otherwise>
        <nav class="status-tabs" aria-label="按状态查看">
          <ul>
            <li>
              <a>
                <xsl:attribute name="href">
                  <xsl:value-of select="$base"/>
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
            <xsl:for-each select="$statuses[@always or . = $counts[number(.) &gt; 0]/@status or . = $current]">
              <xsl:variable name="code" select="string(.)"/>
              <li>
                <a href="?status={$code}{$rest}">
                  <xsl:if test="$current = $code">
                    <xsl:attribute name="class">current</xsl:attribute>
                    <xsl:attribute name="aria-current">page</xsl:attribute>
                  </xsl:if>
                  <xsl:call-template name="label">
                    <xsl:with-param name="k" select="concat('app-short.', $code)"/>
                  </xsl:call-template>
                  <span class="tab-count">
                    <xsl:choose>
                      <xsl:when test="$counts[@status = $code]"><xsl:value-of select="sum($counts[@status = $code])"/></xsl:when>
                      <xsl:otherwise>0</xsl:otherwise>
                    </xsl:choose>
                  </span>
                </a>
              </li>
            </xsl:for-each>
          </ul>
        </nav>
        <xsl:if test="@can-create != 'true'">
          <p class="help">草稿在首次推荐上报前属于所在单位工会：标签上只统计数量，推荐上报后方列入下表。</p>
        </xsl:if>
        <xsl:call-template name="filter-form">
          <xsl:with-param name="base" select="$base"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>

    <xsl:choose>
      <xsl:when test="application and $batch">
        <form class="batch-form" method="post" action="/app/applications/batch">
          <xsl:call-template name="csrf-input"/>
          <input type="hidden" name="action" value="{/applications/@batch-action}"/>
          <xsl:call-template name="table"/>
          <xsl:choose>
            <xsl:when test="/applications/@batch-action = 'name'">
              <section class="panel batch-panel">
                <h2>批量命名</h2>
                <div class="panel-body">
                  <p class="help">勾选上表中已审核的申请（状态为“已审核”），填写命名决定的文号和日期后提交：所选申请按同一决定一次命名，各自获得命名编号并建立工作室档案。不予命名或需要退回的申请，请在申请页面逐件办理。</p>
                  <div class="fgrid">
                    <p class="field">
                      <label for="decision-number">命名决定文号<span class="req" aria-hidden="true">*</span></label>
                      <input type="text" id="decision-number" name="decision-number" maxlength="60"
                             required="required" placeholder="如 长工发〔2026〕12号">
                        <xsl:attribute name="value"><xsl:call-template name="posted"><xsl:with-param name="name" select="'decision-number'"/></xsl:call-template></xsl:attribute>
                      </input>
                    </p>
                    <p class="field">
                      <label for="decision-date">决定日期<span class="req" aria-hidden="true">*</span></label>
                      <input type="date" id="decision-date" name="decision-date" required="required"
                             value="{$today}" max="{$today}"/>
                    </p>
                    <p class="field field-wide">
                      <label for="decision-title">决定标题</label>
                      <input type="text" id="decision-title" name="decision-title" maxlength="100"
                             placeholder="关于命名长春市职工创新工作室的决定">
                        <xsl:attribute name="value"><xsl:call-template name="posted"><xsl:with-param name="name" select="'decision-title'"/></xsl:call-template></xsl:attribute>
                      </input>
                    </p>
                  </div>
                  <label for="batch-opinion">考核意见<span class="req" aria-hidden="true">*</span><span class="muted">（不超过 200 字）</span></label>
                  <!-- maxlength: MAXOPINION of fcgi/h_review.c -->
                  <textarea id="batch-opinion" name="opinion" rows="3" cols="60" maxlength="200"
                            required="required">
                    <xsl:text>&#10;</xsl:text>
                    <xsl:call-template name="posted"><xsl:with-param name="name" select="'opinion'"/></xsl:call-template>
                  </textarea>
                  <p class="action-submit">
                    <button type="submit">按决定批量命名</button>
                  </p>
                </div>
              </section>
            </xsl:when>
            <xsl:otherwise>
              <section class="panel batch-panel">
                <h2>批量审核</h2>
                <div class="panel-body">
                  <p class="help">勾选上表中待本单位审核的申请（状态为“已推荐”），填写审核意见后提交。审核通过的申请报长春市总工会考核命名；需要退回或不予推荐的申请，请在申请页面逐件办理。</p>
                  <label for="batch-opinion">审核意见<span class="req" aria-hidden="true">*</span><span class="muted">（不超过 200 字）</span></label>
                  <!-- maxlength: MAXOPINION of fcgi/h_review.c -->
                  <textarea id="batch-opinion" name="opinion" rows="3" cols="60" maxlength="200"
                            required="required">
                    <xsl:text>&#10;</xsl:text>
                    <xsl:call-template name="posted"><xsl:with-param name="name" select="'opinion'"/></xsl:call-template>
                  </textarea>
                  <p class="action-submit">
                    <button type="submit">批量审核通过</button>
                  </p>
                </div>
              </section>
            </xsl:otherwise>
          </xsl:choose>
        </form>
      </xsl:when>
      <xsl:when test="application">
        <xsl:call-template name="table"/>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty panel">没有符合条件的申请。</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <!-- =========================================================== filters -->

  <xsl:template name="filter-form">
    <xsl:param name="base"/>
    <form class="filter app-filter" method="get" action="{$base}">
      <xsl:variable name="cur" select="string(@status)"/>
      <span class="filter-field">
        <label for="f-status">状态</label>
        <select id="f-status" name="status">
          <option value="">全部状态</option>
          <xsl:for-each select="$statuses">
            <option value="{.}">
              <xsl:if test="$cur = string(.)">
                <xsl:attribute name="selected">selected</xsl:attribute>
              </xsl:if>
              <xsl:call-template name="app-status-label">
                <xsl:with-param name="code" select="string(.)"/>
              </xsl:call-template>
            </option>
          </xsl:for-each>
        </select>
      </span>
      <xsl:if test="filters/districts/unit">
        <span class="filter-field">
          <label for="f-district">推荐单位</label>
          <select id="f-district" name="district">
            <option value="">全部</option>
            <xsl:for-each select="filters/districts/unit">
              <option value="{@id}">
                <xsl:if test="/applications/@district = @id">
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
              <xsl:if test="/applications/@industry = @code">
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
              <xsl:if test="/applications/@type = @code">
                <xsl:attribute name="selected">selected</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="."/>
            </option>
          </xsl:for-each>
        </select>
      </span>
      <span class="filter-field">
        <label for="f-year">年度</label>
        <input type="text" id="f-year" name="year" value="{@year}" maxlength="4" size="5"
               inputmode="numeric" pattern="[0-9]{{4}}" placeholder="如 2026"
               title="填报年度，四位数字" class="input-year"/>
      </span>
      <span class="filter-field">
        <label for="f-q">名称关键字</label>
        <input type="search" id="f-q" name="q" value="{@q}" maxlength="50"
               placeholder="工作室名称"/>
      </span>
      <span class="filter-actions">
        <button type="submit">查询</button>
        <xsl:if test="@status != '' or @district != '' or @industry != '' or @type != ''
                      or @year != '' or @q != ''">
          <a class="button button-plain" href="{$base}">清除条件</a>
        </xsl:if>
      </span>
    </form>
  </xsl:template>

  <xsl:template match="applications" mode="filter-words">
      <xsl:if test="@status != ''">
        <i>
          <xsl:text>状态为“</xsl:text>
          <xsl:call-template name="app-status-label"/>
          <xsl:text>”</xsl:text>
        </i>
      </xsl:if>
      <xsl:if test="@district != ''">
        <i>
          <xsl:text>推荐单位为</xsl:text>
          <xsl:variable name="d" select="filters/districts/unit[@id = current()/@district]"/>
          <xsl:choose>
            <xsl:when test="$d"><xsl:value-of select="$d"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="@district"/></xsl:otherwise>
          </xsl:choose>
        </i>
      </xsl:if>
      <xsl:if test="@industry != ''">
        <i>
          <xsl:text>行业为</xsl:text>
          <xsl:variable name="c" select="filters/industries/code[@code = current()/@industry]"/>
          <xsl:choose>
            <xsl:when test="$c"><xsl:value-of select="$c"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="@industry"/></xsl:otherwise>
          </xsl:choose>
        </i>
      </xsl:if>
      <xsl:if test="@type != ''">
        <i>
          <xsl:text>类型为</xsl:text>
          <xsl:variable name="c" select="filters/types/code[@code = current()/@type]"/>
          <xsl:choose>
            <xsl:when test="$c"><xsl:value-of select="$c"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="@type"/></xsl:otherwise>
          </xsl:choose>
        </i>
      </xsl:if>
      <xsl:if test="@year != ''">
        <i><xsl:value-of select="@year"/>年填报</i>
      </xsl:if>
      <xsl:if test="@q != ''">
        <i>
          <xsl:text>名称包含“</xsl:text>
          <xsl:value-of select="@q"/>
          <xsl:text>”</xsl:text>
        </i>
      </xsl:if>
  </xsl:template>

  <xsl:template name="filter-summary">
    <xsl:variable name="parts">
      <xsl:apply-templates select="." mode="filter-words"/>
    </xsl:variable>
    <xsl:if test="string($parts) != ''">
      <p class="filter-summary">
        <xsl:text>筛选条件：</xsl:text>
        <xsl:for-each select="exsl:node-set($parts)/i">
          <xsl:if test="position() &gt; 1">；</xsl:if>
          <xsl:value-of select="."/>
        </xsl:for-each>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================= table -->

  <xsl:template name="table">
    <div class="table-scroll">
      <table class="grid apps-table">
        <thead>
          <tr>
            <xsl:if test="$batch">
              <th scope="col" class="pick-col"><span class="sr">选择</span></th>
            </xsl:if>
            <xsl:call-template name="seq-head"/>
            <th scope="col" class="col-name">名称</th>
            <th scope="col">所在单位</th>
            <th scope="col">基层工会</th>
            <th scope="col">推荐单位</th>
            <th scope="col">行业</th>
            <th scope="col">领衔人</th>
            <th scope="col">状态</th>
            <th scope="col">状态时间</th>
          </tr>
        </thead>
        <tbody>
          <xsl:apply-templates select="application"/>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <xsl:template match="applications/application">
    <!-- the name, or a note that there is none: a string, not a result
         tree fragment a row (the second part is the whole note when the
         name is blank, else nothing) -->
    <xsl:variable name="title" select="concat(string(name[normalize-space() != '']),
      substring('（工作室名称未填写）', 1, 100 * (normalize-space(name) = '')))"/>
    <tr>
      <xsl:if test="$batch">
        <td class="pick-col">
          <xsl:if test="@batch = 'true'">
            <input type="checkbox" name="ids" value="{@id}:{@version}" id="pick-{@id}"
                   aria-label="选择 {$title}">
              <xsl:if test="/applications/posted/field[@name = 'ids'] = concat(@id, ':', @version)">
                <xsl:attribute name="checked">checked</xsl:attribute>
              </xsl:if>
            </input>
          </xsl:if>
        </td>
      </xsl:if>
      <td class="num seq print-only"><xsl:value-of select="$seq-base + position()"/></td>
      <td class="app-name">
        <xsl:choose>
          <xsl:when test="$is-print"><xsl:value-of select="$title"/></xsl:when>
          <xsl:otherwise>
            <a href="/app/applications/{@id}">
              <xsl:if test="normalize-space(name) = ''">
                <xsl:attribute name="class">unfilled</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="$title"/>
            </a>
          </xsl:otherwise>
        </xsl:choose>
      </td>
      <td><xsl:value-of select="host-unit"/></td>
      <td><xsl:value-of select="base-union"/></td>
      <td><xsl:value-of select="recommending-unit"/></td>
      <td><xsl:value-of select="industry"/></td>
      <td class="nowrap"><xsl:value-of select="leader-name"/></td>
      <td><xsl:call-template name="app-badge"/></td>
      <td class="date">
        <xsl:call-template name="date">
          <xsl:with-param name="d" select="@status-since"/>
        </xsl:call-template>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
