<?xml version="1.0" encoding="UTF-8"?>
<!--
  fund.xsl: one subsidy fund, GET /app/funds/{id} (document <fund>): its
  year, funder, decision and totals (budget, granted, spent, remaining),
  the table by auditing union (grants, granted, spent, unspent, with the
  totals), the grants (studio linking to its funding page, auditing
  union, amount, spent, basis, document, date; a reversed grant struck
  through and its reversal shown), and where may-grant="true" the form
  POST /app/funds/{id} action=grant with the version: studio (from
  <eligible>, number and name), amount (元), basis, basis-text (required
  for other), project (from <projects>, needed for research), document,
  decided-on.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="funding-common.xsl"/>

  <xsl:variable name="fund-url" select="concat('/app/funds/', /fund/@id)"/>

  <xsl:template match="fund" mode="head">
    <link rel="stylesheet" href="/static/funding.css"/>
  </xsl:template>

  <xsl:template match="fund" mode="title">
    <xsl:value-of select="title"/>
  </xsl:template>

  <xsl:template match="fund" mode="crumbs">
    <li><a href="/app/funds">补助资金</a></li>
    <li aria-current="page"><xsl:value-of select="title"/></li>
  </xsl:template>

  <xsl:template match="fund" mode="record-name">
    <xsl:value-of select="title"/>
  </xsl:template>
  <xsl:template match="fund" mode="record-href">
    <xsl:value-of select="$fund-url"/>
  </xsl:template>

  <xsl:template match="fund" mode="main">
    <xsl:call-template name="fd-message"/>
    <div class="app-summary fd-summary">
      <dl class="app-facts">
        <div><dt>年度</dt><dd><xsl:value-of select="@year"/>年度</dd></div>
        <div><dt>资金来源</dt><dd><xsl:value-of select="funder"/></dd></div>
        <div>
          <dt>决定文号</dt>
          <dd>
            <xsl:value-of select="@document"/>
            <xsl:if test="@decided-on != ''">
              <xsl:text>（</xsl:text>
              <xsl:call-template name="date"><xsl:with-param name="d" select="@decided-on"/></xsl:call-template>
              <xsl:text>）</xsl:text>
            </xsl:if>
          </dd>
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
          <xsl:with-param name="caption" select="'预算结余'"/>
          <xsl:with-param name="fen" select="@remaining"/>
          <xsl:with-param name="class" select="'money-figure-main'"/>
        </xsl:call-template>
      </dl>
    </div>

    <section class="panel app-section" id="districts">
      <h2>按审核单位</h2>
      <xsl:choose>
        <xsl:when test="districts/district">
          <div class="table-scroll">
            <table class="grid fd-table">
              <thead>
                <tr>
                  <th scope="col">审核单位</th>
                  <th scope="col" class="num">补助笔数</th>
                  <th scope="col" class="num">补助金额（元）</th>
                  <th scope="col" class="num">已使用（元）</th>
                  <th scope="col" class="num">未使用（元）</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="districts/district">
                  <tr>
                    <th scope="row" data-label="审核单位"><xsl:value-of select="."/></th>
                    <td class="num" data-label="补助笔数"><xsl:value-of select="@grants"/></td>
                    <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@granted"/><xsl:with-param name="label" select="'补助金额（元）'"/></xsl:call-template>
                    <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@spent"/><xsl:with-param name="label" select="'已使用（元）'"/></xsl:call-template>
                    <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@granted - @spent"/><xsl:with-param name="label" select="'未使用（元）'"/></xsl:call-template>
                  </tr>
                </xsl:for-each>
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">合计</th>
                  <td class="num" data-label="补助笔数"><xsl:value-of select="sum(districts/district/@grants)"/></td>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@granted"/><xsl:with-param name="label" select="'补助金额（元）'"/></xsl:call-template>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@spent"/><xsl:with-param name="label" select="'已使用（元）'"/></xsl:call-template>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@granted - @spent"/><xsl:with-param name="label" select="'未使用（元）'"/></xsl:call-template>
                </tr>
              </tfoot>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <div class="panel-body"><p class="muted">尚未安排补助。</p></div>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section class="panel app-section" id="grants">
      <h2>
        <span>补助明细</span>
        <span class="aside">共 <xsl:value-of select="count(grants/grant[@reverses = ''])"/> 笔</span>
      </h2>
      <xsl:choose>
        <xsl:when test="grants/grant">
          <div class="table-scroll">
            <table class="grid fd-table grants-table">
              <thead>
                <tr>
                  <th scope="col" class="col-name">工作室</th>
                  <th scope="col">审核单位</th>
                  <th scope="col" class="num">补助金额（元）</th>
                  <th scope="col" class="num">已使用（元）</th>
                  <th scope="col">补助依据</th>
                  <th scope="col">决定文号</th>
                  <th scope="col">决定日期</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="grants/grant">
                  <tr>
                    <xsl:choose>
                      <xsl:when test="@reversed = 'true'"><xsl:attribute name="class">reversed</xsl:attribute></xsl:when>
                      <xsl:when test="@reverses != ''"><xsl:attribute name="class">reversal</xsl:attribute></xsl:when>
                    </xsl:choose>
                    <td class="col-name" data-label="工作室">
                      <xsl:choose>
                        <xsl:when test="$is-print"><xsl:value-of select="studio-name"/></xsl:when>
                        <xsl:otherwise>
                          <a href="/app/studios/{@studio}/funding"><xsl:value-of select="studio-name"/></a>
                        </xsl:otherwise>
                      </xsl:choose>
                      <span class="sub-number"><xsl:value-of select="number"/></span>
                      <xsl:if test="@reversed = 'true'"><span class="badge badge-reversed">已冲销</span></xsl:if>
                      <xsl:if test="@reverses != ''">
                        <span class="badge badge-reversal">冲销</span>
                      </xsl:if>
                    </td>
                    <td data-label="审核单位"><xsl:value-of select="auditing-unit"/></td>
                    <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@amount"/><xsl:with-param name="label" select="'补助金额（元）'"/></xsl:call-template>
                    <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@spent"/><xsl:with-param name="label" select="'已使用（元）'"/></xsl:call-template>
                    <td data-label="补助依据"><xsl:call-template name="basis-text"/></td>
                    <td class="nowrap" data-label="决定文号"><xsl:value-of select="@document"/></td>
                    <td class="date" data-label="决定日期"><xsl:call-template name="date"><xsl:with-param name="d" select="@decided-on"/></xsl:call-template></td>
                  </tr>
                </xsl:for-each>
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colspan="2">合计</th>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@granted"/><xsl:with-param name="label" select="'补助金额（元）'"/></xsl:call-template>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@spent"/><xsl:with-param name="label" select="'已使用（元）'"/></xsl:call-template>
                  <td colspan="3" class="fd-foot-note"></td>
                </tr>
              </tfoot>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <div class="panel-body"><p class="muted">尚未安排补助。</p></div>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <xsl:if test="@may-grant = 'true' and not($is-print)">
      <xsl:call-template name="grant-form"/>
    </xsl:if>
  </xsl:template>

  <!-- grant-form: a grant from this fund to one of the studios it may
       support. -->
  <xsl:template name="grant-form">
    <section class="panel app-section" id="grant">
      <h2>安排补助</h2>
      <xsl:choose>
        <xsl:when test="eligible/studio">
          <form class="app-form fd-form" method="post" action="{$fund-url}">
            <xsl:call-template name="csrf-input"/>
            <input type="hidden" name="version" value="{@version}"/>
            <p class="panel-note">
              <xsl:text>补助只能安排给本单位范围内已命名的工作室，合计不能超过预算（尚余 </xsl:text>
              <xsl:call-template name="money">
                <xsl:with-param name="fen" select="@remaining"/>
                <xsl:with-param name="suffix" select="' 元'"/>
              </xsl:call-template>
              <xsl:text>）。依据为“重要科研课题”的须选择科研课题；依据为“其他”的须说明。</xsl:text>
            </p>
            <div class="fgrid">
              <xsl:variable name="cur-studio">
                <xsl:call-template name="posted">
                  <xsl:with-param name="name" select="'studio'"/>
                  <xsl:with-param name="action" select="'grant'"/>
                </xsl:call-template>
              </xsl:variable>
              <p class="fcell fcell-wide">
                <label for="f-studio">工作室<span class="req" aria-hidden="true">*</span></label>
                <select id="f-studio" name="studio" required="required">
                  <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="'studio'"/></xsl:call-template>
                  <option value="">请选择</option>
                  <xsl:for-each select="eligible/studio">
                    <option value="{@id}">
                      <xsl:if test="string(@id) = string($cur-studio)">
                        <xsl:attribute name="selected">selected</xsl:attribute>
                      </xsl:if>
                      <xsl:value-of select="@number"/>
                      <xsl:text>　</xsl:text>
                      <xsl:value-of select="."/>
                    </option>
                  </xsl:for-each>
                </select>
                <xsl:call-template name="field-error"><xsl:with-param name="field" select="'studio'"/></xsl:call-template>
              </p>
              <xsl:call-template name="fd-field">
                <xsl:with-param name="name" select="'amount'"/>
                <xsl:with-param name="action" select="'grant'"/>
                <xsl:with-param name="label" select="'补助金额'"/>
                <xsl:with-param name="type" select="'money'"/>
                <xsl:with-param name="required" select="true()"/>
              </xsl:call-template>
              <xsl:call-template name="fd-select">
                <xsl:with-param name="name" select="'basis'"/>
                <xsl:with-param name="action" select="'grant'"/>
                <xsl:with-param name="label" select="'补助依据'"/>
                <xsl:with-param name="group" select="'basis'"/>
              </xsl:call-template>
              <xsl:call-template name="fd-field">
                <xsl:with-param name="name" select="'basis-text'"/>
                <xsl:with-param name="action" select="'grant'"/>
                <xsl:with-param name="label" select="'依据说明'"/>
                <xsl:with-param name="note" select="'（依据为“其他”时必填）'"/>
                <xsl:with-param name="max" select="200"/>
              </xsl:call-template>
              <xsl:variable name="cur-project">
                <xsl:call-template name="posted">
                  <xsl:with-param name="name" select="'project'"/>
                  <xsl:with-param name="action" select="'grant'"/>
                </xsl:call-template>
              </xsl:variable>
              <p class="fcell">
                <label for="f-project">
                  <xsl:text>科研课题</xsl:text>
                  <span class="legend-note">（依据为“重要科研课题”时必选）</span>
                </label>
                <select id="f-project" name="project">
                  <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="'project'"/></xsl:call-template>
                  <option value="">无</option>
                  <xsl:for-each select="projects/project">
                    <option value="{@id}">
                      <xsl:if test="string(@id) = string($cur-project)">
                        <xsl:attribute name="selected">selected</xsl:attribute>
                      </xsl:if>
                      <xsl:value-of select="."/>
                      <xsl:text>（</xsl:text>
                      <xsl:call-template name="fd-label">
                        <xsl:with-param name="group" select="'plevel'"/>
                        <xsl:with-param name="code" select="@level"/>
                      </xsl:call-template>
                      <xsl:variable name="s" select="/fund/eligible/studio[@id = current()/@studio]"/>
                      <xsl:if test="$s">
                        <xsl:text>，</xsl:text>
                        <xsl:value-of select="$s"/>
                      </xsl:if>
                      <xsl:text>）</xsl:text>
                    </option>
                  </xsl:for-each>
                </select>
                <xsl:call-template name="field-error"><xsl:with-param name="field" select="'project'"/></xsl:call-template>
              </p>
              <xsl:call-template name="fd-field">
                <xsl:with-param name="name" select="'document'"/>
                <xsl:with-param name="action" select="'grant'"/>
                <xsl:with-param name="label" select="'决定文号'"/>
                <xsl:with-param name="max" select="50"/>
              </xsl:call-template>
              <xsl:call-template name="fd-field">
                <xsl:with-param name="name" select="'decided-on'"/>
                <xsl:with-param name="action" select="'grant'"/>
                <xsl:with-param name="label" select="'决定日期'"/>
                <xsl:with-param name="type" select="'date'"/>
              </xsl:call-template>
              <xsl:call-template name="fd-submit">
                <xsl:with-param name="action" select="'grant'"/>
                <xsl:with-param name="text" select="'安排补助'"/>
              </xsl:call-template>
            </div>
          </form>
        </xsl:when>
        <xsl:otherwise>
          <div class="panel-body"><p class="muted">本单位范围内没有可安排补助的已命名工作室。</p></div>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

</xsl:stylesheet>
