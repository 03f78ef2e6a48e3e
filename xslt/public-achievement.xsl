<?xml version="1.0" encoding="UTF-8"?>
<!-- public-achievement.xsl: a published achievement's public page, GET
     /public/achievements/{id} (document <public-achievement>): what it
     is, its studio (linking to the studio's public page), the problem it
     solved and what it brought, its photos scaled for the page (each
     with a link to the original), where it was taken up (成果转化).  The
     Open Graph tags are what WeChat and other apps show when the page is
     shared: the title, what it brought, the first photo, the page's
     address.  It reads on a phone, and prints on A4 (format=print). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="achievement-common.xsl"/>

  <xsl:variable name="pa" select="/public-achievement"/>
  <xsl:variable name="url"
    select="concat($pa/@origin, '/public/achievements/', $pa/@id)"/>

  <xsl:template match="public-achievement" mode="title">
    <xsl:value-of select="title"/>
  </xsl:template>

  <xsl:template match="public-achievement" mode="head">
    <xsl:variable name="b" select="normalize-space(benefits)"/>
    <xsl:variable name="desc">
      <xsl:choose>
        <xsl:when test="string-length($b) &gt; 100">
          <xsl:value-of select="concat(substring($b, 1, 100), '…')"/>
        </xsl:when>
        <xsl:when test="$b != ''"><xsl:value-of select="$b"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="concat(studio/name, '的创新成果')"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <meta name="description" content="{$desc}"/>
    <meta property="og:type" content="article"/>
    <meta property="og:site_name" content="{$public-name}"/>
    <meta property="og:title" content="{title}"/>
    <meta property="og:description" content="{$desc}"/>
    <meta property="og:url" content="{$url}"/>
    <meta property="og:locale" content="zh_CN"/>
    <xsl:if test="photos/photo">
      <meta property="og:image" content="{concat(@origin, photos/photo[1]/@href)}"/>
      <meta property="og:image:alt" content="{title}"/>
    </xsl:if>
    <xsl:if test="string(@published-at) != ''">
      <meta property="article:published_time" content="{@published-at}"/>
    </xsl:if>
    <xsl:if test="string(@origin) != ''">
      <link rel="canonical" href="{$url}"/>
    </xsl:if>
    <link rel="stylesheet" href="/static/showcase.css"/>
  </xsl:template>

  <xsl:template match="public-achievement" mode="crumbs">
    <li><a href="/">首页</a></li>
    <li><a href="/public/achievements">创新成果</a></li>
    <li><xsl:value-of select="title"/></li>
  </xsl:template>

  <xsl:template match="public-achievement" mode="main">
    <p class="pa-studio">
      <xsl:choose>
        <xsl:when test="$is-print"><xsl:value-of select="studio/name"/></xsl:when>
        <xsl:otherwise><a href="/public/studios/{studio/@id}"><xsl:value-of select="studio/name"/></a></xsl:otherwise>
      </xsl:choose>
      <span class="pa-host"><xsl:value-of select="studio/host-unit"/></span>
    </p>
    <p class="sc-tags pa-tags">
      <span class="sc-kind sc-kind-{@kind}">
        <xsl:call-template name="ach-label">
          <xsl:with-param name="group" select="'ach-kind'"/>
          <xsl:with-param name="code" select="@kind"/>
        </xsl:call-template>
      </span>
      <span class="sc-form">
        <xsl:call-template name="ach-label">
          <xsl:with-param name="group" select="'ach-form'"/>
          <xsl:with-param name="code" select="@form"/>
        </xsl:call-template>
      </span>
      <span class="sc-year"><xsl:value-of select="@year"/>年完成</span>
      <span class="pa-published">
        <xsl:call-template name="date"><xsl:with-param name="d" select="@published-at"/></xsl:call-template>
        <xsl:text>发布</xsl:text>
      </span>
    </p>

    <xsl:if test="$is-print and string(@origin) != ''">
      <p class="pa-url"><xsl:text>网址：</xsl:text><xsl:value-of select="$url"/></p>
    </xsl:if>
    <!-- on screen the photos come first, on paper after the texts -->
    <xsl:if test="not($is-print)">
      <xsl:call-template name="photos"/>
    </xsl:if>

    <section class="panel">
      <h2>成果概况</h2>
      <dl class="studio-facts pa-facts">
        <dt>成果类别</dt>
        <dd>
          <xsl:call-template name="ach-label">
            <xsl:with-param name="group" select="'ach-kind'"/>
            <xsl:with-param name="code" select="@kind"/>
          </xsl:call-template>
        </dd>
        <dt>成果形式</dt>
        <dd>
          <xsl:call-template name="ach-label">
            <xsl:with-param name="group" select="'ach-form'"/>
            <xsl:with-param name="code" select="@form"/>
          </xsl:call-template>
        </dd>
        <xsl:if test="normalize-space(patent-number) != ''">
          <dt>专利号</dt>
          <dd><xsl:value-of select="patent-number"/></dd>
        </xsl:if>
        <dt>完成年度</dt>
        <dd><xsl:value-of select="@year"/>年</dd>
        <xsl:if test="string(@value) != ''">
          <dt>创造价值</dt>
          <dd><xsl:call-template name="ach-value"/></dd>
        </xsl:if>
        <dt>主要完成人</dt>
        <dd><xsl:value-of select="people"/></dd>
        <dt>所属工作室</dt>
        <dd>
          <xsl:choose>
            <xsl:when test="$is-print"><xsl:value-of select="studio/name"/></xsl:when>
            <xsl:otherwise><a href="/public/studios/{studio/@id}"><xsl:value-of select="studio/name"/></a></xsl:otherwise>
          </xsl:choose>
          <xsl:if test="string(studio/@number) != ''">
            <span class="pa-number"><xsl:value-of select="studio/@number"/></span>
          </xsl:if>
        </dd>
        <dt>所在单位</dt>
        <dd><xsl:value-of select="studio/host-unit"/></dd>
        <dt>审核单位</dt>
        <dd><xsl:value-of select="district"/></dd>
        <xsl:if test="industry">
          <dt>所属行业</dt>
          <dd><xsl:value-of select="industry"/></dd>
        </xsl:if>
      </dl>
    </section>

    <section class="panel">
      <h2>解决的问题</h2>
      <div class="panel-body">
        <xsl:call-template name="text-block"><xsl:with-param name="t" select="string(problem)"/></xsl:call-template>
      </div>
    </section>
    <section class="panel">
      <h2>成果效益</h2>
      <div class="panel-body">
        <xsl:call-template name="text-block"><xsl:with-param name="t" select="string(benefits)"/></xsl:call-template>
      </div>
    </section>

    <xsl:if test="$is-print">
      <xsl:call-template name="photos"/>
    </xsl:if>

    <section class="panel" id="adoptions">
      <h2>
        <xsl:text>成果转化</xsl:text>
        <xsl:if test="adoptions/adoption">
          <span class="aside">
            <xsl:text>已在 </xsl:text>
            <xsl:value-of select="count(adoptions/adoption)"/>
            <xsl:text> 家单位转化应用</xsl:text>
          </span>
        </xsl:if>
      </h2>
      <xsl:choose>
        <xsl:when test="adoptions/adoption">
          <ol class="pa-adoptions">
            <xsl:for-each select="adoptions/adoption">
              <li class="pa-adoption">
                <p class="pa-adoption-head">
                  <strong class="pa-adoption-unit"><xsl:value-of select="unit-name"/></strong>
                  <span class="pa-adoption-when">
                    <xsl:call-template name="date"><xsl:with-param name="d" select="@adopted-on"/></xsl:call-template>
                  </span>
                </p>
                <p class="pa-adoption-where">
                  <xsl:value-of select="region"/>
                  <xsl:if test="industry">
                    <span class="pa-adoption-industry"><xsl:value-of select="industry"/></span>
                  </xsl:if>
                </p>
                <div class="text-block pa-adoption-effect"><xsl:value-of select="effect"/></div>
              </li>
            </xsl:for-each>
          </ol>
        </xsl:when>
        <xsl:otherwise>
          <p class="panel-body muted">尚无转化应用记录。</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <xsl:if test="not($is-print)">
      <p class="more">
        <a href="/public/achievements">返回创新成果展示</a>
        <xsl:text>　</xsl:text>
        <a href="/public/studios/{studio/@id}">查看工作室</a>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- The photos, each scaled to the page, with its name and (on screen)
       a link to the original. -->
  <xsl:template name="photos">
    <xsl:if test="photos/photo">
      <section class="pa-photos" aria-label="成果照片">
        <xsl:for-each select="photos/photo">
          <figure class="pa-photo">
            <img src="{@href}" alt="{concat('成果照片：', normalize-space(.))}" decoding="async">
              <xsl:if test="position() &gt; 1">
                <xsl:attribute name="loading">lazy</xsl:attribute>
              </xsl:if>
            </img>
            <figcaption>
              <span class="pa-photo-name"><xsl:value-of select="."/></span>
              <xsl:if test="not($is-print)">
                <a class="pa-original" href="{@original}">查看原图</a>
              </xsl:if>
            </figcaption>
          </figure>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
