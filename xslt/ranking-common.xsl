<?xml version="1.0" encoding="UTF-8"?>
<!--
  ranking-common.xsl: what the two rankings (studio-ranking.xsl,
  unit-ranking.xsl) share: the year field of their filter forms, and the
  section saying what a ranking is made from: when it was computed, from
  which filings (each auditing union's: when, how many sheets, on time or
  how late, acknowledged by the city when) and, in plain words, whether
  the year's filings are complete.  Included by them; needs layout.xsl.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- rk-year-field: the year select (the years with a scheme, and the
       year shown when it has none). -->
  <xsl:template name="rk-year-field">
    <xsl:variable name="root" select="/*"/>
    <span class="filter-field">
      <label for="f-year">年度</label>
      <select id="f-year" name="year">
        <xsl:if test="not($root/years/year[. = string($root/@year)])">
          <option value="{$root/@year}" selected="selected"><xsl:value-of select="$root/@year"/>年度</option>
        </xsl:if>
        <xsl:for-each select="$root/years/year">
          <option value="{.}">
            <xsl:if test="string(.) = string($root/@year)">
              <xsl:attribute name="selected">selected</xsl:attribute>
            </xsl:if>
            <xsl:value-of select="."/>
            <xsl:text>年度</xsl:text>
          </option>
        </xsl:for-each>
      </select>
    </span>
  </xsl:template>

  <!-- rk-late: on time, or how many days late, from @days-late. -->
  <xsl:template name="rk-late">
    <xsl:choose>
      <xsl:when test="not(@filed-at)"><span class="rk-unfiled">未报送</span></xsl:when>
      <xsl:when test="number(@days-late) &lt;= 0">按时</xsl:when>
      <xsl:otherwise>
        <span class="rk-late">
          <xsl:text>逾期 </xsl:text>
          <xsl:value-of select="@days-late"/>
          <xsl:text> 天</xsl:text>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- rk-basis: when the ranking was computed and from which filed data.
       $rows: the auditing unions, each with @sheets, @filed-sheets and,
       when it filed, @filed-at, @days-late (and @acknowledged-at), and
       <name>; $table: list them. -->
  <xsl:template name="rk-basis">
    <xsl:param name="rows" select="/*/filings/filing"/>
    <xsl:param name="table" select="true()"/>
    <xsl:variable name="root" select="/*"/>
    <xsl:variable name="with" select="$rows[@sheets &gt; 0 or @filed-at]"/>
    <xsl:variable name="filed" select="$with[@filed-at]"/>
    <xsl:variable name="sheets" select="sum($rows/@sheets)"/>
    <xsl:variable name="filed-sheets" select="sum($rows/@filed-sheets)"/>
    <xsl:variable name="past"
      select="$root/@deadline and $today != ''
              and number(translate($today, '-', '')) &gt; number(translate($root/@deadline, '-', ''))"/>
    <section class="panel rk-basis">
      <h2>数据来源</h2>
      <div class="rk-basis-body">
        <p class="rk-computed">
          <xsl:text>计算时间：</xsl:text>
          <xsl:call-template name="datetime">
            <xsl:with-param name="d" select="$root/@computed-at"/>
          </xsl:call-template>
          <xsl:text>。依据：各审核单位向市总工会报送的</xsl:text>
          <xsl:value-of select="$root/@year"/>
          <xsl:text>年度考核结果</xsl:text>
          <xsl:if test="$root/@deadline">
            <xsl:text>（报送截止日期：</xsl:text>
            <xsl:call-template name="date">
              <xsl:with-param name="d" select="$root/@deadline"/>
            </xsl:call-template>
            <xsl:text>）</xsl:text>
          </xsl:if>
          <xsl:text>。</xsl:text>
        </p>
        <xsl:choose>
          <xsl:when test="$root/@state = 'none'">
            <p class="rk-state rk-state-none">
              <xsl:value-of select="$root/@year"/>
              <xsl:choose>
                <xsl:when test="not($root/@deadline)">年度尚未制定考核方案，没有考核数据，排名为空。</xsl:when>
                <xsl:otherwise>年度本单位管辖范围内没有考核表，排名为空。</xsl:otherwise>
              </xsl:choose>
            </p>
          </xsl:when>
          <xsl:when test="$root/@state = 'incomplete'">
            <p class="notice rk-state rk-state-incomplete" role="note">
              <strong>报送尚不完整，本排名不是最终结果。</strong>
              <xsl:text>有考核表的 </xsl:text>
              <xsl:value-of select="count($with[@sheets &gt; 0])"/>
              <xsl:text> 个审核单位中已报送 </xsl:text>
              <xsl:value-of select="count($filed[@sheets &gt; 0])"/>
              <xsl:text> 个；考核表 </xsl:text>
              <xsl:value-of select="$sheets"/>
              <xsl:text> 份，已报送 </xsl:text>
              <xsl:value-of select="$filed-sheets"/>
              <xsl:text> 份。未报送的工作室不在排名中</xsl:text>
              <xsl:if test="not($past)">
                <xsl:text>；报送截止日期尚未到</xsl:text>
              </xsl:if>
              <xsl:text>。</xsl:text>
            </p>
          </xsl:when>
          <xsl:otherwise>
            <p class="rk-state rk-state-complete">
              <xsl:text>报送已齐全：</xsl:text>
              <xsl:value-of select="count($filed)"/>
              <xsl:text> 个审核单位的 </xsl:text>
              <xsl:value-of select="$filed-sheets"/>
              <xsl:text> 份考核表均已报送。</xsl:text>
            </p>
          </xsl:otherwise>
        </xsl:choose>
      </div>
      <xsl:if test="$table and $with">
        <div class="table-scroll">
          <table class="grid rk-filings">
            <thead>
              <tr>
                <th scope="col" class="col-name">审核单位</th>
                <th scope="col" class="num">考核表</th>
                <th scope="col" class="num">已报送</th>
                <th scope="col">报送时间</th>
                <th scope="col">是否按时</th>
                <th scope="col">市总工会备案</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$with">
                <tr>
                  <th scope="row" class="col-name" data-label="审核单位"><xsl:value-of select="name"/></th>
                  <td class="num" data-label="考核表"><xsl:value-of select="@sheets"/></td>
                  <td class="num" data-label="已报送"><xsl:value-of select="@filed-sheets"/></td>
                  <td class="date" data-label="报送时间">
                    <xsl:call-template name="datetime">
                      <xsl:with-param name="d" select="@filed-at"/>
                    </xsl:call-template>
                  </td>
                  <td data-label="是否按时"><xsl:call-template name="rk-late"/></td>
                  <td class="date" data-label="市总工会备案">
                    <xsl:choose>
                      <xsl:when test="@acknowledged-at">
                        <xsl:call-template name="date">
                          <xsl:with-param name="d" select="@acknowledged-at"/>
                        </xsl:call-template>
                      </xsl:when>
                      <xsl:when test="@filed-at">待备案</xsl:when>
                    </xsl:choose>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:if>
    </section>
  </xsl:template>

</xsl:stylesheet>
