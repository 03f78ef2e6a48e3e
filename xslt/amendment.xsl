<?xml version="1.0" encoding="UTF-8"?>
<!--
  amendment.xsl: one change to a studio, GET /app/amendments/{id}
  (document <amendment>): what changes from what to what, why, its
  reviews, and the actions of this unit (approve, return, reject,
  withdraw) posted to /app/amendments/{id}/transition with its version.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="/amendment" mode="title">
    <xsl:value-of select="studio-name"/>
    <xsl:text> 变更申请</xsl:text>
  </xsl:template>

  <xsl:template match="/amendment" mode="crumbs">
    <li><a href="/app/studios">工作室</a></li>
    <li><a href="/app/studios/{@studio}"><xsl:value-of select="studio-name"/></a></li>
    <li><a href="/app/studios/{@studio}/amendments">变更</a></li>
    <li aria-current="page">第 <xsl:value-of select="@id"/> 号</li>
  </xsl:template>

  <xsl:template name="field-label">
    <xsl:call-template name="label">
      <xsl:with-param name="k" select="concat('afield.', @name)"/>
      <xsl:with-param name="default" select="@name"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/amendment" mode="record-name">
    <xsl:value-of select="studio-name"/>
    <xsl:text>的变更申请</xsl:text>
  </xsl:template>

  <!-- Where to mend a refusal: the opinion of the action sent. -->
  <xsl:template match="/amendment/errors/error" mode="error-href">
    <xsl:variable name="sent" select="/amendment/posted/field[@name = 'action']"/>
    <xsl:choose>
      <xsl:when test="@field = 'opinion' and $sent != ''">
        <xsl:value-of select="concat('#opinion-', $sent)"/>
      </xsl:when>
      <xsl:otherwise>#actions</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/amendment" mode="main">
    <div class="app-summary">
      <p class="app-status">
        <span class="app-summary-label">当前状态</span>
        <span class="badge">
          <xsl:call-template name="label">
            <xsl:with-param name="k" select="concat('amstatus.', @status)"/>
            <xsl:with-param name="default" select="@status"/>
          </xsl:call-template>
        </span>
      </p>
      <dl class="app-facts">
        <div>
          <dt>变更事项</dt>
          <dd>
            <xsl:call-template name="label">
              <xsl:with-param name="k" select="concat('akind.', @kind)"/>
              <xsl:with-param name="default" select="@kind"/>
            </xsl:call-template>
          </dd>
        </div>
        <div>
          <dt>申请时间</dt>
          <dd><xsl:call-template name="datetime"><xsl:with-param name="d" select="@requested"/></xsl:call-template></dd>
        </div>
      </dl>
    </div>

    <section class="panel app-section">
      <h2>变更内容</h2>
      <div class="table-scroll">
      <table class="grid">
        <thead>
          <tr><th scope="col">项目</th><th scope="col">变更前</th><th scope="col">变更后</th></tr>
        </thead>
        <tbody>
          <xsl:for-each select="new/field">
            <xsl:variable name="n" select="@name"/>
            <tr>
              <th scope="row"><xsl:call-template name="field-label"/></th>
              <td><xsl:value-of select="/amendment/old/field[@name = $n]"/></td>
              <td><strong><xsl:value-of select="."/></strong></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      </div>
      <div class="panel-body">
        <h3>变更理由</h3>
        <xsl:call-template name="text-block"><xsl:with-param name="t" select="reason"/></xsl:call-template>
      </div>
    </section>

    <section class="panel app-section">
      <h2>办理记录</h2>
      <ol class="timeline">
        <xsl:for-each select="reviews/review">
          <li>
            <p class="timeline-head">
              <strong>
                <xsl:call-template name="label">
                  <xsl:with-param name="k" select="concat('adecision.', @decision)"/>
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
    </section>

    <xsl:if test="not($is-print) and (actions/action or errors/error)">
      <section class="panel app-section app-actions" id="actions">
        <h2>办理</h2>
        <div class="panel-body">
          <xsl:for-each select="actions/action">
            <form class="action-form action-{@name}" method="post"
                  action="/app/amendments/{/amendment/@id}/transition">
              <xsl:call-template name="csrf-input"/>
              <input type="hidden" name="version" value="{/amendment/@version}"/>
              <input type="hidden" name="action" value="{@name}"/>
              <h3>
                <xsl:call-template name="label">
                  <xsl:with-param name="k" select="concat('ado.', @name)"/>
                  <xsl:with-param name="default" select="@name"/>
                </xsl:call-template>
              </h3>
              <p class="field">
                <label for="opinion-{@name}">意见<xsl:if test="@name != 'withdraw'"><span class="req" aria-hidden="true">*</span></xsl:if></label>
                <textarea id="opinion-{@name}" name="opinion" rows="2" cols="60" maxlength="500">
                  <xsl:if test="@name != 'withdraw'">
                    <xsl:attribute name="required">required</xsl:attribute>
                  </xsl:if>
                  <xsl:text>&#10;</xsl:text>
                  <xsl:call-template name="posted">
                    <xsl:with-param name="name" select="'opinion'"/>
                    <xsl:with-param name="action" select="@name"/>
                  </xsl:call-template>
                </textarea>
              </p>
              <p class="action-submit">
                <button type="submit">
                  <xsl:call-template name="label">
                    <xsl:with-param name="k" select="concat('ado.', @name)"/>
                    <xsl:with-param name="default" select="@name"/>
                  </xsl:call-template>
                </button>
              </p>
            </form>
          </xsl:for-each>
        </div>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
