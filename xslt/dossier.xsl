<?xml version="1.0" encoding="UTF-8"?>
<!--
  dossier.xsl: a studio's whole file, GET /app/studios/{id}/dossier
  (document <dossier>: the <studio>, the <application> it was named on,
  its <assessments> and <funding> when given, the <audit> entries of
  both), as one
  page to read and one document to print for auditors without an account.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="assessment-common.xsl"/>
  <xsl:include href="funding-common.xsl"/>

  <xsl:template match="/dossier" mode="head">
    <xsl:if test="funding">
      <link rel="stylesheet" href="/static/funding.css"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="/dossier" mode="title">
    <xsl:value-of select="studio/name"/>
    <xsl:text> 档案</xsl:text>
  </xsl:template>

  <xsl:template match="/dossier" mode="crumbs">
    <li><a href="/app/studios">工作室</a></li>
    <li><a href="/app/studios/{@studio}"><xsl:value-of select="studio/name"/></a></li>
    <li aria-current="page">档案</li>
  </xsl:template>

  <xsl:template name="or-empty">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="normalize-space($v) != ''"><xsl:value-of select="$v"/></xsl:when>
      <xsl:otherwise><span class="muted">未填写</span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/dossier" mode="main">
    <xsl:variable name="s" select="studio"/>
    <xsl:variable name="a" select="application"/>
    <p class="help">
      <xsl:text>本档案汇集工作室的命名、现状、创建申请及审核、状态记录和审计记录，</xsl:text>
      <xsl:call-template name="date"><xsl:with-param name="d" select="@made-on"/></xsl:call-template>
      <xsl:text>生成。</xsl:text>
    </p>

    <section class="panel app-section">
      <h2>一、命名与现状</h2>
      <table class="facts facts-4">
        <colgroup><col class="k"/><col/><col class="k"/><col/></colgroup>
        <tbody>
          <tr>
            <th scope="row">工作室名称</th>
            <td colspan="3"><strong><xsl:value-of select="$s/name"/></strong></td>
          </tr>
          <tr>
            <th scope="row">命名编号</th>
            <td><xsl:value-of select="$s/naming/@number"/></td>
            <th scope="row">命名日期</th>
            <td><xsl:call-template name="date"><xsl:with-param name="d" select="$s/naming/@on"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">命名决定</th>
            <td colspan="3">
              <xsl:choose>
                <xsl:when test="$s/naming/decision">
                  <xsl:value-of select="$s/naming/decision/@number"/>
                  <xsl:text>《</xsl:text>
                  <xsl:value-of select="$s/naming/decision"/>
                  <xsl:text>》</xsl:text>
                </xsl:when>
                <xsl:otherwise><span class="muted">单独命名</span></xsl:otherwise>
              </xsl:choose>
            </td>
          </tr>
          <tr>
            <th scope="row">当前状态</th>
            <td>
              <xsl:call-template name="studio-status-label">
                <xsl:with-param name="code" select="$s/@status"/>
              </xsl:call-template>
            </td>
            <th scope="row">专精特新企业</th>
            <td>
              <xsl:call-template name="label">
                <xsl:with-param name="k" select="concat('srdi.', $s/srdi/@level)"/>
                <xsl:with-param name="default" select="$s/srdi/@level"/>
              </xsl:call-template>
            </td>
          </tr>
          <tr>
            <th scope="row">所在单位</th>
            <td><xsl:value-of select="$s/host-unit"/></td>
            <th scope="row">所属行业</th>
            <td><xsl:value-of select="$s/industry"/></td>
          </tr>
          <tr>
            <th scope="row">所在单位工会</th>
            <td><xsl:value-of select="$s/base-union"/></td>
            <th scope="row">审核单位</th>
            <td><xsl:value-of select="$s/auditing-unit"/></td>
          </tr>
          <tr>
            <th scope="row">领衔人</th>
            <td><xsl:value-of select="$s/leader/name"/></td>
            <th scope="row">职称或技能等级</th>
            <td><xsl:call-template name="or-empty"><xsl:with-param name="v" select="$s/leader/title"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">创新领域</th>
            <td><xsl:call-template name="or-empty"><xsl:with-param name="v" select="$s/field"/></xsl:call-template></td>
            <th scope="row">工作室类型</th>
            <td>
              <xsl:for-each select="$s/types/type">
                <xsl:if test="position() &gt; 1">、</xsl:if>
                <xsl:value-of select="."/>
              </xsl:for-each>
            </td>
          </tr>
        </tbody>
      </table>
    </section>

    <section class="panel app-section">
      <h2>二、工作室成员</h2>
      <div class="table-scroll">
        <table class="grid">
          <thead>
            <tr>
              <th scope="col">姓名</th><th scope="col">在工作室中</th><th scope="col">专业或工种</th>
              <th scope="col">职称或技能等级</th><th scope="col">加入</th><th scope="col">退出</th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$s/members/member">
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
    </section>

    <section class="panel app-section">
      <h2>三、创建申请及审核</h2>
      <table class="facts facts-4">
        <colgroup><col class="k"/><col/><col class="k"/><col/></colgroup>
        <tbody>
          <tr>
            <th scope="row">申请编号</th>
            <td><xsl:value-of select="$a/@id"/></td>
            <th scope="row">填报日期</th>
            <td><xsl:call-template name="date"><xsl:with-param name="d" select="$a/filled-on"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">申请时名称</th>
            <td colspan="3"><xsl:value-of select="$a/name"/></td>
          </tr>
        </tbody>
      </table>
      <ol class="timeline">
        <xsl:for-each select="$a/reviews/review">
          <li>
            <p class="timeline-head">
              <strong><xsl:call-template name="decision-label"/></strong>
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
      <xsl:if test="not($is-print)">
        <p class="panel-body">
          <a href="/app/applications/{$a/@id}?format=print">打印申请表原件</a>
        </p>
      </xsl:if>
    </section>

    <section class="panel app-section">
      <h2>四、状态记录</h2>
      <ol class="timeline">
        <xsl:for-each select="$s/events/event">
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

    <section class="panel app-section">
      <h2>五、升级为劳模和工匠人才创新工作室的申请</h2>
      <xsl:choose>
        <xsl:when test="upgrades/application">
          <ol class="timeline">
            <xsl:for-each select="upgrades/application">
              <li>
                <p class="timeline-head">
                  <strong>
                    <xsl:text>第 </xsl:text>
                    <xsl:value-of select="@id"/>
                    <xsl:text> 号　</xsl:text>
                    <xsl:call-template name="label">
                      <xsl:with-param name="k" select="concat('upgrade.', @status)"/>
                      <xsl:with-param name="default" select="@status"/>
                    </xsl:call-template>
                  </strong>
                  <xsl:text>　</xsl:text>
                  <xsl:call-template name="label">
                    <xsl:with-param name="k" select="concat('honour-level.', honour/@level)"/>
                    <xsl:with-param name="default" select="honour/@level"/>
                  </xsl:call-template>
                  <xsl:call-template name="label">
                    <xsl:with-param name="k" select="concat('honour.', honour/@kind)"/>
                    <xsl:with-param name="default" select="honour/@kind"/>
                  </xsl:call-template>
                  <xsl:text>（</xsl:text>
                  <xsl:value-of select="honour/@year"/>
                  <xsl:text>年，</xsl:text>
                  <xsl:value-of select="honour"/>
                  <xsl:text>授予）</xsl:text>
                  <xsl:if test="@document != ''">
                    <xsl:text>　文号：</xsl:text>
                    <xsl:value-of select="@document"/>
                  </xsl:if>
                </p>
                <xsl:call-template name="text-block"><xsl:with-param name="t" select="statement"/></xsl:call-template>
                <ul>
                  <xsl:for-each select="steps/step">
                    <li>
                      <xsl:call-template name="label">
                        <xsl:with-param name="k" select="concat('upgrade-step.', @stage, '.', @action)"/>
                        <xsl:with-param name="default" select="@action"/>
                      </xsl:call-template>
                      <xsl:text>　</xsl:text>
                      <xsl:value-of select="unit"/>
                      <xsl:text>　</xsl:text>
                      <xsl:value-of select="holder"/>
                      <xsl:text>　</xsl:text>
                      <xsl:call-template name="datetime"><xsl:with-param name="d" select="@at"/></xsl:call-template>
                      <xsl:if test="normalize-space(opinion) != ''">
                        <xsl:text>　</xsl:text>
                        <xsl:value-of select="opinion"/>
                      </xsl:if>
                    </li>
                  </xsl:for-each>
                </ul>
              </li>
            </xsl:for-each>
          </ol>
        </xsl:when>
        <xsl:otherwise><p class="muted">无</p></xsl:otherwise>
      </xsl:choose>
    </section>

    <section class="panel app-section">
      <h2>六、变更</h2>
      <xsl:choose>
        <xsl:when test="amendments/amendment">
          <ol class="timeline">
            <xsl:for-each select="amendments/amendment">
              <li>
                <p class="timeline-head">
                  <strong>
                    <xsl:call-template name="label">
                      <xsl:with-param name="k" select="concat('akind.', @kind)"/>
                      <xsl:with-param name="default" select="@kind"/>
                    </xsl:call-template>
                  </strong>
                  <xsl:text>　</xsl:text>
                  <xsl:call-template name="label">
                    <xsl:with-param name="k" select="concat('amstatus.', @status)"/>
                    <xsl:with-param name="default" select="@status"/>
                  </xsl:call-template>
                  <xsl:text>　</xsl:text>
                  <xsl:call-template name="datetime"><xsl:with-param name="d" select="@requested"/></xsl:call-template>
                </p>
                <div class="table-scroll">
                <table class="grid">
                  <tbody>
                    <xsl:for-each select="new/field">
                      <xsl:variable name="n" select="@name"/>
                      <tr>
                        <th scope="row">
                          <xsl:call-template name="label">
                            <xsl:with-param name="k" select="concat('afield.', @name)"/>
                            <xsl:with-param name="default" select="@name"/>
                          </xsl:call-template>
                        </th>
                        <td><xsl:value-of select="../../old/field[@name = $n]"/></td>
                        <td><xsl:value-of select="."/></td>
                      </tr>
                    </xsl:for-each>
                  </tbody>
                </table>
                </div>
                <xsl:for-each select="reviews/review">
                  <p>
                    <xsl:call-template name="label">
                      <xsl:with-param name="k" select="concat('adecision.', @decision)"/>
                      <xsl:with-param name="default" select="@decision"/>
                    </xsl:call-template>
                    <xsl:text>　</xsl:text>
                    <xsl:value-of select="@unit-name"/>
                    <xsl:text>　</xsl:text>
                    <xsl:call-template name="datetime"><xsl:with-param name="d" select="@on"/></xsl:call-template>
                    <xsl:if test="normalize-space(.) != ''">
                      <xsl:text>：</xsl:text>
                      <xsl:value-of select="."/>
                    </xsl:if>
                  </p>
                </xsl:for-each>
              </li>
            </xsl:for-each>
          </ol>
        </xsl:when>
        <xsl:otherwise>
          <div class="panel-body"><p class="muted">尚无变更。</p></div>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <xsl:if test="assessments">
      <section class="panel app-section">
        <h2>七、年度考核</h2>
        <xsl:choose>
          <xsl:when test="assessments/assessment">
            <div class="table-scroll">
              <table class="grid">
                <thead>
                  <tr>
                    <th scope="col">年度</th><th scope="col">阶段</th>
                    <th scope="col" class="num">自评总分</th><th scope="col" class="num">考核总分</th>
                    <th scope="col">拟定等次</th><th scope="col">确认等次</th><th scope="col">报送时间</th>
                  </tr>
                </thead>
                <tbody>
                  <xsl:for-each select="assessments/assessment">
                    <tr>
                      <td class="nowrap">
                        <xsl:choose>
                          <xsl:when test="$is-print"><xsl:value-of select="@year"/>年度</xsl:when>
                          <xsl:otherwise>
                            <a>
                              <xsl:attribute name="href">
                                <xsl:call-template name="sheet-href">
                                  <xsl:with-param name="studio" select="/dossier/@studio"/>
                                  <xsl:with-param name="year" select="@year"/>
                                </xsl:call-template>
                              </xsl:attribute>
                              <xsl:value-of select="@year"/>
                              <xsl:text>年度</xsl:text>
                            </a>
                          </xsl:otherwise>
                        </xsl:choose>
                      </td>
                      <td class="nowrap">
                        <xsl:call-template name="label">
                          <xsl:with-param name="k" select="concat('astage.', @stage)"/>
                          <xsl:with-param name="default" select="@stage"/>
                        </xsl:call-template>
                      </td>
                      <td class="num"><xsl:call-template name="score"><xsl:with-param name="v" select="@self-total"/></xsl:call-template></td>
                      <td class="num"><xsl:call-template name="score"><xsl:with-param name="v" select="@audit-total"/></xsl:call-template></td>
                      <td class="nowrap"><xsl:call-template name="grade-label"><xsl:with-param name="code" select="@proposed-grade"/></xsl:call-template></td>
                      <td class="nowrap"><strong><xsl:call-template name="grade-label"><xsl:with-param name="code" select="@grade"/></xsl:call-template></strong></td>
                      <td class="date">
                        <xsl:choose>
                          <xsl:when test="normalize-space(@filed-at) != ''">
                            <xsl:call-template name="date"><xsl:with-param name="d" select="@filed-at"/></xsl:call-template>
                          </xsl:when>
                          <xsl:otherwise><span class="muted">未报送</span></xsl:otherwise>
                        </xsl:choose>
                      </td>
                    </tr>
                  </xsl:for-each>
                </tbody>
              </table>
            </div>
          </xsl:when>
          <xsl:otherwise>
            <div class="panel-body"><p class="muted">尚无年度考核。</p></div>
          </xsl:otherwise>
        </xsl:choose>
      </section>
    </xsl:if>

    <!-- the later sections are numbered after those present -->
    <xsl:variable name="numerals" select="'七八九'"/>
    <xsl:if test="funding">
      <xsl:variable name="f" select="funding"/>
      <section class="panel app-section fd-dossier">
        <h2>
          <xsl:value-of select="substring($numerals, 1 + count(assessments), 1)"/>
          <xsl:text>、补助资金</xsl:text>
        </h2>
        <div class="panel-body">
          <xsl:for-each select="$f">
            <xsl:call-template name="fd-totals"/>
          </xsl:for-each>
          <xsl:choose>
            <xsl:when test="$f/grants/grant">
              <h3 class="fd-sub">按用途</h3>
              <xsl:for-each select="$f">
                <xsl:call-template name="fd-purposes"/>
              </xsl:for-each>
              <xsl:apply-templates select="$f/grants/grant" mode="fd-grant">
                <xsl:with-param name="heading" select="'h3'"/>
              </xsl:apply-templates>
            </xsl:when>
            <xsl:otherwise><p class="muted">尚未获得补助。</p></xsl:otherwise>
          </xsl:choose>
          <xsl:if test="$f/projects/project">
            <h3 class="fd-sub">科研课题</h3>
            <xsl:for-each select="$f">
              <xsl:call-template name="fd-projects"/>
            </xsl:for-each>
          </xsl:if>
        </div>
      </section>
    </xsl:if>

    <section class="panel app-section">
      <h2>
        <xsl:value-of select="substring($numerals, 1 + count(assessments) + count(funding), 1)"/>
        <xsl:text>、审计记录</xsl:text>
      </h2>
      <div class="table-scroll">
        <table class="grid">
          <thead>
            <tr>
              <th scope="col">序号</th><th scope="col">时间</th><th scope="col">单位</th>
              <th scope="col">操作人</th><th scope="col">操作</th><th scope="col">哈希</th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="audit/entry">
              <tr>
                <td><xsl:value-of select="@id"/></td>
                <td><xsl:call-template name="datetime"><xsl:with-param name="d" select="@at"/></xsl:call-template></td>
                <td><xsl:value-of select="unit"/></td>
                <td><xsl:value-of select="holder"/></td>
                <td>
                  <xsl:call-template name="label">
                    <xsl:with-param name="k" select="concat('action.', @action)"/>
                    <xsl:with-param name="default" select="@action"/>
                  </xsl:call-template>
                </td>
                <td class="code"><xsl:value-of select="substring(@hash, 1, 16)"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </section>
  </xsl:template>

</xsl:stylesheet>
