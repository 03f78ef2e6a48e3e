<?xml version="1.0" encoding="UTF-8"?>
<!--
  unit-ranking.xsl: the auditing unions' ranking of a year, GET
  /app/rankings/units?year=&sort=&dir= (document <unit-ranking>): a GET
  year form, what the ranking is made from (ranking-common.xsl), the
  table with a link on each column's head that sorts by it (?sort=col
  &dir=, no script: the server sorts and ranks), its totals row, the
  method, the CSV export (unit-ranking.csv.xsl) and the print on A4
  landscape (ranking.css): thirteen columns do not fit a portrait page.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="exsl">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="ranking-common.xsl"/>

  <!-- The columns: their sort key, head, and the direction a first click
       sorts them in (the better first). -->
  <xsl:variable name="cols-rtf">
    <c k="named" dir="desc">当年命名</c>
    <c k="progress" dir="desc">累计命名/目标</c>
    <c k="excellent" dir="desc">优秀占比</c>
    <c k="fail" dir="asc">不合格占比</c>
    <c k="filed" dir="asc">考核结果报送</c>
    <c k="achievements" dir="desc">当年成果</c>
    <c k="adoptions" dir="desc">推广应用</c>
    <c k="granted" dir="desc">补助发放</c>
    <c k="spent" dir="desc">补助支出</c>
    <c k="trained" dir="desc">领衔人培训</c>
  </xsl:variable>
  <xsl:variable name="cols" select="exsl:node-set($cols-rtf)/c"/>

  <xsl:template match="unit-ranking" mode="head">
    <link rel="stylesheet" href="/static/ranking.css"/>
  </xsl:template>

  <xsl:template match="unit-ranking" mode="title">
    <xsl:value-of select="@year"/>
    <xsl:text>年度审核单位工作排名</xsl:text>
  </xsl:template>
  <xsl:template match="unit-ranking" mode="print-title">
    <xsl:value-of select="@year"/>
    <xsl:text>年度各审核单位职工创新工作室工作情况排名表</xsl:text>
  </xsl:template>

  <xsl:template match="unit-ranking" mode="crumbs">
    <li><a href="/app/assessments?year={@year}">年度考核</a></li>
    <li aria-current="page">审核单位排名</li>
  </xsl:template>

  <xsl:template match="unit-ranking" mode="query">
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'year'"/>
      <xsl:with-param name="value" select="@year"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'sort'"/>
      <xsl:with-param name="value" select="@sort"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'dir'"/>
      <xsl:with-param name="value" select="@dir"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="unit-ranking" mode="tools">
    <div class="page-tools-row">
      <a class="tool" href="/app/rankings/studios?year={@year}">工作室排名</a>
      <xsl:call-template name="export-links">
        <xsl:with-param name="csv" select="true()"/>
      </xsl:call-template>
    </div>
  </xsl:template>

  <!-- A share as 12.5%, or — when there is nothing to share. -->
  <xsl:template name="rk-share">
    <xsl:param name="n"/>
    <xsl:param name="of"/>
    <xsl:choose>
      <xsl:when test="number($of) &gt; 0">
        <xsl:value-of select="format-number($n div $of, '0.0%')"/>
      </xsl:when>
      <xsl:otherwise>—</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The head of a sortable column: a link sorting by it (the other way
       when it is the sort column), the sort shown by an arrow. -->
  <xsl:template name="rk-sort-head">
    <xsl:param name="k"/>
    <xsl:param name="class" select="'num'"/>
    <xsl:variable name="root" select="/unit-ranking"/>
    <xsl:variable name="c" select="$cols[@k = $k]"/>
    <xsl:variable name="on" select="$root/@sort = $k"/>
    <xsl:variable name="next">
      <xsl:choose>
        <xsl:when test="$on and $root/@dir = 'desc'">asc</xsl:when>
        <xsl:when test="$on">desc</xsl:when>
        <xsl:otherwise><xsl:value-of select="$c/@dir"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <th scope="col" class="{$class} rk-sortable">
      <xsl:if test="$on">
        <xsl:attribute name="aria-sort">
          <xsl:choose>
            <xsl:when test="$root/@dir = 'desc'">descending</xsl:when>
            <xsl:otherwise>ascending</xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$is-print">
          <xsl:value-of select="$c"/>
          <xsl:if test="$on">
            <xsl:choose>
              <xsl:when test="$root/@dir = 'desc'">▼</xsl:when>
              <xsl:otherwise>▲</xsl:otherwise>
            </xsl:choose>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <a class="rk-sort" href="?year={$root/@year}&amp;sort={$k}&amp;dir={$next}">
            <xsl:if test="$on">
              <xsl:attribute name="class">rk-sort rk-sort-on</xsl:attribute>
            </xsl:if>
            <xsl:value-of select="$c"/>
            <span class="rk-arrow" aria-hidden="true">
              <xsl:choose>
                <xsl:when test="$on and $root/@dir = 'desc'">▼</xsl:when>
                <xsl:when test="$on">▲</xsl:when>
                <xsl:otherwise>↕</xsl:otherwise>
              </xsl:choose>
            </span>
          </a>
        </xsl:otherwise>
      </xsl:choose>
    </th>
  </xsl:template>

  <xsl:template match="unit-ranking" mode="main">
    <xsl:if test="not($is-print)">
      <form class="filter app-filter" method="get" action="/app/rankings/units">
        <xsl:call-template name="rk-year-field"/>
        <input type="hidden" name="sort" value="{@sort}"/>
        <input type="hidden" name="dir" value="{@dir}"/>
        <span class="filter-actions">
          <button type="submit">查看</button>
        </span>
      </form>
    </xsl:if>
    <xsl:call-template name="rk-basis">
      <xsl:with-param name="rows" select="unit"/>
      <xsl:with-param name="table" select="false()"/>
    </xsl:call-template>

    <p class="rk-sorted">
      <xsl:text>当前按“</xsl:text>
      <xsl:value-of select="$cols[@k = current()/@sort]"/>
      <xsl:text>”</xsl:text>
      <xsl:choose>
        <xsl:when test="@dir = 'desc'">从高到低</xsl:when>
        <xsl:otherwise>从低到高</xsl:otherwise>
      </xsl:choose>
      <xsl:text>排名</xsl:text>
      <xsl:if test="not($is-print)">；点击列标题可按该列排名，再次点击反向排列</xsl:if>
      <xsl:text>。</xsl:text>
    </p>

    <xsl:choose>
      <xsl:when test="unit">
        <div class="table-scroll">
          <table class="grid rk-table rk-units">
            <caption class="rk-unit">金额单位：元</caption>
            <thead>
              <tr>
                <th scope="col" class="num rk-rank">名次</th>
                <th scope="col" class="col-name">审核单位</th>
                <xsl:call-template name="rk-sort-head"><xsl:with-param name="k" select="'named'"/></xsl:call-template>
                <xsl:call-template name="rk-sort-head"><xsl:with-param name="k" select="'progress'"/></xsl:call-template>
                <th scope="col" class="num">考核表<br/>已报送/总数</th>
                <xsl:call-template name="rk-sort-head"><xsl:with-param name="k" select="'excellent'"/></xsl:call-template>
                <xsl:call-template name="rk-sort-head"><xsl:with-param name="k" select="'fail'"/></xsl:call-template>
                <xsl:call-template name="rk-sort-head">
                  <xsl:with-param name="k" select="'filed'"/>
                  <xsl:with-param name="class" select="'rk-filed'"/>
                </xsl:call-template>
                <xsl:call-template name="rk-sort-head"><xsl:with-param name="k" select="'achievements'"/></xsl:call-template>
                <xsl:call-template name="rk-sort-head"><xsl:with-param name="k" select="'adoptions'"/></xsl:call-template>
                <xsl:call-template name="rk-sort-head"><xsl:with-param name="k" select="'granted'"/></xsl:call-template>
                <xsl:call-template name="rk-sort-head"><xsl:with-param name="k" select="'spent'"/></xsl:call-template>
                <xsl:call-template name="rk-sort-head"><xsl:with-param name="k" select="'trained'"/></xsl:call-template>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="unit">
                <tr>
                  <td class="num rk-rank" data-label="名次">
                    <xsl:choose>
                      <xsl:when test="@rank">
                        <xsl:value-of select="@rank"/>
                        <xsl:if test="../unit[@rank = current()/@rank][2]">
                          <span class="rk-tie" title="名次并列">（并列）</span>
                        </xsl:if>
                      </xsl:when>
                      <xsl:otherwise><span class="muted" title="本列无数据，不参加排名">—</span></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <th scope="row" class="col-name" data-label="审核单位"><xsl:value-of select="name"/></th>
                  <td class="num" data-label="当年命名"><xsl:value-of select="@named"/></td>
                  <td class="num" data-label="累计命名/目标">
                    <xsl:value-of select="@named-total"/>
                    <xsl:choose>
                      <xsl:when test="@target">
                        <xsl:text> / </xsl:text>
                        <xsl:value-of select="@target"/>
                        <span class="rk-sub">
                          <xsl:call-template name="rk-share">
                            <xsl:with-param name="n" select="@named-total"/>
                            <xsl:with-param name="of" select="@target"/>
                          </xsl:call-template>
                        </span>
                      </xsl:when>
                      <xsl:otherwise><span class="rk-sub">未定目标</span></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td class="num" data-label="考核表已报送/总数">
                    <xsl:value-of select="@filed-sheets"/>
                    <xsl:text> / </xsl:text>
                    <xsl:value-of select="@sheets"/>
                  </td>
                  <td class="num" data-label="优秀占比">
                    <xsl:call-template name="rk-share">
                      <xsl:with-param name="n" select="@excellent"/>
                      <xsl:with-param name="of" select="@filed-sheets"/>
                    </xsl:call-template>
                    <xsl:if test="@filed-sheets &gt; 0">
                      <span class="rk-sub"><xsl:value-of select="@excellent"/> 个</span>
                    </xsl:if>
                  </td>
                  <td class="num" data-label="不合格占比">
                    <xsl:call-template name="rk-share">
                      <xsl:with-param name="n" select="@fail"/>
                      <xsl:with-param name="of" select="@filed-sheets"/>
                    </xsl:call-template>
                    <xsl:if test="@filed-sheets &gt; 0">
                      <span class="rk-sub"><xsl:value-of select="@fail"/> 个</span>
                    </xsl:if>
                  </td>
                  <td class="rk-filed" data-label="考核结果报送">
                    <xsl:if test="@filed-at">
                      <xsl:call-template name="date">
                        <xsl:with-param name="d" select="@filed-at"/>
                      </xsl:call-template>
                      <br/>
                    </xsl:if>
                    <xsl:choose>
                      <xsl:when test="@filed-at or @sheets &gt; 0"><xsl:call-template name="rk-late"/></xsl:when>
                      <xsl:otherwise><span class="muted">无考核表</span></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td class="num" data-label="当年成果"><xsl:value-of select="@achievements"/></td>
                  <td class="num" data-label="推广应用"><xsl:value-of select="@adoptions"/></td>
                  <xsl:call-template name="money-cell">
                    <xsl:with-param name="fen" select="@granted"/>
                    <xsl:with-param name="label" select="'补助发放（元）'"/>
                  </xsl:call-template>
                  <xsl:call-template name="money-cell">
                    <xsl:with-param name="fen" select="@spent"/>
                    <xsl:with-param name="label" select="'补助支出（元）'"/>
                  </xsl:call-template>
                  <td class="num" data-label="领衔人培训"><xsl:value-of select="@trained"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
            <tfoot>
              <xsl:for-each select="totals">
                <tr class="rk-totals">
                  <td class="num rk-rank"></td>
                  <th scope="row" class="col-name">合计（<xsl:value-of select="@unions"/> 个单位）</th>
                  <td class="num" data-label="当年命名"><xsl:value-of select="@named"/></td>
                  <td class="num" data-label="累计命名"><xsl:value-of select="@named-total"/></td>
                  <td class="num" data-label="考核表已报送/总数">
                    <xsl:value-of select="@filed-sheets"/>
                    <xsl:text> / </xsl:text>
                    <xsl:value-of select="@sheets"/>
                  </td>
                  <td class="num" data-label="优秀占比">
                    <xsl:call-template name="rk-share">
                      <xsl:with-param name="n" select="@excellent"/>
                      <xsl:with-param name="of" select="@filed-sheets"/>
                    </xsl:call-template>
                  </td>
                  <td class="num" data-label="不合格占比">
                    <xsl:call-template name="rk-share">
                      <xsl:with-param name="n" select="@fail"/>
                      <xsl:with-param name="of" select="@filed-sheets"/>
                    </xsl:call-template>
                  </td>
                  <td class="rk-filed" data-label="考核结果报送">
                    <xsl:value-of select="@unions-filed"/>
                    <xsl:text> / </xsl:text>
                    <xsl:value-of select="@unions-with-sheets"/>
                    <xsl:text> 个单位已报送</xsl:text>
                  </td>
                  <td class="num" data-label="当年成果"><xsl:value-of select="@achievements"/></td>
                  <td class="num" data-label="推广应用"><xsl:value-of select="@adoptions"/></td>
                  <xsl:call-template name="money-cell">
                    <xsl:with-param name="fen" select="@granted"/>
                    <xsl:with-param name="label" select="'补助发放（元）'"/>
                  </xsl:call-template>
                  <xsl:call-template name="money-cell">
                    <xsl:with-param name="fen" select="@spent"/>
                    <xsl:with-param name="label" select="'补助支出（元）'"/>
                  </xsl:call-template>
                  <td class="num" data-label="领衔人培训"><xsl:value-of select="@trained"/></td>
                </tr>
              </xsl:for-each>
            </tfoot>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty panel">本单位管辖范围内没有审核单位，排名为空。</p>
      </xsl:otherwise>
    </xsl:choose>

    <section class="rk-method">
      <h2>排名方法</h2>
      <ol>
        <li>范围：本单位管辖范围内的各县（市）区、开发区总工会和产业工会（审核单位），每个单位一行。</li>
        <li>名次：按所选列排列，名次以该列数值计算；数值相同者名次相同，其后的名次顺延（如 1、2、2、4），同名次者按单位代码排列。该列没有数值的单位（未定目标、没有已报送的考核表、尚未报送）不参加该列排名，列在最后。</li>
        <li>当年命名：<xsl:value-of select="@year"/>年内命名、目前未被取消命名的工作室数。累计命名/目标：截至<xsl:value-of select="@year"/>年底命名且未被取消命名的工作室数，与市总工会为该单位设定的<xsl:value-of select="@year"/>年目标之比（未设定目标的不参加此列排名）。</li>
        <li>优秀占比、不合格占比：已报送市总工会的考核表中等次为优秀、不合格的比例（以市总工会确认的等次为准，尚未确认的按审核单位评定的拟定等次）。</li>
        <li>考核结果报送：报送日期与考核方案规定的报送截止日期相比，按时在前，逾期天数少者在前。</li>
        <li>当年成果：<xsl:value-of select="@year"/>年内发布、目前仍在展示的创新成果数；推广应用：<xsl:value-of select="@year"/>年内登记的这些成果在其他单位的推广应用次数。</li>
        <li>补助发放、补助支出：<xsl:value-of select="@year"/>年度补助资金发放给本单位工作室的补助及其已登记的使用金额（冲销后净额，与补助资金年度报表一致）。</li>
        <li>领衔人培训：<xsl:value-of select="@year"/>年内开始的培训中已签到参加的领衔人所在工作室数。</li>
      </ol>
    </section>
  </xsl:template>

</xsl:stylesheet>
