<?xml version="1.0" encoding="UTF-8"?>
<!-- feed.atom.xsl: the Atom 1.0 feed of namings (RFC 4287), GET
     /public/feed.atom, from the document <namings>: the newest 50 named
     studios that are not revoked, newest first, then the newest 50
     published achievements (the showcase), newest first.  Each entry's
     id is the public page of its studio or achievement, which never
     changes; the feed's author is the city federation, so entries need
     none of their own.
     It does not import layout.xsl: its output is XML, not a page. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns="http://www.w3.org/2005/Atom">

  <xsl:output method="xml" encoding="UTF-8" indent="yes"
    media-type="application/atom+xml"/>
  <xsl:strip-space elements="*"/>

  <!-- Parameters the server passes to every stylesheet (unused here). -->
  <xsl:param name="format"/>
  <xsl:param name="site"/>
  <xsl:param name="path"/>
  <xsl:param name="today"/>
  <xsl:param name="csrf"/>

  <xsl:variable name="origin" select="string(/namings/@origin)"/>

  <!-- 2024-04-10 as 2024年4月10日 -->
  <xsl:template name="cn-date">
    <xsl:param name="d"/>
    <xsl:value-of select="concat(number(substring($d, 1, 4)), '年',
                                 number(substring($d, 6, 2)), '月',
                                 number(substring($d, 9, 2)), '日')"/>
  </xsl:template>

  <xsl:template match="/">
    <xsl:apply-templates select="namings"/>
  </xsl:template>

  <xsl:template match="namings">
    <feed xml:lang="zh-CN">
      <id><xsl:value-of select="concat($origin, '/public/feed.atom')"/></id>
      <title>长春市职工创新工作室命名公告</title>
      <subtitle>长春市总工会考核命名的职工创新工作室，最新命名在前；职工创新工作室发布的创新成果。</subtitle>
      <updated><xsl:value-of select="@updated"/></updated>
      <author>
        <name>长春市总工会</name>
        <uri><xsl:value-of select="concat($origin, '/')"/></uri>
      </author>
      <link rel="self" type="application/atom+xml"
        href="{$origin}/public/feed.atom"/>
      <link rel="alternate" type="text/html" href="{$origin}/public/studios"/>
      <rights>长春市总工会</rights>
      <xsl:apply-templates select="studio"/>
      <xsl:apply-templates select="achievement"/>
    </feed>
  </xsl:template>

  <xsl:template match="studio">
    <xsl:variable name="url" select="concat($origin, '/public/studios/', @id)"/>
    <entry>
      <id><xsl:value-of select="$url"/></id>
      <title><xsl:value-of select="name"/></title>
      <updated><xsl:value-of select="@updated"/></updated>
      <published><xsl:value-of select="concat(@named-on, 'T00:00:00+08:00')"/></published>
      <link rel="alternate" type="text/html" href="{$url}"/>
      <summary>
        <xsl:value-of select="host-unit"/>
        <xsl:if test="string(field) != ''">
          <xsl:value-of select="concat('，创新领域：', field)"/>
        </xsl:if>
        <xsl:text>。</xsl:text>
        <xsl:call-template name="cn-date">
          <xsl:with-param name="d" select="@named-on"/>
        </xsl:call-template>
        <xsl:text>经长春市总工会考核命名为长春市职工创新工作室（</xsl:text>
        <xsl:value-of select="naming-number"/>
        <xsl:text>）</xsl:text>
        <xsl:if test="string(district) != ''">
          <xsl:value-of select="concat('，审核单位：', district)"/>
        </xsl:if>
        <xsl:text>。</xsl:text>
      </summary>
    </entry>
  </xsl:template>

  <!-- A published achievement of the showcase: its page, its title, the
       studio and what it brought; published on the day it was. -->
  <xsl:template match="achievement">
    <xsl:variable name="url" select="concat($origin, '/public/achievements/', @id)"/>
    <entry>
      <id><xsl:value-of select="$url"/></id>
      <title><xsl:value-of select="title"/></title>
      <updated><xsl:value-of select="@updated"/></updated>
      <published><xsl:value-of select="concat(@published-on, 'T00:00:00+08:00')"/></published>
      <link rel="alternate" type="text/html" href="{$url}"/>
      <category term="achievement" label="创新成果"/>
      <summary>
        <xsl:value-of select="studio-name"/>
        <xsl:text>创新成果，</xsl:text>
        <xsl:call-template name="cn-date">
          <xsl:with-param name="d" select="@published-on"/>
        </xsl:call-template>
        <xsl:text>发布。</xsl:text>
        <xsl:value-of select="summary"/>
      </summary>
    </entry>
  </xsl:template>

</xsl:stylesheet>
