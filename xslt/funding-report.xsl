<?xml version="1.0" encoding="UTF-8"?>
<!--
  funding-report.xsl: the year's funding per auditing union, GET
  /app/funding/report?year= (document <funding-report>): a year select
  from <years>, the year's funds and their budget, and one row per
  auditing union (studios, grants, granted, spent, balance and the
  spending by purpose) with the totals row, the CSV export
  (funding-report.csv.xsl) and the print, on A4 landscape
  (funding-report-print.css): twelve columns of amounts do not fit the
  width of a portrait page.  The totals are the document's own (the
  root's and its <purposes>), which are the sums of the rows.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="funding-common.xsl"/>

  <xsl:variable name="purpose-codes" select="$fd-codes[local-name() = 'purpose']"/>

  <xsl:template match="funding-report" mode="head">
    <link rel="stylesheet" href="/static/funding.css"/>
    <link rel="stylesheet" href="/static/funding-report-print.css">
      <xsl:if test="not($is-print)">
        <xsl:attribute name="media">print</xsl:attribute>
      </xsl:if>
    </link>
  </xsl:template>

  <xsl:template match="funding-report" mode="title">
    <xsl:value-of select="@year"/>
    <xsl:text>年度补助资金使用情况</xsl:text>
  </xsl:template>
  <xsl:template match="funding-report" mode="print-title">
    <xsl:value-of select="@year"/>
    <xsl:text>年度职工创新补助资金使用情况汇总表</xsl:text>
  </xsl:template>

  <xsl:template match="funding-report" mode="crumbs">
    <li><a href="/app/funds?year={@year}">补助资金</a></li>
    <li aria-current="page"><xsl:value-of select="@year"/>年度使用情况</li>
  </xsl:template>

  <xsl:template match="funding-report" mode="query">
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'year'"/>
      <xsl:with-param name="value" select="@year"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="funding-report" mode="tools">
    <xsl:call-template name="export-links">
      <xsl:with-param name="csv" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="funding-report" mode="main">
    <xsl:variable name="root" select="."/>
    <xsl:call-template name="fd-message"/>
    <xsl:if test="not($is-print) and count(years/year) &gt; 0">
      <form class="filter app-filter" method="get" action="/app/funding/report">
        <span class="filter-field">
          <label for="f-year">年度</label>
          <select id="f-year" name="year">
            <xsl:for-each select="years/year">
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
        <span class="filter-actions">
          <button type="submit">查看</button>
        </span>
      </form>
    </xsl:if>
    <div class="app-summary fd-summary">
      <dl class="app-facts">
        <div><dt>年度</dt><dd><xsl:value-of select="@year"/>年度</dd></div>
        <div>
          <dt>补助资金</dt>
          <dd>
            <xsl:value-of select="@funds"/>
            <xsl:text> 项</xsl:text>
            <xsl:if test="not($is-print)">
              <xsl:text>（</xsl:text>
              <a href="/app/funds?year={@year}">查看</a>
              <xsl:text>）</xsl:text>
            </xsl:if>
          </dd>
        </div>
        <div>
          <dt>工作室</dt>
          <dd><xsl:value-of select="sum(unit/@studios)"/> 个，补助 <xsl:value-of select="sum(unit/@grants)"/> 笔</dd>
        </div>
      </dl>
      <dl class="money-figures">
        <xsl:call-template name="money-figure">
          <xsl:with-param name="caption" select="'预算'"/>
          <xsl:with-param name="fen" select="@budget"/>
        </xsl:call-template>
        <xsl:call-template name="money-figure">
          <xsl:with-param name="caption" select="'已安排补助'"/>
          <xsl:with-param name="fen" select="@granted"/>
        </xsl:call-template>
        <xsl:call-template name="money-figure">
          <xsl:with-param name="caption" select="'已使用'"/>
          <xsl:with-param name="fen" select="@spent"/>
        </xsl:call-template>
        <xsl:call-template name="money-figure">
          <xsl:with-param name="caption" select="'结余'"/>
          <xsl:with-param name="fen" select="@balance"/>
          <xsl:with-param name="class" select="'money-figure-main'"/>
        </xsl:call-template>
      </dl>
    </div>

    <xsl:choose>
      <xsl:when test="unit">
        <div class="table-scroll">
          <table class="grid fd-table report-table">
            <caption class="report-unit">金额单位：元</caption>
            <thead>
              <tr>
                <th scope="col" rowspan="2" class="col-name">审核单位</th>
                <th scope="col" rowspan="2" class="num">工作室</th>
                <th scope="col" rowspan="2" class="num">补助笔数</th>
                <th scope="col" rowspan="2" class="num">补助金额</th>
                <th scope="col" rowspan="2" class="num">已使用</th>
                <th scope="col" rowspan="2" class="num">结余</th>
                <th scope="colgroup" colspan="{count($purpose-codes)}" class="group">其中：按用途</th>
              </tr>
              <tr>
                <xsl:for-each select="$purpose-codes">
                  <th scope="col" class="num">
                    <xsl:call-template name="fd-label">
                      <xsl:with-param name="group" select="'purpose'"/>
                      <xsl:with-param name="code" select="string(.)"/>
                    </xsl:call-template>
                  </th>
                </xsl:for-each>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="unit">
                <xsl:variable name="u" select="."/>
                <tr>
                  <th scope="row" class="col-name" data-label="审核单位"><xsl:value-of select="name"/></th>
                  <td class="num" data-label="工作室"><xsl:value-of select="@studios"/></td>
                  <td class="num" data-label="补助笔数"><xsl:value-of select="@grants"/></td>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@granted"/><xsl:with-param name="label" select="'补助金额'"/></xsl:call-template>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@spent"/><xsl:with-param name="label" select="'已使用'"/></xsl:call-template>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@balance"/><xsl:with-param name="label" select="'结余'"/></xsl:call-template>
                  <xsl:for-each select="$purpose-codes">
                    <xsl:call-template name="money-cell">
                      <xsl:with-param name="fen" select="sum($u/purpose[@code = current()]/@spent)"/>
                      <xsl:with-param name="label">
                        <xsl:call-template name="fd-label">
                          <xsl:with-param name="group" select="'purpose'"/>
                          <xsl:with-param name="code" select="string(.)"/>
                        </xsl:call-template>
                      </xsl:with-param>
                    </xsl:call-template>
                  </xsl:for-each>
                </tr>
              </xsl:for-each>
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" class="col-name">合计</th>
                <td class="num" data-label="工作室"><xsl:value-of select="sum(unit/@studios)"/></td>
                <td class="num" data-label="补助笔数"><xsl:value-of select="sum(unit/@grants)"/></td>
                <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@granted"/><xsl:with-param name="label" select="'补助金额'"/></xsl:call-template>
                <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@spent"/><xsl:with-param name="label" select="'已使用'"/></xsl:call-template>
                <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@balance"/><xsl:with-param name="label" select="'结余'"/></xsl:call-template>
                <xsl:for-each select="$purpose-codes">
                  <xsl:call-template name="money-cell">
                    <xsl:with-param name="fen" select="sum($root/purposes/purpose[@code = current()]/@spent)"/>
                    <xsl:with-param name="label">
                      <xsl:call-template name="fd-label">
                        <xsl:with-param name="group" select="'purpose'"/>
                        <xsl:with-param name="code" select="string(.)"/>
                      </xsl:call-template>
                    </xsl:with-param>
                  </xsl:call-template>
                </xsl:for-each>
              </tr>
            </tfoot>
          </table>
        </div>
        <p class="note fd-note">补助金额为当年度各项补助资金安排给工作室的补助（含冲销）；已使用为工作室登记的使用金额（含冲销）；结余 = 补助金额 − 已使用。</p>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty panel">本年度尚未安排补助。</p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
