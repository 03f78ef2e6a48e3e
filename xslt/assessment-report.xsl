<?xml version="1.0" encoding="UTF-8"?>
<!--
  assessment-report.xsl: the year's assessment report, GET
  /app/reports/assessment?year= (document <assessment-report>): the
  summary, the grades by auditing union with the whole (表1, 图1), the
  filing dates against the scheme's deadline (表2), the studios given key
  support (表3), supervised (表4) and revoked in the year (表5).  Page and
  print (format=print, A4 portrait, report.css) are this one file; the
  CSV is assessment-report.csv.xsl.  Shares are of the graded sheets (the
  filed ones); a sheet not yet filed is counted as 未报送.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="exsl">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="report-common.xsl"/>

  <xsl:template match="assessment-report" mode="report-name">考核情况报告</xsl:template>
  <xsl:template match="assessment-report" mode="report-action">/app/reports/assessment</xsl:template>

  <!-- filing-label: the state of a union's filing in words. -->
  <xsl:template name="filing-label">
    <xsl:param name="code" select="@filing"/>
    <xsl:choose>
      <xsl:when test="$code = 'on-time'">按时报送</xsl:when>
      <xsl:when test="$code = 'late'">逾期报送</xsl:when>
      <xsl:when test="$code = 'missing'">未报送</xsl:when>
      <xsl:otherwise>未到截止日期</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="assessment-report" mode="main">
    <xsl:call-template name="report-frame">
      <xsl:with-param name="body">
        <xsl:apply-templates select="." mode="body"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="assessment-report" mode="body">
    <xsl:variable name="t" select="totals"/>
    <xsl:variable name="graded" select="$t/@excellent + $t/@passed + $t/@failed"/>
    <xsl:call-template name="report-section">
      <xsl:with-param name="n" select="1"/>
      <xsl:with-param name="title" select="'总体情况'"/>
      <xsl:with-param name="content">
        <xsl:choose>
          <xsl:when test="@scheme != 'true'">
            <p class="report-text empty">本年度尚未制定考核方案，暂无考核情况。</p>
          </xsl:when>
          <xsl:when test="number($t/@sheets) = 0">
            <p class="report-text empty">本年度考核方案已制定（报送截止日期
              <xsl:call-template name="date"><xsl:with-param name="d" select="@deadline"/></xsl:call-template>），尚无考核表。</p>
          </xsl:when>
          <xsl:otherwise>
            <p class="report-text">
              <xsl:value-of select="@year"/>
              <xsl:text>年度参加考核的工作室 </xsl:text>
              <strong><xsl:value-of select="$t/@sheets"/></strong>
              <xsl:text> 个，已报送考核结果 </xsl:text>
              <strong><xsl:value-of select="$graded"/></strong>
              <xsl:text> 个，其中优秀 </xsl:text>
              <strong><xsl:value-of select="$t/@excellent"/></strong>
              <xsl:text> 个（</xsl:text>
              <xsl:call-template name="pct"><xsl:with-param name="part" select="$t/@excellent"/><xsl:with-param name="whole" select="$graded"/></xsl:call-template>
              <xsl:text>），合格 </xsl:text>
              <strong><xsl:value-of select="$t/@passed"/></strong>
              <xsl:text> 个（</xsl:text>
              <xsl:call-template name="pct"><xsl:with-param name="part" select="$t/@passed"/><xsl:with-param name="whole" select="$graded"/></xsl:call-template>
              <xsl:text>），不合格 </xsl:text>
              <strong><xsl:value-of select="$t/@failed"/></strong>
              <xsl:text> 个（</xsl:text>
              <xsl:call-template name="pct"><xsl:with-param name="part" select="$t/@failed"/><xsl:with-param name="whole" select="$graded"/></xsl:call-template>
              <xsl:text>）；尚未报送 </xsl:text>
              <xsl:value-of select="$t/@unfiled"/>
              <xsl:text> 个。列为重点支持 </xsl:text>
              <xsl:value-of select="count(key-support/studio)"/>
              <xsl:text> 个，督导 </xsl:text>
              <xsl:value-of select="count(supervised/studio)"/>
              <xsl:text> 个，本年度取消命名 </xsl:text>
              <xsl:value-of select="count(revocations/studio)"/>
              <xsl:text> 个。</xsl:text>
            </p>
            <p class="report-text">
              <xsl:text>考核方案：</xsl:text>
              <xsl:value-of select="@scheme-title"/>
              <xsl:text>；总分 </xsl:text>
              <xsl:value-of select="@excellent-min"/>
              <xsl:text> 分及以上为优秀，</xsl:text>
              <xsl:value-of select="@pass-min"/>
              <xsl:text> 分及以上为合格；报送截止日期 </xsl:text>
              <xsl:call-template name="date"><xsl:with-param name="d" select="@deadline"/></xsl:call-template>
              <xsl:text>。</xsl:text>
            </p>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>

    <xsl:call-template name="report-section">
      <xsl:with-param name="n" select="2"/>
      <xsl:with-param name="title" select="'考核等次'"/>
      <xsl:with-param name="content">
        <div class="table-scroll">
          <table class="grid report-table" id="table-1">
            <xsl:call-template name="table-caption">
              <xsl:with-param name="n" select="1"/>
              <xsl:with-param name="title" select="'各审核单位考核等次情况'"/>
              <xsl:with-param name="unit" select="'单位：个'"/>
            </xsl:call-template>
            <thead>
              <tr>
                <th scope="col" class="col-name">审核单位</th>
                <th scope="col" class="num">考核表</th>
                <th scope="col" class="num">优秀</th>
                <th scope="col" class="num">占比</th>
                <th scope="col" class="num">合格</th>
                <th scope="col" class="num">占比</th>
                <th scope="col" class="num">不合格</th>
                <th scope="col" class="num">占比</th>
                <th scope="col" class="num">未报送</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="units/unit">
                <xsl:variable name="g" select="@excellent + @passed + @failed"/>
                <tr>
                  <th scope="row" class="col-name"><xsl:value-of select="name"/></th>
                  <td class="num"><xsl:value-of select="@sheets"/></td>
                  <td class="num"><xsl:value-of select="@excellent"/></td>
                  <td class="num"><xsl:call-template name="pct"><xsl:with-param name="part" select="@excellent"/><xsl:with-param name="whole" select="$g"/></xsl:call-template></td>
                  <td class="num"><xsl:value-of select="@passed"/></td>
                  <td class="num"><xsl:call-template name="pct"><xsl:with-param name="part" select="@passed"/><xsl:with-param name="whole" select="$g"/></xsl:call-template></td>
                  <td class="num"><xsl:value-of select="@failed"/></td>
                  <td class="num"><xsl:call-template name="pct"><xsl:with-param name="part" select="@failed"/><xsl:with-param name="whole" select="$g"/></xsl:call-template></td>
                  <td class="num"><xsl:value-of select="@unfiled"/></td>
                </tr>
              </xsl:for-each>
              <xsl:if test="not(units/unit)">
                <tr class="empty-row"><td colspan="9">本年度无考核表。</td></tr>
              </xsl:if>
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" class="col-name">合计</th>
                <td class="num"><xsl:value-of select="$t/@sheets"/></td>
                <td class="num"><xsl:value-of select="$t/@excellent"/></td>
                <td class="num"><xsl:call-template name="pct"><xsl:with-param name="part" select="$t/@excellent"/><xsl:with-param name="whole" select="$graded"/></xsl:call-template></td>
                <td class="num"><xsl:value-of select="$t/@passed"/></td>
                <td class="num"><xsl:call-template name="pct"><xsl:with-param name="part" select="$t/@passed"/><xsl:with-param name="whole" select="$graded"/></xsl:call-template></td>
                <td class="num"><xsl:value-of select="$t/@failed"/></td>
                <td class="num"><xsl:call-template name="pct"><xsl:with-param name="part" select="$t/@failed"/><xsl:with-param name="whole" select="$graded"/></xsl:call-template></td>
                <td class="num"><xsl:value-of select="$t/@unfiled"/></td>
              </tr>
            </tfoot>
          </table>
        </div>
        <xsl:if test="units/unit">
          <xsl:variable name="data">
            <xsl:for-each select="units/unit">
              <c label="{name}"><v><xsl:value-of select="@excellent"/></v><v><xsl:value-of select="@passed"/></v><v><xsl:value-of select="@failed"/></v></c>
            </xsl:for-each>
            <c label="合计"><v><xsl:value-of select="$t/@excellent"/></v><v><xsl:value-of select="$t/@passed"/></v><v><xsl:value-of select="$t/@failed"/></v></c>
          </xsl:variable>
          <xsl:variable name="series">
            <s fill="#c8102e">优秀</s><s fill="#2f6fb0">合格</s><s fill="#8a8a8a">不合格</s>
          </xsl:variable>
          <xsl:call-template name="bar-chart">
            <xsl:with-param name="data" select="exsl:node-set($data)/c"/>
            <xsl:with-param name="series" select="exsl:node-set($series)/s"/>
            <xsl:with-param name="n" select="1"/>
            <xsl:with-param name="title" select="'各审核单位考核等次分布'"/>
            <xsl:with-param name="axis" select="'工作室数量（个）'"/>
            <xsl:with-param name="category" select="'审核单位'"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="report-note">
          <xsl:with-param name="text" select="'等次以市总工会确认的等次为准，尚未确认的以审核单位报送的等次计；占比为占已报送考核表的比例；未报送为审核单位尚未报送的考核表。'"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>

    <xsl:call-template name="report-section">
      <xsl:with-param name="n" select="3"/>
      <xsl:with-param name="title" select="'考核结果报送'"/>
      <xsl:with-param name="content">
        <div class="table-scroll">
          <table class="grid report-table" id="table-2">
            <xsl:call-template name="table-caption">
              <xsl:with-param name="n" select="2"/>
              <xsl:with-param name="title" select="'各审核单位考核结果报送情况'"/>
            </xsl:call-template>
            <thead>
              <tr>
                <th scope="col" class="col-name">审核单位</th>
                <th scope="col" class="num">考核表（个）</th>
                <th scope="col">报送日期</th>
                <th scope="col">截止日期</th>
                <th scope="col">报送情况</th>
                <th scope="col">市总工会备案日期</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="units/unit">
                <tr class="filing-{@filing}">
                  <th scope="row" class="col-name"><xsl:value-of select="name"/></th>
                  <td class="num"><xsl:value-of select="@sheets"/></td>
                  <td class="date"><xsl:call-template name="date"><xsl:with-param name="d" select="@filed-on"/></xsl:call-template></td>
                  <td class="date"><xsl:call-template name="date"><xsl:with-param name="d" select="/*/@deadline"/></xsl:call-template></td>
                  <td><xsl:call-template name="filing-label"/></td>
                  <td class="date"><xsl:call-template name="date"><xsl:with-param name="d" select="@acknowledged-on"/></xsl:call-template></td>
                </tr>
              </xsl:for-each>
              <xsl:if test="not(units/unit)">
                <tr class="empty-row"><td colspan="6">本年度无报送。</td></tr>
              </xsl:if>
            </tbody>
          </table>
        </div>
        <xsl:if test="units/unit">
          <p class="report-text">
            <xsl:text>按时报送 </xsl:text><xsl:value-of select="count(units/unit[@filing = 'on-time'])"/>
            <xsl:text> 个单位，逾期报送 </xsl:text><xsl:value-of select="count(units/unit[@filing = 'late'])"/>
            <xsl:text> 个，截止日期已过仍未报送 </xsl:text><xsl:value-of select="count(units/unit[@filing = 'missing'])"/>
            <xsl:text> 个，未到截止日期尚未报送 </xsl:text><xsl:value-of select="count(units/unit[@filing = 'pending'])"/>
            <xsl:text> 个。</xsl:text>
          </p>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>

    <xsl:call-template name="report-section">
      <xsl:with-param name="n" select="4"/>
      <xsl:with-param name="title" select="'动态管理'"/>
      <xsl:with-param name="content">
        <xsl:call-template name="studio-table">
          <xsl:with-param name="n" select="3"/>
          <xsl:with-param name="title" select="'列为重点支持的工作室'"/>
          <xsl:with-param name="rows" select="key-support/studio"/>
          <xsl:with-param name="on" select="'确定日期'"/>
          <xsl:with-param name="text" select="'支持措施'"/>
          <xsl:with-param name="empty" select="'本年度无列为重点支持的工作室。'"/>
        </xsl:call-template>
        <xsl:call-template name="studio-table">
          <xsl:with-param name="n" select="4"/>
          <xsl:with-param name="title" select="'督导的工作室'"/>
          <xsl:with-param name="rows" select="supervised/studio"/>
          <xsl:with-param name="on" select="'开始日期'"/>
          <xsl:with-param name="text" select="'督导措施'"/>
          <xsl:with-param name="empty" select="'本年度无督导的工作室。'"/>
          <xsl:with-param name="supervision" select="true()"/>
        </xsl:call-template>
        <xsl:call-template name="studio-table">
          <xsl:with-param name="n" select="5"/>
          <xsl:with-param name="title" select="'本年度取消命名的工作室'"/>
          <xsl:with-param name="rows" select="revocations/studio"/>
          <xsl:with-param name="on" select="'取消日期'"/>
          <xsl:with-param name="text" select="'原因'"/>
          <xsl:with-param name="empty" select="'本年度无取消命名的工作室。'"/>
          <xsl:with-param name="document" select="true()"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- studio-table: a numbered table of studios of one of the lists. -->
  <xsl:template name="studio-table">
    <xsl:param name="n"/>
    <xsl:param name="title"/>
    <xsl:param name="rows"/>
    <xsl:param name="on"/>
    <xsl:param name="text"/>
    <xsl:param name="empty"/>
    <xsl:param name="supervision" select="false()"/>
    <xsl:param name="document" select="false()"/>
    <div class="table-scroll">
      <table class="grid report-table report-list" id="table-{$n}">
        <xsl:call-template name="table-caption">
          <xsl:with-param name="n" select="$n"/>
          <xsl:with-param name="title" select="$title"/>
        </xsl:call-template>
        <thead>
          <tr>
            <th scope="col" class="num seq">序号</th>
            <th scope="col" class="col-name">工作室</th>
            <th scope="col">审核单位</th>
            <th scope="col" class="date"><xsl:value-of select="$on"/></th>
            <xsl:if test="$supervision">
              <th scope="col" class="date">期限</th>
              <th scope="col" class="date">结束日期</th>
            </xsl:if>
            <xsl:if test="$document">
              <th scope="col">文号</th>
            </xsl:if>
            <th scope="col" class="col-text"><xsl:value-of select="$text"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$rows">
            <tr>
              <td class="num seq"><xsl:value-of select="position()"/></td>
              <th scope="row" class="col-name">
                <xsl:choose>
                  <xsl:when test="$is-print"><xsl:value-of select="name"/></xsl:when>
                  <xsl:otherwise><a href="/app/studios/{@id}"><xsl:value-of select="name"/></a></xsl:otherwise>
                </xsl:choose>
              </th>
              <td><xsl:value-of select="unit"/></td>
              <td class="date"><xsl:call-template name="date"><xsl:with-param name="d" select="@on"/></xsl:call-template></td>
              <xsl:if test="$supervision">
                <td class="date"><xsl:call-template name="date"><xsl:with-param name="d" select="@due"/></xsl:call-template></td>
                <td class="date">
                  <xsl:choose>
                    <xsl:when test="@closed"><xsl:call-template name="date"><xsl:with-param name="d" select="@closed"/></xsl:call-template></xsl:when>
                    <xsl:otherwise>督导中</xsl:otherwise>
                  </xsl:choose>
                </td>
              </xsl:if>
              <xsl:if test="$document">
                <td><xsl:value-of select="@document"/></td>
              </xsl:if>
              <td class="col-text"><xsl:value-of select="measure | measures | reason"/></td>
            </tr>
          </xsl:for-each>
          <xsl:if test="not($rows)">
            <tr class="empty-row"><td colspan="{5 + 2 * number($supervision) + number($document)}"><xsl:value-of select="$empty"/></td></tr>
          </xsl:if>
        </tbody>
      </table>
    </div>
  </xsl:template>

</xsl:stylesheet>
