<?xml version="1.0" encoding="UTF-8"?>
<!--
  amendments.xsl: a studio's changes after its naming, GET
  /app/studios/{id}/amendments (document <amendments>): the list, and for
  its base union (request/@allowed) the form to ask for one, posted to
  the same URL with kind, the new values of that kind (a member who
  joins, or the id of one who leaves) and a reason.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="/amendments" mode="title">
    <xsl:value-of select="studio-name"/>
    <xsl:text> 变更</xsl:text>
  </xsl:template>

  <xsl:template match="/amendments" mode="crumbs">
    <li><a href="/app/studios">工作室</a></li>
    <li><a href="/app/studios/{@studio}"><xsl:value-of select="studio-name"/></a></li>
    <li aria-current="page">变更</li>
  </xsl:template>

  <!-- Where to mend a refusal: the request form's fields carry their names as ids. -->
  <xsl:template match="/amendments/errors/error" mode="error-href">
    <xsl:if test="@field != ''">
      <xsl:value-of select="concat('#', @field)"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="/amendments" mode="main">
    <p class="help">工作室命名后，领衔人、所在单位名称、专业领域或成员人数发生变化的，由所在单位工会申请变更，经审核单位审核同意后生效；更换领衔人的，还须报长春市总工会审批。命名时的申请表保持原样。</p>

    <section class="panel app-section">
      <h2>变更记录</h2>
      <xsl:choose>
        <xsl:when test="amendment">
          <div class="table-scroll">
            <table class="grid">
              <thead>
                <tr>
                  <th scope="col">编号</th>
                  <th scope="col">变更事项</th>
                  <th scope="col">变更后</th>
                  <th scope="col">申请时间</th>
                  <th scope="col">状态</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="amendment">
                  <tr>
                    <td>
                      <xsl:choose>
                        <xsl:when test="$is-print"><xsl:value-of select="@id"/></xsl:when>
                        <xsl:otherwise><a href="/app/amendments/{@id}"><xsl:value-of select="@id"/></a></xsl:otherwise>
                      </xsl:choose>
                    </td>
                    <td>
                      <xsl:call-template name="label">
                        <xsl:with-param name="k" select="concat('akind.', @kind)"/>
                        <xsl:with-param name="default" select="@kind"/>
                      </xsl:call-template>
                    </td>
                    <td><xsl:value-of select="new/field[1]"/></td>
                    <td><xsl:call-template name="datetime"><xsl:with-param name="d" select="@requested"/></xsl:call-template></td>
                    <td>
                      <xsl:call-template name="label">
                        <xsl:with-param name="k" select="concat('amstatus.', @status)"/>
                        <xsl:with-param name="default" select="@status"/>
                      </xsl:call-template>
                    </td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <div class="panel-body"><p class="muted">尚无变更。</p></div>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <xsl:if test="request/@allowed = 'true' and not($is-print)">
      <section class="panel app-section">
        <h2>申请变更</h2>
        <div class="panel-body">
          <form class="action-form" method="post" action="/app/studios/{@studio}/amendments">
            <xsl:call-template name="csrf-input"/>
            <p class="help">选择变更事项，只填写该事项的新内容。</p>
            <p class="field">
              <label for="kind">变更事项<span class="req" aria-hidden="true">*</span></label>
              <xsl:variable name="kind">
                <xsl:call-template name="posted"><xsl:with-param name="name" select="'kind'"/></xsl:call-template>
              </xsl:variable>
              <select id="kind" name="kind" required="required">
                <option value="">请选择</option>
                <option value="leader"><xsl:if test="$kind = 'leader'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>更换领衔人</option>
                <option value="host-unit"><xsl:if test="$kind = 'host-unit'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>所在单位更名</option>
                <option value="field"><xsl:if test="$kind = 'field'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>专业领域</option>
                <option value="member-count"><xsl:if test="$kind = 'member-count'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>成员人数</option>
                <option value="member-join"><xsl:if test="$kind = 'member-join'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>成员加入</option>
                <option value="member-leave"><xsl:if test="$kind = 'member-leave'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>成员退出</option>
              </select>
            </p>
            <fieldset class="fgrid">
              <legend>更换领衔人（须报市总工会审批）</legend>
              <p class="field"><label for="leader.name">新领衔人姓名</label>
                <input type="text" id="leader.name" name="leader.name" maxlength="20">
                  <xsl:attribute name="value"><xsl:call-template name="posted"><xsl:with-param name="name" select="'leader.name'"/></xsl:call-template></xsl:attribute>
                </input></p>
              <p class="field"><label for="leader.title">技术职称</label>
                <input type="text" id="leader.title" name="leader.title" maxlength="30">
                  <xsl:attribute name="value"><xsl:call-template name="posted"><xsl:with-param name="name" select="'leader.title'"/></xsl:call-template></xsl:attribute>
                </input></p>
              <p class="field"><label for="leader.specialty">专业/工种</label>
                <input type="text" id="leader.specialty" name="leader.specialty" maxlength="30">
                  <xsl:attribute name="value"><xsl:call-template name="posted"><xsl:with-param name="name" select="'leader.specialty'"/></xsl:call-template></xsl:attribute>
                </input></p>
              <p class="field"><label for="leader.mobile">手机号码</label>
                <input type="text" id="leader.mobile" name="leader.mobile" maxlength="11" inputmode="numeric">
                  <xsl:attribute name="value"><xsl:call-template name="posted"><xsl:with-param name="name" select="'leader.mobile'"/></xsl:call-template></xsl:attribute>
                </input></p>
              <p class="field"><label for="leader.email">E-mail</label>
                <input type="email" id="leader.email" name="leader.email" maxlength="100">
                  <xsl:attribute name="value"><xsl:call-template name="posted"><xsl:with-param name="name" select="'leader.email'"/></xsl:call-template></xsl:attribute>
                </input></p>
              <p class="field"><label for="leader.birth-month">出生年月</label>
                <input type="month" id="leader.birth-month" name="leader.birth-month">
                  <xsl:attribute name="value"><xsl:call-template name="posted"><xsl:with-param name="name" select="'leader.birth-month'"/></xsl:call-template></xsl:attribute>
                </input></p>
            </fieldset>
            <fieldset class="fgrid">
              <legend>其他事项</legend>
              <p class="field"><label for="host-unit">所在单位新名称</label>
                <input type="text" id="host-unit" name="host-unit" maxlength="60"
                       placeholder="{current/host-unit}">
                  <xsl:attribute name="value"><xsl:call-template name="posted"><xsl:with-param name="name" select="'host-unit'"/></xsl:call-template></xsl:attribute>
                </input></p>
              <p class="field"><label for="field">专业领域</label>
                <input type="text" id="field" name="field" maxlength="30"
                       placeholder="{current/field}">
                  <xsl:attribute name="value"><xsl:call-template name="posted"><xsl:with-param name="name" select="'field'"/></xsl:call-template></xsl:attribute>
                </input></p>
              <p class="field"><label for="member-count">成员人数</label>
                <input type="text" id="member-count" name="member-count" maxlength="6"
                       inputmode="numeric" placeholder="{current/member-count}">
                  <xsl:attribute name="value"><xsl:call-template name="posted"><xsl:with-param name="name" select="'member-count'"/></xsl:call-template></xsl:attribute>
                </input></p>
            </fieldset>
            <fieldset class="fgrid">
              <legend>成员加入</legend>
              <p class="field"><label for="member.name">成员姓名</label>
                <input type="text" id="member.name" name="member.name" maxlength="20">
                  <xsl:attribute name="value"><xsl:call-template name="posted"><xsl:with-param name="name" select="'member.name'"/></xsl:call-template></xsl:attribute>
                </input></p>
              <p class="field"><label for="member.role">在工作室中</label>
                <input type="text" id="member.role" name="member.role" maxlength="30" placeholder="成员">
                  <xsl:attribute name="value"><xsl:call-template name="posted"><xsl:with-param name="name" select="'member.role'"/></xsl:call-template></xsl:attribute>
                </input></p>
              <p class="field"><label for="member.trade">专业或工种</label>
                <input type="text" id="member.trade" name="member.trade" maxlength="50">
                  <xsl:attribute name="value"><xsl:call-template name="posted"><xsl:with-param name="name" select="'member.trade'"/></xsl:call-template></xsl:attribute>
                </input></p>
              <p class="field"><label for="member.title">职称或技能等级</label>
                <input type="text" id="member.title" name="member.title" maxlength="50">
                  <xsl:attribute name="value"><xsl:call-template name="posted"><xsl:with-param name="name" select="'member.title'"/></xsl:call-template></xsl:attribute>
                </input></p>
              <p class="field"><label for="member.joined">加入日期</label>
                <input type="date" id="member.joined" name="member.joined" max="{$today}">
                  <xsl:attribute name="value"><xsl:call-template name="posted"><xsl:with-param name="name" select="'member.joined'"/></xsl:call-template></xsl:attribute>
                </input></p>
            </fieldset>
            <fieldset class="fgrid">
              <legend>成员退出</legend>
              <p class="field"><label for="member.id">退出的成员</label>
                <select id="member.id" name="member.id">
                  <option value="">请选择</option>
                  <xsl:for-each select="current/members/member[@role != '领衔人']">
                    <option value="{@id}">
                      <xsl:if test="/amendments/posted/field[@name = 'member.id'] = @id">
                        <xsl:attribute name="selected">selected</xsl:attribute>
                      </xsl:if>
                      <xsl:value-of select="."/>
                      <xsl:if test="@role != ''">（<xsl:value-of select="@role"/>）</xsl:if>
                    </option>
                  </xsl:for-each>
                </select></p>
              <p class="field"><label for="member.left">退出日期</label>
                <input type="date" id="member.left" name="member.left" max="{$today}">
                  <xsl:attribute name="value"><xsl:call-template name="posted"><xsl:with-param name="name" select="'member.left'"/></xsl:call-template></xsl:attribute>
                </input></p>
            </fieldset>
            <p class="field">
              <label for="reason">变更理由<span class="req" aria-hidden="true">*</span><span class="muted">（不超过 500 字）</span></label>
              <!-- maxlength: MAXREASON of fcgi/h_amendment.c -->
              <textarea id="reason" name="reason" rows="3" cols="60" maxlength="500" required="required">
                <xsl:text>&#10;</xsl:text>
                <xsl:call-template name="posted"><xsl:with-param name="name" select="'reason'"/></xsl:call-template>
              </textarea>
            </p>
            <p class="action-submit"><button type="submit">提交变更申请</button></p>
          </form>
        </div>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
