<?xml version="1.0" encoding="UTF-8"?>
<!--
  funding-report.xsl: the year's funding report, GET
  /app/reports/funding?year= (document <funding-report>; the old address
  /app/funding/report answers 301): the summary, the year's funds with
  what they granted within the unit's subtree (表1), per auditing union
  (表2, 图1), the spending by purpose (表3, 图2) and by purpose and union
  (表4), and the grants by basis (表5).  Every amount to the fen, shown
  as 1,234.50; the totals are the document's own (the root's and its
  <purposes>), which are the sums of the rows.  Page and print (A4
  portrait, report.css) are this one file; the CSV is
  funding-report.csv.xsl.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="exsl">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="funding-common.xsl"/>
  <xsl:include href="report-common.xsl"/>

  <xsl:variable name="purpose-codes" select="$fd-codes[local-name() = 'purpose']"/>

  <xsl:template match="funding-report" mode="report-name">补助资金使用情况报告</xsl:template>
  <xsl:template match="funding-report" mode="report-action">/app/reports/funding</xsl:template>

  <xsl:template match="funding-report" mode="head">
    <link rel="stylesheet" href="/static/funding.css"/>
    <link rel="stylesheet" href="/static/report.css"/>
  </xsl:template>

  <xsl:template match="funding-report" mode="main">
    <xsl:call-template name="fd-message"/>
    <xsl:call-template name="report-frame">
      <xsl:with-param name="body">
        <xsl:apply-templates select="." mode="body"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="purpose-name">
    <xsl:param name="code" select="string(.)"/>
    <xsl:call-template name="fd-label">
      <xsl:with-param name="group" select="'purpose'"/>
      <xsl:with-param name="code" select="$code"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="funding-report" mode="body">
    <xsl:variable name="root" select="."/>
    <xsl:call-template name="report-section">
      <xsl:with-param name="n" select="1"/>
      <xsl:with-param name="title" select="'总体情况'"/>
      <xsl:with-param name="content">
        <p class="report-text">
          <xsl:value-of select="@year"/>
          <xsl:text>年度设立补助资金 </xsl:text>
          <strong><xsl:value-of select="@funds"/></strong>
          <xsl:text> 项，预算 </xsl:text>
          <strong><xsl:call-template name="money"><xsl:with-param name="fen" select="@budget"/></xsl:call-template></strong>
          <xsl:text> 元；向 </xsl:text>
          <xsl:value-of select="sum(unit/@studios)"/>
          <xsl:text> 个工作室安排补助 </xsl:text>
          <xsl:value-of select="sum(unit/@grants)"/>
          <xsl:text> 笔，共 </xsl:text>
          <strong><xsl:call-template name="money"><xsl:with-param name="fen" select="@granted"/></xsl:call-template></strong>
          <xsl:text> 元；工作室已使用 </xsl:text>
          <strong><xsl:call-template name="money"><xsl:with-param name="fen" select="@spent"/></xsl:call-template></strong>
          <xsl:text> 元（使用率 </xsl:text>
          <xsl:call-template name="pct"><xsl:with-param name="part" select="@spent"/><xsl:with-param name="whole" select="@granted"/></xsl:call-template>
          <xsl:text>），结余 </xsl:text>
          <strong><xsl:call-template name="money"><xsl:with-param name="fen" select="@balance"/></xsl:call-template></strong>
          <xsl:text> 元。</xsl:text>
        </p>
      </xsl:with-param>
    </xsl:call-template>

    <xsl:call-template name="report-section">
      <xsl:with-param name="n" select="2"/>
      <xsl:with-param name="title" select="'补助资金安排'"/>
      <xsl:with-param name="content">
        <div class="table-scroll">
          <table class="grid report-table fd-table" id="table-1">
            <xsl:call-template name="table-caption">
              <xsl:with-param name="n" select="1"/>
              <xsl:with-param name="title" select="concat(@year, '年度补助资金')"/>
              <xsl:with-param name="unit" select="'金额单位：元'"/>
            </xsl:call-template>
            <thead>
              <tr>
                <th scope="col" class="col-name">资金名称</th>
                <th scope="col">设立单位</th>
                <th scope="col" class="num">预算</th>
                <th scope="col" class="num">补助笔数</th>
                <th scope="col" class="num">补助金额</th>
                <th scope="col" class="num">已使用</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="funds/fund">
                <tr>
                  <th scope="row" class="col-name"><xsl:value-of select="title"/></th>
                  <td><xsl:value-of select="funder"/></td>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@budget"/></xsl:call-template>
                  <td class="num"><xsl:value-of select="@grants"/></td>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@granted"/></xsl:call-template>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@spent"/></xsl:call-template>
                </tr>
              </xsl:for-each>
              <xsl:if test="not(funds/fund)">
                <tr class="empty-row"><td colspan="6">本年度未设立补助资金。</td></tr>
              </xsl:if>
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" class="col-name">合计</th>
                <td></td>
                <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="sum(funds/fund/@budget)"/></xsl:call-template>
                <td class="num"><xsl:value-of select="sum(funds/fund/@grants)"/></td>
                <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="sum(funds/fund/@granted)"/></xsl:call-template>
                <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="sum(funds/fund/@spent)"/></xsl:call-template>
              </tr>
            </tfoot>
          </table>
        </div>
        <div class="table-scroll">
          <table class="grid report-table fd-table" id="table-2">
            <xsl:call-template name="table-caption">
              <xsl:with-param name="n" select="2"/>
              <xsl:with-param name="title" select="'补助按依据分类'"/>
              <xsl:with-param name="unit" select="'金额单位：元'"/>
            </xsl:call-template>
            <thead>
              <tr>
                <th scope="col" class="col-name">补助依据</th>
                <th scope="col" class="num">补助笔数</th>
                <th scope="col" class="num">补助金额</th>
                <th scope="col" class="num">已使用</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="bases/basis">
                <tr>
                  <th scope="row" class="col-name">
                    <xsl:call-template name="fd-label">
                      <xsl:with-param name="group" select="'basis'"/>
                      <xsl:with-param name="code" select="@code"/>
                    </xsl:call-template>
                  </th>
                  <td class="num"><xsl:value-of select="@grants"/></td>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@granted"/></xsl:call-template>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@spent"/></xsl:call-template>
                </tr>
              </xsl:for-each>
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" class="col-name">合计</th>
                <td class="num"><xsl:value-of select="sum(bases/basis/@grants)"/></td>
                <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="sum(bases/basis/@granted)"/></xsl:call-template>
                <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="sum(bases/basis/@spent)"/></xsl:call-template>
              </tr>
            </tfoot>
          </table>
        </div>
      </xsl:with-param>
    </xsl:call-template>

    <xsl:call-template name="report-section">
      <xsl:with-param name="n" select="3"/>
      <xsl:with-param name="title" select="'各审核单位补助和使用'"/>
      <xsl:with-param name="content">
        <div class="table-scroll">
          <table class="grid report-table fd-table report-units" id="table-3">
            <xsl:call-template name="table-caption">
              <xsl:with-param name="n" select="3"/>
              <xsl:with-param name="title" select="'各审核单位补助资金使用情况'"/>
              <xsl:with-param name="unit" select="'金额单位：元'"/>
            </xsl:call-template>
            <thead>
              <tr>
                <th scope="col" class="col-name">审核单位</th>
                <th scope="col" class="num">工作室</th>
                <th scope="col" class="num">补助笔数</th>
                <th scope="col" class="num">补助金额</th>
                <th scope="col" class="num">已使用</th>
                <th scope="col" class="num">结余</th>
                <th scope="col" class="num">使用率</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="unit">
                <tr>
                  <th scope="row" class="col-name"><xsl:value-of select="name"/></th>
                  <td class="num"><xsl:value-of select="@studios"/></td>
                  <td class="num"><xsl:value-of select="@grants"/></td>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@granted"/></xsl:call-template>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@spent"/></xsl:call-template>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@balance"/></xsl:call-template>
                  <td class="num"><xsl:call-template name="pct"><xsl:with-param name="part" select="@spent"/><xsl:with-param name="whole" select="@granted"/></xsl:call-template></td>
                </tr>
              </xsl:for-each>
              <xsl:if test="not(unit)">
                <tr class="empty-row"><td colspan="7">本年度尚未安排补助。</td></tr>
              </xsl:if>
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" class="col-name">合计</th>
                <td class="num"><xsl:value-of select="sum(unit/@studios)"/></td>
                <td class="num"><xsl:value-of select="sum(unit/@grants)"/></td>
                <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@granted"/></xsl:call-template>
                <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@spent"/></xsl:call-template>
                <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@balance"/></xsl:call-template>
                <td class="num"><xsl:call-template name="pct"><xsl:with-param name="part" select="@spent"/><xsl:with-param name="whole" select="@granted"/></xsl:call-template></td>
              </tr>
            </tfoot>
          </table>
        </div>
        <xsl:if test="unit">
          <xsl:variable name="data">
            <xsl:for-each select="unit">
              <c label="{name}"><v><xsl:value-of select="@granted"/></v><v><xsl:value-of select="@spent"/></v></c>
            </xsl:for-each>
          </xsl:variable>
          <xsl:variable name="series">
            <s fill="#2f6fb0">补助金额</s><s fill="#c8102e">已使用</s>
          </xsl:variable>
          <xsl:call-template name="bar-chart">
            <xsl:with-param name="data" select="exsl:node-set($data)/c"/>
            <xsl:with-param name="series" select="exsl:node-set($series)/s"/>
            <xsl:with-param name="n" select="1"/>
            <xsl:with-param name="title" select="'各审核单位补助金额和已使用金额'"/>
            <xsl:with-param name="axis" select="'金额'"/>
            <xsl:with-param name="category" select="'审核单位'"/>
            <xsl:with-param name="money" select="true()"/>
          </xsl:call-template>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>

    <xsl:call-template name="report-section">
      <xsl:with-param name="n" select="4"/>
      <xsl:with-param name="title" select="'资金使用用途'"/>
      <xsl:with-param name="content">
        <div class="table-scroll">
          <table class="grid report-table fd-table" id="table-4">
            <xsl:call-template name="table-caption">
              <xsl:with-param name="n" select="4"/>
              <xsl:with-param name="title" select="'补助资金按用途使用情况'"/>
              <xsl:with-param name="unit" select="'金额单位：元'"/>
            </xsl:call-template>
            <thead>
              <tr>
                <th scope="col" class="col-name">用途</th>
                <th scope="col" class="num">已使用</th>
                <th scope="col" class="num">占比</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$purpose-codes">
                <xsl:variable name="v" select="sum($root/purposes/purpose[@code = current()]/@spent)"/>
                <tr>
                  <th scope="row" class="col-name"><xsl:call-template name="purpose-name"/></th>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="$v"/></xsl:call-template>
                  <td class="num"><xsl:call-template name="pct"><xsl:with-param name="part" select="$v"/><xsl:with-param name="whole" select="$root/@spent"/></xsl:call-template></td>
                </tr>
              </xsl:for-each>
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" class="col-name">合计</th>
                <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="sum(purposes/purpose/@spent)"/></xsl:call-template>
                <td class="num"><xsl:if test="@spent &gt; 0">100.0%</xsl:if></td>
              </tr>
            </tfoot>
          </table>
        </div>
        <xsl:variable name="pdata">
          <xsl:for-each select="$purpose-codes">
            <xsl:variable name="l"><xsl:call-template name="purpose-name"/></xsl:variable>
            <c label="{$l}"><v><xsl:value-of select="sum($root/purposes/purpose[@code = current()]/@spent)"/></v></c>
          </xsl:for-each>
        </xsl:variable>
        <xsl:variable name="pseries"><s fill="#c8102e">已使用</s></xsl:variable>
        <xsl:call-template name="bar-chart">
          <xsl:with-param name="data" select="exsl:node-set($pdata)/c"/>
          <xsl:with-param name="series" select="exsl:node-set($pseries)/s"/>
          <xsl:with-param name="n" select="2"/>
          <xsl:with-param name="title" select="'补助资金按用途使用金额'"/>
          <xsl:with-param name="axis" select="'金额'"/>
          <xsl:with-param name="category" select="'用途'"/>
          <xsl:with-param name="money" select="true()"/>
        </xsl:call-template>

        <div class="table-scroll">
          <table class="grid report-table fd-table report-wide" id="table-5">
            <xsl:call-template name="table-caption">
              <xsl:with-param name="n" select="5"/>
              <xsl:with-param name="title" select="'各审核单位补助资金按用途使用情况'"/>
              <xsl:with-param name="unit" select="'金额单位：元'"/>
            </xsl:call-template>
            <thead>
              <tr>
                <th scope="col" class="col-name">审核单位</th>
                <xsl:for-each select="$purpose-codes">
                  <th scope="col" class="num"><xsl:call-template name="purpose-name"/></th>
                </xsl:for-each>
                <th scope="col" class="num">合计</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="unit">
                <xsl:variable name="u" select="."/>
                <tr>
                  <th scope="row" class="col-name"><xsl:value-of select="name"/></th>
                  <xsl:for-each select="$purpose-codes">
                    <xsl:call-template name="money-cell">
                      <xsl:with-param name="fen" select="sum($u/purpose[@code = current()]/@spent)"/>
                    </xsl:call-template>
                  </xsl:for-each>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@spent"/></xsl:call-template>
                </tr>
              </xsl:for-each>
              <xsl:if test="not(unit)">
                <tr class="empty-row"><td colspan="{count($purpose-codes) + 2}">本年度尚未使用补助资金。</td></tr>
              </xsl:if>
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" class="col-name">合计</th>
                <xsl:for-each select="$purpose-codes">
                  <xsl:call-template name="money-cell">
                    <xsl:with-param name="fen" select="sum($root/purposes/purpose[@code = current()]/@spent)"/>
                  </xsl:call-template>
                </xsl:for-each>
                <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@spent"/></xsl:call-template>
              </tr>
            </tfoot>
          </table>
        </div>
        <xsl:call-template name="report-note">
          <xsl:with-param name="text" select="'补助金额为当年度各项补助资金安排给本单位及所属单位工作室的补助；已使用为工作室登记的使用金额（含冲销）；结余 = 补助金额 − 已使用；使用率 = 已使用 ÷ 补助金额。'"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
