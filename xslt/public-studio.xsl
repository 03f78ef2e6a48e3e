<?xml version="1.0" encoding="UTF-8"?>
<!-- public-studio.xsl: a named studio's public page, GET /public/studios/{id}
     (document <public-studio>), with the Open Graph tags that WeChat and
     other apps read when the page is shared.  A revoked studio's page
     says that it was revoked and when: whoever holds its certificate can
     check it here.  Its published achievements (the showcase), when it
     has any, are listed last, each linking to its page. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:variable name="url"
    select="concat(/public-studio/@origin, '/public/studios/', /public-studio/@id)"/>
  <xsl:variable name="revoked" select="/public-studio/@status = 'revoked'"/>

  <xsl:template match="public-studio" mode="title">
    <xsl:value-of select="name"/>
  </xsl:template>

  <xsl:template match="public-studio" mode="head">
    <xsl:variable name="desc">
      <xsl:choose>
        <xsl:when test="$revoked">
          <xsl:value-of select="concat(host-unit, '。该工作室已被取消命名。')"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="o" select="normalize-space(overview)"/>
          <xsl:value-of select="concat(host-unit, '：')"/>
          <xsl:choose>
            <xsl:when test="string-length($o) &gt; 90">
              <xsl:value-of select="concat(substring($o, 1, 90), '…')"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="$o"/></xsl:otherwise>
          </xsl:choose>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <meta name="description" content="{$desc}"/>
    <meta property="og:type" content="article"/>
    <meta property="og:site_name" content="{$public-name}"/>
    <meta property="og:title" content="{name}"/>
    <meta property="og:description" content="{$desc}"/>
    <meta property="og:url" content="{$url}"/>
    <meta property="og:locale" content="zh_CN"/>
    <xsl:if test="string(@origin) != ''">
      <link rel="canonical" href="{$url}"/>
    </xsl:if>
    <xsl:if test="achievements/achievement">
      <link rel="stylesheet" href="/static/showcase.css"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="public-studio" mode="crumbs">
    <li><a href="/">首页</a></li>
    <li><a href="/public/studios">工作室名录</a></li>
    <li><xsl:value-of select="name"/></li>
  </xsl:template>

  <xsl:template match="public-studio" mode="main">
    <p class="studio-host">
      <xsl:value-of select="host-unit"/>
    </p>
    <xsl:choose>
      <xsl:when test="$revoked">
        <div class="notice studio-revoked" role="status">
          <p class="notice-message">
            <strong>
              <xsl:text>该工作室已于</xsl:text>
              <xsl:call-template name="date">
                <xsl:with-param name="d" select="revoked/@on"/>
              </xsl:call-template>
              <xsl:text>被取消命名</xsl:text>
            </strong>
            <xsl:text>，不再是长春市职工创新工作室。</xsl:text>
          </p>
          <p class="note">以下是其原命名信息，供持有命名证书者核对。</p>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="studio-status">
          <span class="badge badge-studio-{@status}">
            <xsl:call-template name="studio-status-label"/>
          </span>
          <xsl:if test="status-since">
            <span class="note">
              <xsl:text>自</xsl:text>
              <xsl:call-template name="date">
                <xsl:with-param name="d" select="status-since/@on"/>
              </xsl:call-template>
            </span>
          </xsl:if>
        </p>
      </xsl:otherwise>
    </xsl:choose>

    <section class="panel">
      <h2>命名信息</h2>
      <dl class="studio-facts">
        <dt>命名编号</dt>
        <dd><xsl:value-of select="naming/@number"/></dd>
        <dt>命名日期</dt>
        <dd>
          <xsl:call-template name="date">
            <xsl:with-param name="d" select="naming/@on"/>
          </xsl:call-template>
        </dd>
        <xsl:if test="string(naming/@decision) != ''">
          <dt>命名文件</dt>
          <dd><xsl:value-of select="naming/@decision"/></dd>
        </xsl:if>
        <dt>所在单位</dt>
        <dd><xsl:value-of select="host-unit"/></dd>
        <dt>审核单位</dt>
        <dd><xsl:value-of select="district"/></dd>
        <xsl:if test="not($revoked)">
          <xsl:if test="industry">
            <dt>所属行业</dt>
            <dd><xsl:value-of select="industry"/></dd>
          </xsl:if>
          <xsl:if test="string(field) != ''">
            <dt>创新领域</dt>
            <dd><xsl:value-of select="field"/></dd>
          </xsl:if>
          <xsl:if test="types/type">
            <dt>工作室类型</dt>
            <dd>
              <xsl:for-each select="types/type">
                <xsl:if test="position() &gt; 1">、</xsl:if>
                <xsl:call-template name="label">
                  <xsl:with-param name="k" select="concat('stype.', @code)"/>
                  <xsl:with-param name="default" select="@code"/>
                </xsl:call-template>
              </xsl:for-each>
            </dd>
          </xsl:if>
          <xsl:if test="string(member-count) != ''">
            <dt>成员人数</dt>
            <dd><xsl:value-of select="member-count"/><xsl:text> 人</xsl:text></dd>
          </xsl:if>
          <dt>领衔人</dt>
          <dd>
            <xsl:value-of select="leader/name"/>
            <xsl:if test="string(leader/title) != ''">
              <span class="leader-title"><xsl:value-of select="leader/title"/></span>
            </xsl:if>
          </dd>
        </xsl:if>
      </dl>
    </section>

    <xsl:if test="not($revoked)">
      <section class="panel">
        <h2>工作室简介</h2>
        <div class="panel-body">
          <xsl:call-template name="text-block">
            <xsl:with-param name="t" select="string(overview)"/>
          </xsl:call-template>
        </div>
      </section>
      <section class="panel">
        <h2>创新目标</h2>
        <div class="panel-body">
          <xsl:call-template name="text-block">
            <xsl:with-param name="t" select="string(goals)"/>
          </xsl:call-template>
        </div>
      </section>
      <section class="panel">
        <h2>主要成果</h2>
        <div class="panel-body">
          <xsl:call-template name="text-block">
            <xsl:with-param name="t" select="string(achievements-summary)"/>
          </xsl:call-template>
        </div>
      </section>
    </xsl:if>
    <xsl:if test="achievements/achievement">
      <section class="panel studio-achievements" id="achievements">
        <h2>
          <xsl:text>创新成果</xsl:text>
          <span class="aside">
            <xsl:text>共 </xsl:text>
            <xsl:value-of select="count(achievements/achievement)"/>
            <xsl:text> 项</xsl:text>
          </span>
        </h2>
        <ul class="sa-list">
          <xsl:for-each select="achievements/achievement">
            <li>
              <xsl:choose>
                <xsl:when test="$is-print"><span class="sa-title"><xsl:value-of select="."/></span></xsl:when>
                <xsl:otherwise>
                  <a class="sa-title" href="/public/achievements/{@id}"><xsl:value-of select="."/></a>
                </xsl:otherwise>
              </xsl:choose>
              <span class="sa-meta">
                <xsl:value-of select="@year"/>
                <xsl:text>年　</xsl:text>
                <xsl:call-template name="label">
                  <xsl:with-param name="k" select="concat('ach-kind.', @kind)"/>
                  <xsl:with-param name="default" select="@kind"/>
                </xsl:call-template>
              </span>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
    <xsl:if test="links/link">
      <section class="panel studio-links">
        <h2>协作联系</h2>
        <ul class="link-list">
          <xsl:for-each select="links/link">
            <li>
              <xsl:choose>
                <xsl:when test="@studio != '' and not($is-print)">
                  <a href="/public/studios/{@studio}"><xsl:value-of select="name"/></a>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="name"/></xsl:otherwise>
              </xsl:choose>
              <span class="muted">
                <xsl:text>（</xsl:text>
                <xsl:call-template name="label">
                  <xsl:with-param name="k" select="concat('lnkind.', @kind)"/>
                  <xsl:with-param name="default" select="@kind"/>
                </xsl:call-template>
                <xsl:text>）</xsl:text>
              </span>
              <xsl:if test="normalize-space(note) != ''">
                <xsl:text>：</xsl:text>
                <xsl:value-of select="note"/>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
    <xsl:if test="not($is-print)">
      <p class="more"><a href="/public/studios">返回工作室名录</a></p>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
