<?xml version="1.0" encoding="UTF-8"?>
<!-- certs.xsl: a unit's client certificates, GET|POST /app/units/{id}/certs
     (document <certs>). Forms post back to the same path with the hidden
     csrf input and action=revoke (cert={id}) or action=enrol (pem, holder). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:variable name="can-edit" select="/certs/@can-edit = 'true' and not($is-print)"/>

  <xsl:template match="certs" mode="title">证书管理</xsl:template>

  <xsl:template match="certs" mode="crumbs">
    <li><a href="/app/units">单位</a></li>
    <li><a href="/app/units/{unit/@id}"><xsl:value-of select="unit"/></a></li>
    <li aria-current="page">证书管理</li>
  </xsl:template>

  <xsl:template match="certs" mode="main">
    <p class="lead">
      <xsl:text>单位：</xsl:text>
      <strong><xsl:value-of select="unit"/></strong>
      <span class="muted">
        <xsl:text>（</xsl:text>
        <xsl:value-of select="unit/@code"/>
        <xsl:text>，</xsl:text>
        <xsl:call-template name="kind-label">
          <xsl:with-param name="code" select="unit/@kind"/>
        </xsl:call-template>
        <xsl:text>）</xsl:text>
      </span>
    </p>

    <section class="panel">
      <h2>
        <span>已登记证书</span>
        <span class="aside">
          <xsl:text>共 </xsl:text>
          <xsl:value-of select="count(cert)"/>
          <xsl:text> 张，有效 </xsl:text>
          <xsl:value-of select="count(cert[@status = 'active'])"/>
          <xsl:text> 张</xsl:text>
        </span>
      </h2>
      <xsl:choose>
        <xsl:when test="cert">
          <div class="table-scroll">
            <table class="grid certs-table">
              <thead>
                <tr>
                  <th scope="col">持有人</th>
                  <th scope="col">指纹（SHA-256）</th>
                  <th scope="col">序列号</th>
                  <th scope="col">有效期</th>
                  <th scope="col">登记时间</th>
                  <th scope="col">状态</th>
                  <xsl:if test="$can-edit">
                    <th scope="col" class="actions-col">操作</th>
                  </xsl:if>
                </tr>
              </thead>
              <tbody>
                <xsl:apply-templates select="cert"/>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <p class="empty">本单位尚未登记证书。</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <xsl:if test="$can-edit">
      <xsl:call-template name="enrol-form"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="cert">
    <tr>
      <td>
        <strong><xsl:value-of select="holder"/></strong>
        <xsl:if test="normalize-space(subject) != ''">
          <span class="subject"><xsl:value-of select="subject"/></span>
        </xsl:if>
        <span class="cert-roles">
          <xsl:text>角色：</xsl:text>
          <xsl:call-template name="role-list">
            <xsl:with-param name="roles" select="concat(@roles, ',')"/>
          </xsl:call-template>
        </span>
      </td>
      <td><xsl:call-template name="fingerprint"/></td>
      <td><code class="serial"><xsl:value-of select="@serial"/></code></td>
      <td class="date">
        <xsl:call-template name="date">
          <xsl:with-param name="d" select="@not-before"/>
        </xsl:call-template>
        <xsl:text> 至 </xsl:text>
        <xsl:call-template name="date">
          <xsl:with-param name="d" select="@not-after"/>
        </xsl:call-template>
      </td>
      <td class="date">
        <xsl:call-template name="datetime">
          <xsl:with-param name="d" select="@enrolled-on"/>
        </xsl:call-template>
      </td>
      <td>
        <xsl:call-template name="cert-badge"/>
        <xsl:if test="@revoked-on != ''">
          <span class="revoked-on">
            <xsl:text>吊销于 </xsl:text>
            <xsl:call-template name="date">
              <xsl:with-param name="d" select="@revoked-on"/>
            </xsl:call-template>
          </span>
        </xsl:if>
      </td>
      <xsl:if test="$can-edit">
        <td class="actions-col">
          <xsl:if test="@status = 'active'">
            <form class="inline-form" method="post">
              <xsl:call-template name="form-action"/>
              <xsl:call-template name="csrf-input"/>
              <input type="hidden" name="action" value="revoke"/>
              <input type="hidden" name="cert" value="{@id}"/>
              <button type="submit" class="button-small button-danger"
                      aria-label="吊销{holder}的证书">吊销证书</button>
            </form>
            <form class="inline-form cert-roles-form" method="post">
              <xsl:call-template name="form-action"/>
              <xsl:call-template name="csrf-input"/>
              <input type="hidden" name="action" value="roles"/>
              <input type="hidden" name="cert" value="{@id}"/>
              <input type="hidden" name="roles" value="1"/>
              <xsl:call-template name="role-boxes">
                <xsl:with-param name="roles" select="concat(',', @roles, ',')"/>
                <xsl:with-param name="id" select="concat('c', @id)"/>
              </xsl:call-template>
              <button type="submit" class="button-small"
                      aria-label="修改{holder}的证书的角色">修改角色</button>
            </form>
          </xsl:if>
        </td>
      </xsl:if>
    </tr>
  </xsl:template>

  <!-- The certificate to revoke, and what revoking the last one means. -->
  <xsl:template match="/certs" mode="record-name">
    <xsl:variable name="c" select="cert[@id = /certs/posted/field[@name = 'cert']]"/>
    <xsl:value-of select="unit"/>
    <xsl:text>的证书</xsl:text>
    <xsl:if test="$c">
      <xsl:text>（持有人 </xsl:text>
      <xsl:value-of select="$c/holder"/>
      <xsl:text>，指纹 </xsl:text>
      <xsl:value-of select="substring($c/@fingerprint, 1, 16)"/>
      <xsl:text>…）</xsl:text>
    </xsl:if>
  </xsl:template>
  <xsl:template match="/certs" mode="confirm-more">
    <xsl:variable name="id" select="string(/certs/posted/field[@name = 'cert'])"/>
    <xsl:if test="count(cert[@status = 'active']) = 1 and cert[@status = 'active']/@id = $id">
      <p class="confirm-warning" role="alert">
        <strong>这是该单位最后一张有效证书。</strong>
        <xsl:text>吊销后，</xsl:text>
        <xsl:value-of select="unit"/>
        <xsl:text>将无法登录本系统，直至登记新的证书。</xsl:text>
      </p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="enrol-form">
    <section class="panel" id="enrol">
      <h2>登记新证书</h2>
      <div class="panel-body">
        <form class="form-grid" method="post">
          <xsl:call-template name="form-action"/>
          <xsl:call-template name="csrf-input"/>
          <input type="hidden" name="action" value="enrol"/>
          <div class="form-row">
            <label for="f-holder">持有人</label>
            <div>
              <input type="text" id="f-holder" name="holder" maxlength="64"
                     autocomplete="off" value="{form/holder}">
                <xsl:call-template name="field-invalid">
                  <xsl:with-param name="field" select="'holder'"/>
                </xsl:call-template>
              </input>
              <span class="help">使用该证书登录的经办人员姓名。</span>
            </div>
            <xsl:call-template name="field-error">
              <xsl:with-param name="field" select="'holder'"/>
            </xsl:call-template>
          </div>
          <div class="form-row">
            <label for="f-pem">证书<span class="req" aria-hidden="true">*</span></label>
            <div>
              <textarea id="f-pem" name="pem" rows="10" cols="64" required="required"
                        spellcheck="false" autocomplete="off"
                        placeholder="-----BEGIN CERTIFICATE-----">
                <xsl:call-template name="field-invalid">
                  <xsl:with-param name="field" select="'pem'"/>
                </xsl:call-template>
                <!-- an HTML parser drops one newline right after <textarea> -->
                <xsl:text>&#10;</xsl:text>
                <xsl:value-of select="form/pem"/>
              </textarea>
              <span class="help">粘贴 PEM 格式的客户端证书全文（由“-----BEGIN CERTIFICATE-----”开始，至“-----END CERTIFICATE-----”结束）。证书须由工会证书机构签发。</span>
            </div>
            <xsl:call-template name="field-error">
              <xsl:with-param name="field" select="'pem'"/>
            </xsl:call-template>
          </div>
          <div class="form-row">
            <span class="label">角色</span>
            <div>
              <input type="hidden" name="roles" value="1"/>
              <xsl:call-template name="role-boxes">
                <xsl:with-param name="roles" select="',review,finance,admin,'"/>
                <xsl:with-param name="id" select="'new'"/>
              </xsl:call-template>
              <span class="help">审核：创建申请、审核和年度考核；财务：补助资金的设立、发放和使用；管理：证书和单位。</span>
            </div>
            <xsl:call-template name="field-error">
              <xsl:with-param name="field" select="'roles'"/>
            </xsl:call-template>
          </div>
          <div class="form-actions">
            <button type="submit">登记证书</button>
          </div>
        </form>
      </div>
    </section>
  </xsl:template>


  <!-- The roles of a list "review,finance," as their labels. -->
  <xsl:template name="role-list">
    <xsl:param name="roles"/>
    <xsl:param name="first" select="true()"/>
    <xsl:if test="contains($roles, ',') and substring-before($roles, ',') != ''">
      <xsl:if test="not($first)"><xsl:text>、</xsl:text></xsl:if>
      <xsl:call-template name="label">
        <xsl:with-param name="k" select="concat('role.', substring-before($roles, ','))"/>
      </xsl:call-template>
      <xsl:call-template name="role-list">
        <xsl:with-param name="roles" select="substring-after($roles, ',')"/>
        <xsl:with-param name="first" select="false()"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- A box per role, ticked when the list ",review,finance," holds it. -->
  <xsl:template name="role-boxes">
    <xsl:param name="roles"/>
    <xsl:param name="id"/>
    <xsl:call-template name="role-box">
      <xsl:with-param name="k" select="'review'"/>
      <xsl:with-param name="roles" select="$roles"/>
      <xsl:with-param name="id" select="$id"/>
    </xsl:call-template>
    <xsl:call-template name="role-box">
      <xsl:with-param name="k" select="'finance'"/>
      <xsl:with-param name="roles" select="$roles"/>
      <xsl:with-param name="id" select="$id"/>
    </xsl:call-template>
    <xsl:call-template name="role-box">
      <xsl:with-param name="k" select="'admin'"/>
      <xsl:with-param name="roles" select="$roles"/>
      <xsl:with-param name="id" select="$id"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="role-box">
    <xsl:param name="k"/>
    <xsl:param name="roles"/>
    <xsl:param name="id"/>
    <label class="checkbox-inline" for="f-role-{$id}-{$k}">
      <input type="checkbox" id="f-role-{$id}-{$k}" name="role.{$k}" value="1">
        <xsl:if test="contains($roles, concat(',', $k, ','))">
          <xsl:attribute name="checked">checked</xsl:attribute>
        </xsl:if>
      </input>
      <xsl:call-template name="label">
        <xsl:with-param name="k" select="concat('role.', $k)"/>
      </xsl:call-template>
    </label>
  </xsl:template>

</xsl:stylesheet>
