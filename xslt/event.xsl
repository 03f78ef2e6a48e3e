<?xml version="1.0" encoding="UTF-8"?>
<!--
  event.xsl: one publicity event, GET /app/events/{id} (document <event>):
  its kind, date, host, organiser, whether the public site shows it, the
  summary, the studios taking part and the photos; for the organiser the
  forms POST /app/events/{id}: action=update (event-common.xsl, with the
  version), action=studios (a checklist of the studios of its subtree,
  studio=id...), action=photos (multipart, JPEG or PNG files).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="training-common.xsl"/>
  <xsl:include href="event-common.xsl"/>

  <xsl:template match="event" mode="head">
    <link rel="stylesheet" href="/static/training.css"/>
  </xsl:template>

  <xsl:template match="event" mode="title">
    <xsl:value-of select="title"/>
  </xsl:template>

  <xsl:template match="event" mode="crumbs">
    <li><a href="/app/events">宣传活动</a></li>
    <li aria-current="page"><xsl:value-of select="title"/></li>
  </xsl:template>

  <xsl:template match="event" mode="main">
    <xsl:variable name="e" select="."/>
    <xsl:call-template name="tr-message"/>
    <section class="panel app-section">
      <h2>活动情况</h2>
      <table class="facts facts-4">
        <colgroup><col class="k"/><col/><col class="k"/><col/></colgroup>
        <tbody>
          <tr>
            <th scope="row">活动形式</th>
            <td><xsl:call-template name="evkind"/></td>
            <th scope="row">活动日期</th>
            <td><xsl:call-template name="date"><xsl:with-param name="d" select="@held-on"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">承办</th>
            <td>
              <xsl:choose>
                <xsl:when test="host/@studio != '' and not($is-print)">
                  <a href="/app/studios/{host/@studio}"><xsl:value-of select="host"/></a>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="host"/></xsl:otherwise>
              </xsl:choose>
            </td>
            <th scope="row">组织单位</th>
            <td><xsl:value-of select="organiser"/></td>
          </tr>
          <tr>
            <th scope="row">公众网站</th>
            <td colspan="3">
              <xsl:choose>
                <xsl:when test="@public = 'true'">公布（活动日期之后列入公众网站“宣传活动”）</xsl:when>
                <xsl:otherwise>不公布</xsl:otherwise>
              </xsl:choose>
            </td>
          </tr>
        </tbody>
      </table>
      <div class="panel-body">
        <xsl:call-template name="text-block"><xsl:with-param name="t" select="summary"/></xsl:call-template>
      </div>
    </section>

    <section class="panel app-section" id="studios">
      <h2>参加的工作室</h2>
      <xsl:choose>
        <xsl:when test="studios/studio">
          <div class="table-scroll">
            <table class="grid">
              <thead>
                <tr>
                  <th scope="col">序号</th>
                  <th scope="col">命名编号</th>
                  <th scope="col">工作室</th>
                  <th scope="col">所在单位</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="studios/studio">
                  <tr>
                    <td class="num"><xsl:value-of select="position()"/></td>
                    <td class="nowrap"><xsl:value-of select="@number"/></td>
                    <td>
                      <xsl:choose>
                        <xsl:when test="$is-print"><xsl:value-of select="name"/></xsl:when>
                        <xsl:otherwise><a href="/app/studios/{@id}"><xsl:value-of select="name"/></a></xsl:otherwise>
                      </xsl:choose>
                    </td>
                    <td><xsl:value-of select="host-unit"/></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <div class="panel-body"><p class="muted">尚未登记参加的工作室。</p></div>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section class="panel app-section" id="photos">
      <h2>活动照片</h2>
      <div class="panel-body">
        <xsl:choose>
          <xsl:when test="attachments/attachment">
            <ul class="event-photos">
              <xsl:for-each select="attachments/attachment">
                <li>
                  <xsl:choose>
                    <xsl:when test="$is-print"><xsl:value-of select="@name"/></xsl:when>
                    <xsl:otherwise><a href="{@href}"><xsl:value-of select="@name"/></a></xsl:otherwise>
                  </xsl:choose>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:when>
          <xsl:otherwise><p class="muted">尚未上传照片。</p></xsl:otherwise>
        </xsl:choose>
      </div>
    </section>

    <xsl:if test="@may-manage = 'true' and not($is-print)">
      <section class="panel app-section" id="add-studios">
        <h2>登记参加的工作室</h2>
        <form class="app-form action-form" method="post" action="/app/events/{@id}">
          <xsl:call-template name="csrf-input"/>
          <input type="hidden" name="action" value="studios"/>
          <div class="panel-body">
            <ul class="checklist">
              <xsl:for-each select="choices/studio[not(@id = $e/studios/studio/@id)]">
                <li>
                  <label>
                    <input type="checkbox" name="studio" value="{@id}"/>
                    <xsl:text> </xsl:text>
                    <xsl:value-of select="."/>
                    <span class="muted">（<xsl:value-of select="@number"/>）</span>
                  </label>
                </li>
              </xsl:for-each>
            </ul>
            <xsl:call-template name="field-error"><xsl:with-param name="field" select="'studio'"/></xsl:call-template>
            <p class="action-submit"><button type="submit">登记所选工作室</button></p>
          </div>
        </form>
      </section>
      <section class="panel app-section" id="upload">
        <h2>上传照片</h2>
        <form class="app-form action-form" method="post" action="/app/events/{@id}" enctype="multipart/form-data">
          <xsl:call-template name="csrf-input"/>
          <input type="hidden" name="action" value="photos"/>
          <div class="panel-body">
            <p class="field">
              <label for="photos-file">照片（JPEG 或 PNG，可多选）</label>
              <input type="file" id="photos-file" name="file" accept=".jpg,.jpeg,.png" multiple="multiple" required="required"/>
              <xsl:call-template name="field-error"><xsl:with-param name="field" select="'file'"/></xsl:call-template>
            </p>
            <p class="action-submit"><button type="submit">上传照片</button></p>
          </div>
        </form>
      </section>
      <section class="panel app-section" id="update">
        <h2>修改活动信息</h2>
        <form class="app-form action-form" method="post" action="/app/events/{@id}">
          <xsl:call-template name="csrf-input"/>
          <input type="hidden" name="action" value="update"/>
          <input type="hidden" name="version" value="{@version}"/>
          <div class="panel-body">
            <xsl:call-template name="event-fields">
              <xsl:with-param name="action" select="'update'"/>
              <xsl:with-param name="e" select="$e"/>
            </xsl:call-template>
            <p class="action-submit"><button type="submit">保存修改</button></p>
          </div>
        </form>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
