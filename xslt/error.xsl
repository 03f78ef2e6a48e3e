<?xml version="1.0" encoding="UTF-8"?>
<!-- error.xsl: any refused or failed request (document <error>). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="error" mode="title">
    <xsl:call-template name="label">
      <xsl:with-param name="k" select="concat('status.', @status)"/>
      <xsl:with-param name="default" select="'请求未能完成'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="error" mode="tools"/>

  <xsl:template match="error" mode="main">
    <section class="notice notice-error">
      <p class="notice-code">
        <xsl:text>错误代码 </xsl:text>
        <strong><xsl:value-of select="@status"/></strong>
      </p>
      <xsl:if test="normalize-space(message) != ''">
        <p class="notice-message"><xsl:value-of select="message"/></p>
      </xsl:if>
      <xsl:if test="field">
        <p>请检查以下内容：</p>
        <div class="table-scroll">
        <table class="grid fields">
          <thead>
            <tr><th scope="col">项目</th><th scope="col">问题</th></tr>
          </thead>
          <tbody>
            <xsl:for-each select="field">
              <tr>
                <th scope="row">
                  <xsl:choose>
                    <xsl:when test="@label != ''"><xsl:value-of select="@label"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="@name"/></xsl:otherwise>
                  </xsl:choose>
                </th>
                <td class="field-error"><xsl:value-of select="."/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
        </div>
      </xsl:if>
      <xsl:if test="@status = '403' and $is-app">
        <p class="hint">如需开通或恢复访问，请联系上级工会或长春市总工会登记单位证书。</p>
      </xsl:if>
      <xsl:if test="@status = '409'">
        <p class="hint">请返回上一页，刷新后重新操作。</p>
      </xsl:if>
    </section>
    <p class="actions">
      <a class="button" href="{$home-href}">返回首页</a>
    </p>
  </xsl:template>

</xsl:stylesheet>
