<?xml version="1.0" encoding="UTF-8"?>
<!--
  funds.xsl: the subsidy funds the unit sees, GET /app/funds (document
  <funds>): a GET filter form (year, q), the table (year, title linked to
  the fund's page, funder, decision document, budget, granted, spent,
  remaining; the totals when the list is one page), the pager, the CSV
  export of the whole filtered list, a link to the year's funding report,
  and where may-create="true" the form POST /app/funds action=create:
  year, title, budget (元), document (决定文号), decided-on.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="funding-common.xsl"/>

  <!-- the year is a column only when the list holds every year -->
  <xsl:variable name="all-years" select="string(/funds/@year) = ''"/>

  <xsl:template match="funds" mode="head">
    <link rel="stylesheet" href="/static/funding.css"/>
  </xsl:template>

  <xsl:template match="funds" mode="title">
    <xsl:if test="@year != ''"><xsl:value-of select="@year"/>年度</xsl:if>
    <xsl:text>补助资金</xsl:text>
  </xsl:template>
  <xsl:template match="funds" mode="print-title">
    <xsl:if test="@year != ''"><xsl:value-of select="@year"/>年度</xsl:if>
    <xsl:text>职工创新补助资金一览表</xsl:text>
  </xsl:template>

  <xsl:template match="funds" mode="crumbs">
    <li aria-current="page">补助资金</li>
  </xsl:template>

  <xsl:template match="funds" mode="record-name">新建补助资金</xsl:template>

  <xsl:template match="funds" mode="query">
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'year'"/>
      <xsl:with-param name="value" select="@year"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'q'"/>
      <xsl:with-param name="value" select="@q"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="funds" mode="tools">
    <xsl:call-template name="export-links">
      <xsl:with-param name="csv" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="funds" mode="filter-words">
    <xsl:if test="@year != ''"><i><xsl:value-of select="@year"/>年度</i></xsl:if>
    <xsl:if test="@q != ''">
      <i>
        <xsl:text>名称包含“</xsl:text>
        <xsl:value-of select="@q"/>
        <xsl:text>”</xsl:text>
      </i>
    </xsl:if>
  </xsl:template>

  <xsl:template match="funds" mode="main">
    <xsl:variable name="report-year">
      <xsl:choose>
        <xsl:when test="@year != ''"><xsl:value-of select="@year"/></xsl:when>
        <xsl:when test="fund"><xsl:value-of select="fund[1]/@year"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="substring($today, 1, 4)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="fd-message"/>
    <xsl:if test="not($is-print)">
      <p class="fd-links">
        <a href="/app/reports/funding?year={$report-year}">
          <xsl:value-of select="$report-year"/>
          <xsl:text>年度补助资金使用情况（按审核单位）</xsl:text>
        </a>
      </p>
      <form class="filter app-filter" method="get" action="/app/funds">
        <span class="filter-field">
          <label for="f-year">年度</label>
          <input type="text" id="f-year" name="year" value="{@year}" maxlength="4"
                 pattern="[0-9]{{4}}" inputmode="numeric" class="input-year" placeholder="全部"
                 title="四位数字的年度，如 2026"/>
        </span>
        <span class="filter-field">
          <label for="f-q">名称关键字</label>
          <input type="search" id="f-q" name="q" value="{@q}" maxlength="50" placeholder="资金名称或文号"/>
        </span>
        <span class="filter-actions">
          <button type="submit">查询</button>
          <xsl:if test="@year != '' or @q != ''">
            <a class="button button-plain" href="/app/funds">清除条件</a>
          </xsl:if>
        </span>
      </form>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="fund">
        <div class="table-scroll">
          <table class="grid funds-table">
            <thead>
              <tr>
                <xsl:call-template name="seq-head"/>
                <xsl:if test="$all-years"><th scope="col">年度</th></xsl:if>
                <th scope="col" class="col-name">资金名称</th>
                <th scope="col">资金来源</th>
                <th scope="col">决定文号</th>
                <th scope="col" class="num">预算（元）</th>
                <th scope="col" class="num">已安排补助（元）</th>
                <th scope="col" class="num">已使用（元）</th>
                <th scope="col" class="num">预算结余（元）</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="fund">
                <tr>
                  <td class="num seq print-only"><xsl:value-of select="$seq-base + position()"/></td>
                  <xsl:if test="$all-years"><td class="nowrap" data-label="年度"><xsl:value-of select="@year"/></td></xsl:if>
                  <td class="col-name" data-label="资金名称">
                    <xsl:choose>
                      <xsl:when test="$is-print"><xsl:value-of select="title"/></xsl:when>
                      <xsl:otherwise><a href="/app/funds/{@id}"><xsl:value-of select="title"/></a></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td data-label="资金来源"><xsl:value-of select="funder"/></td>
                  <td class="nowrap" data-label="决定文号">
                    <xsl:value-of select="@document"/>
                    <xsl:if test="@decided-on != ''">
                      <span class="sub-date">
                        <xsl:call-template name="date"><xsl:with-param name="d" select="@decided-on"/></xsl:call-template>
                      </span>
                    </xsl:if>
                  </td>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@budget"/><xsl:with-param name="label" select="'预算（元）'"/></xsl:call-template>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@granted"/><xsl:with-param name="label" select="'已安排补助（元）'"/></xsl:call-template>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@spent"/><xsl:with-param name="label" select="'已使用（元）'"/></xsl:call-template>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@remaining"/><xsl:with-param name="label" select="'预算结余（元）'"/></xsl:call-template>
                </tr>
              </xsl:for-each>
            </tbody>
            <!-- the totals only when every row of the filter is on the page -->
            <xsl:if test="not(number(@pages) &gt; 1) and not(@more = 'true') and count(fund) &gt; 1">
              <tfoot>
                <tr>
                  <th scope="row" class="print-only"></th>
                  <th scope="row">
                    <xsl:attribute name="colspan"><xsl:value-of select="3 + number($all-years)"/></xsl:attribute>
                    <xsl:text>合计（</xsl:text>
                    <xsl:value-of select="count(fund)"/>
                    <xsl:text> 项）</xsl:text>
                  </th>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="sum(fund/@budget)"/><xsl:with-param name="label" select="'预算（元）'"/></xsl:call-template>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="sum(fund/@granted)"/><xsl:with-param name="label" select="'已安排补助（元）'"/></xsl:call-template>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="sum(fund/@spent)"/><xsl:with-param name="label" select="'已使用（元）'"/></xsl:call-template>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="sum(fund/@remaining)"/><xsl:with-param name="label" select="'预算结余（元）'"/></xsl:call-template>
                </tr>
              </tfoot>
            </xsl:if>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty panel">没有符合条件的补助资金。</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
    <xsl:if test="@may-create = 'true' and not($is-print)">
      <xsl:call-template name="create-form"/>
    </xsl:if>
  </xsl:template>

  <!-- create-form: a new fund of this unit (the funder is the unit). -->
  <xsl:template name="create-form">
    <section class="panel app-section" id="create">
      <h2>新建补助资金</h2>
      <form class="app-form fd-form" method="post" action="/app/funds">
        <xsl:call-template name="csrf-input"/>
        <p class="panel-note">资金来源为本单位。预算按元填写，保留两位小数；补助合计不能超过预算。</p>
        <div class="fgrid">
          <xsl:call-template name="fd-field">
            <xsl:with-param name="name" select="'year'"/>
            <xsl:with-param name="action" select="'create'"/>
            <xsl:with-param name="label" select="'年度'"/>
            <xsl:with-param name="type" select="'year'"/>
            <xsl:with-param name="required" select="true()"/>
            <xsl:with-param name="value">
              <xsl:choose>
                <xsl:when test="@year != ''"><xsl:value-of select="@year"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="substring($today, 1, 4)"/></xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="fd-field">
            <xsl:with-param name="name" select="'budget'"/>
            <xsl:with-param name="action" select="'create'"/>
            <xsl:with-param name="label" select="'预算'"/>
            <xsl:with-param name="type" select="'money'"/>
            <xsl:with-param name="required" select="true()"/>
          </xsl:call-template>
          <xsl:call-template name="fd-field">
            <xsl:with-param name="name" select="'title'"/>
            <xsl:with-param name="action" select="'create'"/>
            <xsl:with-param name="label" select="'资金名称'"/>
            <xsl:with-param name="required" select="true()"/>
            <xsl:with-param name="wide" select="true()"/>
          </xsl:call-template>
          <xsl:call-template name="fd-field">
            <xsl:with-param name="name" select="'document'"/>
            <xsl:with-param name="action" select="'create'"/>
            <xsl:with-param name="label" select="'决定文号'"/>
            <xsl:with-param name="max" select="50"/>
          </xsl:call-template>
          <xsl:call-template name="fd-field">
            <xsl:with-param name="name" select="'decided-on'"/>
            <xsl:with-param name="action" select="'create'"/>
            <xsl:with-param name="label" select="'决定日期'"/>
            <xsl:with-param name="type" select="'date'"/>
          </xsl:call-template>
          <xsl:call-template name="fd-submit">
            <xsl:with-param name="action" select="'create'"/>
            <xsl:with-param name="text" select="'新建补助资金'"/>
          </xsl:call-template>
        </div>
      </form>
    </section>
  </xsl:template>

</xsl:stylesheet>
