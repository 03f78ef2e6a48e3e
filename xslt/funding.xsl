<?xml version="1.0" encoding="UTF-8"?>
<!--
  funding.xsl: a studio's funding, GET /app/studios/{id}/funding (document
  <funding>): the studio, its totals (granted, spent, balance), the
  spending by purpose, each grant with its spending entries (purpose,
  amount, date, description, the vouchers linked from <attachments>, a
  reversed entry struck through and its reversal shown), the research
  projects; where may-spend="true" the form action=spend (multipart, with
  the voucher: grant, purpose, purpose-text, amount in 元, spent-on,
  description, file) and per entry not yet reversed a small form
  action=reverse (spending, description: 冲销原因); where
  may-project="true" the form action=project (title, level, source,
  start-on, end-on, important).  Every form posts to the same URL.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="funding-common.xsl"/>

  <xsl:variable name="funding-url" select="concat('/app/studios/', /funding/@studio, '/funding')"/>
  <xsl:variable name="may-spend" select="/funding/@may-spend = 'true' and not($is-print)"/>

  <xsl:template match="funding" mode="head">
    <link rel="stylesheet" href="/static/funding.css"/>
  </xsl:template>

  <xsl:template match="funding" mode="title">
    <xsl:value-of select="studio/name"/>
    <xsl:text> 补助资金</xsl:text>
  </xsl:template>
  <xsl:template match="funding" mode="print-title">
    <xsl:text>职工创新工作室补助资金使用情况</xsl:text>
  </xsl:template>

  <xsl:template match="funding" mode="crumbs">
    <li><a href="/app/studios">工作室</a></li>
    <li><a href="/app/studios/{@studio}"><xsl:value-of select="studio/name"/></a></li>
    <li aria-current="page">补助资金</li>
  </xsl:template>

  <xsl:template match="funding" mode="record-name">
    <xsl:value-of select="studio/name"/>
  </xsl:template>
  <xsl:template match="funding" mode="record-href">
    <xsl:value-of select="$funding-url"/>
  </xsl:template>

  <!-- a refused reversal: its field is in the row of its entry -->
  <xsl:template match="funding/errors/error" mode="error-href">
    <xsl:choose>
      <xsl:when test="/funding/posted/field[@name = 'action'] = 'reverse'
                      and /funding/posted/field[@name = 'spending'] != ''">
        <xsl:value-of select="concat('#f-', @field, '-', /funding/posted/field[@name = 'spending'])"/>
      </xsl:when>
      <xsl:when test="@field != '' and @field != 'version' and @field != 'csrf' and @field != 'action'">
        <xsl:value-of select="concat('#f-', @field)"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="funding" mode="main">
    <xsl:call-template name="fd-message"/>
    <div class="app-summary fd-summary">
      <dl class="app-facts">
        <div><dt>工作室</dt><dd><xsl:value-of select="studio/name"/></dd></div>
        <div><dt>命名编号</dt><dd><xsl:value-of select="studio/@number"/></dd></div>
        <div><dt>所在单位工会</dt><dd><xsl:value-of select="studio/base-union"/></dd></div>
        <div><dt>审核单位</dt><dd><xsl:value-of select="studio/auditing-unit"/></dd></div>
      </dl>
      <xsl:call-template name="fd-totals"/>
    </div>

    <section class="panel app-section" id="purposes">
      <h2>按用途</h2>
      <xsl:call-template name="fd-purposes"/>
    </section>

    <section class="panel app-section" id="grants">
      <h2>
        <span>补助及使用明细</span>
        <span class="aside">共 <xsl:value-of select="count(grants/grant)"/> 笔补助</span>
      </h2>
      <div class="panel-body">
        <xsl:choose>
          <xsl:when test="grants/grant">
            <xsl:apply-templates select="grants/grant" mode="fd-grant">
              <xsl:with-param name="reverse" select="$may-spend"/>
            </xsl:apply-templates>
          </xsl:when>
          <xsl:otherwise><p class="muted">尚未获得补助。</p></xsl:otherwise>
        </xsl:choose>
      </div>
    </section>

    <xsl:if test="$may-spend">
      <xsl:call-template name="spend-form"/>
    </xsl:if>

    <section class="panel app-section" id="projects">
      <h2>科研课题</h2>
      <xsl:choose>
        <xsl:when test="projects/project"><xsl:call-template name="fd-projects"/></xsl:when>
        <xsl:otherwise><div class="panel-body"><p class="muted">尚无科研课题。</p></div></xsl:otherwise>
      </xsl:choose>
    </section>

    <xsl:if test="@may-project = 'true' and not($is-print)">
      <xsl:call-template name="project-form"/>
    </xsl:if>
  </xsl:template>

  <!-- spend-form: a spending entry on one of the grants with a balance,
       with its voucher. -->
  <xsl:template name="spend-form">
    <section class="panel app-section" id="spend">
      <h2>登记资金使用</h2>
      <xsl:choose>
        <xsl:when test="grants/grant[number(@balance) &gt; 0]">
          <form class="app-form fd-form" method="post" action="{$funding-url}" enctype="multipart/form-data">
            <xsl:call-template name="csrf-input"/>
            <p class="panel-note">使用金额不能超过该笔补助的结余。登记后不能修改或删除；有误的，冲销后重新登记。凭证可上传 PDF、JPG、PNG 或 OFD 文件。</p>
            <div class="fgrid">
              <xsl:variable name="cur-grant">
                <xsl:call-template name="posted">
                  <xsl:with-param name="name" select="'grant'"/>
                  <xsl:with-param name="action" select="'spend'"/>
                </xsl:call-template>
              </xsl:variable>
              <p class="fcell fcell-wide">
                <label for="f-grant">补助<span class="req" aria-hidden="true">*</span></label>
                <select id="f-grant" name="grant" required="required">
                  <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="'grant'"/></xsl:call-template>
                  <xsl:if test="count(grants/grant[number(@balance) &gt; 0]) &gt; 1">
                    <option value="">请选择</option>
                  </xsl:if>
                  <xsl:for-each select="grants/grant[number(@balance) &gt; 0]">
                    <option value="{@id}">
                      <xsl:if test="string(@id) = string($cur-grant)">
                        <xsl:attribute name="selected">selected</xsl:attribute>
                      </xsl:if>
                      <xsl:value-of select="fund-title"/>
                      <xsl:text>（结余 </xsl:text>
                      <xsl:call-template name="money">
                        <xsl:with-param name="fen" select="@balance"/>
                        <xsl:with-param name="suffix" select="' 元'"/>
                      </xsl:call-template>
                      <xsl:text>）</xsl:text>
                    </option>
                  </xsl:for-each>
                </select>
                <xsl:call-template name="field-error"><xsl:with-param name="field" select="'grant'"/></xsl:call-template>
              </p>
              <xsl:call-template name="fd-select">
                <xsl:with-param name="name" select="'purpose'"/>
                <xsl:with-param name="action" select="'spend'"/>
                <xsl:with-param name="label" select="'用途'"/>
                <xsl:with-param name="group" select="'purpose'"/>
              </xsl:call-template>
              <xsl:call-template name="fd-field">
                <xsl:with-param name="name" select="'purpose-text'"/>
                <xsl:with-param name="action" select="'spend'"/>
                <xsl:with-param name="label" select="'用途说明'"/>
                <xsl:with-param name="note" select="'（用途为“其他”时必填）'"/>
                <xsl:with-param name="max" select="100"/>
              </xsl:call-template>
              <xsl:call-template name="fd-field">
                <xsl:with-param name="name" select="'amount'"/>
                <xsl:with-param name="action" select="'spend'"/>
                <xsl:with-param name="label" select="'金额'"/>
                <xsl:with-param name="type" select="'money'"/>
                <xsl:with-param name="required" select="true()"/>
              </xsl:call-template>
              <xsl:call-template name="fd-field">
                <xsl:with-param name="name" select="'spent-on'"/>
                <xsl:with-param name="action" select="'spend'"/>
                <xsl:with-param name="label" select="'使用日期'"/>
                <xsl:with-param name="type" select="'date'"/>
                <xsl:with-param name="required" select="true()"/>
              </xsl:call-template>
              <xsl:call-template name="fd-field">
                <xsl:with-param name="name" select="'description'"/>
                <xsl:with-param name="action" select="'spend'"/>
                <xsl:with-param name="label" select="'内容'"/>
                <xsl:with-param name="note" select="'（购置了什么或开展了什么活动）'"/>
                <xsl:with-param name="required" select="true()"/>
                <xsl:with-param name="max" select="200"/>
                <xsl:with-param name="wide" select="true()"/>
              </xsl:call-template>
              <p class="fcell fcell-wide">
                <label for="f-file">凭证<span class="legend-note">（发票、合同等，PDF、JPG、PNG 或 OFD，一个文件）</span></label>
                <input type="file" id="f-file" name="file" accept=".pdf,.jpg,.jpeg,.png,.ofd">
                  <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="'file'"/></xsl:call-template>
                </input>
                <xsl:call-template name="field-error"><xsl:with-param name="field" select="'file'"/></xsl:call-template>
              </p>
              <xsl:call-template name="fd-submit">
                <xsl:with-param name="action" select="'spend'"/>
                <xsl:with-param name="text" select="'登记使用'"/>
              </xsl:call-template>
            </div>
          </form>
        </xsl:when>
        <xsl:otherwise>
          <div class="panel-body"><p class="muted">没有尚有结余的补助。</p></div>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- project-form: a research project of the studio. -->
  <xsl:template name="project-form">
    <section class="panel app-section" id="project">
      <h2>登记科研课题</h2>
      <form class="app-form fd-form" method="post" action="{$funding-url}">
        <xsl:call-template name="csrf-input"/>
        <p class="panel-note">承担重要科研课题的工作室可按“重要科研课题”获得补助，补助须注明课题。</p>
        <div class="fgrid">
          <xsl:call-template name="fd-field">
            <xsl:with-param name="name" select="'title'"/>
            <xsl:with-param name="action" select="'project'"/>
            <xsl:with-param name="label" select="'课题名称'"/>
            <xsl:with-param name="required" select="true()"/>
            <xsl:with-param name="max" select="200"/>
            <xsl:with-param name="wide" select="true()"/>
          </xsl:call-template>
          <xsl:call-template name="fd-select">
            <xsl:with-param name="name" select="'level'"/>
            <xsl:with-param name="action" select="'project'"/>
            <xsl:with-param name="label" select="'级别'"/>
            <xsl:with-param name="group" select="'plevel'"/>
          </xsl:call-template>
          <xsl:call-template name="fd-field">
            <xsl:with-param name="name" select="'source'"/>
            <xsl:with-param name="action" select="'project'"/>
            <xsl:with-param name="label" select="'来源'"/>
            <xsl:with-param name="note" select="'（下达课题的单位）'"/>
            <xsl:with-param name="max" select="100"/>
          </xsl:call-template>
          <xsl:call-template name="fd-field">
            <xsl:with-param name="name" select="'start-on'"/>
            <xsl:with-param name="action" select="'project'"/>
            <xsl:with-param name="label" select="'开始日期'"/>
            <xsl:with-param name="type" select="'date'"/>
          </xsl:call-template>
          <xsl:call-template name="fd-field">
            <xsl:with-param name="name" select="'end-on'"/>
            <xsl:with-param name="action" select="'project'"/>
            <xsl:with-param name="label" select="'结束日期'"/>
            <xsl:with-param name="type" select="'date'"/>
          </xsl:call-template>
          <p class="fcell fcell-wide">
            <label class="choice" for="f-important">
              <input type="checkbox" id="f-important" name="important" value="1">
                <xsl:if test="/funding/posted/field[@name = 'action'] = 'project'
                              and /funding/posted/field[@name = 'important'] = '1'">
                  <xsl:attribute name="checked">checked</xsl:attribute>
                </xsl:if>
              </input>
              <span>重要科研课题</span>
            </label>
            <xsl:call-template name="field-error"><xsl:with-param name="field" select="'important'"/></xsl:call-template>
          </p>
          <xsl:call-template name="fd-submit">
            <xsl:with-param name="action" select="'project'"/>
            <xsl:with-param name="text" select="'登记课题'"/>
          </xsl:call-template>
        </div>
      </form>
    </section>
  </xsl:template>

</xsl:stylesheet>
