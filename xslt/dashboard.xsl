<?xml version="1.0" encoding="UTF-8"?>
<!-- dashboard.xsl: the signed-in unit's home, GET /app/ (document <dashboard>). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:exsl="http://exslt.org/common" xmlns:date="http://exslt.org/dates-and-times"
  exclude-result-prefixes="exsl date">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="assessment-common.xsl"/>

  <!-- the statuses of an application in the order of the procedure;
       @always: shown in the figures even when none -->
  <xsl:variable name="app-statuses-rtf">
    <s always="1">draft</s>
    <s always="1">recommended</s>
    <s always="1">audited</s>
    <s always="1">named</s>
    <s always="1">returned</s>
    <s>rejected</s>
    <s>withdrawn</s>
    <s>revoked</s>
    <s>upgraded</s>
  </xsl:variable>

  <xsl:template match="dashboard" mode="title">工作台</xsl:template>

  <xsl:template match="dashboard" mode="tools"/>

  <xsl:template match="dashboard" mode="main">
    <xsl:apply-templates select="todo"/>
    <xsl:apply-templates select="upgrade-todo[upgrade]"/>
    <xsl:apply-templates select="amendment-todo[amendment]"/>
    <xsl:apply-templates select="assessment-todo[item[number(@count) &gt; 0] or supervision or proposal]"/>
    <xsl:apply-templates select="training-todo"/>
    <xsl:apply-templates select="counts"/>
    <div class="columns">
      <div>
        <section class="panel">
          <h2>本单位</h2>
          <div class="panel-body">
            <table class="facts">
              <tbody>
                <tr>
                  <th scope="row">单位名称</th>
                  <td><strong><xsl:value-of select="unit/name"/></strong></td>
                </tr>
                <tr>
                  <th scope="row">单位代码</th>
                  <td class="code"><xsl:value-of select="unit/@code"/></td>
                </tr>
                <tr>
                  <th scope="row">单位类别</th>
                  <td>
                    <xsl:call-template name="kind-label">
                      <xsl:with-param name="code" select="unit/@kind"/>
                    </xsl:call-template>
                  </td>
                </tr>
                <tr>
                  <th scope="row">所在层级</th>
                  <td>
                    <ol class="tree-path">
                      <xsl:for-each select="ancestors/unit">
                        <li><xsl:value-of select="."/></li>
                      </xsl:for-each>
                      <li class="here"><xsl:value-of select="unit/name"/></li>
                    </ol>
                  </td>
                </tr>
                <tr>
                  <th scope="row">状态</th>
                  <td>
                    <xsl:call-template name="active-badge">
                      <xsl:with-param name="code" select="unit/@active"/>
                    </xsl:call-template>
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
          <xsl:if test="not($is-print)">
            <p class="panel-foot">
              <a href="/app/units/{unit/@id}">单位详情</a>
              <xsl:text>　</xsl:text>
              <a href="/app/units/{unit/@id}/certs">证书管理</a>
              <xsl:text>　</xsl:text>
              <a href="/app/rankings/studios">工作室排名</a>
              <xsl:text>　</xsl:text>
              <a href="/app/rankings/units">审核单位排名</a>
              <xsl:text>　</xsl:text>
              <a href="/app/reports/progress">统计报表</a>
              <xsl:text>　</xsl:text>
              <a href="/app/export">数据导出</a>
              <xsl:if test="$me-kind = 'city'">
                <xsl:text>　</xsl:text>
                <a href="/app/import">数据导入</a>
              </xsl:if>
            </p>
          </xsl:if>
        </section>

      </div>
      <div>
        <xsl:apply-templates select="children"/>
      </div>
    </div>
  </xsl:template>

  <xsl:template match="dashboard/children">
    <section class="panel">
      <h2>
        <span>下级单位</span>
        <span class="aside">
          <xsl:text>共 </xsl:text>
          <xsl:value-of select="@count"/>
          <xsl:text> 个</xsl:text>
        </span>
      </h2>
      <xsl:choose>
        <xsl:when test="unit">
          <div class="table-scroll">
          <table class="grid">
            <thead>
              <tr>
                <th scope="col">代码</th>
                <th scope="col">单位名称</th>
                <th scope="col">类别</th>
                <th scope="col">状态</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="unit">
                <tr>
                  <td class="code"><xsl:value-of select="@code"/></td>
                  <td><xsl:call-template name="unit-link"/></td>
                  <td><xsl:call-template name="kind-label"/></td>
                  <td><xsl:call-template name="active-badge"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
          </div>
          <xsl:if test="number(@count) &gt; count(unit) and not($is-print)">
            <p class="panel-foot">
              <xsl:text>此处列出前 </xsl:text>
              <xsl:value-of select="count(unit)"/>
              <xsl:text> 个。</xsl:text>
              <a href="/app/units">全部下级单位</a>
            </p>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <p class="empty">暂无下级单位。</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- The to-do list. Items are <todo><item href="" since="" due=""
       count="" status="">text</item>, each attribute optional (since:
       waiting since, an ISO date or datetime; due: deadline; status: of
       the application the item is about). Shown oldest first, then the
       items with a deadline, soonest first. -->
  <xsl:template match="dashboard/todo">
    <section class="panel todo">
      <h2>
        <span>待办事项</span>
        <xsl:if test="*">
          <span class="aside">
            <xsl:choose>
              <xsl:when test="@total &gt; count(*)">
                <xsl:text>共 </xsl:text>
                <xsl:value-of select="@total"/>
                <xsl:text> 项，列出等待最久的 </xsl:text>
                <xsl:value-of select="count(*)"/>
                <xsl:text> 项</xsl:text>
              </xsl:when>
              <xsl:otherwise>
                <xsl:value-of select="count(*)"/>
                <xsl:text> 项</xsl:text>
              </xsl:otherwise>
            </xsl:choose>
          </span>
        </xsl:if>
      </h2>
      <xsl:choose>
        <xsl:when test="*">
          <div class="table-scroll">
            <table class="grid todo-table">
              <thead>
                <tr>
                  <th scope="col">事项</th>
                  <th scope="col">状态</th>
                  <th scope="col">等待时间</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="*">
                  <xsl:sort select="number(not(@since != ''))" data-type="number"/>
                  <xsl:sort select="date:seconds(@since)" data-type="number"/>
                  <xsl:sort select="date:seconds(@due)" data-type="number"/>
                  <xsl:apply-templates select="." mode="todo-row"/>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <div class="panel-body">
            <p class="todo-empty">暂无待办事项</p>
          </div>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template match="*" mode="todo-row">
    <tr>
      <td class="todo-text">
        <xsl:choose>
          <xsl:when test="@href != '' and not($is-print)">
            <a href="{@href}"><xsl:value-of select="normalize-space(.)"/></a>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
        </xsl:choose>
        <xsl:if test="@count != ''">
          <xsl:text> </xsl:text>
          <span class="badge badge-cert-revoked"><xsl:value-of select="@count"/></span>
        </xsl:if>
      </td>
      <td class="nowrap">
        <xsl:if test="@status != ''">
          <xsl:call-template name="app-badge"/>
        </xsl:if>
      </td>
      <td class="todo-wait">
        <xsl:if test="@since != ''">
          <xsl:variable name="days">
            <xsl:call-template name="days-since">
              <xsl:with-param name="from" select="@since"/>
            </xsl:call-template>
          </xsl:variable>
          <xsl:choose>
            <xsl:when test="$days = ''"/>
            <xsl:when test="number($days) &lt;= 0">
              <strong class="todo-days">不足 1 天</strong>
            </xsl:when>
            <xsl:otherwise>
              <strong>
                <xsl:attribute name="class">
                  <xsl:text>todo-days</xsl:text>
                  <xsl:if test="number($days) &gt;= 15"> todo-late</xsl:if>
                </xsl:attribute>
                <xsl:text>已等待 </xsl:text>
                <xsl:value-of select="$days"/>
                <xsl:text> 天</xsl:text>
              </strong>
            </xsl:otherwise>
          </xsl:choose>
          <span class="todo-since">
            <xsl:call-template name="date">
              <xsl:with-param name="d" select="@since"/>
            </xsl:call-template>
            <xsl:text>起</xsl:text>
          </span>
        </xsl:if>
        <xsl:if test="@due != ''">
          <span class="todo-due">
            <xsl:text>截止 </xsl:text>
            <xsl:call-template name="date">
              <xsl:with-param name="d" select="@due"/>
            </xsl:call-template>
          </span>
        </xsl:if>
      </td>
    </tr>
  </xsl:template>

  <!-- Upgrade applications waiting for this unit (<upgrade-todo>): each
       links to its studio's upgrade page. -->
  <xsl:template match="dashboard/upgrade-todo">
    <section class="panel todo upgrade-todo">
      <h2>
        <span>待办理的升级申请</span>
        <span class="aside">
          <xsl:value-of select="@total"/>
          <xsl:text> 项</xsl:text>
          <xsl:if test="@total &gt; count(upgrade)">，以下为最早的 <xsl:value-of select="count(upgrade)"/> 项</xsl:if>
        </span>
      </h2>
      <div class="table-scroll">
        <table class="grid todo-table">
          <thead>
            <tr>
              <th scope="col">工作室</th>
              <th scope="col">领衔人荣誉</th>
              <th scope="col">状态</th>
              <th scope="col">等待自</th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="upgrade">
              <tr>
                <td class="todo-text">
                  <xsl:choose>
                    <xsl:when test="not($is-print)">
                      <a href="/app/studios/{@studio}/upgrade"><xsl:value-of select="."/></a>
                    </xsl:when>
                    <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
                  </xsl:choose>
                  <xsl:text>（</xsl:text>
                  <xsl:value-of select="@number"/>
                  <xsl:text>）</xsl:text>
                </td>
                <td>
                  <xsl:call-template name="label">
                    <xsl:with-param name="k" select="concat('honour.', @kind)"/>
                    <xsl:with-param name="default" select="@kind"/>
                  </xsl:call-template>
                </td>
                <td class="nowrap">
                  <xsl:call-template name="label">
                    <xsl:with-param name="k" select="concat('upgrade.', @status)"/>
                    <xsl:with-param name="default" select="@status"/>
                  </xsl:call-template>
                </td>
                <td class="todo-wait">
                  <xsl:call-template name="date">
                    <xsl:with-param name="d" select="@since"/>
                  </xsl:call-template>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </section>
  </xsl:template>

  <!-- Applications of the unit's subtree by status: a row of figures,
       each linking to the list filtered by that status. -->
  <xsl:template match="dashboard/counts">
    <xsl:variable name="counts" select="count"/>
    <section class="panel app-figures-panel">
      <h2>
        <span>本辖区创建申请</span>
        <xsl:if test="not($is-print)">
          <a class="aside" href="/app/applications">查看全部</a>
        </xsl:if>
      </h2>
      <ul class="app-figures">
        <li class="app-figure app-figure-all">
          <a href="/app/applications">
            <strong><xsl:value-of select="sum($counts)"/></strong>
            <span>全部</span>
          </a>
        </li>
        <xsl:for-each select="exsl:node-set($app-statuses-rtf)/s[@always or . = $counts[number(.) &gt; 0]/@status]">
          <xsl:variable name="code" select="string(.)"/>
          <li class="app-figure app-figure-{$code}">
            <a href="/app/applications?status={$code}">
              <strong>
                <xsl:choose>
                  <xsl:when test="$counts[@status = $code]"><xsl:value-of select="sum($counts[@status = $code])"/></xsl:when>
                  <xsl:otherwise>0</xsl:otherwise>
                </xsl:choose>
              </strong>
              <span>
                <xsl:call-template name="label">
                  <xsl:with-param name="k" select="concat('app-short.', $code)"/>
                </xsl:call-template>
              </span>
            </a>
          </li>
        </xsl:for-each>
      </ul>
      <xsl:if test="/dashboard/unit/@kind != 'base'">
        <p class="panel-foot">草稿在首次推荐上报前属于所在单位工会，此处只统计数量，推荐上报后方可查看内容。</p>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- Amendments waiting for this unit (<amendment-todo>): each links to
       the amendment's page. -->
  <xsl:template match="dashboard/amendment-todo">
    <section class="panel todo amendment-todo">
      <h2>
        <span>待办理的变更申请</span>
        <span class="aside">
          <xsl:value-of select="@total"/>
          <xsl:text> 项</xsl:text>
          <xsl:if test="@total &gt; count(amendment)">，以下为最早的 <xsl:value-of select="count(amendment)"/> 项</xsl:if>
        </span>
      </h2>
      <div class="table-scroll">
        <table class="grid todo-table">
          <thead>
            <tr>
              <th scope="col">工作室</th>
              <th scope="col">变更事项</th>
              <th scope="col">状态</th>
              <th scope="col">等待自</th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="amendment">
              <tr>
                <td class="todo-text">
                  <xsl:choose>
                    <xsl:when test="not($is-print)">
                      <a href="/app/amendments/{@id}"><xsl:value-of select="."/></a>
                    </xsl:when>
                    <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
                  </xsl:choose>
                  <xsl:text>（</xsl:text>
                  <xsl:value-of select="@number"/>
                  <xsl:text>）</xsl:text>
                </td>
                <td>
                  <xsl:call-template name="label">
                    <xsl:with-param name="k" select="concat('akind.', @kind)"/>
                    <xsl:with-param name="default" select="@kind"/>
                  </xsl:call-template>
                </td>
                <td class="nowrap">
                  <xsl:call-template name="label">
                    <xsl:with-param name="k" select="concat('amstatus.', @status)"/>
                    <xsl:with-param name="default" select="@status"/>
                  </xsl:call-template>
                </td>
                <td class="todo-wait">
                  <xsl:call-template name="date">
                    <xsl:with-param name="d" select="@since"/>
                  </xsl:call-template>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </section>
  </xsl:template>

  <!-- The annual assessment waiting for this unit (<assessment-todo>):
       each kind of thing to do with how many and the deadline, the open
       supervisions with their due dates, and the revocation proposals. -->
  <xsl:template match="dashboard/assessment-todo">
    <xsl:variable name="t" select="."/>
    <section class="panel todo assessment-todo">
      <h2>
        <span>
          <xsl:text>年度考核（</xsl:text>
          <xsl:value-of select="@year"/>
          <xsl:text>年度）</xsl:text>
        </span>
        <span class="aside">
          <xsl:text>报送截止 </xsl:text>
          <xsl:call-template name="deadline">
            <xsl:with-param name="d" select="@deadline"/>
            <xsl:with-param name="n" select="@days-left"/>
          </xsl:call-template>
        </span>
      </h2>
      <xsl:if test="item[number(@count) &gt; 0]">
        <div class="table-scroll">
          <table class="grid todo-table">
            <thead>
              <tr>
                <th scope="col">事项</th>
                <th scope="col" class="num">数量</th>
                <th scope="col">截止</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="item[number(@count) &gt; 0]">
                <tr>
                  <td class="todo-text">
                    <xsl:variable name="text">
                      <xsl:call-template name="label">
                        <xsl:with-param name="k" select="concat('astodo.', @kind)"/>
                        <xsl:with-param name="default" select="@kind"/>
                      </xsl:call-template>
                    </xsl:variable>
                    <xsl:choose>
                      <xsl:when test="not($is-print) and @href != ''">
                        <a href="{@href}"><xsl:value-of select="$text"/></a>
                      </xsl:when>
                      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td class="num"><xsl:value-of select="@count"/></td>
                  <td class="todo-wait">
                    <xsl:choose>
                      <!-- the deadline is the auditing unions' filing;
                           what the city does after it has none -->
                      <xsl:when test="@kind = 'self-check' or @kind = 'score' or @kind = 'filing'">
                        <xsl:call-template name="deadline">
                          <xsl:with-param name="d" select="$t/@deadline"/>
                          <xsl:with-param name="n" select="$t/@days-left"/>
                        </xsl:call-template>
                      </xsl:when>
                      <xsl:otherwise><span class="muted">—</span></xsl:otherwise>
                    </xsl:choose>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:if>
      <xsl:if test="supervision">
        <div class="panel-body todo-sub"><h3>督导（本单位督导中的工作室）</h3></div>
        <div class="table-scroll">
          <table class="grid todo-table">
            <thead>
              <tr>
                <th scope="col">工作室</th>
                <th scope="col">考核年度</th>
                <th scope="col">整改期限</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="supervision">
                <tr>
                  <td class="todo-text">
                    <xsl:choose>
                      <xsl:when test="not($is-print)">
                        <a>
                          <xsl:attribute name="href">
                            <xsl:call-template name="sheet-href">
                              <xsl:with-param name="studio" select="@studio"/>
                              <xsl:with-param name="year" select="@year"/>
                            </xsl:call-template>
                          </xsl:attribute>
                          <xsl:value-of select="."/>
                        </a>
                      </xsl:when>
                      <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td class="nowrap"><xsl:value-of select="@year"/>年度</td>
                  <td class="todo-wait">
                    <xsl:call-template name="deadline">
                      <xsl:with-param name="d" select="@due-on"/>
                      <xsl:with-param name="n" select="@days-left"/>
                    </xsl:call-template>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:if>
      <xsl:if test="proposal">
        <div class="panel-body todo-sub">
        <h3>连续三年不合格，建议取消命名</h3>
        <ul class="todo-proposals">
          <xsl:for-each select="proposal">
            <li>
              <xsl:choose>
                <xsl:when test="not($is-print)">
                  <a href="/app/studios/{@studio}"><xsl:value-of select="."/></a>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
              </xsl:choose>
              <span class="muted">
                <xsl:text>（</xsl:text>
                <xsl:value-of select="translate(normalize-space(@years), ' ', '、')"/>
                <xsl:text>年度不合格）</xsl:text>
              </span>
            </li>
          </xsl:for-each>
        </ul>
        </div>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- The studios whose leader attended no training this year
       (<training-todo>): each links to its studio's file. -->
  <xsl:template match="dashboard/training-todo">
    <section class="panel todo training-todo">
      <h2>
        <span><xsl:value-of select="@year"/>年度未参加培训的领衔人</span>
        <span class="aside">
          <xsl:value-of select="@total"/>
          <xsl:text> 个工作室</xsl:text>
          <xsl:if test="@total &gt; count(studio)">，以下为命名最早的 <xsl:value-of select="count(studio)"/> 个</xsl:if>
        </span>
      </h2>
      <div class="table-scroll">
        <table class="grid todo-table">
          <thead>
            <tr>
              <th scope="col">工作室</th>
              <th scope="col">领衔人</th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="studio">
              <tr>
                <td class="todo-text">
                  <xsl:choose>
                    <xsl:when test="not($is-print)">
                      <a href="/app/studios/{@id}"><xsl:value-of select="."/></a>
                    </xsl:when>
                    <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
                  </xsl:choose>
                  <xsl:text>（</xsl:text>
                  <xsl:value-of select="@number"/>
                  <xsl:text>）</xsl:text>
                </td>
                <td><xsl:value-of select="@leader"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
      <xsl:if test="not($is-print) and /dashboard/unit/@kind != 'base'">
        <p class="panel-foot"><a href="/app/trainings">领衔人培训</a></p>
      </xsl:if>
    </section>
  </xsl:template>

</xsl:stylesheet>
