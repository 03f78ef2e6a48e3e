<?xml version="1.0" encoding="UTF-8"?>
<!--
  dossier.xsl: a studio's whole file, GET /app/studios/{id}/dossier
  (document <dossier>: the <studio> with its leaders' <trainings> and
  its <links>, the <application> it was named on, its <upgrades> and
  <amendments>, its <assessments> and <funding> when given, its
  <achievements>, the list of its records' <attachments> and the <audit>
  entries of them all), as one page to read and one A4 document to print
  for auditors without an account: numbered sections, page numbers
  (print.css), dates as 2023年12月6日.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="assessment-common.xsl"/>
  <xsl:include href="funding-common.xsl"/>
  <xsl:include href="achievement-common.xsl"/>
  <xsl:include href="training-common.xsl"/>

  <xsl:template match="/dossier" mode="head">
    <link rel="stylesheet" href="/static/dossier.css"/>
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

  <!-- section-no: the Chinese numeral of section $n (1 to 19). -->
  <xsl:template name="section-no">
    <xsl:param name="n"/>
    <xsl:variable name="units" select="'一二三四五六七八九'"/>
    <xsl:if test="$n &gt;= 10">
      <xsl:text>十</xsl:text>
    </xsl:if>
    <xsl:if test="$n mod 10 != 0">
      <xsl:value-of select="substring($units, $n mod 10, 1)"/>
    </xsl:if>
  </xsl:template>

  <!-- section-head: the <h2> of section $n, "十、$title". -->
  <xsl:template name="section-head">
    <xsl:param name="n"/>
    <xsl:param name="title"/>
    <h2>
      <xsl:call-template name="section-no"><xsl:with-param name="n" select="$n"/></xsl:call-template>
      <xsl:text>、</xsl:text>
      <xsl:value-of select="$title"/>
    </h2>
  </xsl:template>

  <!-- owner-label: what kind of record an attachment belongs to. -->
  <xsl:template name="owner-label">
    <xsl:param name="code" select="@owner-type"/>
    <xsl:choose>
      <xsl:when test="$code = 'assessment'">年度考核佐证材料</xsl:when>
      <xsl:when test="$code = 'spending'">补助支出凭证</xsl:when>
      <xsl:when test="$code = 'achievement'">创新成果照片</xsl:when>
      <xsl:otherwise><xsl:value-of select="$code"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/dossier" mode="main">
    <xsl:variable name="s" select="studio"/>
    <xsl:variable name="a" select="application"/>
    <p class="help">
      <xsl:text>本档案汇集工作室的命名、现状、成员、创建申请及审核、状态记录、升级申请、变更、年度考核、补助资金、创新成果、领衔人培训、协作联系、附件清单和审计记录，</xsl:text>
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
    <xsl:variable name="n-funding" select="7 + count(assessments)"/>
    <xsl:variable name="n-ach" select="$n-funding + count(funding)"/>
    <xsl:if test="funding">
      <xsl:variable name="f" select="funding"/>
      <section class="panel app-section fd-dossier">
        <xsl:call-template name="section-head">
          <xsl:with-param name="n" select="$n-funding"/>
          <xsl:with-param name="title" select="'补助资金'"/>
        </xsl:call-template>
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

    <section class="panel app-section ds-achievements">
      <xsl:call-template name="section-head">
        <xsl:with-param name="n" select="$n-ach"/>
        <xsl:with-param name="title" select="'创新成果'"/>
      </xsl:call-template>
      <xsl:choose>
        <xsl:when test="achievements/achievement">
          <ol class="timeline">
            <xsl:for-each select="achievements/achievement">
              <li class="ds-achievement">
                <p class="timeline-head">
                  <strong><xsl:value-of select="title"/></strong>
                  <xsl:text>　</xsl:text>
                  <xsl:call-template name="ach-label">
                    <xsl:with-param name="group" select="'ach-status'"/>
                    <xsl:with-param name="code" select="@status"/>
                  </xsl:call-template>
                </p>
                <table class="facts facts-4">
                  <colgroup><col class="k"/><col/><col class="k"/><col/></colgroup>
                  <tbody>
                    <tr>
                      <th scope="row">成果类别</th>
                      <td><xsl:call-template name="ach-kind-form"/></td>
                      <th scope="row">年度</th>
                      <td><xsl:value-of select="@year"/><xsl:text>年</xsl:text></td>
                    </tr>
                    <tr>
                      <th scope="row">发布时间</th>
                      <td>
                        <xsl:choose>
                          <xsl:when test="normalize-space(@published-at) != ''">
                            <xsl:call-template name="date"><xsl:with-param name="d" select="@published-at"/></xsl:call-template>
                          </xsl:when>
                          <xsl:otherwise><span class="muted">未发布</span></xsl:otherwise>
                        </xsl:choose>
                      </td>
                      <th scope="row">效益</th>
                      <td>
                        <xsl:choose>
                          <xsl:when test="normalize-space(@value) != ''"><xsl:call-template name="ach-value"/></xsl:when>
                          <xsl:otherwise><span class="muted">未填写</span></xsl:otherwise>
                        </xsl:choose>
                      </td>
                    </tr>
                    <xsl:if test="normalize-space(patent-number) != ''">
                      <tr>
                        <th scope="row">专利号</th>
                        <td colspan="3"><xsl:value-of select="patent-number"/></td>
                      </tr>
                    </xsl:if>
                    <tr>
                      <th scope="row">完成人</th>
                      <td colspan="3"><xsl:call-template name="or-empty"><xsl:with-param name="v" select="people"/></xsl:call-template></td>
                    </tr>
                    <tr>
                      <th scope="row">解决的问题</th>
                      <td colspan="3"><xsl:call-template name="text-block"><xsl:with-param name="t" select="string(problem)"/></xsl:call-template></td>
                    </tr>
                    <tr>
                      <th scope="row">取得的成效</th>
                      <td colspan="3"><xsl:call-template name="text-block"><xsl:with-param name="t" select="string(benefits)"/></xsl:call-template></td>
                    </tr>
                    <tr>
                      <th scope="row">照片</th>
                      <td colspan="3">
                        <xsl:choose>
                          <xsl:when test="attachments/attachment">
                            <xsl:for-each select="attachments/attachment">
                              <xsl:if test="position() &gt; 1">、</xsl:if>
                              <xsl:value-of select="@name"/>
                            </xsl:for-each>
                            <xsl:text>（见附件清单）</xsl:text>
                          </xsl:when>
                          <xsl:otherwise><span class="muted">无</span></xsl:otherwise>
                        </xsl:choose>
                      </td>
                    </tr>
                  </tbody>
                </table>
                <xsl:if test="adoptions/adoption">
                  <h3 class="ds-sub">成果转化</h3>
                  <div class="table-scroll">
                    <table class="grid">
                      <thead>
                        <tr>
                          <th scope="col">采用单位</th><th scope="col">行业</th><th scope="col">地区</th>
                          <th scope="col">采用时间</th><th scope="col">效果</th>
                        </tr>
                      </thead>
                      <tbody>
                        <xsl:for-each select="adoptions/adoption">
                          <tr>
                            <td><xsl:value-of select="unit-name"/></td>
                            <td><xsl:value-of select="industry-name"/></td>
                            <td><xsl:value-of select="region"/></td>
                            <td class="date"><xsl:call-template name="date"><xsl:with-param name="d" select="@adopted-on"/></xsl:call-template></td>
                            <td><xsl:value-of select="effect"/></td>
                          </tr>
                        </xsl:for-each>
                      </tbody>
                    </table>
                  </div>
                </xsl:if>
                <h3 class="ds-sub">审核记录</h3>
                <ul>
                  <xsl:for-each select="reviews/review">
                    <li>
                      <xsl:call-template name="ach-label">
                        <xsl:with-param name="group" select="'ach-decision'"/>
                        <xsl:with-param name="code" select="@decision"/>
                      </xsl:call-template>
                      <xsl:text>　</xsl:text>
                      <xsl:value-of select="@unit-name"/>
                      <xsl:text>　</xsl:text>
                      <xsl:value-of select="@holder"/>
                      <xsl:text>　</xsl:text>
                      <xsl:call-template name="datetime"><xsl:with-param name="d" select="@on"/></xsl:call-template>
                      <xsl:if test="normalize-space(.) != ''">
                        <xsl:text>：</xsl:text>
                        <xsl:value-of select="."/>
                      </xsl:if>
                    </li>
                  </xsl:for-each>
                </ul>
              </li>
            </xsl:for-each>
          </ol>
        </xsl:when>
        <xsl:otherwise>
          <div class="panel-body"><p class="muted">尚无报送的创新成果。</p></div>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section class="panel app-section">
      <xsl:call-template name="section-head">
        <xsl:with-param name="n" select="$n-ach + 1"/>
        <xsl:with-param name="title" select="'领衔人培训'"/>
      </xsl:call-template>
      <xsl:variable name="t" select="studio/trainings/training"/>
      <xsl:choose>
        <xsl:when test="$t">
          <div class="table-scroll">
            <table class="grid">
              <thead>
                <tr>
                  <th scope="col">培训名称</th><th scope="col">组织单位</th><th scope="col">日期</th>
                  <th scope="col" class="num">学时</th><th scope="col">受邀领衔人</th><th scope="col">出席</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="$t">
                  <tr>
                    <td><xsl:value-of select="title"/></td>
                    <td><xsl:value-of select="organiser"/></td>
                    <td class="nowrap">
                      <xsl:call-template name="date-span">
                        <xsl:with-param name="from" select="@starts-on"/>
                        <xsl:with-param name="to" select="@ends-on"/>
                      </xsl:call-template>
                    </td>
                    <td class="num"><xsl:value-of select="@hours"/></td>
                    <td><xsl:value-of select="leader"/></td>
                    <td class="nowrap">
                      <xsl:choose>
                        <xsl:when test="@attended = 'true'">出席</xsl:when>
                        <xsl:when test="@attended = 'false'">缺席</xsl:when>
                        <xsl:otherwise>受邀，未登记</xsl:otherwise>
                      </xsl:choose>
                    </td>
                  </tr>
                </xsl:for-each>
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colspan="3">出席合计</th>
                  <td class="num"><xsl:value-of select="sum($t[@attended = 'true']/@hours)"/></td>
                  <td colspan="2">
                    <xsl:value-of select="count($t[@attended = 'true'])"/>
                    <xsl:text> 次 / 受邀 </xsl:text>
                    <xsl:value-of select="count($t)"/>
                    <xsl:text> 次</xsl:text>
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <div class="panel-body"><p class="muted">领衔人尚未受邀参加培训。</p></div>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section class="panel app-section">
      <xsl:call-template name="section-head">
        <xsl:with-param name="n" select="$n-ach + 2"/>
        <xsl:with-param name="title" select="'协作联系'"/>
      </xsl:call-template>
      <xsl:choose>
        <xsl:when test="studio/links/link">
          <div class="table-scroll">
            <table class="grid">
              <thead>
                <tr>
                  <th scope="col">协作对象</th><th scope="col">类别</th><th scope="col">说明</th><th scope="col">登记时间</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="studio/links/link">
                  <tr>
                    <td>
                      <xsl:value-of select="name"/>
                      <xsl:if test="@number != ''">
                        <xsl:text>（</xsl:text>
                        <xsl:value-of select="@number"/>
                        <xsl:text>）</xsl:text>
                      </xsl:if>
                    </td>
                    <td>
                      <xsl:choose>
                        <xsl:when test="@kind = 'model-worker'">劳模和工匠人才创新工作室</xsl:when>
                        <xsl:otherwise>职工创新工作室</xsl:otherwise>
                      </xsl:choose>
                    </td>
                    <td><xsl:value-of select="note"/></td>
                    <td class="date"><xsl:call-template name="date"><xsl:with-param name="d" select="@at"/></xsl:call-template></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <div class="panel-body"><p class="muted">尚无协作联系。</p></div>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section class="panel app-section ds-attachments">
      <xsl:call-template name="section-head">
        <xsl:with-param name="n" select="$n-ach + 3"/>
        <xsl:with-param name="title" select="'附件清单'"/>
      </xsl:call-template>
      <xsl:choose>
        <xsl:when test="attachments/attachment">
          <p class="panel-body help">各附件的 SHA-256 校验值可用于核对附件副本是否与系统保存的原件一致。</p>
          <div class="table-scroll">
            <table class="grid ds-files">
              <thead>
                <tr>
                  <th scope="col" class="num">编号</th><th scope="col">文件名</th><th scope="col">所属记录</th>
                  <th scope="col">类型</th><th scope="col" class="num">大小</th><th scope="col">上传</th>
                  <th scope="col">SHA-256</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="attachments/attachment">
                  <tr>
                    <td class="num"><xsl:value-of select="@id"/></td>
                    <td class="ds-name"><xsl:value-of select="@name"/></td>
                    <td>
                      <xsl:call-template name="owner-label"/>
                      <xsl:if test="normalize-space(record) != ''">
                        <xsl:text>：</xsl:text>
                        <xsl:value-of select="record"/>
                        <xsl:if test="@owner-type = 'assessment'">年度</xsl:if>
                      </xsl:if>
                    </td>
                    <td class="nowrap">
                      <xsl:choose>
                        <xsl:when test="@type = 'application/pdf'">PDF</xsl:when>
                        <xsl:when test="@type = 'image/jpeg'">JPEG</xsl:when>
                        <xsl:when test="@type = 'image/png'">PNG</xsl:when>
                        <xsl:when test="@type = 'application/ofd'">OFD</xsl:when>
                        <xsl:otherwise><xsl:value-of select="@type"/></xsl:otherwise>
                      </xsl:choose>
                    </td>
                    <td class="num nowrap"><xsl:call-template name="file-size"/></td>
                    <td>
                      <xsl:call-template name="date"><xsl:with-param name="d" select="@at"/></xsl:call-template>
                      <xsl:text> </xsl:text>
                      <xsl:value-of select="holder"/>
                    </td>
                    <td class="ds-hash"><xsl:value-of select="@sha256"/></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <div class="panel-body"><p class="muted">尚无附件。</p></div>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section class="panel app-section">
      <xsl:call-template name="section-head">
        <xsl:with-param name="n" select="$n-ach + 4"/>
        <xsl:with-param name="title" select="'审计记录'"/>
      </xsl:call-template>
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
      <xsl:if test="not(audit/entry)">
        <div class="panel-body"><p class="muted">无。</p></div>
      </xsl:if>
    </section>
  </xsl:template>

</xsl:stylesheet>
