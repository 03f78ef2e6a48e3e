<?xml version="1.0" encoding="UTF-8"?>
<!--
  report-common.xsl: what the year's reports share (assessment-report.xsl,
  funding-report.xsl, progress-report.xsl): the frame of a report, the
  numbered tables and figures, and the SVG bar chart.  Included after
  layout.xsl is imported; each report fills, for its root:
    mode="report-name"   the report's name without the year (考核情况报告)
    mode="report-action" the path of its page, for the year select
    mode="main"          calls report-frame with its body
  On screen a report is the site's page with a year select; on paper
  (format=print) it is laid out as a government report: the issuing unit
  (the unit viewing it), the title, the year and the date written as
  2023年12月6日, tables 表1… and figures 图1… numbered in order, and the
  page numbers at the foot of each page from CSS @page counters
  (report.css).  The charts are drawn here from the report's own XML as
  SVG: no script, vector shapes that print sharp.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="exsl">

  <!-- The report's own style sheet (screen and paper). -->
  <xsl:template match="*" mode="head">
    <link rel="stylesheet" href="/static/report.css"/>
  </xsl:template>

  <xsl:template match="*" mode="title">
    <xsl:value-of select="@year"/>
    <xsl:text>年度</xsl:text>
    <xsl:apply-templates select="." mode="report-name"/>
  </xsl:template>

  <xsl:template match="*" mode="crumbs">
    <li><a href="/app/">首页</a></li>
    <li>统计报表</li>
    <li aria-current="page"><xsl:apply-templates select="." mode="title"/></li>
  </xsl:template>

  <xsl:template match="*" mode="query">
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'year'"/>
      <xsl:with-param name="value" select="@year"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="*" mode="tools">
    <xsl:call-template name="export-links">
      <xsl:with-param name="csv" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- On paper the report's own head (report-frame) replaces the page's. -->
  <xsl:template match="*" mode="page-head">
    <xsl:if test="not($is-print)">
      <div class="page-head">
        <h1><xsl:apply-templates select="." mode="title"/></h1>
        <xsl:apply-templates select="." mode="tools"/>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- The three reports, the two rankings and the exports, for the
       links between them (统计报表 in the navigation). -->
  <xsl:variable name="report-links-rtf">
    <r href="/app/reports/assessment">年度考核情况</r>
    <r href="/app/reports/funding">补助资金使用情况</r>
    <r href="/app/reports/progress">创建进度</r>
    <r href="/app/rankings/studios">工作室排名</r>
    <r href="/app/rankings/units">审核单位排名</r>
    <r href="/app/export">数据导出</r>
  </xsl:variable>

  <!--
    report-frame: the report: on screen the year select and the links to
    the other reports; on paper the head of a government report.  Then
    $body, and at the end the unit and date it was made by and on.
  -->
  <xsl:template name="report-frame">
    <xsl:param name="body"/>
    <xsl:variable name="root" select="/*"/>
    <xsl:choose>
      <xsl:when test="$is-print">
        <header class="report-head">
          <p class="report-issuer"><xsl:value-of select="$me-name"/></p>
          <h1 class="report-title"><xsl:apply-templates select="$root" mode="title"/></h1>
          <p class="report-meta">
            <span>统计年度：<xsl:value-of select="$root/@year"/>年度</span>
            <span>统计范围：<xsl:value-of select="$me-name"/>及所属单位</span>
            <span>
              <xsl:call-template name="date">
                <xsl:with-param name="d" select="$today"/>
              </xsl:call-template>
            </span>
          </p>
        </header>
      </xsl:when>
      <xsl:otherwise>
        <div class="report-bar">
          <form class="filter app-filter report-year" method="get">
            <xsl:attribute name="action">
              <xsl:apply-templates select="$root" mode="report-action"/>
            </xsl:attribute>
            <span class="filter-field">
              <label for="f-year">年度</label>
              <select id="f-year" name="year">
                <xsl:if test="not($root/years/year[string(.) = string($root/@year)])">
                  <option value="{$root/@year}" selected="selected"><xsl:value-of select="$root/@year"/>年度</option>
                </xsl:if>
                <xsl:for-each select="$root/years/year">
                  <option value="{.}">
                    <xsl:if test="string(.) = string($root/@year)">
                      <xsl:attribute name="selected">selected</xsl:attribute>
                    </xsl:if>
                    <xsl:value-of select="."/>
                    <xsl:text>年度</xsl:text>
                  </option>
                </xsl:for-each>
              </select>
            </span>
            <span class="filter-actions"><button type="submit">查看</button></span>
          </form>
          <xsl:variable name="here">
            <xsl:apply-templates select="$root" mode="report-action"/>
          </xsl:variable>
          <ul class="report-links">
            <xsl:for-each select="exsl:node-set($report-links-rtf)/r">
              <li>
                <xsl:choose>
                  <xsl:when test="@href = string($here)">
                    <span aria-current="page"><xsl:value-of select="."/></span>
                  </xsl:when>
                  <xsl:otherwise>
                    <a href="{@href}?year={$root/@year}"><xsl:value-of select="."/></a>
                  </xsl:otherwise>
                </xsl:choose>
              </li>
            </xsl:for-each>
          </ul>
        </div>
        <p class="report-scope">
          <xsl:text>统计范围：</xsl:text>
          <xsl:value-of select="$me-name"/>
          <xsl:text>及所属单位</xsl:text>
        </p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:copy-of select="$body"/>
  </xsl:template>

  <!-- report-section: a numbered heading (一、二、…) and its content. -->
  <xsl:template name="report-section">
    <xsl:param name="n"/>
    <xsl:param name="title"/>
    <xsl:param name="content"/>
    <section class="report-section">
      <h2>
        <xsl:value-of select="substring('一二三四五六七八九十', $n, 1)"/>
        <xsl:text>、</xsl:text>
        <xsl:value-of select="$title"/>
      </h2>
      <xsl:copy-of select="$content"/>
    </section>
  </xsl:template>

  <!-- table-caption: 表N　title, with the unit of its figures at the right. -->
  <xsl:template name="table-caption">
    <xsl:param name="n"/>
    <xsl:param name="title"/>
    <xsl:param name="unit" select="''"/>
    <caption class="report-caption">
      <span class="report-no">表<xsl:value-of select="$n"/></span>
      <xsl:text>　</xsl:text>
      <xsl:value-of select="$title"/>
      <xsl:if test="$unit != ''">
        <span class="report-unit"><xsl:value-of select="$unit"/></span>
      </xsl:if>
    </caption>
  </xsl:template>

  <!-- pct: $part of $whole as a percentage with one decimal, or — when
       $whole is 0. -->
  <xsl:template name="pct">
    <xsl:param name="part"/>
    <xsl:param name="whole"/>
    <xsl:choose>
      <xsl:when test="number($whole) &gt; 0">
        <xsl:value-of select="format-number($part * 100 div $whole, '0.0')"/>
        <xsl:text>%</xsl:text>
      </xsl:when>
      <xsl:otherwise>—</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ chart -->

  <!-- nice-step: the step of an axis from 0 to $max (> 0): 1, 2 or 5
       times a power of ten, at most five steps. -->
  <xsl:template name="nice-step">
    <xsl:param name="max"/>
    <xsl:param name="step" select="1"/>
    <xsl:choose>
      <xsl:when test="$max div $step &lt;= 5 or $step &gt; 1000000000000000">
        <xsl:value-of select="$step"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="nice-step">
          <xsl:with-param name="max" select="$max"/>
          <xsl:with-param name="step">
            <xsl:choose>
              <xsl:when test="substring(string($step), 1, 1) = '2'"><xsl:value-of select="$step * 2.5"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$step * 2"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- chart-value: a value as a bar's label: a count as it is, fen as
       元 with two decimals. -->
  <xsl:template name="chart-value">
    <xsl:param name="v"/>
    <xsl:param name="money" select="false()"/>
    <xsl:choose>
      <xsl:when test="$money">
        <xsl:call-template name="money">
          <xsl:with-param name="fen" select="$v"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    bar-chart: a horizontal bar chart in SVG inside a numbered figure.
    $data: <c label="">, each with one <v> per series (its value); $series:
    <s fill="#…">name</s> (a legend when more than one); $n the figure's
    number and $title its caption; $axis the value axis's title (with its
    unit), $category the category axis's title; $money: the values are
    fen, the axis in 元 (万元 from ten thousand yuan) and each bar's label
    in 元 to the fen.  Negative values draw as zero.  Colours are
    presentation attributes, which the Content-Security-Policy allows.
  -->
  <xsl:template name="bar-chart">
    <xsl:param name="data"/>
    <xsl:param name="series"/>
    <xsl:param name="n"/>
    <xsl:param name="title"/>
    <xsl:param name="axis"/>
    <xsl:param name="category"/>
    <xsl:param name="money" select="false()"/>
    <xsl:variable name="ns" select="count($series)"/>
    <xsl:variable name="bar" select="14"/>
    <xsl:variable name="band" select="$ns * $bar + 12"/>
    <xsl:variable name="left" select="176"/>
    <xsl:variable name="right" select="96"/>
    <xsl:variable name="w" select="680"/>
    <xsl:variable name="pw" select="$w - $left - $right"/>
    <xsl:variable name="top">
      <xsl:choose>
        <xsl:when test="$ns &gt; 1">44</xsl:when>
        <xsl:otherwise>24</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="ph" select="count($data) * $band"/>
    <xsl:variable name="h" select="$top + $ph + 46"/>
    <!-- the largest value, and the axis to it -->
    <xsl:variable name="max">
      <xsl:for-each select="$data/v">
        <xsl:sort select="number(.)" data-type="number" order="descending"/>
        <xsl:if test="position() = 1"><xsl:value-of select="number(.)"/></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="scale">
      <xsl:choose>
        <xsl:when test="$money and number($max) &gt;= 1000000">1000000</xsl:when>
        <xsl:when test="$money">100</xsl:when>
        <xsl:otherwise>1</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="smax">
      <xsl:choose>
        <xsl:when test="number($max) &gt; 0"><xsl:value-of select="$max div $scale"/></xsl:when>
        <xsl:otherwise>0</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="step">
      <xsl:choose>
        <xsl:when test="$smax &gt; 5">
          <xsl:call-template name="nice-step">
            <xsl:with-param name="max" select="$smax"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>1</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="ticks">
      <xsl:choose>
        <xsl:when test="$smax &lt;= 5 and not($money)">5</xsl:when>
        <xsl:when test="ceiling($smax div $step) &lt; 1">1</xsl:when>
        <xsl:otherwise><xsl:value-of select="ceiling($smax div $step)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="amax" select="$ticks * $step * $scale"/>
    <xsl:variable name="unit-words">
      <xsl:choose>
        <xsl:when test="$money and $scale = 1000000">（万元）</xsl:when>
        <xsl:when test="$money">（元）</xsl:when>
      </xsl:choose>
    </xsl:variable>
    <figure class="report-figure">
      <svg class="report-chart" role="img" viewBox="0 0 {$w} {$h}" width="100%"
        preserveAspectRatio="xMidYMin meet" font-family="sans-serif">
        <title><xsl:value-of select="concat('图', $n, '　', $title)"/></title>
        <!-- legend -->
        <xsl:if test="$ns &gt; 1">
          <g class="chart-legend">
            <xsl:for-each select="$series">
              <xsl:variable name="x" select="$left + (position() - 1) * 118"/>
              <rect x="{$x}" y="6" width="12" height="12" fill="{@fill}"/>
              <text x="{$x + 17}" y="16" font-size="12" fill="#333"><xsl:value-of select="."/></text>
            </xsl:for-each>
          </g>
        </xsl:if>
        <!-- grid and value axis -->
        <g class="chart-axis">
          <xsl:call-template name="chart-ticks">
            <xsl:with-param name="i" select="0"/>
            <xsl:with-param name="last" select="$ticks"/>
            <xsl:with-param name="step" select="$step"/>
            <xsl:with-param name="x0" select="$left"/>
            <xsl:with-param name="pw" select="$pw"/>
            <xsl:with-param name="y0" select="$top"/>
            <xsl:with-param name="ph" select="$ph"/>
          </xsl:call-template>
          <line x1="{$left}" y1="{$top}" x2="{$left}" y2="{$top + $ph}" stroke="#333" stroke-width="1"/>
          <line x1="{$left}" y1="{$top + $ph}" x2="{$left + $pw}" y2="{$top + $ph}" stroke="#333" stroke-width="1"/>
          <text class="chart-axis-title" x="{$left + $pw div 2}" y="{$h - 6}" font-size="12"
            text-anchor="middle" fill="#333"><xsl:value-of select="concat($axis, $unit-words)"/></text>
          <text class="chart-axis-title" x="{$left - 8}" y="{$top - 8}" font-size="12"
            text-anchor="end" fill="#333"><xsl:value-of select="$category"/></text>
        </g>
        <!-- the bars -->
        <xsl:for-each select="$data">
          <xsl:variable name="cy" select="$top + (position() - 1) * $band"/>
          <xsl:variable name="label" select="string(@label)"/>
          <g class="chart-row">
            <text x="{$left - 8}" y="{$cy + $band div 2 + 4}" font-size="12" text-anchor="end" fill="#222">
              <xsl:choose>
                <xsl:when test="string-length($label) &gt; 13">
                  <xsl:value-of select="concat(substring($label, 1, 12), '…')"/>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="$label"/></xsl:otherwise>
              </xsl:choose>
            </text>
            <xsl:for-each select="v">
              <xsl:variable name="i" select="position()"/>
              <xsl:variable name="val" select="number(.)"/>
              <xsl:variable name="len">
                <xsl:choose>
                  <xsl:when test="$val &gt; 0 and $amax &gt; 0"><xsl:value-of select="round($val * $pw div $amax * 10) div 10"/></xsl:when>
                  <xsl:otherwise>0</xsl:otherwise>
                </xsl:choose>
              </xsl:variable>
              <xsl:variable name="by" select="$cy + 6 + ($i - 1) * $bar"/>
              <xsl:variable name="shown">
                <xsl:call-template name="chart-value">
                  <xsl:with-param name="v" select="."/>
                  <xsl:with-param name="money" select="$money"/>
                </xsl:call-template>
              </xsl:variable>
              <rect class="chart-bar" x="{$left}" y="{$by}" width="{$len}" height="{$bar - 2}"
                fill="{$series[$i]/@fill}" data-value="{.}">
                <title><xsl:value-of select="concat($label, ' ', $series[$i], '：', $shown)"/></title>
              </rect>
              <text class="chart-value" x="{$left + $len + 4}" y="{$by + $bar - 4}" font-size="11" fill="#222">
                <xsl:value-of select="$shown"/>
              </text>
            </xsl:for-each>
          </g>
        </xsl:for-each>
      </svg>
      <figcaption class="report-caption">
        <span class="report-no">图<xsl:value-of select="$n"/></span>
        <xsl:text>　</xsl:text>
        <xsl:value-of select="$title"/>
      </figcaption>
    </figure>
  </xsl:template>

  <!-- chart-ticks: the grid lines and labels of the value axis, from
       tick $i to $last. -->
  <xsl:template name="chart-ticks">
    <xsl:param name="i"/>
    <xsl:param name="last"/>
    <xsl:param name="step"/>
    <xsl:param name="x0"/>
    <xsl:param name="pw"/>
    <xsl:param name="y0"/>
    <xsl:param name="ph"/>
    <xsl:if test="$i &lt;= $last">
      <xsl:variable name="x" select="$x0 + round($i * $pw div $last * 10) div 10"/>
      <line x1="{$x}" y1="{$y0}" x2="{$x}" y2="{$y0 + $ph + 4}" stroke="#d8d8d8" stroke-width="1"/>
      <text x="{$x}" y="{$y0 + $ph + 17}" font-size="11" text-anchor="middle" fill="#444">
        <xsl:value-of select="format-number($i * $step, '#,##0.##')"/>
      </text>
      <xsl:call-template name="chart-ticks">
        <xsl:with-param name="i" select="$i + 1"/>
        <xsl:with-param name="last" select="$last"/>
        <xsl:with-param name="step" select="$step"/>
        <xsl:with-param name="x0" select="$x0"/>
        <xsl:with-param name="pw" select="$pw"/>
        <xsl:with-param name="y0" select="$y0"/>
        <xsl:with-param name="ph" select="$ph"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- report-end: the note on how the figures were counted. -->
  <xsl:template name="report-note">
    <xsl:param name="text"/>
    <p class="note report-note"><xsl:value-of select="$text"/></p>
  </xsl:template>

</xsl:stylesheet>
