<?xml version="1.0" encoding="UTF-8"?>
<!--
  decision.xsl: the city's naming decision (命名决定), GET
  /app/decisions/{id} (document <decision>). On screen: its number, date
  and title and the table of the studios it named, each linked to its
  file. Printed (format=print): a document of its own on A4, laid out as
  an official 命名决定 of 长春市总工会: the red head with the document
  number, the title, the body, the numbered table of the studios named
  (命名编号, 工作室名称, 所在单位, 领衔人), the issuer, the date and the
  place of the seal. Styled by static/decision.css. A unit other than
  the city sees only the studios of its own subtree, and the page says
  so.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <!-- the title, or the usual one when the decision has none -->
  <xsl:template name="decision-title">
    <xsl:choose>
      <xsl:when test="normalize-space(/decision/title) != ''">
        <xsl:value-of select="/decision/title"/>
      </xsl:when>
      <xsl:otherwise>关于命名长春市职工创新工作室的决定</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$is-print and decision">
        <html lang="zh-CN">
          <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <meta name="robots" content="noindex, nofollow"/>
            <title>
              <xsl:value-of select="decision/@number"/>
              <xsl:text> - </xsl:text>
              <xsl:call-template name="decision-title"/>
            </title>
            <link rel="stylesheet" href="/static/decision.css"/>
          </head>
          <body class="paper paper-decision">
            <xsl:apply-templates select="decision" mode="document"/>
          </body>
        </html>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-imports/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ screen -->

  <xsl:template match="/decision" mode="title">
    <xsl:text>命名决定 </xsl:text>
    <xsl:value-of select="@number"/>
  </xsl:template>

  <xsl:template match="/decision" mode="crumbs">
    <li><a href="/app/studios">工作室</a></li>
    <li><a href="/app/studios?decision={@id}">命名决定</a></li>
    <li aria-current="page"><xsl:value-of select="@number"/></li>
  </xsl:template>

  <xsl:template match="/decision" mode="main">
    <div class="app-summary">
      <dl class="app-facts">
        <div>
          <dt>文号</dt>
          <dd><strong><xsl:value-of select="@number"/></strong></dd>
        </div>
        <div>
          <dt>决定日期</dt>
          <dd>
            <xsl:call-template name="date">
              <xsl:with-param name="d" select="@on"/>
            </xsl:call-template>
          </dd>
        </div>
        <div>
          <dt>发文单位</dt>
          <dd><xsl:value-of select="issuer"/></dd>
        </div>
        <div>
          <dt>命名工作室</dt>
          <dd>
            <xsl:value-of select="count(studios/studio)"/>
            <xsl:text> 个</xsl:text>
          </dd>
        </div>
      </dl>
    </div>
    <p class="help decision-title-line">
      <strong><xsl:call-template name="decision-title"/></strong>
    </p>
    <xsl:if test="studios/@scope = 'subtree'">
      <p class="help decision-scope">本页仅列出本单位管辖范围内由该决定命名的工作室。</p>
    </xsl:if>
    <section class="panel app-section">
      <h2>命名的工作室</h2>
      <xsl:choose>
        <xsl:when test="studios/studio">
          <div class="table-scroll">
            <table class="list decision-table">
              <thead>
                <tr>
                  <th scope="col">序号</th>
                  <th scope="col">命名编号</th>
                  <th scope="col">工作室名称</th>
                  <th scope="col">所在单位</th>
                  <th scope="col">领衔人</th>
                  <th scope="col">审核单位</th>
                  <th scope="col">状态</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="studios/studio">
                  <tr>
                    <td><xsl:value-of select="@seq"/></td>
                    <td><xsl:value-of select="@number"/></td>
                    <td><a href="/app/studios/{@id}"><xsl:value-of select="name"/></a></td>
                    <td><xsl:value-of select="host-unit"/></td>
                    <td><xsl:value-of select="leader-name"/></td>
                    <td><xsl:value-of select="auditing-unit"/></td>
                    <td><xsl:call-template name="studio-status-label"/></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <p class="muted">该决定没有命名工作室。</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- ========================================================== document -->

  <xsl:template match="decision" mode="document">
    <article class="doc-sheet" aria-label="命名决定">
      <header class="doc-red-head">
        <p class="doc-issuer-head">
          <xsl:value-of select="issuer"/>
          <xsl:text>文件</xsl:text>
        </p>
        <p class="doc-number"><xsl:value-of select="@number"/></p>
        <hr class="doc-red-rule"/>
      </header>
      <h1 class="doc-title"><xsl:call-template name="decision-title"/></h1>
      <p class="doc-to">各县（市）区、开发区总工会，各产业工会，市直各基层工会：</p>
      <p class="doc-body">
        <xsl:text>根据《关于支持职工创新工作室创建的意见》（长会办字〔2023〕33号），经基层工会推荐、县（市）区、开发区总工会和市产业工会审核，市总工会考核，决定命名以下</xsl:text>
        <xsl:value-of select="count(studios/studio)"/>
        <xsl:text>个工作室为“长春市职工创新工作室”。</xsl:text>
      </p>
      <p class="doc-body">希望被命名的工作室珍惜荣誉，发挥示范引领作用，带动广大职工立足岗位创新创效，为长春高质量发展作出新的更大贡献。</p>
      <xsl:if test="studios/@scope = 'subtree'">
        <p class="doc-scope">（本件仅列出本单位管辖范围内的工作室）</p>
      </xsl:if>
      <table class="doc-list">
        <caption>长春市职工创新工作室名单</caption>
        <thead>
          <tr>
            <th scope="col" class="c-seq">序号</th>
            <th scope="col" class="c-no">命名编号</th>
            <th scope="col">工作室名称</th>
            <th scope="col">所在单位</th>
            <th scope="col" class="c-leader">领衔人</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="studios/studio">
            <tr>
              <td class="c-seq"><xsl:value-of select="@seq"/></td>
              <td class="c-no"><xsl:value-of select="@number"/></td>
              <td><xsl:value-of select="name"/></td>
              <td><xsl:value-of select="host-unit"/></td>
              <td class="c-leader"><xsl:value-of select="leader-name"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      <footer class="doc-sign">
        <div class="doc-seal" aria-label="印章">（印章）</div>
        <p class="doc-sign-org"><xsl:value-of select="issuer"/></p>
        <p class="doc-sign-date">
          <xsl:call-template name="date">
            <xsl:with-param name="d" select="@on"/>
          </xsl:call-template>
        </p>
      </footer>
    </article>
  </xsl:template>
</xsl:stylesheet>
