<?xml version="1.0" encoding="UTF-8"?>
<!--
  training.xsl: one training session for studio leaders, GET
  /app/trainings/{id} (document <training>): its dates, place, hours and
  organiser, the studios invited with their leaders and who attended;
  for the organiser the invitation (a checklist of the studios of its
  subtree not yet invited, POST action=invite, studio=id...) and, once
  the session has begun, the attendance (a checklist of the invitees,
  POST action=attend, version, attended=id...).  format=print is the
  sign-in sheet (签到表) on A4: the session, then a table of the invited
  leaders with room to sign.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="training-common.xsl"/>

  <xsl:template match="training" mode="head">
    <link rel="stylesheet" href="/static/training.css"/>
  </xsl:template>

  <xsl:template match="training" mode="title">
    <xsl:value-of select="title"/>
  </xsl:template>
  <xsl:template match="training" mode="print-title">
    <xsl:value-of select="title"/>
    <xsl:text>签到表</xsl:text>
  </xsl:template>

  <xsl:template match="training" mode="crumbs">
    <li><a href="/app/trainings">领衔人培训</a></li>
    <li aria-current="page"><xsl:value-of select="title"/></li>
  </xsl:template>

  <xsl:template match="training" mode="tools">
    <ul class="page-tools">
      <li><a class="tool tool-xml" href="?format=xml" download="">导出XML</a></li>
      <li><a class="tool tool-print" href="?format=print">打印签到表</a></li>
    </ul>
  </xsl:template>

  <xsl:template name="attended-label">
    <xsl:choose>
      <xsl:when test="@attended = 'true'"><span class="badge badge-attended">出席</span></xsl:when>
      <xsl:when test="@attended = 'false'"><span class="badge badge-absent">未出席</span></xsl:when>
      <xsl:otherwise><span class="muted">未登记</span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="training" mode="main">
    <xsl:choose>
      <xsl:when test="$is-print"><xsl:call-template name="sign-in-sheet"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="screen"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The sign-in sheet: what the session is, then one row per leader. -->
  <xsl:template name="sign-in-sheet">
    <div class="signin">
      <table class="signin-facts">
        <tbody>
          <tr>
            <th scope="row">组织单位</th>
            <td><xsl:value-of select="organiser"/></td>
            <th scope="row">培训日期</th>
            <td>
              <xsl:call-template name="date-span">
                <xsl:with-param name="from" select="@starts-on"/>
                <xsl:with-param name="to" select="@ends-on"/>
              </xsl:call-template>
            </td>
          </tr>
          <tr>
            <th scope="row">培训地点</th>
            <td><xsl:value-of select="place"/></td>
            <th scope="row">学时</th>
            <td><xsl:value-of select="@hours"/></td>
          </tr>
        </tbody>
      </table>
      <table class="signin-table">
        <thead>
          <tr>
            <th scope="col" class="signin-seq">序号</th>
            <th scope="col" class="signin-studio">工作室</th>
            <th scope="col" class="signin-unit">所在单位</th>
            <th scope="col" class="signin-leader">领衔人</th>
            <th scope="col" class="signin-sign">签名</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="invitees/invitee">
            <tr>
              <td class="signin-seq"><xsl:value-of select="position()"/></td>
              <td class="signin-studio"><xsl:value-of select="name"/></td>
              <td class="signin-unit"><xsl:value-of select="host-unit"/></td>
              <td class="signin-leader"><xsl:value-of select="leader"/></td>
              <td class="signin-sign"></td>
            </tr>
          </xsl:for-each>
          <xsl:if test="not(invitees/invitee)">
            <tr><td colspan="5" class="signin-empty">尚未邀请工作室</td></tr>
          </xsl:if>
        </tbody>
      </table>
      <p class="signin-foot">
        <xsl:text>应到 </xsl:text>
        <xsl:value-of select="totals/@invited"/>
        <xsl:text> 人　实到 ______ 人　　</xsl:text>
        <xsl:value-of select="organiser"/>
        <xsl:text>制</xsl:text>
      </p>
    </div>
  </xsl:template>

  <xsl:template name="screen">
    <xsl:call-template name="tr-message"/>
    <section class="panel app-section">
      <h2>培训情况</h2>
      <table class="facts facts-4">
        <colgroup><col class="k"/><col/><col class="k"/><col/></colgroup>
        <tbody>
          <tr>
            <th scope="row">组织单位</th>
            <td><xsl:value-of select="organiser"/></td>
            <th scope="row">培训日期</th>
            <td>
              <xsl:call-template name="date-span">
                <xsl:with-param name="from" select="@starts-on"/>
                <xsl:with-param name="to" select="@ends-on"/>
              </xsl:call-template>
            </td>
          </tr>
          <tr>
            <th scope="row">培训地点</th>
            <td><xsl:value-of select="place"/></td>
            <th scope="row">学时</th>
            <td><xsl:value-of select="@hours"/></td>
          </tr>
          <tr>
            <th scope="row">邀请</th>
            <td><xsl:value-of select="totals/@invited"/> 个工作室</td>
            <th scope="row">出席</th>
            <td><xsl:value-of select="totals/@attended"/> 人</td>
          </tr>
        </tbody>
      </table>
    </section>

    <section class="panel app-section" id="invitees">
      <h2>参训工作室及领衔人</h2>
      <xsl:choose>
        <xsl:when test="invitees/invitee">
          <div class="table-scroll">
            <table class="grid">
              <thead>
                <tr>
                  <th scope="col">序号</th>
                  <th scope="col">工作室</th>
                  <th scope="col">所在单位工会</th>
                  <th scope="col">领衔人</th>
                  <th scope="col">出席情况</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="invitees/invitee">
                  <tr>
                    <td class="num"><xsl:value-of select="position()"/></td>
                    <td>
                      <a href="/app/studios/{@studio}"><xsl:value-of select="name"/></a>
                      <span class="sub-date"><xsl:value-of select="@number"/></span>
                    </td>
                    <td><xsl:value-of select="base-union"/></td>
                    <td><xsl:value-of select="leader"/></td>
                    <td><xsl:call-template name="attended-label"/></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <div class="panel-body"><p class="muted">尚未邀请工作室。</p></div>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <xsl:if test="@may-manage = 'true' and @started = 'true' and invitees/invitee">
      <section class="panel app-section" id="attend">
        <h2>登记出席情况</h2>
        <form class="app-form action-form" method="post" action="/app/trainings/{@id}">
          <xsl:call-template name="csrf-input"/>
          <input type="hidden" name="action" value="attend"/>
          <input type="hidden" name="version" value="{@version}"/>
          <div class="panel-body">
            <p class="help">勾选出席的领衔人；未勾选的登记为未出席。可以再次登记更正。</p>
            <ul class="checklist">
              <xsl:for-each select="invitees/invitee">
                <li>
                  <label>
                    <input type="checkbox" name="attended" value="{@studio}">
                      <xsl:if test="@attended = 'true'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
                    </input>
                    <xsl:text> </xsl:text>
                    <xsl:value-of select="leader"/>
                    <span class="muted">（<xsl:value-of select="name"/>）</span>
                  </label>
                </li>
              </xsl:for-each>
            </ul>
            <xsl:call-template name="field-error">
              <xsl:with-param name="field" select="'attended'"/>
            </xsl:call-template>
            <p class="action-submit"><button type="submit">登记出席情况</button></p>
          </div>
        </form>
      </section>
    </xsl:if>

    <xsl:if test="@may-manage = 'true'">
      <section class="panel app-section" id="invite">
        <h2>邀请工作室</h2>
        <xsl:choose>
          <xsl:when test="eligible/studio">
            <form class="app-form action-form" method="post" action="/app/trainings/{@id}">
              <xsl:call-template name="csrf-input"/>
              <input type="hidden" name="action" value="invite"/>
              <div class="panel-body">
                <p class="help">本单位所辖、已命名且未取消命名、尚未邀请的工作室；邀请时记录领衔人姓名。</p>
                <ul class="checklist">
                  <xsl:for-each select="eligible/studio">
                    <li>
                      <label>
                        <input type="checkbox" name="studio" value="{@id}"/>
                        <xsl:text> </xsl:text>
                        <xsl:value-of select="."/>
                        <span class="muted">（<xsl:value-of select="@number"/>，领衔人 <xsl:value-of select="@leader"/>）</span>
                      </label>
                    </li>
                  </xsl:for-each>
                </ul>
                <xsl:call-template name="field-error">
                  <xsl:with-param name="field" select="'studio'"/>
                </xsl:call-template>
                <p class="action-submit"><button type="submit">邀请所选工作室</button></p>
              </div>
            </form>
          </xsl:when>
          <xsl:otherwise>
            <div class="panel-body"><p class="muted">本单位所辖的工作室均已邀请。</p></div>
          </xsl:otherwise>
        </xsl:choose>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
