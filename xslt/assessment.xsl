<?xml version="1.0" encoding="UTF-8"?>
<!--
  assessment.xsl: one studio's annual assessment sheet, GET
  /app/studios/{id}/assessments/{year} (document <assessment>).

  On screen: the studio and the year, the stage and the filing deadline
  with the days left, the items with the self-score and the assessor's
  score side by side and their totals, the self-check, the grades, the
  follow-up (key support, award, supervision), the reviews, and the forms
  of what this unit may do now, each shown only when <actions> (or
  <follow-up>) lists it, all posted to the sheet's own URL with the CSRF
  token, the sheet's version and action=:
    save, submit  the base union, stage self: self.{code}, self-note.{code},
                  summary, venue-area, staff, funds, equipment,
                  activity-hours (the items' inputs sit in the table)
    score         the auditing union: audit.{code}, audit-note.{code},
                  opinion (the grade is computed by the server)
    return        the auditing union or the city: opinion
    confirm       the city: grade, reason (required when the grade
                  differs from the proposed one)
    support, supervise, close-supervision, award: the follow-up forms
  The filing has no form here: it is done for all of an auditing union's
  sheets at once on /app/assessments/filings/{year}.

  Printed (format=print): a document of its own on A4, the paper
  {year}年度长春市职工创新工作室考核表: the studio's particulars, the
  items with 分值 / 自评分 / 考核评分 side by side, the totals and grades,
  the self-check figures, and the opinions of the base union, the
  auditing union and the city, each with its unit, date and room for the
  seal. Styled by static/assessment-print.css.

  The studio's subsidy of the year (<subsidy granted spent>, in fen) is
  shown beside the item on its use (the first whose title names 补助),
  on screen and on paper: 本年度获得补助 … 元，已使用 … 元; with no such
  item, under the items (on paper, a row of the self-check table).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="assessment-common.xsl"/>

  <xsl:variable name="a" select="/assessment"/>
  <xsl:variable name="sheet-url"
    select="concat('/app/studios/', /assessment/@studio, '/assessments/', /assessment/@year)"/>
  <xsl:variable name="can-self"
    select="/assessment/actions/action[@name = 'save' or @name = 'submit'] and not($is-print)"/>
  <xsl:variable name="can-score"
    select="/assessment/actions/action[@name = 'score'] and not($is-print)"/>
  <!-- the item on the use of the subsidy, beside which <subsidy> shows -->
  <xsl:variable name="subsidy-item" select="/assessment/items/item[contains(title, '补助')][1]"/>
  <!-- the deadline counts while the sheet is not yet filed -->
  <xsl:variable name="open-stage"
    select="/assessment/@stage = 'self' or /assessment/@stage = 'submitted'
            or /assessment/@stage = 'scored'"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$is-print and assessment">
        <html lang="zh-CN">
          <head>
            <xsl:call-template name="head-common"/>
            <meta name="robots" content="noindex, nofollow"/>
            <title>
              <xsl:call-template name="paper-title"/>
              <xsl:text> - </xsl:text>
              <xsl:value-of select="assessment/studio/name"/>
            </title>
            <link rel="stylesheet" href="/static/assessment-print.css"/>
            <xsl:call-template name="print-tools-head"/>
          </head>
          <body class="paper paper-assessment">
            <xsl:call-template name="print-bar"/>
            <xsl:apply-templates select="assessment" mode="paper"/>
          </body>
        </html>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-imports/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="paper-title">
    <xsl:value-of select="/assessment/@year"/>
    <xsl:text>年度长春市职工创新工作室考核表</xsl:text>
  </xsl:template>

  <!-- ============================================================ screen -->

  <xsl:template match="/assessment" mode="head">
    <link rel="stylesheet" href="/static/assessment.css"/>
  </xsl:template>

  <xsl:template match="/assessment" mode="title">
    <xsl:value-of select="studio/name"/>
    <xsl:text> </xsl:text>
    <xsl:value-of select="@year"/>
    <xsl:text>年度考核</xsl:text>
  </xsl:template>

  <xsl:template match="/assessment" mode="crumbs">
    <li><a href="/app/studios">工作室</a></li>
    <li><a href="/app/studios/{@studio}"><xsl:value-of select="studio/name"/></a></li>
    <li><a href="/app/assessments?year={@year}">年度考核</a></li>
    <li aria-current="page"><xsl:value-of select="@year"/>年度</li>
  </xsl:template>

  <xsl:template match="/assessment" mode="record-name">
    <xsl:value-of select="studio/name"/>
    <xsl:text>的</xsl:text>
    <xsl:value-of select="@year"/>
    <xsl:text>年度考核表</xsl:text>
  </xsl:template>

  <xsl:template match="/assessment" mode="record-href">
    <xsl:value-of select="$sheet-url"/>
  </xsl:template>

  <!-- Where to mend a refusal: the field's input; the opinion of the
       form that was sent. -->
  <xsl:template match="/assessment/errors/error" mode="error-href">
    <xsl:variable name="sent" select="/assessment/posted/field[@name = 'action']"/>
    <xsl:choose>
      <xsl:when test="@field = 'opinion' and $sent = 'return'">#opinion-return</xsl:when>
      <xsl:when test="@field = 'opinion'">#f-opinion</xsl:when>
      <xsl:when test="@field = '' or @field = 'version' or @field = 'csrf'
                      or @field = 'action'">#actions</xsl:when>
      <xsl:otherwise>
        <xsl:text>#f-</xsl:text>
        <xsl:value-of select="@field"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/assessment" mode="main">
    <xsl:if test="normalize-space(message) != '' and not(errors/error)">
      <div class="form-alert" role="alert">
        <strong><xsl:value-of select="message"/></strong>
      </div>
    </xsl:if>

    <div class="app-summary">
      <p class="app-status">
        <span class="app-summary-label">当前阶段</span>
        <xsl:call-template name="astage-badge"/>
      </p>
      <dl class="app-facts">
        <div>
          <dt>报送截止</dt>
          <dd>
            <xsl:call-template name="deadline">
              <xsl:with-param name="d" select="@deadline"/>
              <xsl:with-param name="n" select="substring(@days-left, 1, number($open-stage) * 20)"/>
            </xsl:call-template>
          </dd>
        </div>
        <div>
          <dt>自评总分</dt>
          <dd><strong><xsl:call-template name="score"><xsl:with-param name="v" select="@self-total"/></xsl:call-template></strong></dd>
        </div>
        <div>
          <dt>考核总分</dt>
          <dd><strong><xsl:call-template name="score"><xsl:with-param name="v" select="@audit-total"/></xsl:call-template></strong></dd>
        </div>
        <div>
          <dt>等次</dt>
          <dd>
            <xsl:choose>
              <xsl:when test="normalize-space(city/@grade) != ''">
                <xsl:call-template name="grade-badge"><xsl:with-param name="code" select="city/@grade"/></xsl:call-template>
                <span class="muted">（市总工会确认）</span>
              </xsl:when>
              <xsl:when test="normalize-space(@proposed-grade) != ''">
                <xsl:call-template name="grade-badge"><xsl:with-param name="code" select="@proposed-grade"/></xsl:call-template>
                <span class="muted">（拟定）</span>
              </xsl:when>
              <xsl:otherwise><span class="muted">尚未评定</span></xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
      </dl>
    </div>

    <section class="panel app-section">
      <h2>基本情况</h2>
      <table class="facts facts-4">
        <colgroup><col class="k"/><col/><col class="k"/><col/></colgroup>
        <tbody>
          <tr>
            <th scope="row">工作室名称</th>
            <td colspan="3">
              <strong><a href="/app/studios/{@studio}"><xsl:value-of select="studio/name"/></a></strong>
            </td>
          </tr>
          <tr>
            <th scope="row">命名编号</th>
            <td><xsl:value-of select="studio/@number"/></td>
            <th scope="row">领衔人</th>
            <td><xsl:value-of select="studio/leader"/></td>
          </tr>
          <tr>
            <th scope="row">所在单位</th>
            <td colspan="3"><xsl:value-of select="studio/host-unit"/></td>
          </tr>
          <tr>
            <th scope="row">所在单位工会</th>
            <td><xsl:value-of select="studio/base-union"/></td>
            <th scope="row">审核单位</th>
            <td><xsl:value-of select="studio/auditing-unit"/></td>
          </tr>
          <tr>
            <th scope="row">考核年度</th>
            <td><xsl:value-of select="@year"/>年度</td>
            <th scope="row">考核方案</th>
            <td>
              <a href="/app/assessments/schemes/{@year}"><xsl:value-of select="scheme/title"/></a>
            </td>
          </tr>
          <tr>
            <th scope="row">等次分数线</th>
            <td colspan="3">
              <xsl:text>满分 </xsl:text>
              <xsl:value-of select="scheme/@max-total"/>
              <xsl:text> 分；优秀 ≥ </xsl:text>
              <xsl:value-of select="scheme/@excellent-min"/>
              <xsl:text> 分，合格 ≥ </xsl:text>
              <xsl:value-of select="scheme/@pass-min"/>
              <xsl:text> 分</xsl:text>
              <xsl:if test="normalize-space(scheme/@excellent-cap) != ''">
                <xsl:text>；优秀比例不超过 </xsl:text>
                <xsl:value-of select="scheme/@excellent-cap"/>
                <xsl:text>%</xsl:text>
              </xsl:if>
            </td>
          </tr>
        </tbody>
      </table>
    </section>

    <xsl:choose>
      <xsl:when test="$can-self">
        <form class="app-form assess-form" method="post" action="{$sheet-url}" id="self-form">
          <xsl:call-template name="csrf-input"/>
          <input type="hidden" name="version" value="{@version}"/>
          <xsl:call-template name="items-panel">
            <xsl:with-param name="edit" select="'self'"/>
          </xsl:call-template>
          <xsl:call-template name="self-check-form"/>
          <section class="panel app-section" id="actions">
            <h2>保存或提交</h2>
            <div class="panel-body">
              <p class="help">“保存”只保存本页内容，可继续修改；“提交自检”后报审核单位评分，本单位不能再修改，除非被退回。总分由系统按各项自评分计算。</p>
              <p class="form-actions-inline">
                <xsl:if test="actions/action[@name = 'save']">
                  <button type="submit" name="action" value="save" class="button-plain">保存</button>
                </xsl:if>
                <xsl:if test="actions/action[@name = 'submit']">
                  <button type="submit" name="action" value="submit">提交自检</button>
                </xsl:if>
              </p>
            </div>
          </section>
        </form>
      </xsl:when>
      <xsl:when test="$can-score">
        <form class="app-form assess-form" method="post" action="{$sheet-url}" id="score-form">
          <xsl:call-template name="csrf-input"/>
          <input type="hidden" name="version" value="{@version}"/>
          <xsl:call-template name="items-panel">
            <xsl:with-param name="edit" select="'audit'"/>
          </xsl:call-template>
          <xsl:apply-templates select="self-check"/>
          <section class="panel app-section" id="actions">
            <h2>评分意见</h2>
            <div class="panel-body">
              <p class="help">按各项评分标准逐项评分并填写评分意见。考核总分和拟定等次由系统按方案的等次分数线计算，不需填写；等次由市总工会确认。</p>
              <p class="field">
                <label for="f-opinion">评分意见<span class="req" aria-hidden="true">*</span><span class="muted">（不超过 500 字）</span></label>
                <textarea id="f-opinion" name="opinion" rows="3" cols="60" maxlength="500" required="required">
                  <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="'opinion'"/></xsl:call-template>
                  <xsl:text>&#10;</xsl:text>
                  <xsl:call-template name="posted">
                    <xsl:with-param name="name" select="'opinion'"/>
                    <xsl:with-param name="action" select="'score'"/>
                    <xsl:with-param name="default" select="audit-opinion"/>
                  </xsl:call-template>
                </textarea>
                <xsl:call-template name="field-error"><xsl:with-param name="field" select="'opinion'"/></xsl:call-template>
              </p>
              <p class="action-submit">
                <button type="submit" name="action" value="score">提交评分</button>
              </p>
            </div>
          </section>
        </form>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="items-panel"/>
        <xsl:apply-templates select="self-check"/>
      </xsl:otherwise>
    </xsl:choose>

    <xsl:call-template name="evidence-panel"/>
    <xsl:call-template name="result-panel"/>
    <xsl:call-template name="follow-up-panel"/>
    <xsl:call-template name="reviews-panel"/>
    <xsl:call-template name="action-forms"/>
  </xsl:template>

  <!-- ======================================================= the items -->

  <!-- items-panel: the items with the scores side by side and the totals;
       $edit 'self' puts the inputs of the self-score and its note in the
       table, 'audit' those of the assessor's. -->
  <xsl:template name="items-panel">
    <xsl:param name="edit" select="''"/>
    <section class="panel app-section" id="items">
      <h2>
        <span>考核评分</span>
        <span class="aside">
          <xsl:text>满分 </xsl:text>
          <xsl:value-of select="scheme/@max-total"/>
          <xsl:text> 分</xsl:text>
        </span>
      </h2>
      <xsl:if test="$edit = 'self'">
        <p class="panel-body help">逐项填写自评分（0 至该项分值）和简要说明（不超过 300 字）。</p>
      </xsl:if>
      <div class="table-scroll">
        <table class="grid items-table">
          <thead>
            <tr>
              <th scope="col" class="code">序号</th>
              <th scope="col" class="col-item">考核项目及评分标准</th>
              <th scope="col" class="num">分值</th>
              <th scope="col" class="num">自评分</th>
              <th scope="col" class="col-note">自评说明</th>
              <th scope="col" class="num">考核评分</th>
              <th scope="col" class="col-note">考核说明</th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="items/item">
              <xsl:sort select="@seq" data-type="number"/>
              <xsl:call-template name="item-row">
                <xsl:with-param name="edit" select="$edit"/>
              </xsl:call-template>
            </xsl:for-each>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colspan="2">合计</th>
              <td class="num" data-label="分值"><xsl:value-of select="scheme/@max-total"/></td>
              <td class="num" data-label="自评总分"><xsl:call-template name="score"><xsl:with-param name="v" select="@self-total"/></xsl:call-template></td>
              <td class="col-note"></td>
              <td class="num" data-label="考核总分"><xsl:call-template name="score"><xsl:with-param name="v" select="@audit-total"/></xsl:call-template></td>
              <td class="col-note"></td>
            </tr>
          </tfoot>
        </table>
      </div>
      <xsl:if test="$a/subsidy and not($subsidy-item)">
        <p class="panel-note">
          <xsl:text>补助资金使用：</xsl:text>
          <xsl:call-template name="subsidy-line"/>
        </p>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- subsidy-line: 本年度获得补助 … 元，已使用 … 元 from <subsidy>, on
       screen linked to the studio's funding page. -->
  <xsl:template name="subsidy-line">
    <span class="item-subsidy">
      <xsl:text>本年度获得补助 </xsl:text>
      <xsl:call-template name="money">
        <xsl:with-param name="fen" select="$a/subsidy/@granted"/>
      </xsl:call-template>
      <xsl:text> 元，已使用 </xsl:text>
      <xsl:call-template name="money">
        <xsl:with-param name="fen" select="$a/subsidy/@spent"/>
      </xsl:call-template>
      <xsl:text> 元</xsl:text>
      <xsl:if test="not($is-print)">
        <xsl:text>（</xsl:text>
        <a href="/app/studios/{$a/@studio}/funding">明细</a>
        <xsl:text>）</xsl:text>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:template name="item-row">
    <xsl:param name="edit"/>
    <xsl:variable name="c" select="@code"/>
    <tr>
      <td class="code" data-label="序号"><xsl:value-of select="@seq"/></td>
      <td class="col-item" data-label="考核项目">
        <strong class="item-title"><xsl:value-of select="title"/></strong>
        <xsl:if test="normalize-space(criteria) != ''">
          <span class="item-criteria"><xsl:value-of select="criteria"/></span>
        </xsl:if>
        <xsl:if test="$a/subsidy and generate-id(.) = generate-id($subsidy-item)">
          <xsl:call-template name="subsidy-line"/>
        </xsl:if>
      </td>
      <td class="num" data-label="分值"><xsl:value-of select="@max"/></td>
      <xsl:choose>
        <xsl:when test="$edit = 'self'">
          <td class="num score-input" data-label="自评分">
            <xsl:call-template name="score-input">
              <xsl:with-param name="name" select="concat('self.', $c)"/>
              <xsl:with-param name="value" select="@self-score"/>
              <xsl:with-param name="label" select="concat(title, ' 自评分')"/>
            </xsl:call-template>
          </td>
          <td class="col-note" data-label="自评说明">
            <xsl:call-template name="note-input">
              <xsl:with-param name="name" select="concat('self-note.', $c)"/>
              <xsl:with-param name="value" select="self-note"/>
              <xsl:with-param name="label" select="concat(title, ' 自评说明')"/>
            </xsl:call-template>
          </td>
        </xsl:when>
        <xsl:otherwise>
          <td class="num" data-label="自评分"><xsl:call-template name="score"><xsl:with-param name="v" select="@self-score"/></xsl:call-template></td>
          <td class="col-note" data-label="自评说明"><xsl:value-of select="self-note"/></td>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:choose>
        <xsl:when test="$edit = 'audit'">
          <td class="num score-input" data-label="考核评分">
            <xsl:call-template name="score-input">
              <xsl:with-param name="name" select="concat('audit.', $c)"/>
              <xsl:with-param name="value" select="@audit-score"/>
              <xsl:with-param name="label" select="concat(title, ' 考核评分')"/>
            </xsl:call-template>
          </td>
          <td class="col-note" data-label="考核说明">
            <xsl:call-template name="note-input">
              <xsl:with-param name="name" select="concat('audit-note.', $c)"/>
              <xsl:with-param name="value" select="audit-note"/>
              <xsl:with-param name="label" select="concat(title, ' 考核说明')"/>
            </xsl:call-template>
          </td>
        </xsl:when>
        <xsl:otherwise>
          <td class="num" data-label="考核评分"><xsl:call-template name="score"><xsl:with-param name="v" select="@audit-score"/></xsl:call-template></td>
          <td class="col-note" data-label="考核说明"><xsl:value-of select="audit-note"/></td>
        </xsl:otherwise>
      </xsl:choose>
    </tr>
  </xsl:template>

  <!-- score-input: a score 0..@max of the current item, what was typed
       into a refused form first. -->
  <xsl:template name="score-input">
    <xsl:param name="name"/>
    <xsl:param name="value"/>
    <xsl:param name="label"/>
    <input type="number" id="f-{$name}" name="{$name}" min="0" max="{@max}" step="1"
           inputmode="numeric" aria-label="{$label}">
      <xsl:attribute name="value">
        <xsl:call-template name="posted">
          <xsl:with-param name="name" select="$name"/>
          <xsl:with-param name="default" select="$value"/>
        </xsl:call-template>
      </xsl:attribute>
      <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="$name"/></xsl:call-template>
    </input>
    <xsl:call-template name="field-error"><xsl:with-param name="field" select="$name"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="note-input">
    <xsl:param name="name"/>
    <xsl:param name="value"/>
    <xsl:param name="label"/>
    <textarea id="f-{$name}" name="{$name}" rows="2" cols="24" maxlength="300" aria-label="{$label}">
      <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="$name"/></xsl:call-template>
      <xsl:text>&#10;</xsl:text>
      <xsl:call-template name="posted">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="default" select="$value"/>
      </xsl:call-template>
    </textarea>
    <xsl:call-template name="field-error"><xsl:with-param name="field" select="$name"/></xsl:call-template>
  </xsl:template>

  <!-- ==================================================== the self-check -->

  <xsl:template match="assessment/self-check">
    <section class="panel app-section" id="self-check">
      <h2>自检情况</h2>
      <table class="facts facts-4">
        <colgroup><col class="k"/><col/><col class="k"/><col/></colgroup>
        <tbody>
          <tr>
            <th scope="row">场地保障</th>
            <td><xsl:call-template name="figure"><xsl:with-param name="v" select="venue-area"/><xsl:with-param name="unit" select="' m²'"/></xsl:call-template></td>
            <th scope="row">人员配备</th>
            <td><xsl:call-template name="figure"><xsl:with-param name="v" select="staff"/><xsl:with-param name="unit" select="' 人'"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">资金投入</th>
            <td><xsl:call-template name="figure"><xsl:with-param name="v" select="funds"/><xsl:with-param name="unit" select="' 元'"/></xsl:call-template></td>
            <th scope="row">活动时间</th>
            <td><xsl:call-template name="figure"><xsl:with-param name="v" select="activity-hours"/><xsl:with-param name="unit" select="' 小时'"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">设备设施</th>
            <td colspan="3"><xsl:call-template name="figure"><xsl:with-param name="v" select="equipment"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">年度工作总结</th>
            <td colspan="3"><xsl:call-template name="text-block"><xsl:with-param name="t" select="string(summary)"/></xsl:call-template></td>
          </tr>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <!-- ====================================================== the evidence -->

  <!-- evidence-panel: the files on the sheet (each a link that downloads
       it), and, for the base union while the sheet is in stage self, a
       plain form that uploads one more (multipart, no script). -->
  <xsl:template name="evidence-panel">
    <xsl:if test="attachments/attachment or $can-self">
      <section class="panel app-section" id="evidence">
        <h2>佐证材料</h2>
        <xsl:choose>
          <xsl:when test="attachments/attachment">
            <table class="list evidence-list">
              <thead>
                <tr><th scope="col">文件</th><th scope="col">类型</th><th scope="col">大小</th><th scope="col">上传时间</th></tr>
              </thead>
              <tbody>
                <xsl:for-each select="attachments/attachment">
                  <tr>
                    <td><a href="{@href}"><xsl:value-of select="@name"/></a></td>
                    <td><xsl:call-template name="file-type"/></td>
                    <td class="num"><xsl:call-template name="file-size"/></td>
                    <td><xsl:value-of select="substring(@at, 1, 10)"/></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </xsl:when>
          <xsl:otherwise>
            <p class="panel-body muted">尚未上传佐证材料。</p>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="$can-self">
          <form class="app-form evidence-form" method="post" action="{$sheet-url}" enctype="multipart/form-data" id="evidence-form">
            <xsl:call-template name="csrf-input"/>
            <input type="hidden" name="version" value="{@version}"/>
            <div class="panel-body">
              <p class="field">
                <label for="f-file">上传佐证材料<span class="muted">（PDF、JPEG、PNG 或 OFD，每个文件不超过 10 MB）</span></label>
                <input type="file" id="f-file" name="file" required="required"
                       accept=".pdf,.jpg,.jpeg,.png,.ofd,application/pdf,image/jpeg,image/png">
                  <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="'file'"/></xsl:call-template>
                </input>
                <xsl:call-template name="field-error"><xsl:with-param name="field" select="'file'"/></xsl:call-template>
              </p>
              <p class="action-submit">
                <button type="submit" name="action" value="attach">上传</button>
              </p>
            </div>
          </form>
        </xsl:if>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="file-type">
    <xsl:choose>
      <xsl:when test="@type = 'application/pdf'">PDF</xsl:when>
      <xsl:when test="@type = 'image/jpeg'">JPEG 图片</xsl:when>
      <xsl:when test="@type = 'image/png'">PNG 图片</xsl:when>
      <xsl:when test="@type = 'application/ofd'">OFD</xsl:when>
      <xsl:otherwise><xsl:value-of select="@type"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="file-size">
    <xsl:choose>
      <xsl:when test="@size &gt;= 1048576"><xsl:value-of select="format-number(@size div 1048576, '0.0')"/> MB</xsl:when>
      <xsl:when test="@size &gt;= 1024"><xsl:value-of select="format-number(@size div 1024, '0')"/> KB</xsl:when>
      <xsl:otherwise><xsl:value-of select="@size"/> 字节</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="figure">
    <xsl:param name="v"/>
    <xsl:param name="unit" select="''"/>
    <xsl:choose>
      <xsl:when test="normalize-space($v) = ''"><span class="unfilled">未填写</span></xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$v"/>
        <xsl:value-of select="$unit"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="self-check-form">
    <xsl:variable name="s" select="self-check"/>
    <section class="panel app-section" id="self-check">
      <h2>自检情况</h2>
      <p class="panel-body help">所在单位本年度对工作室的支持：场地保障、人员配备、资金投入、设备设施、活动时间。</p>
      <div class="fgrid fgrid-3">
        <xsl:call-template name="self-field">
          <xsl:with-param name="name" select="'venue-area'"/>
          <xsl:with-param name="label" select="'场地保障'"/>
          <xsl:with-param name="unit" select="'平方米'"/>
          <xsl:with-param name="value" select="$s/venue-area"/>
          <xsl:with-param name="step" select="'any'"/>
        </xsl:call-template>
        <xsl:call-template name="self-field">
          <xsl:with-param name="name" select="'staff'"/>
          <xsl:with-param name="label" select="'人员配备'"/>
          <xsl:with-param name="unit" select="'人'"/>
          <xsl:with-param name="value" select="$s/staff"/>
          <xsl:with-param name="step" select="'1'"/>
        </xsl:call-template>
        <xsl:call-template name="self-field">
          <xsl:with-param name="name" select="'funds'"/>
          <xsl:with-param name="label" select="'资金投入'"/>
          <xsl:with-param name="unit" select="'元'"/>
          <xsl:with-param name="value" select="$s/funds"/>
          <xsl:with-param name="step" select="'0.01'"/>
        </xsl:call-template>
        <xsl:call-template name="self-field">
          <xsl:with-param name="name" select="'activity-hours'"/>
          <xsl:with-param name="label" select="'活动时间'"/>
          <xsl:with-param name="unit" select="'小时'"/>
          <xsl:with-param name="value" select="$s/activity-hours"/>
          <xsl:with-param name="step" select="'any'"/>
        </xsl:call-template>
        <p class="fcell fcell-wide">
          <label for="f-equipment">设备设施<span class="muted">（不超过 500 字）</span></label>
          <input type="text" id="f-equipment" name="equipment" maxlength="500">
            <xsl:attribute name="value">
              <xsl:call-template name="posted">
                <xsl:with-param name="name" select="'equipment'"/>
                <xsl:with-param name="default" select="$s/equipment"/>
              </xsl:call-template>
            </xsl:attribute>
            <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="'equipment'"/></xsl:call-template>
          </input>
          <xsl:call-template name="field-error"><xsl:with-param name="field" select="'equipment'"/></xsl:call-template>
        </p>
        <p class="fcell fcell-wide">
          <label for="f-summary">年度工作总结<span class="muted">（不超过 2000 字）</span></label>
          <textarea id="f-summary" name="summary" rows="8" cols="60" maxlength="2000">
            <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="'summary'"/></xsl:call-template>
            <xsl:text>&#10;</xsl:text>
            <xsl:call-template name="posted">
              <xsl:with-param name="name" select="'summary'"/>
              <xsl:with-param name="default" select="$s/summary"/>
            </xsl:call-template>
          </textarea>
          <xsl:call-template name="field-error"><xsl:with-param name="field" select="'summary'"/></xsl:call-template>
        </p>
      </div>
    </section>
  </xsl:template>

  <xsl:template name="self-field">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="unit"/>
    <xsl:param name="value"/>
    <xsl:param name="step"/>
    <p class="fcell">
      <label for="f-{$name}"><xsl:value-of select="$label"/></label>
      <span class="finput">
        <input type="number" id="f-{$name}" name="{$name}" min="0" step="{$step}" inputmode="decimal">
          <xsl:attribute name="value">
            <xsl:call-template name="posted">
              <xsl:with-param name="name" select="$name"/>
              <xsl:with-param name="default" select="$value"/>
            </xsl:call-template>
          </xsl:attribute>
          <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="$name"/></xsl:call-template>
        </input>
        <span class="finput-unit"><xsl:value-of select="$unit"/></span>
      </span>
      <xsl:call-template name="field-error"><xsl:with-param name="field" select="$name"/></xsl:call-template>
    </p>
  </xsl:template>

  <!-- ===================================================== the results -->

  <xsl:template name="result-panel">
    <section class="panel app-section" id="result">
      <h2>考核结果</h2>
      <table class="facts facts-4">
        <colgroup><col class="k"/><col/><col class="k"/><col/></colgroup>
        <tbody>
          <tr>
            <th scope="row">拟定等次</th>
            <td>
              <xsl:call-template name="grade-badge">
                <xsl:with-param name="code" select="@proposed-grade"/>
                <xsl:with-param name="none" select="'尚未评分'"/>
              </xsl:call-template>
              <span class="muted">（由系统按考核总分计算）</span>
            </td>
            <th scope="row">确认等次</th>
            <td>
              <xsl:call-template name="grade-badge">
                <xsl:with-param name="code" select="city/@grade"/>
                <xsl:with-param name="none" select="'尚未确认'"/>
              </xsl:call-template>
            </td>
          </tr>
          <xsl:if test="normalize-space(city/reason) != ''">
            <tr>
              <th scope="row">改变等次的理由</th>
              <td colspan="3"><xsl:call-template name="text-block"><xsl:with-param name="t" select="string(city/reason)"/></xsl:call-template></td>
            </tr>
          </xsl:if>
          <tr>
            <th scope="row">审核单位评分意见</th>
            <td colspan="3">
              <xsl:call-template name="text-block"><xsl:with-param name="t" select="string(audit-opinion)"/></xsl:call-template>
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <xsl:template name="follow-up-panel">
    <xsl:if test="support or award or supervision">
      <section class="panel app-section" id="follow-up">
        <h2>动态管理</h2>
        <table class="facts">
          <tbody>
            <xsl:for-each select="support">
              <tr>
                <th scope="row">重点支持</th>
                <td>
                  <xsl:call-template name="text-block"><xsl:with-param name="t" select="string(measure)"/></xsl:call-template>
                  <xsl:if test="normalize-space(@on) != ''">
                    <span class="muted">
                      <xsl:call-template name="date"><xsl:with-param name="d" select="@on"/></xsl:call-template>
                      <xsl:text>决定</xsl:text>
                    </span>
                  </xsl:if>
                </td>
              </tr>
            </xsl:for-each>
            <xsl:for-each select="award">
              <tr>
                <th scope="row">评先选优</th>
                <td>
                  <xsl:call-template name="text-block"><xsl:with-param name="t" select="string(result)"/></xsl:call-template>
                  <xsl:if test="normalize-space(@on) != ''">
                    <span class="muted">
                      <xsl:call-template name="date"><xsl:with-param name="d" select="@on"/></xsl:call-template>
                      <xsl:text>记录</xsl:text>
                    </span>
                  </xsl:if>
                </td>
              </tr>
            </xsl:for-each>
            <xsl:for-each select="supervision">
              <tr>
                <th scope="row">督导</th>
                <td>
                  <p class="supervision-head">
                    <xsl:value-of select="unit"/>
                    <xsl:text>　限期：</xsl:text>
                    <xsl:call-template name="date"><xsl:with-param name="d" select="@due-on"/></xsl:call-template>
                    <xsl:text>　</xsl:text>
                    <xsl:choose>
                      <xsl:when test="normalize-space(@closed-on) != ''">
                        <span class="badge">
                          <xsl:call-template name="date"><xsl:with-param name="d" select="@closed-on"/></xsl:call-template>
                          <xsl:text>结束</xsl:text>
                        </span>
                      </xsl:when>
                      <xsl:otherwise><span class="badge badge-cert-revoked">督导中</span></xsl:otherwise>
                    </xsl:choose>
                  </p>
                  <p class="supervision-label">督导措施：</p>
                  <xsl:call-template name="text-block"><xsl:with-param name="t" select="string(measures)"/></xsl:call-template>
                  <xsl:if test="normalize-space(outcome) != ''">
                    <p class="supervision-label">督导结果：</p>
                    <xsl:call-template name="text-block"><xsl:with-param name="t" select="string(outcome)"/></xsl:call-template>
                  </xsl:if>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="reviews-panel">
    <section class="panel app-section">
      <h2>办理记录</h2>
      <xsl:choose>
        <xsl:when test="reviews/review">
          <ol class="timeline">
            <xsl:for-each select="reviews/review">
              <li>
                <p class="timeline-head">
                  <strong>
                    <xsl:call-template name="label">
                      <xsl:with-param name="k" select="concat('asdecision.', @decision)"/>
                      <xsl:with-param name="default" select="@decision"/>
                    </xsl:call-template>
                  </strong>
                  <xsl:text>　</xsl:text>
                  <xsl:value-of select="@unit-name"/>
                  <xsl:text>　</xsl:text>
                  <xsl:value-of select="@holder"/>
                  <xsl:text>　</xsl:text>
                  <xsl:call-template name="datetime"><xsl:with-param name="d" select="@on"/></xsl:call-template>
                </p>
                <xsl:if test="normalize-space(.) != ''">
                  <xsl:call-template name="text-block"><xsl:with-param name="t" select="string(.)"/></xsl:call-template>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ol>
        </xsl:when>
        <xsl:otherwise>
          <div class="panel-body"><p class="muted">尚无办理记录。</p></div>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- ================================================ the other actions -->

  <xsl:template name="action-forms">
    <xsl:variable name="f" select="follow-up"/>
    <xsl:if test="not($is-print) and (actions/action[@name = 'return' or @name = 'confirm'
                  or @name = 'file'] or $f/@support = 'true' or $f/@supervise = 'true'
                  or $f/@close-supervision = 'true' or $f/@award = 'true')">
      <section class="panel app-section app-actions">
        <xsl:if test="not($can-self or $can-score)">
          <xsl:attribute name="id">actions</xsl:attribute>
        </xsl:if>
        <h2>办理</h2>
        <div class="panel-body action-forms">
          <xsl:for-each select="actions/action[@name = 'confirm']">
            <form class="action-form action-confirm" method="post" action="{$sheet-url}">
              <xsl:call-template name="form-head">
                <xsl:with-param name="action" select="'confirm'"/>
                <xsl:with-param name="title" select="'确认等次'"/>
              </xsl:call-template>
              <p class="help">拟定等次由系统按考核总分计算；市总工会可确认或改变，改变时须说明理由。优秀比例超过方案上限的不能确认。</p>
              <xsl:variable name="cur">
                <xsl:call-template name="posted">
                  <xsl:with-param name="name" select="'grade'"/>
                  <xsl:with-param name="action" select="'confirm'"/>
                  <xsl:with-param name="default">
                    <xsl:choose>
                      <xsl:when test="normalize-space($a/city/@grade) != ''"><xsl:value-of select="$a/city/@grade"/></xsl:when>
                      <xsl:otherwise><xsl:value-of select="$a/@proposed-grade"/></xsl:otherwise>
                    </xsl:choose>
                  </xsl:with-param>
                </xsl:call-template>
              </xsl:variable>
              <p class="field">
                <label for="f-grade">等次<span class="req" aria-hidden="true">*</span></label>
                <select id="f-grade" name="grade" required="required">
                  <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="'grade'"/></xsl:call-template>
                  <xsl:for-each select="$labels[starts-with(@k, 'grade.')]">
                    <xsl:variable name="code" select="substring-after(@k, 'grade.')"/>
                    <option value="{$code}">
                      <xsl:if test="$code = string($cur)">
                        <xsl:attribute name="selected">selected</xsl:attribute>
                      </xsl:if>
                      <xsl:value-of select="."/>
                      <xsl:if test="$code = $a/@proposed-grade">（拟定）</xsl:if>
                    </option>
                  </xsl:for-each>
                </select>
                <xsl:call-template name="field-error"><xsl:with-param name="field" select="'grade'"/></xsl:call-template>
              </p>
              <xsl:call-template name="text-field">
                <xsl:with-param name="name" select="'reason'"/>
                <xsl:with-param name="action" select="'confirm'"/>
                <xsl:with-param name="label" select="'理由'"/>
                <xsl:with-param name="note" select="'（改变等次时必填）'"/>
                <xsl:with-param name="required" select="false()"/>
              </xsl:call-template>
              <xsl:call-template name="form-button">
                <xsl:with-param name="action" select="'confirm'"/>
                <xsl:with-param name="text" select="'确认等次'"/>
              </xsl:call-template>
            </form>
          </xsl:for-each>

          <xsl:if test="$f/@support = 'true'">
            <form class="action-form action-support" method="post" action="{$sheet-url}">
              <xsl:call-template name="form-head">
                <xsl:with-param name="action" select="'support'"/>
                <xsl:with-param name="title" select="'重点支持'"/>
              </xsl:call-template>
              <p class="help">考核优秀的工作室可列为下一年度重点支持对象。</p>
              <xsl:call-template name="text-field">
                <xsl:with-param name="name" select="'measure'"/>
                <xsl:with-param name="action" select="'support'"/>
                <xsl:with-param name="label" select="'支持措施'"/>
              </xsl:call-template>
              <xsl:call-template name="form-button">
                <xsl:with-param name="action" select="'support'"/>
                <xsl:with-param name="text" select="'决定重点支持'"/>
              </xsl:call-template>
            </form>
          </xsl:if>

          <xsl:if test="$f/@award = 'true'">
            <form class="action-form action-award" method="post" action="{$sheet-url}">
              <xsl:call-template name="form-head">
                <xsl:with-param name="action" select="'award'"/>
                <xsl:with-param name="title" select="'评先选优'"/>
              </xsl:call-template>
              <p class="help">考核优秀的工作室领衔人优先推荐参加评先选优：记录推荐的结果。</p>
              <xsl:call-template name="text-field">
                <xsl:with-param name="name" select="'award-result'"/>
                <xsl:with-param name="action" select="'award'"/>
                <xsl:with-param name="label" select="'评先选优结果'"/>
              </xsl:call-template>
              <xsl:call-template name="form-button">
                <xsl:with-param name="action" select="'award'"/>
                <xsl:with-param name="text" select="'记录评先选优结果'"/>
              </xsl:call-template>
            </form>
          </xsl:if>

          <xsl:if test="$f/@supervise = 'true'">
            <form class="action-form action-supervise" method="post" action="{$sheet-url}">
              <xsl:call-template name="form-head">
                <xsl:with-param name="action" select="'supervise'"/>
                <xsl:with-param name="title" select="'督导'"/>
              </xsl:call-template>
              <p class="help">考核不合格的工作室及时督导推动：记录督导措施和整改期限。</p>
              <xsl:call-template name="text-field">
                <xsl:with-param name="name" select="'measures'"/>
                <xsl:with-param name="action" select="'supervise'"/>
                <xsl:with-param name="label" select="'督导措施'"/>
              </xsl:call-template>
              <p class="field">
                <label for="f-due-on">整改期限<span class="req" aria-hidden="true">*</span></label>
                <input type="date" id="f-due-on" name="due-on" required="required" min="{$today}">
                  <xsl:attribute name="value">
                    <xsl:call-template name="posted">
                      <xsl:with-param name="name" select="'due-on'"/>
                      <xsl:with-param name="action" select="'supervise'"/>
                    </xsl:call-template>
                  </xsl:attribute>
                  <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="'due-on'"/></xsl:call-template>
                </input>
                <xsl:call-template name="field-error"><xsl:with-param name="field" select="'due-on'"/></xsl:call-template>
              </p>
              <xsl:call-template name="form-button">
                <xsl:with-param name="action" select="'supervise'"/>
                <xsl:with-param name="text" select="'记录督导'"/>
              </xsl:call-template>
            </form>
          </xsl:if>

          <xsl:if test="$f/@close-supervision = 'true'">
            <form class="action-form action-close-supervision" method="post" action="{$sheet-url}">
              <xsl:call-template name="form-head">
                <xsl:with-param name="action" select="'close-supervision'"/>
                <xsl:with-param name="title" select="'督导结束'"/>
              </xsl:call-template>
              <xsl:call-template name="text-field">
                <xsl:with-param name="name" select="'outcome'"/>
                <xsl:with-param name="action" select="'close-supervision'"/>
                <xsl:with-param name="label" select="'督导结果'"/>
              </xsl:call-template>
              <xsl:call-template name="form-button">
                <xsl:with-param name="action" select="'close-supervision'"/>
                <xsl:with-param name="text" select="'督导结束'"/>
              </xsl:call-template>
            </form>
          </xsl:if>

          <xsl:for-each select="actions/action[@name = 'return']">
            <form class="action-form action-return" method="post" action="{$sheet-url}">
              <xsl:call-template name="form-head">
                <xsl:with-param name="action" select="'return'"/>
                <xsl:with-param name="title" select="'退回'"/>
              </xsl:call-template>
              <p class="help">
                <xsl:text>退回后考核表回到“</xsl:text>
                <xsl:call-template name="label">
                  <xsl:with-param name="k" select="concat('astage.', @to)"/>
                  <xsl:with-param name="default" select="@to"/>
                </xsl:call-template>
                <xsl:text>”阶段，须说明理由。</xsl:text>
              </p>
              <p class="field">
                <label for="opinion-return">退回理由<span class="req" aria-hidden="true">*</span></label>
                <textarea id="opinion-return" name="opinion" rows="2" cols="40" maxlength="500" required="required">
                  <xsl:text>&#10;</xsl:text>
                  <xsl:call-template name="posted">
                    <xsl:with-param name="name" select="'opinion'"/>
                    <xsl:with-param name="action" select="'return'"/>
                  </xsl:call-template>
                </textarea>
              </p>
              <xsl:call-template name="form-button">
                <xsl:with-param name="action" select="'return'"/>
                <xsl:with-param name="text" select="'退回'"/>
              </xsl:call-template>
            </form>
          </xsl:for-each>

          <xsl:if test="actions/action[@name = 'file']">
            <div class="action-form action-file">
              <h3>年度报送</h3>
              <p class="help">评分完成后，审核单位在年度报送页面将本单位全部考核表一次报送市总工会备案。</p>
              <p class="action-submit">
                <a class="button" href="/app/assessments/filings/{@year}">年度报送</a>
              </p>
            </div>
          </xsl:if>
        </div>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- form-head: the CSRF token, the version and the heading of one of
       the small forms. -->
  <xsl:template name="form-head">
    <xsl:param name="action"/>
    <xsl:param name="title"/>
    <xsl:call-template name="csrf-input"/>
    <input type="hidden" name="version" value="{$a/@version}"/>
    <h3><xsl:value-of select="$title"/></h3>
  </xsl:template>

  <xsl:template name="form-button">
    <xsl:param name="action"/>
    <xsl:param name="text"/>
    <p class="action-submit">
      <button type="submit" name="action" value="{$action}"><xsl:value-of select="$text"/></button>
    </p>
  </xsl:template>

  <!-- text-field: a textarea $name of the form of $action, with its label,
       what was typed into it when that form was refused, and its error. -->
  <xsl:template name="text-field">
    <xsl:param name="name"/>
    <xsl:param name="action"/>
    <xsl:param name="label"/>
    <xsl:param name="note" select="''"/>
    <xsl:param name="required" select="true()"/>
    <xsl:param name="max" select="500"/>
    <p class="field">
      <label for="f-{$name}">
        <xsl:value-of select="$label"/>
        <xsl:if test="$required"><span class="req" aria-hidden="true">*</span></xsl:if>
        <xsl:if test="$note != ''"><span class="muted"><xsl:value-of select="$note"/></span></xsl:if>
      </label>
      <textarea id="f-{$name}" name="{$name}" rows="2" cols="40" maxlength="{$max}">
        <xsl:if test="$required">
          <xsl:attribute name="required">required</xsl:attribute>
        </xsl:if>
        <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="$name"/></xsl:call-template>
        <xsl:text>&#10;</xsl:text>
        <xsl:call-template name="posted">
          <xsl:with-param name="name" select="$name"/>
          <xsl:with-param name="action" select="$action"/>
        </xsl:call-template>
      </textarea>
      <xsl:call-template name="field-error"><xsl:with-param name="field" select="$name"/></xsl:call-template>
    </p>
  </xsl:template>

  <!-- ============================================================= paper -->

  <xsl:template match="/assessment" mode="paper">
    <article class="sheet assess-paper">
      <p class="paper-number">
        <xsl:text>命名编号：</xsl:text>
        <xsl:value-of select="studio/@number"/>
      </p>
      <h1 class="paper-title"><xsl:call-template name="paper-title"/></h1>

      <table class="paper-table paper-facts">
        <colgroup>
          <col class="f1"/><col class="f2"/><col class="f3"/><col class="f4"/>
        </colgroup>
        <tbody>
          <tr>
            <th scope="row">工作室名称</th>
            <td colspan="3"><xsl:value-of select="studio/name"/></td>
          </tr>
          <tr>
            <th scope="row">所在单位</th>
            <td><xsl:value-of select="studio/host-unit"/></td>
            <th scope="row">领衔人</th>
            <td><xsl:value-of select="studio/leader"/></td>
          </tr>
          <tr>
            <th scope="row">所在单位工会</th>
            <td><xsl:value-of select="studio/base-union"/></td>
            <th scope="row">审核单位</th>
            <td><xsl:value-of select="studio/auditing-unit"/></td>
          </tr>
          <tr>
            <th scope="row">命名日期</th>
            <td><xsl:call-template name="date"><xsl:with-param name="d" select="studio/@named-on"/></xsl:call-template></td>
            <th scope="row">考核年度</th>
            <td><xsl:value-of select="@year"/>年度</td>
          </tr>
        </tbody>
      </table>

      <table class="paper-table paper-items">
        <colgroup>
          <col class="i1"/><col class="i2"/><col class="i3"/>
          <col class="i4"/><col class="i5"/><col class="i6"/>
        </colgroup>
        <thead>
          <tr>
            <th scope="col">序号</th>
            <th scope="col">考核项目</th>
            <th scope="col">考核内容及评分标准</th>
            <th scope="col">分值</th>
            <th scope="col">自评分</th>
            <th scope="col">考核评分</th>
          </tr>
        </thead>
        <!-- an item and the accounts given of it, kept on one page -->
        <xsl:for-each select="items/item">
          <xsl:sort select="@seq" data-type="number"/>
          <xsl:variable name="notes"
            select="normalize-space(self-note) != '' or normalize-space(audit-note) != ''"/>
          <tbody class="item">
            <tr>
              <td class="c">
                <xsl:if test="$notes"><xsl:attribute name="rowspan">2</xsl:attribute></xsl:if>
                <xsl:value-of select="@seq"/>
              </td>
              <td><xsl:value-of select="title"/></td>
              <td class="criteria">
                <xsl:value-of select="criteria"/>
                <xsl:if test="$a/subsidy and generate-id(.) = generate-id($subsidy-item)">
                  <div class="subsidy"><xsl:call-template name="subsidy-line"/></div>
                </xsl:if>
              </td>
              <td class="n"><xsl:value-of select="@max"/></td>
              <td class="n"><xsl:value-of select="@self-score"/></td>
              <td class="n"><xsl:value-of select="@audit-score"/></td>
            </tr>
            <xsl:if test="$notes">
              <tr class="note-row">
                <td colspan="5">
                  <xsl:if test="normalize-space(self-note) != ''">
                    <div class="note"><span class="note-k">自评说明：</span><xsl:value-of select="self-note"/></div>
                  </xsl:if>
                  <xsl:if test="normalize-space(audit-note) != ''">
                    <div class="note"><span class="note-k">考核说明：</span><xsl:value-of select="audit-note"/></div>
                  </xsl:if>
                </td>
              </tr>
            </xsl:if>
          </tbody>
        </xsl:for-each>
        <tbody class="totals">
          <tr>
            <th scope="row" colspan="3">合计</th>
            <td class="n"><xsl:value-of select="scheme/@max-total"/></td>
            <td class="n"><xsl:value-of select="@self-total"/></td>
            <td class="n"><xsl:value-of select="@audit-total"/></td>
          </tr>
          <tr>
            <th scope="row" colspan="3">拟定等次（审核单位评分）／确认等次（市总工会）</th>
            <td colspan="3" class="c">
              <xsl:call-template name="grade-label">
                <xsl:with-param name="code" select="@proposed-grade"/>
                <xsl:with-param name="none" select="''"/>
              </xsl:call-template>
              <xsl:text>／</xsl:text>
              <xsl:call-template name="grade-label">
                <xsl:with-param name="code" select="city/@grade"/>
                <xsl:with-param name="none" select="''"/>
              </xsl:call-template>
            </td>
          </tr>
        </tbody>
      </table>

      <table class="paper-table paper-self">
        <colgroup>
          <col class="s1"/><col class="s2"/><col class="s3"/><col class="s4"/>
          <col class="s5"/><col class="s6"/>
        </colgroup>
        <tbody>
          <tr class="band">
            <th colspan="6" scope="colgroup">所在单位支持情况</th>
          </tr>
          <tr>
            <th scope="row">场地保障</th>
            <td><xsl:call-template name="paper-figure"><xsl:with-param name="v" select="self-check/venue-area"/><xsl:with-param name="unit" select="' m²'"/></xsl:call-template></td>
            <th scope="row">人员配备</th>
            <td><xsl:call-template name="paper-figure"><xsl:with-param name="v" select="self-check/staff"/><xsl:with-param name="unit" select="' 人'"/></xsl:call-template></td>
            <th scope="row">资金投入</th>
            <td><xsl:call-template name="paper-figure"><xsl:with-param name="v" select="self-check/funds"/><xsl:with-param name="unit" select="' 元'"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">活动时间</th>
            <td><xsl:call-template name="paper-figure"><xsl:with-param name="v" select="self-check/activity-hours"/><xsl:with-param name="unit" select="' 小时'"/></xsl:call-template></td>
            <th scope="row">设备设施</th>
            <td colspan="3"><xsl:value-of select="self-check/equipment"/></td>
          </tr>
          <xsl:if test="$a/subsidy and not($subsidy-item)">
            <tr>
              <th scope="row">补助资金</th>
              <td colspan="5"><xsl:call-template name="subsidy-line"/></td>
            </tr>
          </xsl:if>
          <tr class="text-row">
            <th scope="row">年度工作<br/>总结</th>
            <td colspan="5"><div class="text"><xsl:value-of select="self-check/summary"/></div></td>
          </tr>
        </tbody>
        <tbody class="opinions">
          <xsl:call-template name="paper-opinion">
            <xsl:with-param name="label">所在单位<br/>工会意见</xsl:with-param>
            <xsl:with-param name="review" select="reviews/review[@stage = 'base' and @decision = 'submit'][last()]"/>
            <xsl:with-param name="text" select="string(reviews/review[@stage = 'base' and @decision = 'submit'][last()])"/>
            <xsl:with-param name="unit" select="studio/base-union"/>
            <xsl:with-param name="seal" select="'工会公章'"/>
          </xsl:call-template>
          <xsl:call-template name="paper-opinion">
            <xsl:with-param name="label">审核单位<br/>考核意见</xsl:with-param>
            <xsl:with-param name="review" select="reviews/review[@stage = 'district' and @decision = 'score'][last()]"/>
            <xsl:with-param name="text">
              <xsl:choose>
                <xsl:when test="normalize-space(audit-opinion) != ''"><xsl:value-of select="audit-opinion"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="reviews/review[@stage = 'district' and @decision = 'score'][last()]"/></xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
            <xsl:with-param name="unit" select="studio/auditing-unit"/>
            <xsl:with-param name="seal" select="'工会公章'"/>
          </xsl:call-template>
          <xsl:call-template name="paper-opinion">
            <xsl:with-param name="label">市总工会<br/>确认意见</xsl:with-param>
            <xsl:with-param name="review" select="reviews/review[@stage = 'city' and @decision = 'confirm'][last()]"/>
            <xsl:with-param name="text">
              <xsl:if test="normalize-space(city/@grade) != ''">
                <xsl:text>确认等次：</xsl:text>
                <xsl:call-template name="grade-label"><xsl:with-param name="code" select="city/@grade"/></xsl:call-template>
                <xsl:text>。</xsl:text>
                <xsl:if test="normalize-space(city/reason) != ''">
                  <xsl:text>&#10;</xsl:text>
                  <xsl:value-of select="city/reason"/>
                </xsl:if>
              </xsl:if>
            </xsl:with-param>
            <xsl:with-param name="unit" select="'长春市总工会'"/>
            <xsl:with-param name="seal" select="'公章'"/>
          </xsl:call-template>
        </tbody>
      </table>
      <p class="paper-foot">
        <xsl:text>长春市总工会制　</xsl:text>
        <xsl:if test="$today != ''">
          <xsl:text>打印日期：</xsl:text>
          <xsl:call-template name="date"><xsl:with-param name="d" select="$today"/></xsl:call-template>
        </xsl:if>
      </p>
    </article>
  </xsl:template>

  <xsl:template name="paper-figure">
    <xsl:param name="v"/>
    <xsl:param name="unit"/>
    <xsl:if test="normalize-space($v) != ''">
      <xsl:value-of select="$v"/>
      <xsl:value-of select="$unit"/>
    </xsl:if>
  </xsl:template>

  <!-- paper-opinion: one opinion box: the label, the opinion beside the
       seal area (the unit, room for the seal, the date as ____年__月__日). -->
  <xsl:template name="paper-opinion">
    <xsl:param name="label"/>
    <xsl:param name="review"/>
    <xsl:param name="text"/>
    <xsl:param name="unit"/>
    <xsl:param name="seal"/>
    <tr class="opinion-row">
      <th scope="row"><xsl:copy-of select="$label"/></th>
      <td colspan="5" class="opinion">
        <div class="opinion-sign">
          <p class="opinion-unit">
            <xsl:choose>
              <xsl:when test="$review"><xsl:value-of select="$review/@unit-name"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$unit"/></xsl:otherwise>
            </xsl:choose>
          </p>
          <p class="opinion-seal">（<xsl:value-of select="$seal"/>）</p>
          <p class="opinion-date">
            <xsl:call-template name="ymd-blanks">
              <xsl:with-param name="d" select="$review/@on"/>
            </xsl:call-template>
          </p>
        </div>
        <div class="opinion-text"><xsl:value-of select="$text"/></div>
      </td>
    </tr>
  </xsl:template>

  <!-- ymd-blanks: an ISO date or datetime as ____年__月__日 with its
       numbers on the lines; the lines alone when there is no date. -->
  <xsl:template name="ymd-blanks">
    <xsl:param name="d"/>
    <xsl:variable name="s">
      <xsl:call-template name="to-local">
        <xsl:with-param name="d" select="normalize-space($d)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="ok" select="substring($s, 5, 1) = '-' and substring($s, 8, 1) = '-'
                                    and string(number(substring($s, 1, 4))) != 'NaN'
                                    and string(number(substring($s, 6, 2))) != 'NaN'
                                    and string(number(substring($s, 9, 2))) != 'NaN'"/>
    <span class="ymd">
      <span class="blank blank-y">
        <xsl:if test="$ok"><xsl:value-of select="number(substring($s, 1, 4))"/></xsl:if>
      </span>
      <xsl:text>年</xsl:text>
      <span class="blank blank-md">
        <xsl:if test="$ok"><xsl:value-of select="number(substring($s, 6, 2))"/></xsl:if>
      </span>
      <xsl:text>月</xsl:text>
      <span class="blank blank-md">
        <xsl:if test="$ok"><xsl:value-of select="number(substring($s, 9, 2))"/></xsl:if>
      </span>
      <xsl:text>日</xsl:text>
    </span>
  </xsl:template>

</xsl:stylesheet>
