<?xml version="1.0" encoding="UTF-8"?>
<!--
  layout.xsl: the page shell and the shared templates. Every HTML page
  stylesheet imports it and fills these modes for its root element:
    mode="title"   the page title (text only; used in <title> and <h1>)
    mode="main"    the page content
    mode="crumbs"  optional breadcrumb items (<li> elements) above the title
    mode="query"   optional filter parameters of the current view, as a
                   string of "&name=value" pieces (see template "qp"); kept
                   by the pager and the export links
    mode="tools"   optional; the default writes the 导出XML / 打印 links
    mode="page-head" optional; the default writes <h1> and the tools
    mode="head"    optional elements of <head> (meta tags: Open Graph)
  The server passes the global parameters below to every stylesheet.
  Nothing here reads files or the network at transform time.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:exsl="http://exslt.org/common"
  xmlns:str="http://exslt.org/strings"
  xmlns:date="http://exslt.org/dates-and-times"
  xmlns:s="urn:x-studio:xslt"
  exclude-result-prefixes="exsl str date s">

  <xsl:include href="labels.xsl"/>

  <xsl:output method="html" encoding="UTF-8"
    doctype-system="about:legacy-compat" indent="no"/>

  <xsl:strip-space elements="*"/>

  <!-- Parameters passed by the server (all default to empty). -->
  <xsl:param name="format"/>     <!-- html | print | csv -->
  <xsl:param name="site"/>       <!-- public | app -->
  <xsl:param name="me-id"/>      <!-- signed-in unit; empty on the public site -->
  <xsl:param name="me-code"/>
  <xsl:param name="me-kind"/>
  <xsl:param name="me-name"/>
  <xsl:param name="me-holder"/>  <!-- holder named in the client certificate -->
  <xsl:param name="csrf"/>       <!-- token for the hidden input "csrf" -->
  <xsl:param name="path"/>       <!-- request path, e.g. /app/units -->
  <xsl:param name="today"/>      <!-- ISO date -->
  <xsl:param name="notice"/>     <!-- what the user's last action did, once -->
  <xsl:param name="back"/>       <!-- this URL without format=, for 返回 -->

  <xsl:variable name="system-name" select="'长春市职工创新工作室管理系统'"/>
  <xsl:variable name="public-name" select="'长春市职工创新工作室'"/>
  <xsl:variable name="is-app"
    select="$site = 'app' or ($site = '' and starts-with($path, '/app'))"/>
  <xsl:variable name="is-print" select="$format = 'print'"/>
  <xsl:variable name="signed-in" select="string($me-id) != ''"/>
  <!-- A paged list (its root carries per-page): prints landscape, with
       序号 and a title naming the list, its filters, the unit and date. -->
  <xsl:variable name="is-list" select="boolean(/*/@per-page)"/>
  <xsl:variable name="home-href">
    <xsl:choose>
      <xsl:when test="$is-app">/app/</xsl:when>
      <xsl:otherwise>/</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- Navigation tables: @href the link, @match the path prefix that
       marks the item current (exact match when @exact), @also and @also2
       more of them (统计报表: the reports, the rankings, the exports).  A page joins
       the navigation when it exists. -->
  <xsl:variable name="nav-app-rtf">
    <i href="/app/" exact="1">首页</i>
    <i href="/app/applications" match="/app/applications">创建申请</i>
    <i href="/app/studios" match="/app/studios" also="/app/amendments">工作室</i>
    <i href="/app/assessments" match="/app/assessments">年度考核</i>
    <i href="/app/achievements" match="/app/achievements">创新成果</i>
    <i href="/app/funds" match="/app/funds" also="/app/funding">补助资金</i>
    <i href="/app/trainings" match="/app/trainings">培训</i>
    <i href="/app/events" match="/app/events">宣传活动</i>
    <i href="/app/reports/progress" match="/app/reports" also="/app/rankings" also2="/app/export">统计报表</i>
    <i href="/app/units" match="/app/units">单位</i>
    <i href="/app/audit" match="/app/audit" city="1">审计日志</i>
  </xsl:variable>
  <xsl:variable name="nav-public-rtf">
    <i href="/" exact="1">首页</i>
    <i href="/public/studios" match="/public/studios">工作室名录</i>
    <i href="/public/achievements" match="/public/achievements">创新成果</i>
    <i href="/public/stats" match="/public/stats">统计</i>
    <i href="/public/events" match="/public/events">宣传活动</i>
  </xsl:variable>

  <!-- ============================================================ shell -->

  <xsl:template match="/">
    <html lang="zh-CN">
      <head>
        <xsl:call-template name="head-common"/>
        <xsl:if test="$is-app">
          <meta name="robots" content="noindex, nofollow"/>
        </xsl:if>
        <title>
          <xsl:apply-templates select="*" mode="title"/>
          <xsl:text> - </xsl:text>
          <xsl:choose>
            <xsl:when test="$is-app"><xsl:value-of select="$system-name"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$public-name"/></xsl:otherwise>
          </xsl:choose>
        </title>
        <xsl:if test="not($is-app)">
          <link rel="alternate" type="application/atom+xml"
            title="长春市职工创新工作室命名公告" href="/public/feed.atom"/>
        </xsl:if>
        <xsl:apply-templates select="*" mode="head"/>
        <link rel="stylesheet" href="/static/studio.css"/>
        <xsl:choose>
          <xsl:when test="$is-print">
            <link rel="stylesheet" href="/static/print.css"/>
          </xsl:when>
          <xsl:otherwise>
            <link rel="stylesheet" href="/static/print.css" media="print"/>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="$is-list">
          <link rel="stylesheet" href="/static/print-list.css">
            <xsl:if test="not($is-print)">
              <xsl:attribute name="media">print</xsl:attribute>
            </xsl:if>
          </link>
        </xsl:if>
        <xsl:if test="$is-print">
          <xsl:call-template name="print-tools-head"/>
        </xsl:if>
      </head>
      <body>
        <xsl:attribute name="class">
          <xsl:choose>
            <xsl:when test="$is-app">site-app</xsl:when>
            <xsl:otherwise>site-public</xsl:otherwise>
          </xsl:choose>
          <xsl:text> page-</xsl:text>
          <xsl:value-of select="local-name(*)"/>
          <xsl:if test="$is-print"> format-print</xsl:if>
          <xsl:if test="$is-list"> list-page</xsl:if>
        </xsl:attribute>
        <xsl:choose>
          <xsl:when test="$is-print">
            <xsl:call-template name="print-bar"/>
            <xsl:call-template name="print-head"/>
          </xsl:when>
          <xsl:otherwise>
            <a class="skip" href="#main">跳到正文</a>
            <xsl:call-template name="masthead"/>
            <xsl:call-template name="nav"/>
          </xsl:otherwise>
        </xsl:choose>
        <main id="main" class="main">
          <div class="wrap">
            <xsl:variable name="crumbs">
              <xsl:apply-templates select="*" mode="crumbs"/>
            </xsl:variable>
            <xsl:if test="not($is-print) and string($crumbs) != ''">
              <nav class="crumbs" aria-label="当前位置">
                <ol>
                  <xsl:copy-of select="$crumbs"/>
                </ol>
              </nav>
            </xsl:if>
            <xsl:choose>
              <xsl:when test="/*/confirm and not($is-print)">
                <xsl:call-template name="confirm-page"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:apply-templates select="*" mode="page-head"/>
                <xsl:if test="$notice != '' and not($is-print)">
                  <p class="notice notice-done" role="status"><xsl:value-of select="$notice"/></p>
                </xsl:if>
                <xsl:if test="not($is-print) and /*/errors/error and not(/error or /application-form)">
                  <xsl:call-template name="form-errors"/>
                </xsl:if>
                <xsl:apply-templates select="*" mode="main"/>
              </xsl:otherwise>
            </xsl:choose>
          </div>
        </main>
        <xsl:call-template name="footer"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="masthead">
    <header class="masthead">
      <div class="wrap masthead-inner">
        <a class="brand" href="{$home-href}">
          <span class="brand-org">长春市总工会</span>
          <xsl:choose>
            <xsl:when test="$is-app">
              <span class="brand-name"><xsl:value-of select="$system-name"/></span>
            </xsl:when>
            <xsl:otherwise>
              <span class="brand-name">
                <xsl:value-of select="$public-name"/>
                <span class="brand-tag">成果展示</span>
              </span>
            </xsl:otherwise>
          </xsl:choose>
        </a>
        <xsl:if test="$is-app and $signed-in">
          <div class="whoami">
            <span class="whoami-unit" title="当前单位">
              <xsl:value-of select="$me-name"/>
              <xsl:if test="$me-code != ''">
                <span class="whoami-code"><xsl:value-of select="$me-code"/></span>
              </xsl:if>
            </span>
            <xsl:if test="$me-holder != ''">
              <span class="whoami-holder">
                <xsl:text>证书持有人：</xsl:text>
                <xsl:value-of select="$me-holder"/>
              </span>
            </xsl:if>
          </div>
        </xsl:if>
      </div>
    </header>
  </xsl:template>

  <xsl:template name="nav">
    <xsl:choose>
      <xsl:when test="$is-app and $signed-in">
        <xsl:call-template name="nav-list">
          <xsl:with-param name="items"
            select="exsl:node-set($nav-app-rtf)/i[not(@city) or $me-kind = 'city']"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="not($is-app)">
        <xsl:call-template name="nav-list">
          <xsl:with-param name="items" select="exsl:node-set($nav-public-rtf)/i"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="nav-list">
    <xsl:param name="items"/>
    <nav class="site-nav" aria-label="主导航">
      <div class="wrap">
        <ul>
          <xsl:for-each select="$items">
            <li>
              <a href="{@href}">
                <xsl:if test="(@exact and ($path = @href or concat($path, '/') = @href))
                              or (@match and ($path = @match or starts-with($path, concat(@match, '/'))))
                              or (@also and starts-with($path, concat(@also, '/')))
                              or (@also2 and ($path = @also2 or starts-with($path, concat(@also2, '/'))))">
                  <xsl:attribute name="class">current</xsl:attribute>
                  <xsl:attribute name="aria-current">page</xsl:attribute>
                </xsl:if>
                <xsl:value-of select="."/>
              </a>
            </li>
          </xsl:for-each>
        </ul>
      </div>
    </nav>
  </xsl:template>

  <!-- Head of a printed document: issuer and system, no navigation. -->
  <xsl:template name="print-head">
    <header class="doc-head">
      <p class="doc-org">长春市总工会</p>
      <p class="doc-sys">
        <xsl:choose>
          <xsl:when test="$is-app"><xsl:value-of select="$system-name"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$public-name"/></xsl:otherwise>
        </xsl:choose>
      </p>
    </header>
  </xsl:template>

  <xsl:template name="footer">
    <footer class="site-foot">
      <div class="wrap">
        <xsl:if test="$is-print">
          <p class="doc-meta">
            <xsl:if test="$is-app and $signed-in">
              <xsl:text>打印单位：</xsl:text>
              <xsl:value-of select="$me-name"/>
              <xsl:if test="$me-holder != ''">
                <xsl:text>（</xsl:text>
                <xsl:value-of select="$me-holder"/>
                <xsl:text>）</xsl:text>
              </xsl:if>
              <xsl:text>　</xsl:text>
            </xsl:if>
            <xsl:if test="$today != ''">
              <xsl:text>打印日期：</xsl:text>
              <xsl:call-template name="date">
                <xsl:with-param name="d" select="$today"/>
              </xsl:call-template>
            </xsl:if>
          </p>
        </xsl:if>
        <p class="host">长春市总工会 主办</p>
      </div>
    </footer>
  </xsl:template>

  <!-- ======================================================= default modes -->

  <xsl:template match="*" mode="title">
    <xsl:value-of select="$public-name"/>
  </xsl:template>
  <xsl:template match="*" mode="main"/>
  <xsl:template match="*" mode="head"/>
  <xsl:template match="*" mode="page-head">
    <div class="page-head">
      <h1>
        <xsl:choose>
          <xsl:when test="$is-print"><xsl:apply-templates select="." mode="print-title"/></xsl:when>
          <xsl:otherwise><xsl:apply-templates select="." mode="title"/></xsl:otherwise>
        </xsl:choose>
      </h1>
      <xsl:if test="not($is-print)">
        <xsl:apply-templates select="." mode="tools"/>
      </xsl:if>
      <xsl:if test="$is-print and $is-list">
        <xsl:call-template name="print-subject"/>
      </xsl:if>
    </div>
  </xsl:template>
  <xsl:template match="*" mode="print-title">
    <xsl:apply-templates select="." mode="title"/>
  </xsl:template>
  <!-- mode="filter-words": the filters in force as <i> phrases in words
       ("状态为“已命名”"), for the title of a printed list. -->
  <xsl:template match="*" mode="filter-words"/>
  <xsl:template match="*" mode="crumbs"/>
  <xsl:template match="*" mode="query"/>
  <xsl:template match="*" mode="tools">
    <xsl:call-template name="export-links"/>
  </xsl:template>

  <!-- ===================================================== shared helpers -->

  <!-- head-common: what every page's <head> starts with, the shell's and
       the printed documents' alike: the charset, the engine that Chinese
       dual-core browsers (360, QQ, Sogou) should choose (their Chromium
       core, never their IE one), the viewport and the site's icon. -->
  <xsl:template name="head-common">
    <meta charset="utf-8"/>
    <meta http-equiv="X-UA-Compatible" content="IE=edge"/>
    <meta name="renderer" content="webkit"/>
    <meta name="force-rendering" content="webkit"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <meta name="format-detection" content="telephone=no"/>
    <link rel="icon" type="image/svg+xml" href="/static/favicon.svg"/>
    <link rel="alternate icon" type="image/x-icon" href="/static/favicon.ico"/>
  </xsl:template>

  <!-- print-tools-head: the stylesheet and the script of the bar that a
       printable page shows on screen (template print-bar). -->
  <xsl:template name="print-tools-head">
    <link rel="stylesheet" href="/static/print-tools.css"/>
    <script src="/static/print.js" defer="defer"></script>
  </xsl:template>

  <!-- print-bar: on screen only, above a printable page: 打印 (a button
       that static/print.js shows and wires to window.print(); without
       script the hint "按 Ctrl+P 打印" stays instead) and 返回, to $href
       (default: this URL without format=print). -->
  <xsl:template name="print-bar">
    <xsl:param name="href">
      <xsl:choose>
        <xsl:when test="$back != ''"><xsl:value-of select="$back"/></xsl:when>
        <xsl:when test="$path != ''"><xsl:value-of select="$path"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$home-href"/></xsl:otherwise>
      </xsl:choose>
    </xsl:param>
    <div class="print-bar" role="toolbar" aria-label="打印">
      <a class="print-back" href="{$href}">返回</a>
      <button type="button" class="print-button" data-print="1" hidden="hidden">打印</button>
      <span class="print-hint">按 Ctrl+P 打印</span>
    </div>
  </xsl:template>

  <!-- print-subject: under a printed list's title, what it holds: the
       filters in words (mode="filter-words"), the unit printing it and
       截至 today. -->
  <xsl:template name="print-subject">
    <xsl:variable name="words">
      <xsl:apply-templates select="/*" mode="filter-words"/>
    </xsl:variable>
    <p class="print-subject">
      <span class="print-filters">
        <xsl:choose>
          <xsl:when test="string($words) != ''">
            <xsl:text>筛选条件：</xsl:text>
            <xsl:for-each select="exsl:node-set($words)/i">
              <xsl:if test="position() &gt; 1">；</xsl:if>
              <xsl:value-of select="."/>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>范围：全部</xsl:otherwise>
        </xsl:choose>
        <xsl:if test="number(/*/@pages) &gt; 1">
          <xsl:text>（共 </xsl:text>
          <xsl:value-of select="/*/@total"/>
          <xsl:if test="/*/@more = 'true'">+</xsl:if>
          <xsl:text> 条，第 </xsl:text>
          <xsl:value-of select="/*/@page"/>
          <xsl:text> / </xsl:text>
          <xsl:value-of select="/*/@pages"/>
          <xsl:text> 页）</xsl:text>
        </xsl:if>
      </span>
      <xsl:if test="$is-app and $signed-in">
        <span class="print-unit">
          <xsl:text>打印单位：</xsl:text>
          <xsl:value-of select="$me-name"/>
        </span>
      </xsl:if>
      <xsl:if test="$today != ''">
        <span class="print-asof">
          <xsl:text>截至</xsl:text>
          <xsl:call-template name="date">
            <xsl:with-param name="d" select="$today"/>
          </xsl:call-template>
        </span>
      </xsl:if>
    </p>
  </xsl:template>

  <!-- seq-head and the 序号 cell of a list's rows, shown on paper only;
       the number counts from the first row of the whole list (page and
       per-page of the root), not of the page.  Each row writes its cell
       itself, <td class="num seq print-only"> with $seq-base +
       position(): a named template's call per row would cost more than
       the cell. -->
  <xsl:template name="seq-head">
    <th scope="col" class="num seq print-only">序号</th>
  </xsl:template>
  <!-- The page and per-page of the root: read once per page, not on
       every row.  $seq-before is (page - 1) × per-page; $seq-base what a
       row's number adds its position to: $seq-before on a paged list,
       else 0. -->
  <xsl:variable name="seq-p" select="number(/*/@page)"/>
  <xsl:variable name="seq-pp" select="number(/*/@per-page)"/>
  <xsl:variable name="seq-paged" select="$seq-p &gt;= 1 and $seq-pp &gt;= 1"/>
  <xsl:variable name="seq-before" select="($seq-p - 1) * $seq-pp"/>
  <xsl:variable name="seq-base">
    <xsl:choose>
      <xsl:when test="$seq-paged"><xsl:value-of select="$seq-before"/></xsl:when>
      <xsl:otherwise>0</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- qp: one query parameter as "&name=value", value percent-encoded;
       nothing when the value is empty. -->
  <xsl:template name="qp">
    <xsl:param name="name"/>
    <xsl:param name="value"/>
    <xsl:if test="string($value) != ''">
      <xsl:text>&amp;</xsl:text>
      <xsl:value-of select="$name"/>
      <xsl:text>=</xsl:text>
      <xsl:value-of select="str:encode-uri(string($value), true())"/>
    </xsl:if>
  </xsl:template>

  <!-- The filter query of the current page, from mode="query". -->
  <xsl:template name="current-query">
    <xsl:apply-templates select="/*" mode="query"/>
  </xsl:template>

  <!-- export-links: 导出XML and 打印 for the current view (its filters and
       page kept); with $csv, also 导出CSV (filters only: the whole list). -->
  <xsl:template name="export-links">
    <xsl:param name="csv" select="false()"/>
    <xsl:variable name="query">
      <xsl:call-template name="current-query"/>
    </xsl:variable>
    <xsl:variable name="page-part">
      <xsl:if test="/*/@page and string(/*/@page) != '1'">
        <xsl:call-template name="qp">
          <xsl:with-param name="name" select="'page'"/>
          <xsl:with-param name="value" select="/*/@page"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <ul class="page-tools">
      <xsl:if test="$csv">
        <li><a class="tool tool-csv" href="?format=csv{$query}">导出CSV</a></li>
      </xsl:if>
      <xsl:if test="$is-app">
        <li><a class="tool tool-xml" href="?format=xml{$query}{$page-part}" download="">导出XML</a></li>
      </xsl:if>
      <li><a class="tool tool-print" href="?format=print{$query}{$page-part}">打印</a></li>
    </ul>
  </xsl:template>

  <!-- pager: from the root attributes page, pages, total, per-page; links
       keep $query (default: the page's mode="query"). Links are relative
       ("?page=N…") so they stay on the current path. -->
  <xsl:template name="pager">
    <xsl:param name="query">
      <xsl:call-template name="current-query"/>
    </xsl:param>
    <xsl:param name="page" select="/*/@page"/>
    <xsl:param name="pages" select="/*/@pages"/>
    <xsl:param name="total" select="/*/@total"/>
    <xsl:param name="per-page" select="/*/@per-page"/>
    <xsl:variable name="p">
      <xsl:choose>
        <xsl:when test="number($page) &gt;= 1"><xsl:value-of select="floor(number($page))"/></xsl:when>
        <xsl:otherwise>1</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="n">
      <xsl:choose>
        <xsl:when test="number($pages) &gt;= 1"><xsl:value-of select="floor(number($pages))"/></xsl:when>
        <xsl:otherwise>1</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <nav class="pager" aria-label="分页">
      <p class="pager-info">
        <xsl:text>共 </xsl:text>
        <strong>
          <xsl:value-of select="$total"/>
          <xsl:if test="/*/@more = 'true'">+</xsl:if>
        </strong>
        <xsl:text> 条</xsl:text>
        <xsl:if test="number($total) &gt; 0">
          <xsl:text>，第 </xsl:text>
          <xsl:value-of select="$p"/>
          <xsl:text> / </xsl:text>
          <xsl:value-of select="$n"/>
          <xsl:text> 页</xsl:text>
          <xsl:if test="string($per-page) != ''">
            <xsl:text>，每页 </xsl:text>
            <xsl:value-of select="$per-page"/>
            <xsl:text> 条</xsl:text>
          </xsl:if>
        </xsl:if>
      </p>
      <xsl:if test="not($is-print) and $n &gt; 1">
        <ul class="pager-links">
          <xsl:call-template name="pager-link">
            <xsl:with-param name="to" select="1"/>
            <xsl:with-param name="text" select="'首页'"/>
            <xsl:with-param name="query" select="$query"/>
            <xsl:with-param name="off" select="$p = 1"/>
          </xsl:call-template>
          <xsl:call-template name="pager-link">
            <xsl:with-param name="to" select="$p - 1"/>
            <xsl:with-param name="text" select="'上一页'"/>
            <xsl:with-param name="query" select="$query"/>
            <xsl:with-param name="off" select="$p = 1"/>
            <xsl:with-param name="rel" select="'prev'"/>
            <xsl:with-param name="current" select="number($p)"/>
          </xsl:call-template>
          <xsl:variable name="from">
            <xsl:choose>
              <xsl:when test="$p - 4 &lt; 1">1</xsl:when>
              <xsl:otherwise><xsl:value-of select="$p - 4"/></xsl:otherwise>
            </xsl:choose>
          </xsl:variable>
          <xsl:variable name="to">
            <xsl:choose>
              <xsl:when test="$p + 4 &gt; $n"><xsl:value-of select="$n"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$p + 4"/></xsl:otherwise>
            </xsl:choose>
          </xsl:variable>
          <xsl:if test="$from &gt; 1">
            <li class="gap" aria-hidden="true">…</li>
          </xsl:if>
          <xsl:call-template name="pager-numbers">
            <xsl:with-param name="i" select="number($from)"/>
            <xsl:with-param name="last" select="number($to)"/>
            <xsl:with-param name="current" select="number($p)"/>
            <xsl:with-param name="query" select="$query"/>
          </xsl:call-template>
          <xsl:if test="$to &lt; $n">
            <li class="gap" aria-hidden="true">…</li>
          </xsl:if>
          <xsl:call-template name="pager-link">
            <xsl:with-param name="to" select="$p + 1"/>
            <xsl:with-param name="text" select="'下一页'"/>
            <xsl:with-param name="query" select="$query"/>
            <xsl:with-param name="off" select="$p = $n"/>
            <xsl:with-param name="rel" select="'next'"/>
            <xsl:with-param name="current" select="number($p)"/>
          </xsl:call-template>
          <xsl:call-template name="pager-link">
            <xsl:with-param name="to" select="$n"/>
            <xsl:with-param name="text" select="'末页'"/>
            <xsl:with-param name="query" select="$query"/>
            <xsl:with-param name="off" select="$p = $n"/>
            <xsl:with-param name="current" select="number($p)"/>
          </xsl:call-template>
        </ul>
      </xsl:if>
    </nav>
  </xsl:template>

  <!-- page-key: the key part of the link to page $to from page
       $current, from the keys of this page's last row (next: the pages
       after it, "&after=…&after-id=…", and "&skip=…", the rows past it
       from the second page on) and of its first (prev: the pages before
       it but the first, "&before=…&before-id=…&skip=…"); "&end=1" for the
       last page farther away, counted from the end; nothing for the
       first page, or when the document has no key (the page by number).
       Rows added or removed meanwhile do not shift a page reached by a
       key, and only the link followed reads the keys it skips. -->
  <xsl:template name="page-key">
    <xsl:param name="to"/>
    <xsl:param name="current"/>
    <xsl:variable name="d" select="$to - $current"/>
    <xsl:choose>
      <xsl:when test="$d &gt;= 1 and $d &lt;= 4 and /*/next">
        <xsl:call-template name="qp">
          <xsl:with-param name="name" select="'after'"/>
          <xsl:with-param name="value" select="/*/next/@after"/>
        </xsl:call-template>
        <xsl:call-template name="qp">
          <xsl:with-param name="name" select="'after-id'"/>
          <xsl:with-param name="value" select="/*/next/@after-id"/>
        </xsl:call-template>
        <xsl:if test="$d &gt; 1">
          <xsl:text>&amp;skip=</xsl:text>
          <xsl:value-of select="($d - 1) * /*/@per-page"/>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$d &lt;= -1 and $d &gt;= -4 and $to &gt; 1 and /*/prev">
        <xsl:call-template name="qp">
          <xsl:with-param name="name" select="'before'"/>
          <xsl:with-param name="value" select="/*/prev/@before"/>
        </xsl:call-template>
        <xsl:call-template name="qp">
          <xsl:with-param name="name" select="'before-id'"/>
          <xsl:with-param name="value" select="/*/prev/@before-id"/>
        </xsl:call-template>
        <xsl:if test="$d &lt; -1">
          <xsl:text>&amp;skip=</xsl:text>
          <xsl:value-of select="(-$d - 1) * /*/@per-page"/>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$d &gt; 4 and $to = /*/@pages and not(/*/@more = 'true') and (/*/next or /*/prev)">
        <xsl:text>&amp;end=1</xsl:text>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="pager-link">
    <xsl:param name="to"/>
    <xsl:param name="text"/>
    <xsl:param name="query"/>
    <xsl:param name="off" select="false()"/>
    <xsl:param name="rel"/>
    <xsl:param name="current" select="0"/>
    <li>
      <xsl:choose>
        <xsl:when test="$off">
          <span class="off"><xsl:value-of select="$text"/></span>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="key">
            <xsl:if test="$current &gt; 0">
              <xsl:call-template name="page-key">
                <xsl:with-param name="to" select="$to"/>
                <xsl:with-param name="current" select="$current"/>
              </xsl:call-template>
            </xsl:if>
          </xsl:variable>
          <a href="?page={$to}{$query}{$key}">
            <xsl:if test="$rel != ''">
              <xsl:attribute name="rel"><xsl:value-of select="$rel"/></xsl:attribute>
            </xsl:if>
            <xsl:value-of select="$text"/>
          </a>
        </xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <xsl:template name="pager-numbers">
    <xsl:param name="i"/>
    <xsl:param name="last"/>
    <xsl:param name="current"/>
    <xsl:param name="query"/>
    <xsl:if test="$i &lt;= $last">
      <li>
        <xsl:choose>
          <xsl:when test="$i = $current">
            <span class="current" aria-current="page"><xsl:value-of select="$i"/></span>
          </xsl:when>
          <xsl:otherwise>
            <xsl:variable name="key">
              <xsl:call-template name="page-key">
                <xsl:with-param name="to" select="$i"/>
                <xsl:with-param name="current" select="$current"/>
              </xsl:call-template>
            </xsl:variable>
            <a href="?page={$i}{$query}{$key}"><xsl:value-of select="$i"/></a>
          </xsl:otherwise>
        </xsl:choose>
      </li>
      <xsl:call-template name="pager-numbers">
        <xsl:with-param name="i" select="$i + 1"/>
        <xsl:with-param name="last" select="$last"/>
        <xsl:with-param name="current" select="$current"/>
        <xsl:with-param name="query" select="$query"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- csrf-input: the hidden CSRF field every POST form carries. -->
  <xsl:template name="csrf-input">
    <input type="hidden" name="csrf" value="{$csrf}"/>
  </xsl:template>

  <!-- form-action: sets the action attribute of the current <form> to the
       request path (posting back to the same resource). -->
  <xsl:template name="form-action">
    <xsl:if test="string($path) != ''">
      <xsl:attribute name="action"><xsl:value-of select="$path"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- confirm-page: what cannot be undone asks first, on a page of its
       own (the router adds <confirm label consequence> and the fields sent
       as <posted> to the record's document): the record (mode
       "record-name"), the action, what it cannot undo, the button that
       sends the same fields again with confirm=yes, and the way back
       (mode "record-href"; by default the path without /transition). -->
  <xsl:template name="confirm-page">
    <xsl:variable name="c" select="/*/confirm"/>
    <xsl:variable name="back">
      <xsl:apply-templates select="/*" mode="record-href"/>
    </xsl:variable>
    <div class="page-head">
      <h1>
        <xsl:text>请确认：</xsl:text>
        <xsl:value-of select="$c/@label"/>
      </h1>
    </div>
    <section class="panel confirm" aria-labelledby="confirm-what">
      <div class="panel-body">
        <p id="confirm-what" class="confirm-what">
          <xsl:text>您将</xsl:text>
          <strong><xsl:value-of select="$c/@label"/></strong>
          <xsl:text>：</xsl:text>
          <strong class="confirm-record"><xsl:apply-templates select="/*" mode="record-name"/></strong>
        </p>
        <p class="confirm-consequence"><xsl:value-of select="$c/@consequence"/></p>
        <xsl:apply-templates select="/*" mode="confirm-more"/>
        <xsl:if test="/*/posted/field[@name = 'opinion' and normalize-space(.) != '']">
          <p class="confirm-opinion">
            <xsl:text>意见：</xsl:text>
            <xsl:value-of select="/*/posted/field[@name = 'opinion']"/>
          </p>
        </xsl:if>
        <form method="post" class="confirm-form">
          <xsl:call-template name="form-action"/>
          <xsl:call-template name="csrf-input"/>
          <xsl:for-each select="/*/posted/field[@name != 'confirm']">
            <input type="hidden" name="{@name}" value="{.}"/>
          </xsl:for-each>
          <input type="hidden" name="confirm" value="yes"/>
          <p class="form-actions-inline">
            <button type="submit" class="button-danger">
              <xsl:text>确认</xsl:text>
              <xsl:value-of select="$c/@label"/>
            </button>
            <a class="button button-plain" href="{$back}">
              <xsl:text>返回，不</xsl:text>
              <xsl:value-of select="$c/@label"/>
            </a>
          </p>
        </form>
      </div>
    </section>
  </xsl:template>

  <xsl:template match="*" mode="record-name">
    <xsl:value-of select="name"/>
  </xsl:template>
  <xsl:template match="*" mode="confirm-more"/>
  <xsl:template match="*" mode="record-href">
    <xsl:choose>
      <xsl:when test="substring($path, string-length($path) - 10) = '/transition'">
        <xsl:value-of select="substring($path, 1, string-length($path) - 11)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$path"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- form-errors: why the action or form just sent was refused, at the
       top of the page, each reason linked to the place to mend it (the
       page's mode="error-href" of the error; by default the field whose
       id is "f-" and the field's name). -->
  <xsl:template name="form-errors">
    <div class="form-alert form-errors" role="alert" id="form-errors">
      <strong>操作未完成，请处理以下问题后重新提交：</strong>
      <ul>
        <xsl:for-each select="/*/errors/error">
          <xsl:variable name="href">
            <xsl:apply-templates select="." mode="error-href"/>
          </xsl:variable>
          <li>
            <xsl:choose>
              <xsl:when test="string($href) != ''">
                <a href="{$href}">
                  <xsl:call-template name="error-text"/>
                </a>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="error-text"/>
              </xsl:otherwise>
            </xsl:choose>
          </li>
        </xsl:for-each>
      </ul>
    </div>
  </xsl:template>

  <xsl:template name="error-text">
    <xsl:if test="normalize-space(@label) != '' and not(contains(., @label))">
      <strong><xsl:value-of select="@label"/></strong>
      <xsl:text>：</xsl:text>
    </xsl:if>
    <xsl:value-of select="."/>
  </xsl:template>

  <xsl:template match="error" mode="error-href">
    <xsl:if test="@field != '' and @field != 'version' and @field != 'csrf'">
      <xsl:text>#f-</xsl:text>
      <xsl:value-of select="@field"/>
    </xsl:if>
  </xsl:template>

  <!-- posted: what the user typed into field $name of the refused form
       just sent (the page's <posted>), when it was the form of $action
       (any form when $action is empty); else $default. -->
  <xsl:template name="posted">
    <xsl:param name="name"/>
    <xsl:param name="action" select="''"/>
    <xsl:param name="default" select="''"/>
    <xsl:variable name="p" select="/*/posted"/>
    <xsl:choose>
      <xsl:when test="$p and ($action = '' or $p/field[@name = 'action'] = $action)
                      and $p/field[@name = $name]">
        <xsl:value-of select="$p/field[@name = $name]"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$default"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- field-error: the refusal messages for form field $field, from
       /*/errors/error[@field] or /error/field[@name]; nothing when none.
       The span has id "err-{field}" for aria-describedby. -->
  <xsl:template name="field-error">
    <xsl:param name="field"/>
    <xsl:variable name="msgs"
      select="/*/errors/error[@field = $field] | /error/field[@name = $field]"/>
    <xsl:if test="$msgs">
      <span class="field-error" id="err-{$field}">
        <xsl:for-each select="$msgs">
          <xsl:if test="position() &gt; 1">；</xsl:if>
          <xsl:value-of select="."/>
        </xsl:for-each>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- field-invalid: adds aria-invalid/aria-describedby to the current
       input when $field has an error. -->
  <xsl:template name="field-invalid">
    <xsl:param name="field"/>
    <xsl:if test="/*/errors/error[@field = $field] | /error/field[@name = $field]">
      <xsl:attribute name="aria-invalid">true</xsl:attribute>
      <xsl:attribute name="aria-describedby">err-<xsl:value-of select="$field"/></xsl:attribute>
      <xsl:attribute name="class">invalid</xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ dates -->

  <!-- to-local: an ISO datetime moved to Asia/Shanghai (+08:00) when it
       carries another offset; a date or a zone-less time is returned as is. -->
  <xsl:template name="to-local">
    <xsl:param name="d"/>
    <xsl:variable name="len" select="string-length($d)"/>
    <xsl:variable name="off">
      <xsl:choose>
        <xsl:when test="not(contains($d, 'T'))">none</xsl:when>
        <xsl:when test="substring($d, $len) = 'Z'">0</xsl:when>
        <xsl:when test="substring($d, $len - 2, 1) = ':'
                        and contains('+-', substring($d, $len - 5, 1))
                        and string-length(substring($d, $len - 5, 1)) = 1">
          <xsl:variable name="m"
            select="number(substring($d, $len - 4, 2)) * 60 + number(substring($d, $len - 1, 2))"/>
          <xsl:choose>
            <xsl:when test="substring($d, $len - 5, 1) = '-'"><xsl:value-of select="-$m"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$m"/></xsl:otherwise>
          </xsl:choose>
        </xsl:when>
        <xsl:otherwise>none</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$off = 'none' or string(number($off)) = 'NaN' or number($off) = 480">
        <xsl:value-of select="$d"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="delta" select="480 - number($off)"/>
        <xsl:variable name="dur">
          <xsl:if test="$delta &lt; 0">-</xsl:if>
          <xsl:text>PT</xsl:text>
          <xsl:value-of select="($delta &gt;= 0) * $delta - ($delta &lt; 0) * $delta"/>
          <xsl:text>M</xsl:text>
        </xsl:variable>
        <xsl:variable name="moved" select="date:add($d, string($dur))"/>
        <xsl:choose>
          <xsl:when test="string($moved) != ''"><xsl:value-of select="$moved"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$d"/></xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- date: an ISO date or datetime as 2026年11月5日; empty gives empty;
       anything not shaped like a date is written as it is. -->
  <xsl:template name="date">
    <xsl:param name="d" select="string(.)"/>
    <xsl:choose>
      <!-- studiod answers what it writes itself (s:date, fcgi/xslt.c):
           "" when it leaves a non-blank $d to the template below. -->
      <xsl:when test="$has-s-date">
        <xsl:variable name="f" select="s:date($d)"/>
        <xsl:choose>
          <xsl:when test="$f != '' or normalize-space($d) = ''">
            <xsl:value-of select="$f"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="date-by-template">
              <xsl:with-param name="d" select="$d"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="date-by-template">
          <xsl:with-param name="d" select="$d"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="date-by-template">
    <xsl:param name="d"/>
    <xsl:variable name="n" select="normalize-space($d)"/>
    <xsl:choose>
      <!-- Already local (a date, or +08:00 as the server writes times):
           to-local would give it back as it is. -->
      <xsl:when test="not(contains($n, 'T'))
                      or substring($n, string-length($n) - 5) = '+08:00'">
        <xsl:call-template name="date-of">
          <xsl:with-param name="s" select="$n"/>
          <xsl:with-param name="d" select="$d"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="s">
          <xsl:call-template name="to-local">
            <xsl:with-param name="d" select="$n"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:call-template name="date-of">
          <xsl:with-param name="s" select="string($s)"/>
          <xsl:with-param name="d" select="$d"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- date-of: the date of $s (an ISO date or datetime in Asia/Shanghai)
       as 2026年11月25日, $d when $s is no date, nothing when $s is empty. -->
  <xsl:template name="date-of">
    <xsl:param name="s"/>
    <xsl:param name="d"/>
    <xsl:choose>
      <xsl:when test="$s = ''"/>
      <!-- The usual case, digits where the next test wants numbers. -->
      <xsl:when test="translate(substring($s, 1, 10), '0123456789', '0000000000') = '0000-00-00'">
        <xsl:value-of select="concat(number(substring($s, 1, 4)), '年',
                                     number(substring($s, 6, 2)), '月',
                                     number(substring($s, 9, 2)), '日')"/>
      </xsl:when>
      <xsl:when test="substring($s, 5, 1) = '-' and substring($s, 8, 1) = '-'
                      and string(number(substring($s, 1, 4))) != 'NaN'
                      and string(number(substring($s, 6, 2))) != 'NaN'
                      and string(number(substring($s, 9, 2))) != 'NaN'">
        <xsl:value-of select="concat(number(substring($s, 1, 4)), '年',
                                     number(substring($s, 6, 2)), '月',
                                     number(substring($s, 9, 2)), '日')"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$d"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- datetime: an ISO datetime as 2026年11月25日 12:00:00 (Asia/Shanghai);
       a bare date as the date alone; empty gives empty. -->
  <xsl:template name="datetime">
    <xsl:param name="d" select="string(.)"/>
    <xsl:variable name="n" select="normalize-space($d)"/>
    <xsl:choose>
      <!-- Already local: to-local would give it back as it is. -->
      <xsl:when test="not(contains($n, 'T'))
                      or substring($n, string-length($n) - 5) = '+08:00'">
        <xsl:call-template name="datetime-of">
          <xsl:with-param name="s" select="$n"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="s">
          <xsl:call-template name="to-local">
            <xsl:with-param name="d" select="$n"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:call-template name="datetime-of">
          <xsl:with-param name="s" select="string($s)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- datetime-of: datetime's text of $s, already in Asia/Shanghai. -->
  <xsl:template name="datetime-of">
    <xsl:param name="s"/>
    <xsl:call-template name="date">
      <xsl:with-param name="d" select="substring($s, 1, 10)"/>
    </xsl:call-template>
    <xsl:if test="substring($s, 11, 1) = 'T' or substring($s, 11, 1) = ' '">
      <xsl:text> </xsl:text>
      <xsl:value-of select="substring($s, 12, 8)"/>
    </xsl:if>
  </xsl:template>

  <!-- month: an ISO year-month (1978-05) as 1978年5月; anything else as it is. -->
  <xsl:template name="month">
    <xsl:param name="d" select="string(.)"/>
    <xsl:variable name="s" select="normalize-space($d)"/>
    <xsl:choose>
      <xsl:when test="string-length($s) = 7 and substring($s, 5, 1) = '-'
                      and string(number(substring($s, 1, 4))) != 'NaN'
                      and string(number(substring($s, 6, 2))) != 'NaN'">
        <xsl:value-of select="concat(number(substring($s, 1, 4)), '年',
                                     number(substring($s, 6, 2)), '月')"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- date-cn: an ISO date (or datetime, taken in Asia/Shanghai) in Chinese
       numerals, as on official documents: 二〇二三年十二月二十日. Empty
       gives empty; anything not shaped like a date is written as it is. -->
  <xsl:template name="date-cn">
    <xsl:param name="d" select="string(.)"/>
    <xsl:variable name="s">
      <xsl:call-template name="to-local">
        <xsl:with-param name="d" select="normalize-space($d)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="m" select="number(substring($s, 6, 2))"/>
    <xsl:variable name="day" select="number(substring($s, 9, 2))"/>
    <xsl:choose>
      <xsl:when test="$s = ''"/>
      <xsl:when test="substring($s, 5, 1) = '-' and substring($s, 8, 1) = '-'
                      and string-length(translate(substring($s, 1, 4), '0123456789', '')) = 0
                      and $m &gt;= 1 and $m &lt;= 12 and $day &gt;= 1 and $day &lt;= 31">
        <xsl:value-of select="translate(substring($s, 1, 4), '0123456789', '〇一二三四五六七八九')"/>
        <xsl:text>年</xsl:text>
        <xsl:call-template name="number-cn">
          <xsl:with-param name="n" select="$m"/>
        </xsl:call-template>
        <xsl:text>月</xsl:text>
        <xsl:call-template name="number-cn">
          <xsl:with-param name="n" select="$day"/>
        </xsl:call-template>
        <xsl:text>日</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$d"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- number-cn: a whole number 1…99 in Chinese numerals (十二, 二十, 三十一). -->
  <xsl:template name="number-cn">
    <xsl:param name="n"/>
    <xsl:variable name="digits" select="'一二三四五六七八九'"/>
    <xsl:variable name="tens" select="floor($n div 10)"/>
    <xsl:variable name="ones" select="$n mod 10"/>
    <xsl:if test="$tens &gt; 1"><xsl:value-of select="substring($digits, $tens, 1)"/></xsl:if>
    <xsl:if test="$tens &gt;= 1">十</xsl:if>
    <xsl:if test="$ones &gt;= 1"><xsl:value-of select="substring($digits, $ones, 1)"/></xsl:if>
  </xsl:template>

  <!-- days-since: whole calendar days (Asia/Shanghai) from the ISO date or
       datetime $from to the ISO date $to (default: today); empty when
       either is missing or not a date. -->
  <xsl:template name="days-since">
    <xsl:param name="from"/>
    <xsl:param name="to" select="$today"/>
    <xsl:variable name="f">
      <xsl:call-template name="to-local">
        <xsl:with-param name="d" select="normalize-space($from)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="a" select="date:seconds(substring($f, 1, 10))"/>
    <xsl:variable name="b" select="date:seconds(substring(normalize-space($to), 1, 10))"/>
    <xsl:if test="string($a) != 'NaN' and string($b) != 'NaN'
                  and string-length($f) &gt;= 10 and string-length(normalize-space($to)) &gt;= 10">
      <xsl:value-of select="round(($b - $a) div 86400)"/>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ money -->

  <!-- money: an amount of integer fen (DESIGN.md §3) as 1,234.50, with a
       minus sign before a negative one (a reversal); $prefix ('¥') before
       it and $suffix ('元') after it.  Integer arithmetic only (floor and
       mod of a whole number are exact), so 0.1 + 0.2 never shows.  Empty
       gives empty; anything that is not a number is written as it is. -->
  <xsl:template name="money">
    <xsl:param name="fen" select="string(.)"/>
    <xsl:param name="prefix" select="''"/>
    <xsl:param name="suffix" select="''"/>
    <xsl:variable name="t" select="normalize-space($fen)"/>
    <xsl:variable name="n" select="number($t)"/>
    <xsl:choose>
      <xsl:when test="$t = ''"/>
      <xsl:when test="string($n) = 'NaN' or floor($n) != $n"><xsl:value-of select="$t"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="a" select="($n &gt;= 0) * $n - ($n &lt; 0) * $n"/>
        <xsl:if test="$n &lt; 0">-</xsl:if>
        <xsl:value-of select="$prefix"/>
        <xsl:value-of select="format-number(floor($a div 100), '#,##0')"/>
        <xsl:text>.</xsl:text>
        <xsl:value-of select="format-number($a mod 100, '00')"/>
        <xsl:value-of select="$suffix"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- money-cell: a table cell (class num money) with the amount of fen
       $fen, marked negative when below zero. -->
  <xsl:template name="money-cell">
    <xsl:param name="fen" select="string(.)"/>
    <xsl:param name="label" select="''"/>
    <td>
      <xsl:attribute name="class">
        <xsl:text>num money</xsl:text>
        <xsl:if test="number($fen) &lt; 0"> money-neg</xsl:if>
      </xsl:attribute>
      <xsl:if test="$label != ''">
        <xsl:attribute name="data-label"><xsl:value-of select="$label"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="money">
        <xsl:with-param name="fen" select="$fen"/>
      </xsl:call-template>
    </td>
  </xsl:template>

  <!-- ==================================================== small displays -->

  <!-- app-badge: an application status in a coloured tag. -->
  <xsl:template name="app-badge">
    <xsl:param name="code" select="@status"/>
    <span class="badge badge-app badge-app-{$code}">
      <xsl:call-template name="app-status-label">
        <xsl:with-param name="code" select="$code"/>
      </xsl:call-template>
    </span>
  </xsl:template>

  <!-- text-block: multi-line text typed by a user, its line breaks kept
       (CSS white-space: pre-line), or a muted 未填写 when empty. -->
  <xsl:template name="text-block">
    <xsl:param name="t" select="string(.)"/>
    <xsl:choose>
      <xsl:when test="normalize-space($t) != ''">
        <div class="text-block"><xsl:value-of select="$t"/></div>
      </xsl:when>
      <xsl:otherwise><span class="unfilled">未填写</span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>


  <!-- kind-badge / active-badge / cert-badge: a label in a coloured tag. -->
  <xsl:template name="active-badge">
    <xsl:param name="code" select="@active"/>
    <span class="badge badge-active-{$code}">
      <xsl:choose>
        <xsl:when test="$has-s-label">
          <xsl:value-of select="s:label(concat('active.', $code), $code)"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="active-label">
            <xsl:with-param name="code" select="$code"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template name="cert-badge">
    <xsl:param name="code" select="@status"/>
    <span class="badge badge-cert-{$code}">
      <xsl:choose>
        <xsl:when test="$has-s-label">
          <xsl:value-of select="s:label(concat('cert.', $code), $code)"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="cert-status-label">
            <xsl:with-param name="code" select="$code"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <!-- fingerprint: a SHA-256 hex fingerprint shortened to its first and
       last groups of four, the whole value (grouped) in the title. -->
  <xsl:template name="fingerprint">
    <xsl:param name="fp" select="@fingerprint"/>
    <xsl:variable name="u"
      select="translate($fp, 'abcdef', 'ABCDEF')"/>
    <xsl:variable name="grouped">
      <xsl:call-template name="group4">
        <xsl:with-param name="s" select="$u"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="string-length($u) &gt; 24">
        <code class="fp" title="{$grouped}">
          <xsl:value-of select="concat(substring($u, 1, 4), ' ', substring($u, 5, 4), ' ',
                                       substring($u, 9, 4), ' … ',
                                       substring($u, string-length($u) - 7, 4), ' ',
                                       substring($u, string-length($u) - 3, 4))"/>
        </code>
      </xsl:when>
      <xsl:otherwise>
        <code class="fp"><xsl:value-of select="$grouped"/></code>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="group4">
    <xsl:param name="s"/>
    <xsl:value-of select="substring($s, 1, 4)"/>
    <xsl:if test="string-length($s) &gt; 4">
      <xsl:text> </xsl:text>
      <xsl:call-template name="group4">
        <xsl:with-param name="s" select="substring($s, 5)"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- hash-short: a long hex digest as its first 12 digits and "…", the
       full value in the title. -->
  <xsl:template name="hash-short">
    <xsl:param name="h"/>
    <xsl:choose>
      <xsl:when test="string-length($h) &gt; 16">
        <code class="hash" title="{$h}"><xsl:value-of select="substring($h, 1, 12)"/>…</code>
      </xsl:when>
      <xsl:otherwise>
        <code class="hash"><xsl:value-of select="$h"/></code>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- bar-class: CSS class p0…p100 (steps of 5) for a share $value of
       $max; any non-zero share shows at least p5. -->
  <xsl:template name="bar-class">
    <xsl:param name="value"/>
    <xsl:param name="max"/>
    <xsl:variable name="pct">
      <xsl:choose>
        <xsl:when test="not(number($max) &gt; 0) or not(number($value) &gt; 0)">0</xsl:when>
        <xsl:when test="number($value) &gt;= number($max)">100</xsl:when>
        <xsl:otherwise>
          <xsl:variable name="r" select="round(number($value) * 20 div number($max)) * 5"/>
          <xsl:choose>
            <xsl:when test="$r &lt; 5">5</xsl:when>
            <xsl:when test="$r &gt; 95">95</xsl:when>
            <xsl:otherwise><xsl:value-of select="$r"/></xsl:otherwise>
          </xsl:choose>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:value-of select="concat('p', $pct)"/>
  </xsl:template>

  <!-- progress: the programme's progress figure from a <progress target
       named deadline> element (home and statistics pages). -->
  <xsl:template name="progress">
    <xsl:param name="p" select="progress"/>
    <xsl:param name="as-of" select="@today"/>
    <xsl:variable name="target" select="number($p/@target)"/>
    <xsl:variable name="named" select="number($p/@named)"/>
    <div class="progress">
      <p class="progress-figure">
        <span class="progress-named">
          <strong><xsl:value-of select="$p/@named"/></strong>
          <span class="unit">个</span>
          <span class="caption">已命名</span>
        </span>
        <span class="progress-sep" aria-hidden="true">/</span>
        <span class="progress-target">
          <strong><xsl:value-of select="$p/@target"/></strong>
          <span class="unit">个</span>
          <span class="caption">目标</span>
        </span>
      </p>
      <div class="bar" role="img">
        <xsl:attribute name="aria-label">
          <xsl:text>已命名 </xsl:text>
          <xsl:value-of select="$p/@named"/>
          <xsl:text> 个，目标 </xsl:text>
          <xsl:value-of select="$p/@target"/>
          <xsl:text> 个</xsl:text>
        </xsl:attribute>
        <span>
          <xsl:attribute name="class">
            <xsl:call-template name="bar-class">
              <xsl:with-param name="value" select="$named"/>
              <xsl:with-param name="max" select="$target"/>
            </xsl:call-template>
          </xsl:attribute>
        </span>
      </div>
      <p class="progress-note">
        <xsl:if test="$target &gt; 0 and $named &gt;= 0">
          <span>
            <xsl:text>完成目标的 </xsl:text>
            <strong><xsl:value-of select="format-number($named * 100 div $target, '0.0')"/>%</strong>
          </span>
        </xsl:if>
        <xsl:if test="string($p/@deadline) != ''">
          <span>
            <xsl:text>目标期限：</xsl:text>
            <xsl:call-template name="date">
              <xsl:with-param name="d" select="$p/@deadline"/>
            </xsl:call-template>
          </span>
        </xsl:if>
        <xsl:if test="string($as-of) != ''">
          <span>
            <xsl:text>统计截至：</xsl:text>
            <xsl:call-template name="date">
              <xsl:with-param name="d" select="$as-of"/>
            </xsl:call-template>
          </span>
        </xsl:if>
      </p>
    </div>
  </xsl:template>

  <!-- reachable: "1" when the signed-in unit may open the page of the
       ancestor unit in the context (an <ancestors><unit>, root first):
       the city sees every unit, any other unit only its own subtree. -->
  <xsl:template name="reachable">
    <xsl:if test="$me-kind = 'city' or @id = $me-id
                  or preceding-sibling::unit[@id = $me-id]">1</xsl:if>
  </xsl:template>

  <!-- ancestor-crumbs: <li> items for each ancestor unit, root first,
       linked where the signed-in unit may open it. -->
  <xsl:template name="ancestor-crumbs">
    <xsl:param name="units" select="ancestors/unit"/>
    <xsl:for-each select="$units">
      <xsl:variable name="ok"><xsl:call-template name="reachable"/></xsl:variable>
      <li>
        <xsl:choose>
          <xsl:when test="$ok = '1'">
            <a href="/app/units/{@id}"><xsl:value-of select="."/></a>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
        </xsl:choose>
      </li>
    </xsl:for-each>
  </xsl:template>

  <!-- kind-tag: the unit kind label in a small tag. -->
  <xsl:template name="kind-tag">
    <xsl:param name="code" select="@kind"/>
    <span class="kind-tag">
      <xsl:call-template name="kind-label">
        <xsl:with-param name="code" select="$code"/>
      </xsl:call-template>
    </span>
  </xsl:template>

  <!-- unit-link: a unit's name linking to its page on the reviewers' site. -->
  <xsl:template name="unit-link">
    <xsl:param name="id" select="@id"/>
    <xsl:param name="name" select="normalize-space(.)"/>
    <xsl:choose>
      <xsl:when test="string($id) != '' and not($is-print)">
        <a href="/app/units/{$id}"><xsl:value-of select="$name"/></a>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$name"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
