<?xml version="1.0" encoding="UTF-8"?>
<!--
  certificate.xsl: the naming certificate (命名证书) of a named studio,
  GET /app/applications/{id}/certificate (document <application>), on one
  A4 sheet, landscape. The date is written in Chinese numerals, as on
  official documents. An application that is not named gets a notice
  instead of a certificate. A document of its own, styled by
  static/certificate.css; on screen it shows the sheet.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="/">
    <html lang="zh-CN">
      <head>
        <xsl:call-template name="head-common"/>
        <meta name="robots" content="noindex, nofollow"/>
        <title>
          <xsl:text>命名证书</xsl:text>
          <xsl:if test="normalize-space(/application/name) != ''">
            <xsl:text> - </xsl:text>
            <xsl:value-of select="/application/name"/>
          </xsl:if>
        </title>
        <link rel="stylesheet" href="/static/certificate.css"/>
        <xsl:call-template name="print-tools-head"/>
      </head>
      <body class="paper paper-cert">
        <xsl:call-template name="print-bar">
          <xsl:with-param name="href" select="concat('/app/applications/', /application/@id)"/>
        </xsl:call-template>
        <xsl:apply-templates select="application"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="/*[not(self::application)]" priority="-1"/>

  <xsl:template match="/application[@status = 'named']" priority="2">
    <xsl:variable name="on">
      <xsl:choose>
        <xsl:when test="normalize-space(naming/@on) != ''"><xsl:value-of select="naming/@on"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="reviews/review[@decision = 'name'][last()]/@on"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <section class="cert-sheet" aria-label="命名证书">
      <div class="cert-frame">
        <div>
          <xsl:variable name="len"
            select="string-length(normalize-space(host-unit)) + string-length(normalize-space(name))
                    + string-length(normalize-space(base-union))
                    + string-length(normalize-space(recommending-unit))"/>
          <xsl:attribute name="class">
            <xsl:text>cert-inner</xsl:text>
            <xsl:if test="studio/qr"> cert-with-qr</xsl:if>
            <!-- long names get smaller type, so the sheet stays one page -->
            <xsl:choose>
              <xsl:when test="$len &gt; 110"> cert-longest</xsl:when>
              <xsl:when test="$len &gt; 60"> cert-longer</xsl:when>
              <xsl:when test="$len &gt; 40"> cert-long</xsl:when>
            </xsl:choose>
          </xsl:attribute>
          <h1 class="cert-title">命名证书</h1>
          <p class="cert-to">
            <span class="cert-addressee">
              <xsl:value-of select="host-unit"/>
              <xsl:value-of select="name"/>
            </span>
            <xsl:text>：</xsl:text>
          </p>
          <p class="cert-body">
            <!-- the procedure of the seed (三.2): the base union
                 recommends, the district or industry union audits, the
                 city federation assesses and names -->
            <xsl:text>经</xsl:text>
            <xsl:choose>
              <xsl:when test="normalize-space(base-union) != ''">
                <xsl:value-of select="base-union"/>
              </xsl:when>
              <xsl:otherwise>所在单位工会</xsl:otherwise>
            </xsl:choose>
            <xsl:text>推荐、</xsl:text>
            <xsl:choose>
              <xsl:when test="normalize-space(recommending-unit) != ''">
                <xsl:value-of select="recommending-unit"/>
              </xsl:when>
              <xsl:otherwise>所属县（市）区、开发区总工会或市产业工会</xsl:otherwise>
            </xsl:choose>
            <xsl:text>审核，长春市总工会考核，你单位职工创新工作室符合长春市职工创新工作室创建标准，被命名为</xsl:text>
          </p>
          <p class="cert-honour">长春市职工创新工作室</p>
          <p class="cert-body cert-close">特发此证。</p>
          <div class="cert-foot">
            <xsl:choose>
              <xsl:when test="studio/qr">
                <xsl:apply-templates select="studio/qr"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="cert-meta"/>
              </xsl:otherwise>
            </xsl:choose>
            <div class="cert-issuer">
              <p class="cert-org">长春市总工会</p>
              <p class="cert-date">
                <xsl:call-template name="date-cn">
                  <xsl:with-param name="d" select="$on"/>
                </xsl:call-template>
              </p>
              <span class="cert-seal" aria-hidden="true">盖章处</span>
            </div>
          </div>
        </div>
      </div>
    </section>
  </xsl:template>

  <!-- 工作室领衔人 and 命名文号 -->
  <xsl:template name="cert-meta">
    <dl class="cert-meta">
      <div>
        <dt>工作室领衔人</dt>
        <dd><xsl:value-of select="/application/leader/name"/></dd>
      </div>
      <div>
        <dt>命名文号</dt>
        <dd><xsl:value-of select="/application/naming/@number"/></dd>
      </div>
    </dl>
  </xsl:template>

  <!--
    The QR code of the studio's public page, in the lower left corner,
    with the leader and the naming number beside it above its caption:
    its dark modules (the path computed by the server, in module units)
    on white with a quiet zone of 4 modules, edges kept crisp, 28 mm
    square on paper (the code itself 22 mm for the URLs of the public
    pages, versions 3 and 4).
  -->
  <xsl:template match="qr">
    <xsl:variable name="full" select="@size + 8"/>
    <div class="cert-qr">
      <svg xmlns="http://www.w3.org/2000/svg" class="cert-qr-code"
        viewBox="-4 -4 {$full} {$full}" width="28mm" height="28mm"
        shape-rendering="crispEdges" role="img" aria-label="查验二维码：{@href}">
        <rect x="-4" y="-4" width="{$full}" height="{$full}" fill="#fff"/>
        <path d="{@d}" fill="#000"/>
      </svg>
      <div class="cert-qr-side">
        <xsl:call-template name="cert-meta"/>
        <p class="cert-qr-caption">
          <span class="cert-qr-check">扫码查验</span>
          <span class="cert-qr-where">长春市职工创新工作室公示</span>
        </p>
      </div>
    </div>
  </xsl:template>

  <xsl:template match="/application">
    <section class="cert-notice" role="alert">
      <h1>不能打印命名证书</h1>
      <p>
        <xsl:text>“</xsl:text>
        <xsl:choose>
          <xsl:when test="normalize-space(name) != ''"><xsl:value-of select="name"/></xsl:when>
          <xsl:otherwise>（工作室名称未填写）</xsl:otherwise>
        </xsl:choose>
        <xsl:text>”当前状态为“</xsl:text>
        <xsl:call-template name="app-status-label"/>
        <xsl:text>”。</xsl:text>
        <xsl:choose>
          <xsl:when test="@status = 'revoked'">该工作室已被取消命名，原命名证书作废。</xsl:when>
          <xsl:when test="@status = 'upgraded'">该工作室已升级为长春市劳模和工匠人才创新工作室，不再打印本证书。</xsl:when>
          <xsl:otherwise>只有经长春市总工会考核命名的工作室才能打印命名证书。</xsl:otherwise>
        </xsl:choose>
      </p>
      <p class="cert-back">
        <a href="/app/applications/{@id}">返回申请</a>
      </p>
    </section>
  </xsl:template>

</xsl:stylesheet>
