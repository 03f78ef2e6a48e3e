<?xml version="1.0" encoding="UTF-8"?>
<!--
  studio-ranking.xsl: the studios' ranking of a year, GET
  /app/rankings/studios?year= (document <studio-ranking>): a GET filter
  form (year, auditing union, industry, type), what the ranking is made
  from (when it was computed, each union's filing, and plainly whether
  the year's filings are complete), the method, the table with its totals
  row (the sums of the whole filter, from <totals>), the pager, the CSV
  export (studio-ranking.csv.xsl) and the print: a paged list, so A4
  landscape (print-list.css).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="assessment-common.xsl"/>
  <xsl:include href="ranking-common.xsl"/>

  <xsl:template match="studio-ranking" mode="head">
    <link rel="stylesheet" href="/static/assessment.css"/>
    <link rel="stylesheet" href="/static/ranking.css"/>
  </xsl:template>

  <xsl:template match="studio-ranking" mode="title">
    <xsl:value-of select="@year"/>
    <xsl:text>年度工作室考核排名</xsl:text>
  </xsl:template>
  <xsl:template match="studio-ranking" mode="print-title">
    <xsl:value-of select="@year"/>
    <xsl:text>年度职工创新工作室考核排名表</xsl:text>
  </xsl:template>

  <xsl:template match="studio-ranking" mode="crumbs">
    <li><a href="/app/assessments?year={@year}">年度考核</a></li>
    <li aria-current="page">工作室排名</li>
  </xsl:template>

  <xsl:template match="studio-ranking" mode="filter-words">
    <xsl:if test="@district != ''">
      <i>
        <xsl:text>审核单位为</xsl:text>
        <xsl:value-of select="filters/districts/unit[@id = current()/@district]"/>
      </i>
    </xsl:if>
    <xsl:if test="@industry != ''">
      <i>
        <xsl:text>行业为</xsl:text>
        <xsl:value-of select="filters/industries/code[@code = current()/@industry]"/>
      </i>
    </xsl:if>
    <xsl:if test="@type != ''">
      <i>
        <xsl:text>类型为</xsl:text>
        <xsl:value-of select="filters/types/code[@code = current()/@type]"/>
      </i>
    </xsl:if>
  </xsl:template>

  <xsl:template match="studio-ranking" mode="query">
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'year'"/>
      <xsl:with-param name="value" select="@year"/>
    </xsl:call-template>
    <xsl:for-each select="@district | @industry | @type">
      <xsl:call-template name="qp">
        <xsl:with-param name="name" select="local-name()"/>
        <xsl:with-param name="value" select="string(.)"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="studio-ranking" mode="tools">
    <div class="page-tools-row">
      <a class="tool" href="/app/rankings/units?year={@year}">审核单位排名</a>
      <xsl:call-template name="export-links">
        <xsl:with-param name="csv" select="true()"/>
      </xsl:call-template>
    </div>
  </xsl:template>

  <xsl:template match="studio-ranking" mode="main">
    <xsl:if test="not($is-print)">
      <xsl:call-template name="filter-form"/>
    </xsl:if>
    <xsl:call-template name="rk-basis"/>

    <xsl:choose>
      <xsl:when test="studio">
        <div class="table-scroll">
          <table class="grid rk-table rk-studios">
            <caption class="rk-unit">补助金额单位：元</caption>
            <thead>
              <tr>
                <th scope="col" class="num rk-rank">名次</th>
                <th scope="col" class="col-name">工作室</th>
                <th scope="col">所在单位</th>
                <th scope="col">审核单位</th>
                <th scope="col">行业</th>
                <th scope="col" class="num">考核总分</th>
                <th scope="col">等次</th>
                <th scope="col" class="num">当年成果</th>
                <th scope="col" class="num">推广应用</th>
                <th scope="col" class="num">补助支出</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="studio">
                <tr>
                  <td class="num rk-rank" data-label="名次">
                    <xsl:value-of select="@rank"/>
                    <xsl:if test="../studio[@rank = current()/@rank][2]">
                      <span class="rk-tie" title="名次并列">（并列）</span>
                    </xsl:if>
                  </td>
                  <th scope="row" class="col-name" data-label="工作室">
                    <xsl:choose>
                      <xsl:when test="$is-print"><xsl:value-of select="name"/></xsl:when>
                      <xsl:otherwise><a href="/app/studios/{@id}"><xsl:value-of select="name"/></a></xsl:otherwise>
                    </xsl:choose>
                    <span class="rk-number"><xsl:value-of select="@number"/></span>
                  </th>
                  <td data-label="所在单位"><xsl:value-of select="host-unit"/></td>
                  <td class="col-unit" data-label="审核单位"><xsl:value-of select="auditing-unit"/></td>
                  <td data-label="行业">
                    <xsl:value-of select="/studio-ranking/filters/industries/code[@code = current()/@industry]"/>
                  </td>
                  <td class="num rk-score" data-label="考核总分"><xsl:value-of select="@score"/></td>
                  <td class="col-grade" data-label="等次">
                    <xsl:call-template name="grade-badge">
                      <xsl:with-param name="code" select="@grade"/>
                    </xsl:call-template>
                    <xsl:if test="@stage = 'filed'">
                      <span class="rk-proposed" title="审核单位评定，市总工会尚未确认">（拟）</span>
                    </xsl:if>
                  </td>
                  <td class="num" data-label="当年成果"><xsl:value-of select="@achievements"/></td>
                  <td class="num" data-label="推广应用"><xsl:value-of select="@adoptions"/></td>
                  <xsl:call-template name="money-cell">
                    <xsl:with-param name="fen" select="@spent"/>
                    <xsl:with-param name="label" select="'补助支出（元）'"/>
                  </xsl:call-template>
                </tr>
              </xsl:for-each>
            </tbody>
            <tfoot>
              <xsl:for-each select="totals">
                <tr class="rk-totals">
                  <td class="num rk-rank"></td>
                  <th scope="row" class="col-name" colspan="4">
                    <xsl:text>合计（</xsl:text>
                    <xsl:value-of select="@studios"/>
                    <xsl:text> 个工作室）</xsl:text>
                  </th>
                  <td class="num" data-label="平均分">
                    <xsl:if test="@studios &gt; 0">
                      <xsl:text>平均 </xsl:text>
                      <xsl:value-of select="format-number(@score div @studios, '0.0')"/>
                    </xsl:if>
                  </td>
                  <td class="col-grade" data-label="等次">
                    <xsl:text>优秀 </xsl:text><xsl:value-of select="@excellent"/>
                    <br/><xsl:text>合格 </xsl:text><xsl:value-of select="@pass"/>
                    <br/><xsl:text>不合格 </xsl:text><xsl:value-of select="@fail"/>
                  </td>
                  <td class="num" data-label="当年成果"><xsl:value-of select="@achievements"/></td>
                  <td class="num" data-label="推广应用"><xsl:value-of select="@adoptions"/></td>
                  <xsl:call-template name="money-cell">
                    <xsl:with-param name="fen" select="@spent"/>
                    <xsl:with-param name="label" select="'补助支出（元）'"/>
                  </xsl:call-template>
                </tr>
              </xsl:for-each>
            </tfoot>
          </table>
        </div>
        <xsl:if test="@pages &gt; 1">
          <p class="note rk-note">合计为全部 <xsl:value-of select="@total"/> 个工作室之和（不止本页）。</p>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty panel">
          <xsl:choose>
            <xsl:when test="@state = 'none'"><xsl:value-of select="@year"/>年度没有考核数据，排名为空。</xsl:when>
            <xsl:otherwise>没有符合条件的已报送考核结果，排名为空。</xsl:otherwise>
          </xsl:choose>
        </p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>

    <section class="rk-method">
      <h2>排名方法</h2>
      <ol>
        <li>范围：本单位管辖范围内<xsl:value-of select="@year"/>年度考核表已由审核单位报送市总工会（已报送或已确认）的工作室；尚未报送的不列入排名。</li>
        <li>名次：按审核单位评定的考核总分从高到低排列。总分相同者名次相同，其后的名次顺延（如 1、2、2、4）。</li>
        <li>名次相同时的显示顺序：当年发布成果多者在前；再按命名日期，在先者在前；再按工作室编号，小者在前。</li>
        <li>等次：以市总工会确认的等次为准；标“（拟）”的为审核单位评定、市总工会尚未确认的等次。</li>
        <li>当年成果：<xsl:value-of select="@year"/>年内发布、目前仍在展示的创新成果数；推广应用：<xsl:value-of select="@year"/>年内登记的这些成果在其他单位的推广应用次数；补助支出：<xsl:value-of select="@year"/>年度补助资金所发补助中工作室已登记的使用金额（冲销后净额，与补助资金年度报表一致）。</li>
        <li>按审核单位、行业或类型筛选时，名次在筛选结果内重新计算。</li>
      </ol>
    </section>
  </xsl:template>

  <xsl:template name="filter-form">
    <xsl:variable name="root" select="."/>
    <form class="filter app-filter" method="get" action="/app/rankings/studios">
      <xsl:call-template name="rk-year-field"/>
      <xsl:if test="filters/districts/unit">
        <span class="filter-field">
          <label for="f-district">审核单位</label>
          <select id="f-district" name="district">
            <option value="">全部</option>
            <xsl:for-each select="filters/districts/unit">
              <option value="{@id}">
                <xsl:if test="$root/@district = @id">
                  <xsl:attribute name="selected">selected</xsl:attribute>
                </xsl:if>
                <xsl:value-of select="."/>
              </option>
            </xsl:for-each>
          </select>
        </span>
      </xsl:if>
      <span class="filter-field">
        <label for="f-industry">行业</label>
        <select id="f-industry" name="industry">
          <option value="">全部行业</option>
          <xsl:for-each select="filters/industries/code">
            <option value="{@code}">
              <xsl:if test="$root/@industry = @code">
                <xsl:attribute name="selected">selected</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="."/>
            </option>
          </xsl:for-each>
        </select>
      </span>
      <span class="filter-field">
        <label for="f-type">类型</label>
        <select id="f-type" name="type">
          <option value="">全部类型</option>
          <xsl:for-each select="filters/types/code">
            <option value="{@code}">
              <xsl:if test="$root/@type = @code">
                <xsl:attribute name="selected">selected</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="."/>
            </option>
          </xsl:for-each>
        </select>
      </span>
      <span class="filter-actions">
        <button type="submit">查看</button>
        <xsl:if test="@district != '' or @industry != '' or @type != ''">
          <a class="button button-plain" href="/app/rankings/studios?year={@year}">清除条件</a>
        </xsl:if>
      </span>
    </form>
  </xsl:template>

</xsl:stylesheet>
