<?xml version="1.0" encoding="UTF-8"?>
<!--
  upgrade.xsl: a studio's applications to be upgraded to a 长春市级劳模和
  工匠人才创新工作室, GET /app/studios/{id}/upgrade (document <upgrade>):
  the form for the studio's base union when none is open (POST to the
  same URL), each application with its leader's honour, its statement,
  its review record and one POST form per action this unit may take on
  it (to /app/studios/{id}/upgrade/transition with csrf, upgrade,
  version, action, opinion; the city's approval with the decision's
  document number).  A refused request comes back with <errors>.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:variable name="studio-href" select="concat('/app/studios/', /upgrade/studio/@id)"/>

  <xsl:template match="/upgrade" mode="title">
    <xsl:value-of select="studio/name"/>
    <xsl:text>：升级为劳模和工匠人才创新工作室</xsl:text>
  </xsl:template>

  <xsl:template match="/upgrade" mode="crumbs">
    <li><a href="/app/studios">工作室</a></li>
    <li><a href="{$studio-href}"><xsl:value-of select="studio/name"/></a></li>
    <li aria-current="page">升级申请</li>
  </xsl:template>

  <!-- the label of an honour: 级别 + 类别, 年份, 授予单位 -->
  <xsl:template match="honour">
    <xsl:call-template name="label">
      <xsl:with-param name="k" select="concat('honour-level.', @level)"/>
      <xsl:with-param name="default" select="@level"/>
    </xsl:call-template>
    <xsl:call-template name="label">
      <xsl:with-param name="k" select="concat('honour.', @kind)"/>
      <xsl:with-param name="default" select="@kind"/>
    </xsl:call-template>
    <xsl:text>（</xsl:text>
    <xsl:value-of select="@year"/>
    <xsl:text>年，</xsl:text>
    <xsl:value-of select="."/>
    <xsl:text>授予）</xsl:text>
  </xsl:template>

  <xsl:template match="/upgrade" mode="record-name">
    <xsl:value-of select="studio/name"/>
    <xsl:text>的升级申请</xsl:text>
  </xsl:template>

  <!-- Where to mend a refusal: the application form's fields. -->
  <xsl:template match="/upgrade/errors/error" mode="error-href">
    <xsl:choose>
      <xsl:when test="@field = 'kind' or @field = 'level' or @field = 'year'
                      or @field = 'body' or @field = 'statement'">
        <xsl:value-of select="concat('#u-', @field)"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/upgrade" mode="main">
    <div class="app-summary">
      <p class="app-status">
        <span class="app-summary-label">工作室状态</span>
        <span class="badge badge-studio badge-studio-{studio/@status}">
          <xsl:call-template name="studio-status-label">
            <xsl:with-param name="code" select="studio/@status"/>
          </xsl:call-template>
        </span>
      </p>
      <dl class="app-facts">
        <div>
          <dt>命名编号</dt>
          <dd><strong><xsl:value-of select="studio/@number"/></strong></dd>
        </div>
        <div>
          <dt>领衔人</dt>
          <dd><xsl:value-of select="studio/leader-name"/></dd>
        </div>
        <div>
          <dt>基层工会</dt>
          <dd><xsl:value-of select="studio/base-union"/></dd>
        </div>
        <div>
          <dt>审核单位</dt>
          <dd><xsl:value-of select="studio/auditing-unit"/></dd>
        </div>
      </dl>
    </div>
    <p class="help">领衔人获评劳模和工匠的，可按要求提交申请，依照相关标准将职工创新工作室升级打造为长春市级劳模和工匠人才创新工作室。申请由所在单位工会提出，经审核单位审核后报市总工会决定。</p>

    <xsl:if test="not($is-print) and message and not(errors/error)">
      <div class="form-alert" role="alert">
        <strong>操作未完成，请处理以下问题后重新提交。</strong>
        <ul>
          <xsl:for-each select="errors/error">
            <li>
              <xsl:if test="normalize-space(@label) != '' and not(contains(., @label))">
                <strong><xsl:value-of select="@label"/></strong>
                <xsl:text>：</xsl:text>
              </xsl:if>
              <xsl:value-of select="."/>
            </li>
          </xsl:for-each>
          <xsl:if test="message and not(errors/error = message)">
            <li><xsl:value-of select="message"/></li>
          </xsl:if>
        </ul>
      </div>
    </xsl:if>

    <xsl:if test="form and not($is-print)">
      <xsl:apply-templates select="form"/>
    </xsl:if>

    <xsl:choose>
      <xsl:when test="applications/application">
        <xsl:apply-templates select="applications/application"/>
      </xsl:when>
      <xsl:otherwise>
        <p class="muted">该工作室尚无升级申请。</p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the application form of the base union -->
  <xsl:template match="form">
    <section class="panel app-section" id="apply">
      <h2>提出升级申请</h2>
      <div class="panel-body">
        <form class="action-form" method="post" action="{$studio-href}/upgrade">
          <xsl:call-template name="csrf-input"/>
          <p class="field">
            <label for="u-kind">荣誉类别<span class="req" aria-hidden="true">*</span></label>
            <select id="u-kind" name="kind" required="required">
              <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="'kind'"/></xsl:call-template>
              <option value="">请选择</option>
              <option value="model-worker">
                <xsl:if test="@kind = 'model-worker'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:text>劳动模范</xsl:text>
              </option>
              <option value="craftsman">
                <xsl:if test="@kind = 'craftsman'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:text>工匠</xsl:text>
              </option>
            </select>
            <xsl:call-template name="field-error"><xsl:with-param name="field" select="'kind'"/></xsl:call-template>
          </p>
          <p class="field">
            <label for="u-level">荣誉级别<span class="req" aria-hidden="true">*</span></label>
            <select id="u-level" name="level" required="required">
              <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="'level'"/></xsl:call-template>
              <option value="">请选择</option>
              <option value="national">
                <xsl:if test="@level = 'national'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:text>全国（国家级）</xsl:text>
              </option>
              <option value="provincial">
                <xsl:if test="@level = 'provincial'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:text>省级</xsl:text>
              </option>
              <option value="city">
                <xsl:if test="@level = 'city'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:text>市级</xsl:text>
              </option>
            </select>
            <xsl:call-template name="field-error"><xsl:with-param name="field" select="'level'"/></xsl:call-template>
          </p>
          <p class="field">
            <label for="u-year">获评年份<span class="req" aria-hidden="true">*</span></label>
            <input type="number" id="u-year" name="year" min="1950" max="2199" required="required" value="{@year}">
              <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="'year'"/></xsl:call-template>
            </input>
            <xsl:call-template name="field-error"><xsl:with-param name="field" select="'year'"/></xsl:call-template>
          </p>
          <p class="field">
            <label for="u-body">授予单位<span class="req" aria-hidden="true">*</span></label>
            <!-- maxlength: MAXBODY of fcgi/h_upgrade.c -->
            <input type="text" id="u-body" name="body" maxlength="100" required="required" value="{@body}"
                   placeholder="如 吉林省人民政府">
              <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="'body'"/></xsl:call-template>
            </input>
            <xsl:call-template name="field-error"><xsl:with-param name="field" select="'body'"/></xsl:call-template>
          </p>
          <p class="field">
            <label for="u-statement">申请说明<span class="req" aria-hidden="true">*</span><span class="muted">（不超过 500 字）</span></label>
            <!-- maxlength: MAXSTATEMENT of fcgi/h_upgrade.c -->
            <textarea id="u-statement" name="statement" rows="5" cols="60" maxlength="500" required="required">
              <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="'statement'"/></xsl:call-template>
              <xsl:value-of select="@statement"/>
            </textarea>
            <xsl:call-template name="field-error"><xsl:with-param name="field" select="'statement'"/></xsl:call-template>
          </p>
          <p class="action-submit">
            <button type="submit">提交升级申请</button>
          </p>
        </form>
      </div>
    </section>
  </xsl:template>

  <!-- one application: its facts, its actions, its review record -->
  <xsl:template match="application">
    <section class="panel app-section" id="upgrade-{@id}">
      <h2>
        <xsl:text>升级申请 第 </xsl:text>
        <xsl:value-of select="@id"/>
        <xsl:text> 号　</xsl:text>
        <span class="badge badge-upgrade-{@status}">
          <xsl:call-template name="label">
            <xsl:with-param name="k" select="concat('upgrade.', @status)"/>
            <xsl:with-param name="default" select="@status"/>
          </xsl:call-template>
        </span>
      </h2>
      <table class="facts facts-4">
        <colgroup><col class="k"/><col/><col class="k"/><col/></colgroup>
        <tbody>
          <tr>
            <th scope="row">领衔人荣誉</th>
            <td colspan="3"><xsl:apply-templates select="honour"/></td>
          </tr>
          <tr>
            <th scope="row">提交时间</th>
            <td><xsl:call-template name="datetime"><xsl:with-param name="d" select="@created"/></xsl:call-template></td>
            <th scope="row">升级决定文号</th>
            <td>
              <xsl:choose>
                <xsl:when test="@document != ''"><xsl:value-of select="@document"/></xsl:when>
                <xsl:otherwise><span class="muted">无</span></xsl:otherwise>
              </xsl:choose>
            </td>
          </tr>
        </tbody>
      </table>
      <div class="panel-body">
        <h3>申请说明</h3>
        <xsl:call-template name="text-block"><xsl:with-param name="t" select="statement"/></xsl:call-template>
      </div>

      <xsl:if test="not($is-print) and actions/action">
        <div class="panel-body app-actions">
          <h3>办理</h3>
          <xsl:for-each select="actions/action">
            <form class="action-form action-{@name}" method="post" action="{$studio-href}/upgrade/transition">
              <xsl:call-template name="csrf-input"/>
              <input type="hidden" name="upgrade" value="{../../@id}"/>
              <input type="hidden" name="version" value="{../../@version}"/>
              <input type="hidden" name="action" value="{@name}"/>
              <xsl:if test="@stage = 'city' and @name = 'approve'">
                <p class="field">
                  <label for="u-doc-{../../@id}">升级决定文号<span class="req" aria-hidden="true">*</span></label>
                  <input type="text" id="u-doc-{../../@id}" name="document" maxlength="60"
                         required="required" placeholder="如 长工发〔2026〕30号">
                    <xsl:if test="/upgrade/posted/field[@name = 'upgrade'] = ../../@id">
                      <xsl:attribute name="value">
                        <xsl:call-template name="posted">
                          <xsl:with-param name="name" select="'document'"/>
                        </xsl:call-template>
                      </xsl:attribute>
                    </xsl:if>
                  </input>
                </p>
              </xsl:if>
              <p class="field">
                <label for="u-op-{../../@id}-{@name}">
                  <xsl:text>意见</xsl:text>
                  <xsl:if test="@name = 'return' or @name = 'reject'"><span class="req" aria-hidden="true">*</span></xsl:if>
                  <span class="muted">（不超过 500 字）</span>
                </label>
                <!-- maxlength: MAXOPINION of fcgi/h_upgrade.c -->
                <textarea id="u-op-{../../@id}-{@name}" name="opinion" rows="3" cols="60" maxlength="500">
                  <xsl:if test="@name = 'return' or @name = 'reject'"><xsl:attribute name="required">required</xsl:attribute></xsl:if>
                  <xsl:text>&#10;</xsl:text>
                  <xsl:if test="/upgrade/posted/field[@name = 'upgrade'] = ../../@id">
                    <xsl:call-template name="posted">
                      <xsl:with-param name="name" select="'opinion'"/>
                      <xsl:with-param name="action" select="@name"/>
                    </xsl:call-template>
                  </xsl:if>
                </textarea>
              </p>
              <p class="action-submit">
                <button type="submit">
                  <xsl:if test="@name = 'reject' or @name = 'withdraw'"><xsl:attribute name="class">button-danger</xsl:attribute></xsl:if>
                  <xsl:call-template name="label">
                    <xsl:with-param name="k" select="concat('upgrade-do.', @name)"/>
                    <xsl:with-param name="default">
                      <xsl:call-template name="label">
                        <xsl:with-param name="k" select="concat('upgrade-do.', @stage, '.', @name)"/>
                      </xsl:call-template>
                    </xsl:with-param>
                  </xsl:call-template>
                </button>
              </p>
            </form>
          </xsl:for-each>
        </div>
      </xsl:if>

      <div class="panel-body">
        <h3>办理记录</h3>
        <ol class="timeline">
          <xsl:for-each select="steps/step">
            <li>
              <p class="timeline-head">
                <strong>
                  <xsl:call-template name="label">
                    <xsl:with-param name="k" select="concat('upgrade-step.', @stage, '.', @action)"/>
                    <xsl:with-param name="default">
                      <xsl:call-template name="label">
                        <xsl:with-param name="k" select="concat('upgrade-do.', @action)"/>
                      </xsl:call-template>
                    </xsl:with-param>
                  </xsl:call-template>
                </strong>
                <xsl:text>　</xsl:text>
                <xsl:value-of select="unit"/>
                <xsl:text>　</xsl:text>
                <xsl:value-of select="holder"/>
                <xsl:text>　</xsl:text>
                <xsl:call-template name="datetime"><xsl:with-param name="d" select="@at"/></xsl:call-template>
                <xsl:if test="@document != ''">
                  <xsl:text>　文号：</xsl:text>
                  <xsl:value-of select="@document"/>
                </xsl:if>
              </p>
              <xsl:if test="normalize-space(opinion) != ''">
                <xsl:call-template name="text-block"><xsl:with-param name="t" select="opinion"/></xsl:call-template>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ol>
      </div>
    </section>
  </xsl:template>

</xsl:stylesheet>
