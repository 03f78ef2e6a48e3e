<?xml version="1.0" encoding="UTF-8"?>
<!-- stats.xsl: public statistics, GET /public/stats (document <stats>). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="stats" mode="title">命名情况统计</xsl:template>

  <xsl:template match="stats" mode="main">
    <section class="panel">
      <h2>全市目标完成进度</h2>
      <div class="panel-body">
        <xsl:call-template name="progress"/>
      </div>
    </section>

    <section class="panel">
      <h2>各单位已命名工作室</h2>
      <xsl:choose>
        <xsl:when test="by-unit/unit">
          <xsl:variable name="sum" select="sum(by-unit/unit/@named)"/>
          <div class="panel-body">
            <xsl:call-template name="chart"/>
          </div>
          <div class="table-scroll">
          <table class="grid stats-table">
            <thead>
              <tr>
                <th scope="col" class="num seq">序号</th>
                <th scope="col">单位名称</th>
                <th scope="col" class="kind">类别</th>
                <th scope="col" class="num">已命名（个）</th>
                <xsl:if test="by-unit/unit/@target">
                  <th scope="col" class="num">目标（个）</th>
                </xsl:if>
                <th scope="col" class="num">占比</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="by-unit/unit">
                <tr>
                  <td class="num seq"><xsl:value-of select="position()"/></td>
                  <td><xsl:value-of select="."/></td>
                  <td class="kind">
                    <xsl:call-template name="kind-label"/>
                  </td>
                  <td class="num"><xsl:value-of select="@named"/></td>
                  <xsl:if test="../unit/@target">
                    <td class="num"><xsl:value-of select="@target"/></td>
                  </xsl:if>
                  <td class="num">
                    <xsl:if test="$sum &gt; 0">
                      <xsl:value-of select="format-number(@named * 100 div $sum, '0.0')"/>
                      <xsl:text>%</xsl:text>
                    </xsl:if>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
            <tfoot>
              <tr>
                <td class="seq"></td>
                <th scope="row">合计</th>
                <td class="kind"></td>
                <td class="num"><xsl:value-of select="$sum"/></td>
                <xsl:if test="by-unit/unit/@target">
                  <td class="num"><xsl:value-of select="sum(by-unit/unit/@target)"/></td>
                </xsl:if>
                <td class="num"><xsl:if test="$sum &gt; 0">100.0%</xsl:if></td>
              </tr>
            </tfoot>
          </table>
          </div>
          <p class="note stats-note">统计口径：已命名且未被取消命名的工作室，含已升级为劳模和工匠人才创新工作室的；按审核单位（县（市）区、开发区总工会或市产业工会）统计。</p>
        </xsl:when>
        <xsl:otherwise>
          <p class="empty">暂无已命名的工作室。</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!--
    chart: the named studios of each unit as a horizontal bar chart in
    SVG, drawn here on the server (no script; it prints as it shows).
    A bar is what the table's 占比 column says: the unit's share of all
    named studios, the full width being 100% (never the largest unit's
    count: one unit of three would draw a full bar for a third).  Each
    unit is a row of the user space 420 wide: its name, then its count
    and share, the bar below.  Colours are presentation attributes,
    which the Content-Security-Policy allows.
  -->
  <xsl:template name="chart">
    <xsl:variable name="units" select="by-unit/unit"/>
    <xsl:variable name="sum" select="sum($units/@named)"/>
    <xsl:variable name="row" select="44"/>
    <xsl:variable name="w" select="420"/>
    <svg class="chart" role="img" viewBox="0 0 {$w} {count($units) * $row + 8}"
      width="100%" preserveAspectRatio="xMinYMin meet">
      <title>各单位已命名工作室数量及占比（满格为全市合计）</title>
      <xsl:for-each select="$units">
        <xsl:variable name="y" select="(position() - 1) * $row"/>
        <xsl:variable name="len">
          <xsl:choose>
            <xsl:when test="$sum &gt; 0"><xsl:value-of select="round(number(@named) * $w div $sum)"/></xsl:when>
            <xsl:otherwise>0</xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:variable name="share">
          <xsl:if test="$sum &gt; 0">
            <xsl:value-of select="format-number(@named * 100 div $sum, '0.0')"/>
            <xsl:text>%</xsl:text>
          </xsl:if>
        </xsl:variable>
        <g class="chart-row">
          <text x="0" y="{$y + 17}" font-size="15" fill="#333"><xsl:value-of select="."/></text>
          <text x="{$w}" y="{$y + 17}" font-size="15" fill="#333" text-anchor="end" font-weight="bold">
            <xsl:value-of select="concat(@named, ' 个')"/>
            <xsl:if test="$share != ''">
              <xsl:value-of select="concat(' · ', $share)"/>
            </xsl:if>
          </text>
          <rect x="0" y="{$y + 24}" width="{$w}" height="12" rx="3" fill="#f1e4e4"/>
          <xsl:if test="$len &gt; 0">
            <rect class="chart-bar" x="0" y="{$y + 24}" width="{$len}" height="12" rx="3" fill="#c8102e"
              data-share="{$share}">
              <title><xsl:value-of select="concat(., '：', @named, ' 个，占 ', $share)"/></title>
            </rect>
          </xsl:if>
        </g>
      </xsl:for-each>
    </svg>
  </xsl:template>

</xsl:stylesheet>
