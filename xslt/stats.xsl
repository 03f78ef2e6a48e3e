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
          <xsl:variable name="max">
            <xsl:for-each select="by-unit/unit">
              <xsl:sort select="@named" data-type="number" order="descending"/>
              <xsl:if test="position() = 1"><xsl:value-of select="@named"/></xsl:if>
            </xsl:for-each>
          </xsl:variable>
          <table class="grid stats-table">
            <thead>
              <tr>
                <th scope="col" class="num">序号</th>
                <th scope="col">单位名称</th>
                <th scope="col">类别</th>
                <th scope="col" class="num">已命名（个）</th>
                <th scope="col" class="num">占比</th>
                <th scope="col" class="barcol"><span class="sr">分布</span></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="by-unit/unit">
                <tr>
                  <td class="num"><xsl:value-of select="position()"/></td>
                  <td><xsl:value-of select="."/></td>
                  <td class="kind">
                    <xsl:call-template name="kind-label"/>
                  </td>
                  <td class="num"><xsl:value-of select="@named"/></td>
                  <td class="num">
                    <xsl:if test="$sum &gt; 0">
                      <xsl:value-of select="format-number(@named * 100 div $sum, '0.0')"/>
                      <xsl:text>%</xsl:text>
                    </xsl:if>
                  </td>
                  <td class="barcol">
                    <span class="bar bar-thin" aria-hidden="true">
                      <span>
                        <xsl:attribute name="class">
                          <xsl:call-template name="bar-class">
                            <xsl:with-param name="value" select="@named"/>
                            <xsl:with-param name="max" select="$max"/>
                          </xsl:call-template>
                        </xsl:attribute>
                      </span>
                    </span>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
            <tfoot>
              <tr>
                <td></td>
                <th scope="row">合计</th>
                <td></td>
                <td class="num"><xsl:value-of select="$sum"/></td>
                <td class="num"><xsl:if test="$sum &gt; 0">100.0%</xsl:if></td>
                <td class="barcol"></td>
              </tr>
            </tfoot>
          </table>
        </xsl:when>
        <xsl:otherwise>
          <p class="empty">暂无已命名的工作室。</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

</xsl:stylesheet>
