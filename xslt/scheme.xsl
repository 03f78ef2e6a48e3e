<?xml version="1.0" encoding="UTF-8"?>
<!--
  scheme.xsl: the city's annual assessment scheme, GET
  /app/assessments/schemes/{year} (document <scheme>): the thresholds,
  the caps, the dates and the items. For the city, while no sheet of the
  year is submitted (editable="true"), a form posted to the same URL with
  action=save: title, excellent-min, pass-min, excellent-cap,
  excellent-cap-unit, eligible-before, deadline and the items as rows
  item.{n}.code / .title / .criteria / .max (each existing row and three
  blank ones; a row with an empty title is removed), with the version.
  A draft also has a form action=open (发布方案，生成考核表); a year
  without a scheme (exists="false") a form action=create (a copy of last
  year's).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="assessment-common.xsl"/>

  <xsl:variable name="editable" select="/scheme/@editable = 'true' and not($is-print)"/>
  <xsl:variable name="scheme-url" select="concat('/app/assessments/schemes/', /scheme/@year)"/>

  <xsl:template match="scheme" mode="head">
    <link rel="stylesheet" href="/static/assessment.css"/>
  </xsl:template>

  <xsl:template match="scheme" mode="title">
    <xsl:value-of select="@year"/>
    <xsl:text>年度考核方案</xsl:text>
  </xsl:template>

  <xsl:template match="scheme" mode="crumbs">
    <li><a href="/app/assessments?year={@year}">年度考核</a></li>
    <li aria-current="page"><xsl:value-of select="@year"/>年度考核方案</li>
  </xsl:template>

  <xsl:template match="scheme" mode="record-name">
    <xsl:value-of select="@year"/>
    <xsl:text>年度考核方案</xsl:text>
  </xsl:template>

  <!-- item.3.max → #f-item.3.max; the rest by the default -->
  <xsl:template match="scheme/errors/error" mode="error-href">
    <xsl:if test="@field != '' and @field != 'version' and @field != 'csrf' and @field != 'action'">
      <xsl:value-of select="concat('#f-', @field)"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="scheme" mode="main">
    <xsl:if test="normalize-space(message) != '' and not(errors/error)">
      <div class="form-alert" role="alert"><strong><xsl:value-of select="message"/></strong></div>
    </xsl:if>
    <xsl:if test="count(years/year) &gt; 1 and not($is-print)">
      <p class="assess-links">
        <xsl:text>其他年度：</xsl:text>
        <xsl:for-each select="years/year[string(.) != string(/scheme/@year)]">
          <a href="/app/assessments/schemes/{.}"><xsl:value-of select="."/>年度</a>
        </xsl:for-each>
      </p>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="@exists = 'false'">
        <section class="panel app-section">
          <h2>尚无方案</h2>
          <div class="panel-body">
            <p><xsl:value-of select="@year"/>年度尚未制定考核方案。</p>
            <xsl:if test="$editable">
              <form method="post" action="{$scheme-url}" class="action-form">
                <xsl:call-template name="csrf-input"/>
                <input type="hidden" name="version" value="{@version}"/>
                <p class="help">新方案复制上一年度方案的考核项目、等次分数线和比例上限，报送截止日为当年12月31日，保存为草稿，可修改后发布。</p>
                <button type="submit" name="action" value="create">以上一年度方案为基础新建</button>
              </form>
            </xsl:if>
          </div>
        </section>
      </xsl:when>
      <xsl:otherwise>
        <div class="app-summary">
          <p class="app-status">
            <span class="app-summary-label">方案状态</span>
            <span class="badge">
              <xsl:call-template name="label">
                <xsl:with-param name="k" select="concat('scheme-status.', @status)"/>
                <xsl:with-param name="default" select="@status"/>
              </xsl:call-template>
            </span>
          </p>
          <dl class="app-facts">
            <div><dt>满分</dt><dd><xsl:value-of select="@max-total"/> 分</dd></div>
            <div><dt>考核表</dt><dd><xsl:value-of select="@sheets"/> 份</dd></div>
            <div>
              <dt>报送截止</dt>
              <dd><xsl:call-template name="deadline"><xsl:with-param name="d" select="@deadline"/></xsl:call-template></dd>
            </div>
          </dl>
        </div>
        <xsl:if test="@locked = 'true'">
          <p class="notice" role="note">已有考核表提交，方案不能再改。</p>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="$editable">
            <xsl:call-template name="edit-form"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="view"/>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="$editable and @status = 'draft'">
          <section class="panel app-section">
            <h2>发布方案</h2>
            <div class="panel-body">
              <form method="post" action="{$scheme-url}" class="action-form">
                <xsl:call-template name="csrf-input"/>
                <input type="hidden" name="version" value="{@version}"/>
                <p class="help">发布后，为每个符合条件的工作室（在“命名早于”日期前命名且仍有效）生成本年度考核表，所在单位工会即可填写自检。请先保存对方案的修改。</p>
                <button type="submit" name="action" value="open">发布方案，生成考核表</button>
              </form>
            </div>
          </section>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the scheme as it is -->
  <xsl:template name="view">
    <section class="panel app-section">
      <h2><xsl:value-of select="title"/></h2>
      <table class="facts facts-4">
        <colgroup><col class="k"/><col/><col class="k"/><col/></colgroup>
        <tbody>
          <tr>
            <th scope="row">优秀</th>
            <td>≥ <xsl:value-of select="@excellent-min"/> 分</td>
            <th scope="row">合格</th>
            <td>≥ <xsl:value-of select="@pass-min"/> 分</td>
          </tr>
          <tr>
            <th scope="row">全市优秀比例上限</th>
            <td><xsl:call-template name="percent"><xsl:with-param name="v" select="@excellent-cap"/></xsl:call-template></td>
            <th scope="row">各审核单位优秀比例上限</th>
            <td><xsl:call-template name="percent"><xsl:with-param name="v" select="@excellent-cap-unit"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">参加考核的工作室</th>
            <td>
              <xsl:call-template name="date"><xsl:with-param name="d" select="@eligible-before"/></xsl:call-template>
              <xsl:text>前命名</xsl:text>
            </td>
            <th scope="row">报送截止</th>
            <td><xsl:call-template name="date"><xsl:with-param name="d" select="@deadline"/></xsl:call-template></td>
          </tr>
        </tbody>
      </table>
    </section>
    <section class="panel app-section">
      <h2>
        <span>考核项目</span>
        <span class="aside">满分 <xsl:value-of select="@max-total"/> 分</span>
      </h2>
      <div class="table-scroll">
        <table class="grid">
          <thead>
            <tr>
              <th scope="col">序号</th>
              <th scope="col">代码</th>
              <th scope="col">考核项目</th>
              <th scope="col">考核内容及评分标准</th>
              <th scope="col" class="num">分值</th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="items/item">
              <xsl:sort select="@seq" data-type="number"/>
              <tr>
                <td><xsl:value-of select="@seq"/></td>
                <td class="code"><xsl:value-of select="@code"/></td>
                <td><strong><xsl:value-of select="title"/></strong></td>
                <td><xsl:value-of select="criteria"/></td>
                <td class="num"><xsl:value-of select="@max"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colspan="4">合计</th>
              <td class="num"><xsl:value-of select="@max-total"/></td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  </xsl:template>

  <xsl:template name="percent">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="normalize-space($v) = ''"><span class="muted">不限</span></xsl:when>
      <xsl:otherwise><xsl:value-of select="$v"/>%</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================= form -->

  <xsl:template name="edit-form">
    <form method="post" action="{$scheme-url}" class="app-form scheme-form">
      <xsl:call-template name="csrf-input"/>
      <input type="hidden" name="version" value="{@version}"/>
      <section class="panel app-section">
        <h2>方案</h2>
        <div class="fgrid fgrid-3">
          <p class="fcell fcell-wide">
            <label for="f-title">方案名称<span class="req" aria-hidden="true">*</span></label>
            <input type="text" id="f-title" name="title" maxlength="100" required="required">
              <xsl:attribute name="value">
                <xsl:call-template name="posted">
                  <xsl:with-param name="name" select="'title'"/>
                  <xsl:with-param name="default" select="title"/>
                </xsl:call-template>
              </xsl:attribute>
              <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="'title'"/></xsl:call-template>
            </input>
            <xsl:call-template name="field-error"><xsl:with-param name="field" select="'title'"/></xsl:call-template>
          </p>
          <xsl:call-template name="scheme-field">
            <xsl:with-param name="name" select="'excellent-min'"/>
            <xsl:with-param name="label" select="'优秀分数线（分）'"/>
            <xsl:with-param name="value" select="@excellent-min"/>
            <xsl:with-param name="required" select="true()"/>
          </xsl:call-template>
          <xsl:call-template name="scheme-field">
            <xsl:with-param name="name" select="'pass-min'"/>
            <xsl:with-param name="label" select="'合格分数线（分）'"/>
            <xsl:with-param name="value" select="@pass-min"/>
            <xsl:with-param name="required" select="true()"/>
          </xsl:call-template>
          <xsl:call-template name="scheme-field">
            <xsl:with-param name="name" select="'excellent-cap'"/>
            <xsl:with-param name="label" select="'全市优秀比例上限（%，空为不限）'"/>
            <xsl:with-param name="value" select="@excellent-cap"/>
            <xsl:with-param name="max" select="100"/>
          </xsl:call-template>
          <xsl:call-template name="scheme-field">
            <xsl:with-param name="name" select="'excellent-cap-unit'"/>
            <xsl:with-param name="label" select="'各审核单位优秀比例上限（%，空为不限）'"/>
            <xsl:with-param name="value" select="@excellent-cap-unit"/>
            <xsl:with-param name="max" select="100"/>
          </xsl:call-template>
          <xsl:call-template name="scheme-field">
            <xsl:with-param name="name" select="'eligible-before'"/>
            <xsl:with-param name="label" select="'在此日期前命名的工作室参加考核'"/>
            <xsl:with-param name="value" select="@eligible-before"/>
            <xsl:with-param name="type" select="'date'"/>
            <xsl:with-param name="required" select="true()"/>
          </xsl:call-template>
          <xsl:call-template name="scheme-field">
            <xsl:with-param name="name" select="'deadline'"/>
            <xsl:with-param name="label" select="'报送截止日期'"/>
            <xsl:with-param name="value" select="@deadline"/>
            <xsl:with-param name="type" select="'date'"/>
            <xsl:with-param name="required" select="true()"/>
          </xsl:call-template>
        </div>
      </section>
      <section class="panel app-section">
        <h2>
          <span>考核项目</span>
          <span class="aside">满分为各项分值之和</span>
        </h2>
        <p class="panel-body help">考核项目名称留空的行在保存时删除；最后三行用于新增项目。</p>
        <div class="table-scroll">
          <table class="grid scheme-items">
            <thead>
              <tr>
                <th scope="col" class="col-code">代码</th>
                <th scope="col" class="col-title">考核项目</th>
                <th scope="col">考核内容及评分标准</th>
                <th scope="col" class="col-max">分值</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="items/item">
                <xsl:sort select="@seq" data-type="number"/>
                <xsl:call-template name="item-row">
                  <xsl:with-param name="n" select="position()"/>
                  <xsl:with-param name="code" select="@code"/>
                  <xsl:with-param name="title" select="title"/>
                  <xsl:with-param name="criteria" select="criteria"/>
                  <xsl:with-param name="max" select="@max"/>
                </xsl:call-template>
              </xsl:for-each>
              <xsl:variable name="k" select="count(items/item)"/>
              <xsl:call-template name="item-row"><xsl:with-param name="n" select="$k + 1"/></xsl:call-template>
              <xsl:call-template name="item-row"><xsl:with-param name="n" select="$k + 2"/></xsl:call-template>
              <xsl:call-template name="item-row"><xsl:with-param name="n" select="$k + 3"/></xsl:call-template>
            </tbody>
          </table>
        </div>
        <div class="panel-body">
          <button type="submit" name="action" value="save">保存方案</button>
        </div>
      </section>
    </form>
  </xsl:template>

  <xsl:template name="scheme-field">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:param name="type" select="'number'"/>
    <xsl:param name="required" select="false()"/>
    <xsl:param name="max" select="''"/>
    <p class="fcell">
      <label for="f-{$name}">
        <xsl:value-of select="$label"/>
        <xsl:if test="$required"><span class="req" aria-hidden="true">*</span></xsl:if>
      </label>
      <input type="{$type}" id="f-{$name}" name="{$name}">
        <xsl:if test="$type = 'number'">
          <xsl:attribute name="min">0</xsl:attribute>
          <xsl:attribute name="step">any</xsl:attribute>
          <xsl:attribute name="inputmode">decimal</xsl:attribute>
        </xsl:if>
        <xsl:if test="string($max) != ''">
          <xsl:attribute name="max"><xsl:value-of select="$max"/></xsl:attribute>
        </xsl:if>
        <xsl:if test="$required">
          <xsl:attribute name="required">required</xsl:attribute>
        </xsl:if>
        <xsl:attribute name="value">
          <xsl:call-template name="posted">
            <xsl:with-param name="name" select="$name"/>
            <xsl:with-param name="default" select="$value"/>
          </xsl:call-template>
        </xsl:attribute>
        <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="$name"/></xsl:call-template>
      </input>
      <xsl:call-template name="field-error"><xsl:with-param name="field" select="$name"/></xsl:call-template>
    </p>
  </xsl:template>

  <!-- item-row: the inputs item.{n}.code / title / criteria / max, filled
       with what was typed into a refused form, else the item's values. -->
  <xsl:template name="item-row">
    <xsl:param name="n"/>
    <xsl:param name="code" select="''"/>
    <xsl:param name="title" select="''"/>
    <xsl:param name="criteria" select="''"/>
    <xsl:param name="max" select="''"/>
    <xsl:variable name="p" select="concat('item.', $n, '.')"/>
    <tr>
      <td class="col-code" data-label="代码">
        <input type="text" id="f-{$p}code" name="{$p}code" maxlength="10" aria-label="第{$n}项 代码">
          <xsl:attribute name="value">
            <xsl:call-template name="posted">
              <xsl:with-param name="name" select="concat($p, 'code')"/>
              <xsl:with-param name="default" select="$code"/>
            </xsl:call-template>
          </xsl:attribute>
          <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="concat($p, 'code')"/></xsl:call-template>
        </input>
        <xsl:call-template name="field-error"><xsl:with-param name="field" select="concat($p, 'code')"/></xsl:call-template>
      </td>
      <td class="col-title" data-label="考核项目">
        <input type="text" id="f-{$p}title" name="{$p}title" maxlength="100" aria-label="第{$n}项 考核项目">
          <xsl:attribute name="value">
            <xsl:call-template name="posted">
              <xsl:with-param name="name" select="concat($p, 'title')"/>
              <xsl:with-param name="default" select="$title"/>
            </xsl:call-template>
          </xsl:attribute>
          <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="concat($p, 'title')"/></xsl:call-template>
        </input>
        <xsl:call-template name="field-error"><xsl:with-param name="field" select="concat($p, 'title')"/></xsl:call-template>
      </td>
      <td data-label="考核内容及评分标准">
        <textarea id="f-{$p}criteria" name="{$p}criteria" rows="2" cols="40" maxlength="500" aria-label="第{$n}项 考核内容及评分标准">
          <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="concat($p, 'criteria')"/></xsl:call-template>
          <xsl:text>&#10;</xsl:text>
          <xsl:call-template name="posted">
            <xsl:with-param name="name" select="concat($p, 'criteria')"/>
            <xsl:with-param name="default" select="$criteria"/>
          </xsl:call-template>
        </textarea>
        <xsl:call-template name="field-error"><xsl:with-param name="field" select="concat($p, 'criteria')"/></xsl:call-template>
      </td>
      <td class="col-max" data-label="分值">
        <input type="number" id="f-{$p}max" name="{$p}max" min="0" step="any" inputmode="decimal" aria-label="第{$n}项 分值">
          <xsl:attribute name="value">
            <xsl:call-template name="posted">
              <xsl:with-param name="name" select="concat($p, 'max')"/>
              <xsl:with-param name="default" select="$max"/>
            </xsl:call-template>
          </xsl:attribute>
          <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="concat($p, 'max')"/></xsl:call-template>
        </input>
        <xsl:call-template name="field-error"><xsl:with-param name="field" select="concat($p, 'max')"/></xsl:call-template>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
