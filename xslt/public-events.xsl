<?xml version="1.0" encoding="UTF-8"?>
<!--
  public-events.xsl: the past publicity events on the public site, GET
  /public/events (document <public-events>): newest first, each with its
  date, kind, title, host (linked to a listed studio's page), organiser,
  summary, the studios that took part and its photos (scaled by nginx,
  each linked to its original: /public/photos/{id}); the pager.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="training-common.xsl"/>

  <xsl:template match="public-events" mode="head">
    <meta name="description" content="长春市职工创新工作室现场会、观摩会、学习交流会"/>
    <link rel="stylesheet" href="/static/training.css"/>
  </xsl:template>

  <xsl:template match="public-events" mode="title">宣传活动</xsl:template>

  <xsl:template match="public-events" mode="crumbs">
    <li><a href="/">首页</a></li>
    <li>宣传活动</li>
  </xsl:template>

  <xsl:template match="public-events" mode="tools"/>

  <xsl:template match="public-events" mode="main">
    <p class="help">职工创新工作室现场会、观摩会、学习交流会，总结推广优秀职工创新工作室的经验做法。</p>
    <xsl:choose>
      <xsl:when test="event">
        <ol class="event-list">
          <xsl:for-each select="event">
            <li>
              <h2><xsl:value-of select="title"/></h2>
              <p class="event-meta">
                <xsl:call-template name="date"><xsl:with-param name="d" select="@held-on"/></xsl:call-template>
                <xsl:text>　</xsl:text>
                <xsl:call-template name="evkind"/>
                <xsl:text>　承办：</xsl:text>
                <xsl:choose>
                  <xsl:when test="host/@studio != '' and not($is-print)">
                    <a href="/public/studios/{host/@studio}"><xsl:value-of select="host"/></a>
                  </xsl:when>
                  <xsl:otherwise><xsl:value-of select="host"/></xsl:otherwise>
                </xsl:choose>
                <xsl:text>　组织：</xsl:text>
                <xsl:value-of select="organiser"/>
              </p>
              <xsl:call-template name="text-block"><xsl:with-param name="t" select="summary"/></xsl:call-template>
              <xsl:if test="studios/studio">
                <p class="event-studios">
                  <xsl:text>参加的工作室：</xsl:text>
                  <xsl:for-each select="studios/studio">
                    <xsl:if test="position() &gt; 1">、</xsl:if>
                    <xsl:choose>
                      <xsl:when test="$is-print"><xsl:value-of select="."/></xsl:when>
                      <xsl:otherwise><a href="/public/studios/{@id}"><xsl:value-of select="."/></a></xsl:otherwise>
                    </xsl:choose>
                  </xsl:for-each>
                </p>
              </xsl:if>
              <xsl:if test="photos/photo">
                <ul class="event-photos" aria-label="活动照片">
                  <xsl:for-each select="photos/photo">
                    <li>
                      <a href="{@original}">
                        <img src="{@href}" alt="{.}" loading="lazy"/>
                      </a>
                    </li>
                  </xsl:for-each>
                </ul>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ol>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty panel">暂无公布的宣传活动。</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

</xsl:stylesheet>
