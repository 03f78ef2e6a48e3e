<?xml version="1.0" encoding="UTF-8"?>
<!--
  assessment-common.xsl: small displays of the annual assessment, shared
  by assessment.xsl, assessments.xsl, scheme.xsl, filings.xsl,
  dashboard.xsl and dossier.xsl (xsl:include; the including sheet
  imports layout.xsl, whose templates "label" and "date" these call).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- astage-badge: a sheet's stage (self, submitted, scored, filed,
       confirmed) in a coloured tag. -->
  <xsl:template name="astage-badge">
    <xsl:param name="code" select="@stage"/>
    <span class="badge badge-astage badge-astage-{$code}">
      <xsl:call-template name="label">
        <xsl:with-param name="k" select="concat('astage.', $code)"/>
        <xsl:with-param name="default" select="$code"/>
      </xsl:call-template>
    </span>
  </xsl:template>

  <!-- grade-label: 优秀 / 合格 / 不合格, or $none when there is no grade. -->
  <xsl:template name="grade-label">
    <xsl:param name="code"/>
    <xsl:param name="none" select="'—'"/>
    <xsl:choose>
      <xsl:when test="normalize-space($code) = ''"><xsl:value-of select="$none"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="label">
          <xsl:with-param name="k" select="concat('grade.', $code)"/>
          <xsl:with-param name="default" select="$code"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- grade-badge: the grade in a tag coloured by it; $none when none. -->
  <xsl:template name="grade-badge">
    <xsl:param name="code"/>
    <xsl:param name="none" select="'—'"/>
    <xsl:choose>
      <xsl:when test="normalize-space($code) = ''">
        <span class="muted"><xsl:value-of select="$none"/></span>
      </xsl:when>
      <xsl:otherwise>
        <span class="badge badge-grade badge-grade-{$code}">
          <xsl:call-template name="grade-label">
            <xsl:with-param name="code" select="$code"/>
          </xsl:call-template>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- days-left: how a deadline stands, from the whole days left $n:
       还有31天, 今天截止 or 已逾期3天 (class days-late when overdue). -->
  <xsl:template name="days-left">
    <xsl:param name="n"/>
    <xsl:if test="string(number($n)) != 'NaN'">
      <span>
        <xsl:attribute name="class">
          <xsl:text>days-left</xsl:text>
          <!-- todo-late: studio.css colours it on pages without assessment.css -->
          <xsl:if test="number($n) &lt; 0"> days-late todo-late</xsl:if>
          <xsl:if test="number($n) &gt;= 0 and number($n) &lt;= 7"> days-near</xsl:if>
        </xsl:attribute>
        <xsl:choose>
          <xsl:when test="number($n) &gt; 0">
            <xsl:text>还有</xsl:text>
            <xsl:value-of select="number($n)"/>
            <xsl:text>天</xsl:text>
          </xsl:when>
          <xsl:when test="number($n) = 0">今天截止</xsl:when>
          <xsl:otherwise>
            <xsl:text>已逾期</xsl:text>
            <xsl:value-of select="-number($n)"/>
            <xsl:text>天</xsl:text>
          </xsl:otherwise>
        </xsl:choose>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- deadline: the date of $d (2026年12月31日) and, when $n is given,
       the days left in brackets. -->
  <xsl:template name="deadline">
    <xsl:param name="d"/>
    <xsl:param name="n" select="''"/>
    <span class="nowrap">
      <xsl:call-template name="date">
        <xsl:with-param name="d" select="$d"/>
      </xsl:call-template>
    </span>
    <xsl:if test="string($n) != ''">
      <xsl:text>（</xsl:text>
      <xsl:call-template name="days-left">
        <xsl:with-param name="n" select="$n"/>
      </xsl:call-template>
      <xsl:text>）</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- score: a score as it is, or — when empty. -->
  <xsl:template name="score">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="normalize-space($v) = ''"><span class="muted">—</span></xsl:when>
      <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- sheet-href: the page of the sheet of $studio for $year. -->
  <xsl:template name="sheet-href">
    <xsl:param name="studio"/>
    <xsl:param name="year"/>
    <xsl:value-of select="concat('/app/studios/', $studio, '/assessments/', $year)"/>
  </xsl:template>

</xsl:stylesheet>
