<?xml version="1.0" encoding="UTF-8"?>
<!--
  application.xsl: one application for a 长春市职工创新工作室,
  GET /app/applications/{id} (document <application>). Every field in
  sections that follow the paper form, the review history, and one POST
  form per transition the signed-in unit may make now (actions/action),
  each to /app/applications/{id}/transition with csrf, version, action and
  opinion. A refused transition comes back with <errors>, shown above the
  forms. The printed form is application-print.xsl, the naming
  certificate certificate.xsl.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:variable name="app-href" select="concat('/app/applications/', /application/@id)"/>
  <xsl:variable name="can-edit" select="/application/@can-edit = 'true'"/>
  <xsl:variable name="is-named-state"
    select="/application/@status = 'named' or /application/@status = 'revoked'
            or /application/@status = 'upgraded'"/>

  <xsl:template match="/application" mode="title">
    <xsl:choose>
      <xsl:when test="normalize-space(name) != ''"><xsl:value-of select="name"/></xsl:when>
      <xsl:otherwise>（工作室名称未填写）</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/application" mode="crumbs">
    <li><a href="/app/applications">创建申请</a></li>
    <li aria-current="page"><xsl:apply-templates select="." mode="title"/></li>
  </xsl:template>

  <xsl:template match="/application" mode="tools">
    <ul class="page-tools">
      <xsl:if test="$can-edit">
        <li><a class="tool tool-edit" href="{$app-href}/edit">编辑</a></li>
      </xsl:if>
      <li><a class="tool tool-print" href="{$app-href}?format=print">打印申请表</a></li>
      <li><a class="tool tool-xml" href="{$app-href}?format=xml">导出XML</a></li>
      <xsl:if test="@status = 'named'">
        <li><a class="tool tool-cert" href="{$app-href}/certificate">打印命名证书</a></li>
      </xsl:if>
      <xsl:if test="studio/@id">
        <li><a class="tool" href="/app/studios/{studio/@id}">工作室档案</a></li>
      </xsl:if>
    </ul>
  </xsl:template>

  <xsl:template match="/application" mode="main">
    <div class="app-summary">
      <p class="app-status">
        <span class="app-summary-label">当前状态</span>
        <xsl:call-template name="app-badge"/>
      </p>
      <dl class="app-facts">
        <div>
          <dt>申请编号</dt>
          <dd class="code"><xsl:value-of select="@id"/></dd>
        </div>
        <div>
          <dt>填报日期</dt>
          <dd><xsl:call-template name="value-date"><xsl:with-param name="n" select="filled-on"/></xsl:call-template></dd>
        </div>
        <div>
          <dt>所在单位工会</dt>
          <dd><xsl:call-template name="value"><xsl:with-param name="n" select="base-union"/></xsl:call-template></dd>
        </div>
        <div>
          <dt>推荐单位</dt>
          <dd><xsl:call-template name="value"><xsl:with-param name="n" select="recommending-unit"/></xsl:call-template></dd>
        </div>
        <xsl:if test="$is-named-state and normalize-space(naming/@number) != ''">
          <div>
            <dt>命名文号</dt>
            <dd><strong><xsl:value-of select="naming/@number"/></strong></dd>
          </div>
          <div>
            <dt>命名日期</dt>
            <dd><xsl:call-template name="date"><xsl:with-param name="d" select="naming/@on"/></xsl:call-template></dd>
          </div>
        </xsl:if>
      </dl>
    </div>

    <xsl:if test="not($is-print)">
      <xsl:call-template name="whose-turn"/>
    </xsl:if>

    <section class="panel app-section">
      <h2>工作室基本信息</h2>
      <table class="facts facts-4">
        <colgroup><col class="k"/><col/><col class="k"/><col/></colgroup>
        <tbody>
          <tr>
            <th scope="row">工作室名称</th>
            <td colspan="3"><xsl:call-template name="value"><xsl:with-param name="n" select="name"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">所在单位</th>
            <td><xsl:call-template name="value"><xsl:with-param name="n" select="host-unit"/></xsl:call-template></td>
            <th scope="row">单位类型</th>
            <td><xsl:call-template name="value"><xsl:with-param name="n" select="host-unit-type"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">所属行业</th>
            <td>
              <xsl:call-template name="value"><xsl:with-param name="n" select="industry"/></xsl:call-template>
              <xsl:if test="normalize-space(industry/@code) != ''">
                <span class="muted code-note">（<xsl:value-of select="industry/@code"/>）</span>
              </xsl:if>
            </td>
            <th scope="row">推荐单位</th>
            <td><xsl:call-template name="value"><xsl:with-param name="n" select="recommending-unit"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">创建日期</th>
            <td><xsl:call-template name="value-date"><xsl:with-param name="n" select="founded-on"/></xsl:call-template></td>
            <th scope="row">命名单位</th>
            <td><xsl:call-template name="value"><xsl:with-param name="n" select="naming-unit"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">专业领域</th>
            <td><xsl:call-template name="value"><xsl:with-param name="n" select="field"/></xsl:call-template></td>
            <th scope="row">成员人数</th>
            <td>
              <xsl:call-template name="value"><xsl:with-param name="n" select="member-count"/></xsl:call-template>
              <xsl:if test="normalize-space(member-count) != ''"> 人</xsl:if>
            </td>
          </tr>
          <tr>
            <th scope="row">工作室类型</th>
            <td colspan="3">
              <xsl:choose>
                <xsl:when test="types/type">
                  <ul class="tag-list">
                    <xsl:for-each select="types/type">
                      <li>
                        <xsl:choose>
                          <xsl:when test="@code = 'other'">
                            <xsl:text>其他：</xsl:text>
                            <xsl:value-of select="."/>
                          </xsl:when>
                          <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
                        </xsl:choose>
                      </li>
                    </xsl:for-each>
                  </ul>
                </xsl:when>
                <xsl:otherwise><span class="unfilled">未填写</span></xsl:otherwise>
              </xsl:choose>
            </td>
          </tr>
        </tbody>
      </table>
    </section>

    <xsl:apply-templates select="leader"/>

    <section class="panel app-section">
      <h2>工作室基本情况</h2>
      <div class="panel-body">
        <xsl:call-template name="text-block"><xsl:with-param name="t" select="overview"/></xsl:call-template>
      </div>
    </section>
    <section class="panel app-section">
      <h2>工作室工作目标</h2>
      <div class="panel-body">
        <xsl:call-template name="text-block"><xsl:with-param name="t" select="goals"/></xsl:call-template>
      </div>
    </section>
    <section class="panel app-section">
      <h2>工作室成果简介</h2>
      <div class="panel-body">
        <xsl:call-template name="text-block"><xsl:with-param name="t" select="achievements-summary"/></xsl:call-template>
      </div>
    </section>
    <section class="panel app-section">
      <h2>工作室曾获荣誉</h2>
      <div class="panel-body">
        <xsl:call-template name="text-block"><xsl:with-param name="t" select="honours"/></xsl:call-template>
      </div>
    </section>

    <xsl:apply-templates select="conditions"/>
    <xsl:apply-templates select="reviews"/>

    <xsl:if test="not($is-print) and (actions/action or errors/error)">
      <xsl:call-template name="actions"/>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ leader -->

  <xsl:template match="leader">
    <section class="panel app-section">
      <h2>工作室领衔人情况</h2>
      <table class="facts facts-4">
        <colgroup><col class="k"/><col/><col class="k"/><col/></colgroup>
        <tbody>
          <tr>
            <th scope="row">姓名</th>
            <td><xsl:call-template name="value"><xsl:with-param name="n" select="name"/></xsl:call-template></td>
            <th scope="row">性别</th>
            <td><xsl:call-template name="value-personal"><xsl:with-param name="n" select="gender"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">出生年月</th>
            <td>
              <xsl:call-template name="value-personal">
                <xsl:with-param name="n" select="birth-month"/>
                <xsl:with-param name="month" select="true()"/>
              </xsl:call-template>
            </td>
            <th scope="row">学历</th>
            <td><xsl:call-template name="value"><xsl:with-param name="n" select="education"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">民族</th>
            <td><xsl:call-template name="value-personal"><xsl:with-param name="n" select="ethnicity"/></xsl:call-template></td>
            <th scope="row">政治面貌</th>
            <td><xsl:call-template name="value-personal"><xsl:with-param name="n" select="political-status"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">专业/工种</th>
            <td><xsl:call-template name="value"><xsl:with-param name="n" select="specialty"/></xsl:call-template></td>
            <th scope="row">技术职称</th>
            <td><xsl:call-template name="value"><xsl:with-param name="n" select="title"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">手机号码</th>
            <td class="nowrap"><xsl:call-template name="value-personal"><xsl:with-param name="n" select="mobile"/></xsl:call-template></td>
            <th scope="row">E-mail</th>
            <td><xsl:call-template name="value-personal"><xsl:with-param name="n" select="email"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">何年获何荣誉称号</th>
            <td colspan="3">
              <xsl:choose>
                <xsl:when test="honours/honour">
                  <ul class="honour-list">
                    <xsl:for-each select="honours/honour">
                      <li>
                        <span class="honour-year"><xsl:value-of select="@year"/>年</span>
                        <xsl:text> </xsl:text>
                        <xsl:value-of select="."/>
                      </li>
                    </xsl:for-each>
                  </ul>
                </xsl:when>
                <xsl:otherwise><span class="unfilled">未填写</span></xsl:otherwise>
              </xsl:choose>
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <!-- ======================================================== conditions -->

  <xsl:template match="conditions">
    <section class="panel app-section">
      <h2>
        <span>基本条件</span>
        <span class="aside">
          <xsl:text>已确认 </xsl:text>
          <xsl:value-of select="count(@leader[. = 'true'] | @members[. = 'true'] | @goals[. = 'true']
                                      | @venue[. = 'true'] | @equipment[. = 'true'] | @display[. = 'true'])"/>
          <xsl:text> / 6 项</xsl:text>
        </span>
      </h2>
      <ol class="checks">
        <xsl:call-template name="check"><xsl:with-param name="k" select="'leader'"/><xsl:with-param name="v" select="@leader"/></xsl:call-template>
        <xsl:call-template name="check"><xsl:with-param name="k" select="'members'"/><xsl:with-param name="v" select="@members"/></xsl:call-template>
        <xsl:call-template name="check"><xsl:with-param name="k" select="'goals'"/><xsl:with-param name="v" select="@goals"/></xsl:call-template>
        <xsl:call-template name="check"><xsl:with-param name="k" select="'venue'"/><xsl:with-param name="v" select="@venue"/></xsl:call-template>
        <xsl:call-template name="check"><xsl:with-param name="k" select="'equipment'"/><xsl:with-param name="v" select="@equipment"/></xsl:call-template>
        <xsl:call-template name="check"><xsl:with-param name="k" select="'display'"/><xsl:with-param name="v" select="@display"/></xsl:call-template>
      </ol>
      <ul class="checks checks-declare">
        <xsl:call-template name="check"><xsl:with-param name="k" select="'not-existing-department'"/><xsl:with-param name="v" select="@not-existing-department"/></xsl:call-template>
        <xsl:call-template name="check"><xsl:with-param name="k" select="'employer-consent'"/><xsl:with-param name="v" select="normalize-space(../employer-consent)"/></xsl:call-template>
      </ul>
    </section>
  </xsl:template>

  <xsl:template name="check">
    <xsl:param name="k"/>
    <xsl:param name="v"/>
    <xsl:variable name="ok" select="string($v) = 'true'"/>
    <li>
      <xsl:attribute name="class">
        <xsl:choose>
          <xsl:when test="$ok">check check-yes</xsl:when>
          <xsl:otherwise>check check-no</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <span class="check-mark" aria-hidden="true">
        <xsl:choose>
          <xsl:when test="$ok">✓</xsl:when>
          <xsl:otherwise>✗</xsl:otherwise>
        </xsl:choose>
      </span>
      <span class="check-text">
        <xsl:call-template name="label">
          <xsl:with-param name="k" select="concat('cond.', $k)"/>
        </xsl:call-template>
      </span>
      <span class="check-state">
        <xsl:choose>
          <xsl:when test="$ok">已确认</xsl:when>
          <xsl:otherwise>未确认</xsl:otherwise>
        </xsl:choose>
      </span>
    </li>
  </xsl:template>

  <!-- =========================================================== reviews -->

  <xsl:template match="reviews">
    <section class="panel app-section" id="reviews">
      <h2>
        <span>审核记录</span>
        <xsl:if test="review">
          <span class="aside"><xsl:value-of select="count(review)"/> 条</span>
        </xsl:if>
      </h2>
      <xsl:choose>
        <xsl:when test="review">
          <ol class="timeline">
            <xsl:for-each select="review">
              <li class="tl-item tl-{@decision}">
                <p class="tl-head">
                  <span class="tl-stage">
                    <xsl:call-template name="stage-label"/>
                  </span>
                  <strong class="tl-decision">
                    <xsl:call-template name="decision-label"/>
                  </strong>
                  <span class="tl-date">
                    <xsl:call-template name="date">
                      <xsl:with-param name="d" select="@on"/>
                    </xsl:call-template>
                  </span>
                </p>
                <p class="tl-meta">
                  <xsl:call-template name="unit-link">
                    <xsl:with-param name="id" select="@unit-id"/>
                    <xsl:with-param name="name" select="@unit-name"/>
                  </xsl:call-template>
                  <xsl:if test="normalize-space(@holder) != ''">
                    <span class="tl-holder">
                      <xsl:text>经办人：</xsl:text>
                      <xsl:value-of select="@holder"/>
                    </span>
                  </xsl:if>
                </p>
                <xsl:choose>
                  <xsl:when test="normalize-space(.) != ''">
                    <div class="tl-opinion text-block"><xsl:value-of select="."/></div>
                  </xsl:when>
                  <xsl:otherwise>
                    <p class="tl-opinion unfilled">（未填写意见）</p>
                  </xsl:otherwise>
                </xsl:choose>
              </li>
            </xsl:for-each>
          </ol>
        </xsl:when>
        <xsl:otherwise>
          <p class="empty">尚未上报，暂无审核记录。</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- whose-turn: what the application waits for, truthfully: the unit
       that acts next, "本单位" when that is the reader (withdrawing, which
       the base union may do at any time before the audit, is not a turn);
       a returned application shows the returning unit's opinion. -->
  <xsl:template name="whose-turn">
    <xsl:variable name="turn" select="actions/action[@name != 'withdraw']"/>
    <xsl:variable name="ret" select="reviews/review[@decision = 'return'][last()]"/>
    <xsl:choose>
      <xsl:when test="$turn">
        <p class="app-todo">
          <xsl:text>本申请等待本单位办理：</xsl:text>
          <xsl:for-each select="$turn">
            <xsl:if test="position() &gt; 1">、</xsl:if>
            <xsl:call-template name="staged-label">
              <xsl:with-param name="group" select="'do'"/>
              <xsl:with-param name="code" select="@name"/>
              <xsl:with-param name="stage" select="@stage"/>
            </xsl:call-template>
          </xsl:for-each>
          <xsl:text>。</xsl:text>
          <a href="#actions">前往办理</a>
        </p>
      </xsl:when>
      <xsl:when test="@status = 'recommended'">
        <p class="app-todo app-waiting">
          <xsl:text>已推荐上报，等待</xsl:text>
          <xsl:value-of select="recommending-unit"/>
          <xsl:text>审核。</xsl:text>
        </p>
      </xsl:when>
      <xsl:when test="@status = 'audited'">
        <p class="app-todo app-waiting">已审核通过，等待长春市总工会考核命名。</p>
      </xsl:when>
      <xsl:when test="@status = 'draft' and not($can-edit)">
        <p class="app-todo app-waiting">
          <xsl:text>草稿，等待</xsl:text>
          <xsl:value-of select="base-union"/>
          <xsl:text>填写完整后推荐上报。</xsl:text>
        </p>
      </xsl:when>
      <xsl:when test="@status = 'returned' and not($can-edit)">
        <p class="app-todo app-waiting">
          <xsl:text>已退回，等待</xsl:text>
          <xsl:value-of select="base-union"/>
          <xsl:text>修改后重新推荐上报。</xsl:text>
        </p>
      </xsl:when>
    </xsl:choose>
    <xsl:if test="@status = 'returned' and $ret">
      <div class="app-todo app-returned" role="note">
        <p>
          <strong>
            <xsl:value-of select="$ret/@unit-name"/>
            <xsl:text>退回意见（</xsl:text>
            <xsl:call-template name="datetime"><xsl:with-param name="d" select="$ret/@on"/></xsl:call-template>
            <xsl:text>）：</xsl:text>
          </strong>
          <xsl:value-of select="$ret"/>
        </p>
        <xsl:if test="$can-edit">
          <p>
            <xsl:text>请根据意见</xsl:text>
            <a href="{$app-href}/edit">修改申请表</a>
            <xsl:text>后重新推荐上报。</xsl:text>
          </p>
        </xsl:if>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- Where to mend a refusal: a field of the application in its edit
       form, the opinion in the form of the action sent, else the actions. -->
  <xsl:template match="/application/errors/error" mode="error-href">
    <xsl:variable name="sent" select="/application/posted/field[@name = 'action']"/>
    <xsl:choose>
      <xsl:when test="@field = 'opinion' and $sent != ''">
        <xsl:value-of select="concat('#opinion-', $sent)"/>
      </xsl:when>
      <xsl:when test="@field = 'action' or @field = 'version' or @field = 'opinion'
                      or @field = ''">#actions</xsl:when>
      <xsl:when test="$can-edit">
        <xsl:value-of select="concat($app-href, '/edit#f-', @field)"/>
      </xsl:when>
      <xsl:otherwise>#actions</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- =========================================================== actions -->

  <xsl:template name="actions">
    <section class="panel app-section app-actions" id="actions">
      <h2>办理</h2>
      <div class="panel-body">
        <xsl:if test="errors/error and $can-edit">
          <p class="form-alert-foot">
            <a href="{$app-href}/edit">编辑申请表</a>
            <xsl:text>，补全或改正后再办理。</xsl:text>
          </p>
        </xsl:if>
        <xsl:if test="actions/action">
          <div class="action-forms">
            <xsl:apply-templates select="actions/action"/>
          </div>
        </xsl:if>
      </div>
    </section>
  </xsl:template>

  <xsl:template match="actions/action">
    <xsl:variable name="id" select="concat('opinion-', @name)"/>
    <xsl:variable name="required" select="@name != 'withdraw'"/>
    <form class="action-form action-{@name}" method="post"
          action="{$app-href}/transition">
      <xsl:call-template name="csrf-input"/>
      <input type="hidden" name="version" value="{/application/@version}"/>
      <input type="hidden" name="action" value="{@name}"/>
      <h3>
        <xsl:call-template name="staged-label">
          <xsl:with-param name="group" select="'do'"/>
          <xsl:with-param name="code" select="@name"/>
          <xsl:with-param name="stage" select="@stage"/>
        </xsl:call-template>
      </h3>
      <p class="help">
        <xsl:choose>
          <xsl:when test="@name = 'recommend'">经所在单位同意后，报所属县（市）区、开发区总工会或市产业工会（推荐单位）审核。上报后申请表不能再修改。</xsl:when>
          <xsl:when test="@name = 'approve'">审核通过后，报长春市总工会考核命名。</xsl:when>
          <xsl:when test="@name = 'return'">退回所在单位工会修改，修改后可重新推荐上报。</xsl:when>
          <xsl:when test="@name = 'name'">命名后自动编排命名文号，申请表即行固定，不再修改。</xsl:when>
          <xsl:when test="@name = 'reject' and @stage = 'district'">审核不予推荐的，本申请办结，不再报长春市总工会考核命名。请填写不予推荐的理由。</xsl:when>
          <xsl:when test="@name = 'reject'">不予命名后本申请办结。</xsl:when>
          <xsl:when test="@name = 'withdraw'">撤回后本申请办结，不能恢复。</xsl:when>
        </xsl:choose>
      </p>
      <label for="{$id}">
        <xsl:call-template name="staged-label">
          <xsl:with-param name="group" select="'opinion'"/>
          <xsl:with-param name="code" select="@name"/>
          <xsl:with-param name="stage" select="@stage"/>
        </xsl:call-template>
        <xsl:choose>
          <xsl:when test="$required"><span class="req" aria-hidden="true">*</span></xsl:when>
          <xsl:otherwise><span class="muted">（选填）</span></xsl:otherwise>
        </xsl:choose>
        <span class="muted">（不超过 200 字）</span>
      </label>
      <!-- maxlength: MAXOPINION of fcgi/h_review.c, what fits the opinion
           box of the printed form -->
      <textarea id="{$id}" name="opinion" rows="4" cols="40" maxlength="200">
        <xsl:if test="$required">
          <xsl:attribute name="required">required</xsl:attribute>
        </xsl:if>
        <xsl:text>&#10;</xsl:text>
        <xsl:call-template name="posted">
          <xsl:with-param name="name" select="'opinion'"/>
          <xsl:with-param name="action" select="@name"/>
        </xsl:call-template>
      </textarea>
      <p class="action-submit">
        <button type="submit">
          <xsl:attribute name="class">
            <xsl:choose>
              <xsl:when test="@name = 'return'">button-plain</xsl:when>
              <xsl:when test="@name = 'reject' or @name = 'withdraw'">button-danger</xsl:when>
              <xsl:otherwise>button-primary</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:call-template name="staged-label">
            <xsl:with-param name="group" select="'do'"/>
            <xsl:with-param name="code" select="@name"/>
            <xsl:with-param name="stage" select="@stage"/>
          </xsl:call-template>
        </button>
      </p>
    </form>
  </xsl:template>

  <!-- ============================================================ values -->

  <!-- value: the text of node $n, or a muted 未填写 when empty. -->
  <xsl:template name="value">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="normalize-space($n) != ''"><xsl:value-of select="$n"/></xsl:when>
      <xsl:otherwise><span class="unfilled">未填写</span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="value-date">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="normalize-space($n) != ''">
        <xsl:call-template name="date"><xsl:with-param name="d" select="$n"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><span class="unfilled">未填写</span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- value-personal: a leader's personal field, which the document leaves
       out for a reader not entitled to it (DESIGN.md §2). -->
  <xsl:template name="value-personal">
    <xsl:param name="n"/>
    <xsl:param name="month" select="false()"/>
    <xsl:choose>
      <xsl:when test="not($n)"><span class="unfilled" title="个人信息仅向所在单位工会及其上级工会显示">不予显示</span></xsl:when>
      <xsl:when test="normalize-space($n) = ''"><span class="unfilled">未填写</span></xsl:when>
      <xsl:when test="$month">
        <xsl:call-template name="month"><xsl:with-param name="d" select="$n"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
