<?xml version="1.0" encoding="UTF-8"?>
<!--
  studio.xsl: a named studio's file, GET /app/studios/{id} (document
  <studio>): its status, its naming (number, date, the city's decision),
  its current data, its leader, its members and the record of its life,
  with links to the application it was named on and its printed form.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:str="http://exslt.org/strings" exclude-result-prefixes="str">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="/studio" mode="title">
    <xsl:value-of select="name"/>
  </xsl:template>

  <xsl:template match="/studio" mode="crumbs">
    <li><a href="/app/studios">工作室</a></li>
    <li aria-current="page"><xsl:value-of select="name"/></li>
  </xsl:template>

  <!-- a fact of the table, or a muted 未填写 -->
  <xsl:template name="fact">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="normalize-space($v) != ''"><xsl:value-of select="$v"/></xsl:when>
      <xsl:otherwise><span class="muted">未填写</span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Where to mend a refusal: the revocation's fields. -->
  <xsl:template match="/studio/errors/error" mode="error-href">
    <xsl:choose>
      <xsl:when test="@field = 'basis' or @field = 'document' or @field = 'reason'">
        <xsl:value-of select="concat('#revoke-', @field)"/>
      </xsl:when>
      <xsl:otherwise>#actions</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/studio" mode="main">
    <div class="app-summary">
      <p class="app-status">
        <span class="app-summary-label">当前状态</span>
        <span class="badge badge-studio badge-studio-{@status}">
          <xsl:call-template name="studio-status-label"/>
        </span>
      </p>
      <dl class="app-facts">
        <div>
          <dt>命名编号</dt>
          <dd><strong><xsl:value-of select="naming/@number"/></strong></dd>
        </div>
        <div>
          <dt>命名日期</dt>
          <dd>
            <xsl:call-template name="date">
              <xsl:with-param name="d" select="naming/@on"/>
            </xsl:call-template>
          </dd>
        </div>
        <div>
          <dt>命名决定</dt>
          <dd>
            <xsl:choose>
              <xsl:when test="naming/decision">
                <xsl:choose>
                  <xsl:when test="$is-print"><xsl:value-of select="naming/decision/@number"/></xsl:when>
                  <xsl:otherwise>
                    <a href="/app/decisions/{naming/decision/@id}"><xsl:value-of select="naming/decision/@number"/></a>
                  </xsl:otherwise>
                </xsl:choose>
                <xsl:text>（</xsl:text>
                <xsl:call-template name="date">
                  <xsl:with-param name="d" select="naming/decision/@on"/>
                </xsl:call-template>
                <xsl:text>）</xsl:text>
              </xsl:when>
              <xsl:otherwise><span class="muted">单独命名</span></xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
        <div>
          <dt>创建申请</dt>
          <dd>
            <xsl:choose>
              <xsl:when test="$is-print">第 <xsl:value-of select="@application"/> 号</xsl:when>
              <xsl:otherwise>
                <a href="/app/applications/{@application}">查看申请</a>
                <xsl:text>　</xsl:text>
                <a href="/app/studios/{@id}/dossier">工作室档案</a>
                <xsl:text>　</xsl:text>
                <a href="/app/studios/{@id}/amendments">变更</a>
                <xsl:text>　</xsl:text>
                <a href="/app/studios/{@id}/upgrade">升级申请</a>
                <xsl:text>　</xsl:text>
                <a href="/app/assessments?q={str:encode-uri(string(name), true())}">年度考核</a>
                <xsl:text>　</xsl:text>
                <a href="/app/studios/{@id}/funding">补助资金</a>
                <xsl:text>　</xsl:text>
                <a href="/app/applications/{@application}?format=print">打印申请表</a>
              </xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
      </dl>
    </div>

    <xsl:if test="upgrade-basis">
      <p class="help upgrade-basis">
        <xsl:text>领衔人获评</xsl:text>
        <xsl:call-template name="label">
          <xsl:with-param name="k" select="concat('honour-level.', upgrade-basis/honour/@level)"/>
          <xsl:with-param name="default" select="upgrade-basis/honour/@level"/>
        </xsl:call-template>
        <xsl:call-template name="label">
          <xsl:with-param name="k" select="concat('honour.', upgrade-basis/honour/@kind)"/>
          <xsl:with-param name="default" select="upgrade-basis/honour/@kind"/>
        </xsl:call-template>
        <xsl:text>（</xsl:text>
        <xsl:value-of select="upgrade-basis/honour/@year"/>
        <xsl:text>年，</xsl:text>
        <xsl:value-of select="upgrade-basis/honour"/>
        <xsl:text>授予），依</xsl:text>
        <xsl:value-of select="upgrade-basis/@document"/>
        <xsl:text>升级为长春市级劳模和工匠人才创新工作室。</xsl:text>
      </p>
    </xsl:if>

    <xsl:if test="naming/decision">
      <p class="help">
        <xsl:text>依据《</xsl:text>
        <xsl:value-of select="naming/decision"/>
        <xsl:text>》命名。</xsl:text>
      </p>
    </xsl:if>

    <section class="panel app-section">
      <h2>工作室现状</h2>
      <table class="facts facts-4">
        <colgroup><col class="k"/><col/><col class="k"/><col/></colgroup>
        <tbody>
          <tr>
            <th scope="row">工作室名称</th>
            <td colspan="3"><strong><xsl:value-of select="name"/></strong></td>
          </tr>
          <tr>
            <th scope="row">所在单位</th>
            <td><xsl:call-template name="fact"><xsl:with-param name="v" select="host-unit"/></xsl:call-template></td>
            <th scope="row">单位类型</th>
            <td><xsl:call-template name="fact"><xsl:with-param name="v" select="host-unit-type"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">所属行业</th>
            <td><xsl:call-template name="fact"><xsl:with-param name="v" select="industry"/></xsl:call-template></td>
            <th scope="row">专精特新企业</th>
            <td>
              <xsl:call-template name="label">
                <xsl:with-param name="k" select="concat('srdi.', srdi/@level)"/>
                <xsl:with-param name="default" select="srdi/@level"/>
              </xsl:call-template>
            </td>
          </tr>
          <tr>
            <th scope="row">创新领域</th>
            <td><xsl:call-template name="fact"><xsl:with-param name="v" select="field"/></xsl:call-template></td>
            <th scope="row">成员人数</th>
            <td><xsl:call-template name="fact"><xsl:with-param name="v" select="member-count"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">工作室类型</th>
            <td colspan="3">
              <xsl:for-each select="types/type">
                <xsl:if test="position() &gt; 1">、</xsl:if>
                <xsl:value-of select="."/>
              </xsl:for-each>
            </td>
          </tr>
          <tr>
            <th scope="row">所在单位工会</th>
            <td><xsl:value-of select="base-union"/></td>
            <th scope="row">审核单位</th>
            <td><xsl:value-of select="auditing-unit"/></td>
          </tr>
        </tbody>
      </table>
    </section>

    <section class="panel app-section">
      <h2>领衔人</h2>
      <table class="facts facts-4">
        <colgroup><col class="k"/><col/><col class="k"/><col/></colgroup>
        <tbody>
          <tr>
            <th scope="row">姓名</th>
            <td><xsl:value-of select="leader/name"/></td>
            <th scope="row">职称或技能等级</th>
            <td><xsl:call-template name="fact"><xsl:with-param name="v" select="leader/title"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">专业或工种</th>
            <td><xsl:call-template name="fact"><xsl:with-param name="v" select="leader/specialty"/></xsl:call-template></td>
            <th scope="row">出生年月</th>
            <td>
              <xsl:call-template name="month">
                <xsl:with-param name="d" select="leader/birth-month"/>
              </xsl:call-template>
            </td>
          </tr>
          <tr>
            <th scope="row">手机</th>
            <td><xsl:call-template name="fact"><xsl:with-param name="v" select="leader/mobile"/></xsl:call-template></td>
            <th scope="row">电子邮箱</th>
            <td class="wrap-any"><xsl:call-template name="fact"><xsl:with-param name="v" select="leader/email"/></xsl:call-template></td>
          </tr>
        </tbody>
      </table>
    </section>

    <section class="panel app-section">
      <h2>工作室成员</h2>
      <xsl:choose>
        <xsl:when test="members/member">
          <div class="table-scroll">
            <table class="grid">
              <thead>
                <tr>
                  <th scope="col">姓名</th>
                  <th scope="col">在工作室中</th>
                  <th scope="col">专业或工种</th>
                  <th scope="col">职称或技能等级</th>
                  <th scope="col">加入</th>
                  <th scope="col">退出</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="members/member">
                  <tr>
                    <td><xsl:value-of select="name"/></td>
                    <td><xsl:value-of select="role"/></td>
                    <td><xsl:value-of select="trade"/></td>
                    <td><xsl:value-of select="title"/></td>
                    <td><xsl:call-template name="date"><xsl:with-param name="d" select="@joined"/></xsl:call-template></td>
                    <td><xsl:call-template name="date"><xsl:with-param name="d" select="@left"/></xsl:call-template></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <div class="panel-body"><p class="muted">尚未登记成员。</p></div>
        </xsl:otherwise>
      </xsl:choose>
    </section>

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

    <xsl:if test="not($is-print) and (actions/action or errors/error)">
      <section class="panel app-section app-actions" id="actions">
        <h2>办理</h2>
        <div class="panel-body">
          <xsl:for-each select="actions/action[@name = 'revoke']">
            <form class="action-form action-revoke" method="post"
                  action="/app/studios/{/studio/@id}/transition">
              <xsl:call-template name="csrf-input"/>
              <input type="hidden" name="version" value="{/studio/@version}"/>
              <input type="hidden" name="action" value="revoke"/>
              <h3>取消命名</h3>
              <p class="help">取消命名后，工作室不再列入公开名录和命名数量，其领衔人可以领衔其他工作室。此操作不能撤销。</p>
              <p class="field">
                <label for="revoke-basis">取消命名的依据<span class="req" aria-hidden="true">*</span></label>
                <xsl:variable name="basis">
                  <xsl:call-template name="posted">
                    <xsl:with-param name="name" select="'basis'"/>
                  </xsl:call-template>
                </xsl:variable>
                <select id="revoke-basis" name="basis" required="required">
                  <option value="">请选择</option>
                  <option value="violation">
                    <xsl:if test="$basis = 'violation'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                    <xsl:text>违反有关规定（在理由中写明）</xsl:text>
                  </option>
                  <option value="failed-years">
                    <xsl:if test="$basis = 'failed-years'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                    <xsl:text>连续三年考核不合格</xsl:text>
                  </option>
                </select>
              </p>
              <p class="field">
                <label for="revoke-document">决定文号<span class="req" aria-hidden="true">*</span></label>
                <input type="text" id="revoke-document" name="document" maxlength="60"
                       required="required" placeholder="如 长工发〔2026〕20号">
                  <xsl:attribute name="value">
                    <xsl:call-template name="posted">
                      <xsl:with-param name="name" select="'document'"/>
                    </xsl:call-template>
                  </xsl:attribute>
                </input>
              </p>
              <p class="field">
                <label for="revoke-reason">理由<span class="req" aria-hidden="true">*</span><span class="muted">（不超过 500 字）</span></label>
                <!-- maxlength: MAXREASON of fcgi/h_studio.c -->
                <textarea id="revoke-reason" name="reason" rows="4" cols="60" maxlength="500"
                          required="required">
                  <xsl:text>&#10;</xsl:text>
                  <xsl:call-template name="posted">
                    <xsl:with-param name="name" select="'reason'"/>
                  </xsl:call-template>
                </textarea>
              </p>
              <p class="action-submit">
                <button type="submit" class="button-danger">取消命名</button>
              </p>
            </form>
          </xsl:for-each>
        </div>
      </section>
    </xsl:if>

    <xsl:apply-templates select="trainings"/>
    <xsl:apply-templates select="links"/>

    <section class="panel app-section">
      <h2>状态记录</h2>
      <ol class="timeline">
        <xsl:for-each select="events/event">
          <li>
            <p class="timeline-head">
              <strong>
                <xsl:call-template name="label">
                  <xsl:with-param name="k" select="concat('event.', @action)"/>
                  <xsl:with-param name="default" select="@action"/>
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
            <xsl:if test="normalize-space(reason) != ''">
              <xsl:call-template name="text-block"><xsl:with-param name="t" select="reason"/></xsl:call-template>
            </xsl:if>
          </li>
        </xsl:for-each>
      </ol>
    </section>
  </xsl:template>

  <!-- The leaders' training sessions (<trainings>). -->
  <xsl:template match="/studio/trainings">
    <section class="panel app-section" id="trainings">
      <h2>领衔人培训</h2>
      <xsl:choose>
        <xsl:when test="training">
          <div class="table-scroll">
            <table class="grid">
              <thead>
                <tr>
                  <th scope="col">培训日期</th>
                  <th scope="col">培训名称</th>
                  <th scope="col">组织单位</th>
                  <th scope="col" class="num">学时</th>
                  <th scope="col">领衔人</th>
                  <th scope="col">出席情况</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="training">
                  <tr>
                    <td class="nowrap"><xsl:call-template name="date"><xsl:with-param name="d" select="@starts-on"/></xsl:call-template></td>
                    <td>
                      <xsl:choose>
                        <xsl:when test="$is-print"><xsl:value-of select="title"/></xsl:when>
                        <xsl:otherwise><a href="/app/trainings/{@id}"><xsl:value-of select="title"/></a></xsl:otherwise>
                      </xsl:choose>
                    </td>
                    <td><xsl:value-of select="organiser"/></td>
                    <td class="num"><xsl:value-of select="@hours"/></td>
                    <td><xsl:value-of select="leader"/></td>
                    <td class="nowrap">
                      <xsl:choose>
                        <xsl:when test="@attended = 'true'">出席</xsl:when>
                        <xsl:when test="@attended = 'false'">未出席</xsl:when>
                        <xsl:otherwise><span class="muted">已邀请，未登记</span></xsl:otherwise>
                      </xsl:choose>
                    </td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <div class="panel-body"><p class="muted">领衔人尚未受邀参加培训。</p></div>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- The collaboration links (<links>), and for the base union the
       forms POST /app/studios/{id}/links: action=add (kind model-worker
       with name, or kind studio with linked, the other studio's id; a
       note), action=remove (link). -->
  <xsl:template match="/studio/links">
    <section class="panel app-section" id="links">
      <h2>协作联系</h2>
      <xsl:choose>
        <xsl:when test="link">
          <div class="table-scroll">
            <table class="grid">
              <thead>
                <tr>
                  <th scope="col">协作对象</th>
                  <th scope="col">名称</th>
                  <th scope="col">协作内容</th>
                  <th scope="col">登记日期</th>
                  <xsl:if test="@may-add = 'true' and not($is-print)"><th scope="col">操作</th></xsl:if>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="link">
                  <tr>
                    <td class="nowrap">
                      <xsl:call-template name="label">
                        <xsl:with-param name="k" select="concat('lnkind.', @kind)"/>
                        <xsl:with-param name="default" select="@kind"/>
                      </xsl:call-template>
                    </td>
                    <td>
                      <xsl:value-of select="name"/>
                      <xsl:if test="@number != ''"><span class="sub-date"><xsl:value-of select="@number"/></span></xsl:if>
                      <xsl:if test="@status = 'revoked'"><span class="muted">（已取消命名）</span></xsl:if>
                    </td>
                    <td><xsl:value-of select="note"/></td>
                    <td class="nowrap"><xsl:call-template name="date"><xsl:with-param name="d" select="@at"/></xsl:call-template></td>
                    <xsl:if test="../@may-add = 'true' and not($is-print)">
                      <td>
                        <form method="post" action="/app/studios/{/studio/@id}/links">
                          <xsl:call-template name="csrf-input"/>
                          <input type="hidden" name="action" value="remove"/>
                          <input type="hidden" name="link" value="{@id}"/>
                          <button type="submit" class="button-plain">取消</button>
                        </form>
                      </td>
                    </xsl:if>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <div class="panel-body"><p class="muted">尚未登记协作联系。</p></div>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="@may-add = 'true' and not($is-print)">
        <form class="app-form action-form" method="post" action="/app/studios/{/studio/@id}/links">
          <xsl:call-template name="csrf-input"/>
          <input type="hidden" name="action" value="add"/>
          <div class="panel-body">
            <h3>登记协作联系</h3>
            <p class="help">与劳模和工匠人才创新工作室（填写名称）或其他已命名的职工创新工作室（填写其在工作室名录中的编号）建立的协作联系，在工作室的公开页面上展示。</p>
            <p class="field">
              <label for="link-kind">协作对象<span class="req" aria-hidden="true">*</span></label>
              <select id="link-kind" name="kind" required="required">
                <option value="model-worker">劳模和工匠人才创新工作室</option>
                <option value="studio">职工创新工作室</option>
              </select>
            </p>
            <p class="field">
              <label for="link-name">劳模和工匠人才创新工作室名称</label>
              <input type="text" id="link-name" name="name" maxlength="100"/>
              <xsl:call-template name="field-error"><xsl:with-param name="field" select="'name'"/></xsl:call-template>
            </p>
            <p class="field">
              <label for="link-linked">职工创新工作室编号</label>
              <input type="number" id="link-linked" name="linked" min="1"/>
              <xsl:call-template name="field-error"><xsl:with-param name="field" select="'linked'"/></xsl:call-template>
            </p>
            <p class="field">
              <label for="link-note">协作内容</label>
              <input type="text" id="link-note" name="note" maxlength="200"/>
            </p>
            <p class="action-submit"><button type="submit">登记协作联系</button></p>
          </div>
        </form>
      </xsl:if>
    </section>
  </xsl:template>

</xsl:stylesheet>
