<?xml version="1.0" encoding="UTF-8"?>
<!--
  progress-report.xsl: the programme's progress, GET
  /app/reports/progress?year= (document <progress-report>): the summary
  against the year's target, the namings of each year with the studios in
  force at its end against the target (表1, 图1), per auditing union (表2,
  图2), the studios in force by industry (GB/T 4754 section; 表3, 图3) and
  by type (表4, 图4).  Page and print (A4 portrait, report.css) are this
  one file; the CSV is progress-report.csv.xsl.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="exsl">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="report-common.xsl"/>

  <xsl:template match="progress-report" mode="report-name">职工创新工作室创建进度报告</xsl:template>
  <xsl:template match="progress-report" mode="report-action">/app/reports/progress</xsl:template>

  <xsl:template match="progress-report" mode="main">
    <xsl:call-template name="report-frame">
      <xsl:with-param name="body">
        <xsl:apply-templates select="." mode="body"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="type-label">
    <xsl:param name="code" select="@code"/>
    <xsl:call-template name="label">
      <xsl:with-param name="k" select="concat('stype.', $code)"/>
      <xsl:with-param name="default" select="$code"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="progress-report" mode="body">
    <xsl:variable name="root" select="."/>
    <xsl:variable name="force" select="number(@in-force)"/>
    <xsl:variable name="series2">
      <s fill="#c8102e">年末在册</s><s fill="#9aa7b5">目标</s>
    </xsl:variable>
    <xsl:variable name="series1">
      <s fill="#c8102e">工作室</s>
    </xsl:variable>

    <xsl:call-template name="report-section">
      <xsl:with-param name="n" select="1"/>
      <xsl:with-param name="title" select="'总体情况'"/>
      <xsl:with-param name="content">
        <p class="report-text">
          <xsl:value-of select="@year"/>
          <xsl:text>年度命名职工创新工作室 </xsl:text>
          <strong><xsl:value-of select="@named"/></strong>
          <xsl:text> 个；截至</xsl:text>
          <xsl:value-of select="@year"/>
          <xsl:text>年末，在册（已命名且未取消命名）的工作室共 </xsl:text>
          <strong><xsl:value-of select="@in-force"/></strong>
          <xsl:text> 个</xsl:text>
          <xsl:choose>
            <xsl:when test="@target">
              <xsl:text>，目标 </xsl:text>
              <strong><xsl:value-of select="@target"/></strong>
              <xsl:text> 个（期限 </xsl:text>
              <xsl:call-template name="date"><xsl:with-param name="d" select="@deadline"/></xsl:call-template>
              <xsl:text>），完成目标的 </xsl:text>
              <strong><xsl:call-template name="pct"><xsl:with-param name="part" select="@in-force"/><xsl:with-param name="whole" select="@target"/></xsl:call-template></strong>
              <xsl:text>。</xsl:text>
            </xsl:when>
            <xsl:otherwise>；本年度未设定目标。</xsl:otherwise>
          </xsl:choose>
        </p>
      </xsl:with-param>
    </xsl:call-template>

    <xsl:call-template name="report-section">
      <xsl:with-param name="n" select="2"/>
      <xsl:with-param name="title" select="'历年命名情况'"/>
      <xsl:with-param name="content">
        <div class="table-scroll">
          <table class="grid report-table" id="table-1">
            <xsl:call-template name="table-caption">
              <xsl:with-param name="n" select="1"/>
              <xsl:with-param name="title" select="'历年命名及年末在册情况'"/>
              <xsl:with-param name="unit" select="'单位：个'"/>
            </xsl:call-template>
            <thead>
              <tr>
                <th scope="col" class="col-name">年度</th>
                <th scope="col" class="num">当年命名</th>
                <th scope="col" class="num">当年取消命名</th>
                <th scope="col" class="num">年末在册</th>
                <th scope="col" class="num">目标</th>
                <th scope="col" class="num">完成比例</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="namings/year">
                <tr>
                  <th scope="row" class="col-name"><xsl:value-of select="@value"/>年</th>
                  <td class="num"><xsl:value-of select="@named"/></td>
                  <td class="num"><xsl:value-of select="@revoked"/></td>
                  <td class="num"><xsl:value-of select="@in-force"/></td>
                  <td class="num"><xsl:value-of select="@target"/></td>
                  <td class="num">
                    <xsl:if test="@target">
                      <xsl:call-template name="pct"><xsl:with-param name="part" select="@in-force"/><xsl:with-param name="whole" select="@target"/></xsl:call-template>
                    </xsl:if>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" class="col-name">合计</th>
                <td class="num"><xsl:value-of select="sum(namings/year/@named)"/></td>
                <td class="num"><xsl:value-of select="sum(namings/year/@revoked)"/></td>
                <td class="num"><xsl:value-of select="@in-force"/></td>
                <td class="num"></td>
                <td class="num"></td>
              </tr>
            </tfoot>
          </table>
        </div>
        <xsl:variable name="data">
          <xsl:for-each select="namings/year">
            <c label="{@value}年"><v><xsl:value-of select="@in-force"/></v><v><xsl:value-of select="number(concat('0', @target))"/></v></c>
          </xsl:for-each>
        </xsl:variable>
        <xsl:call-template name="bar-chart">
          <xsl:with-param name="data" select="exsl:node-set($data)/c"/>
          <xsl:with-param name="series" select="exsl:node-set($series2)/s"/>
          <xsl:with-param name="n" select="1"/>
          <xsl:with-param name="title" select="'历年年末在册工作室与目标'"/>
          <xsl:with-param name="axis" select="'工作室数量（个）'"/>
          <xsl:with-param name="category" select="'年度'"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>

    <xsl:call-template name="report-section">
      <xsl:with-param name="n" select="3"/>
      <xsl:with-param name="title" select="'各审核单位情况'"/>
      <xsl:with-param name="content">
        <div class="table-scroll">
          <table class="grid report-table" id="table-2">
            <xsl:call-template name="table-caption">
              <xsl:with-param name="n" select="2"/>
              <xsl:with-param name="title" select="concat('各审核单位', @year, '年度命名及年末在册情况')"/>
              <xsl:with-param name="unit" select="'单位：个'"/>
            </xsl:call-template>
            <thead>
              <tr>
                <th scope="col" class="col-name">审核单位</th>
                <th scope="col" class="num">当年命名</th>
                <th scope="col" class="num">年末在册</th>
                <th scope="col" class="num">占比</th>
                <th scope="col" class="num">目标</th>
                <th scope="col" class="num">完成比例</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="units/unit">
                <tr>
                  <th scope="row" class="col-name"><xsl:value-of select="name"/></th>
                  <td class="num"><xsl:value-of select="@named"/></td>
                  <td class="num"><xsl:value-of select="@in-force"/></td>
                  <td class="num"><xsl:call-template name="pct"><xsl:with-param name="part" select="@in-force"/><xsl:with-param name="whole" select="sum($root/units/unit/@in-force)"/></xsl:call-template></td>
                  <td class="num"><xsl:value-of select="@target"/></td>
                  <td class="num">
                    <xsl:if test="@target">
                      <xsl:call-template name="pct"><xsl:with-param name="part" select="@in-force"/><xsl:with-param name="whole" select="@target"/></xsl:call-template>
                    </xsl:if>
                  </td>
                </tr>
              </xsl:for-each>
              <xsl:if test="not(units/unit)">
                <tr class="empty-row"><td colspan="6">无。</td></tr>
              </xsl:if>
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" class="col-name">合计</th>
                <td class="num"><xsl:value-of select="sum(units/unit/@named)"/></td>
                <td class="num"><xsl:value-of select="sum(units/unit/@in-force)"/></td>
                <td class="num"><xsl:if test="sum(units/unit/@in-force) &gt; 0">100.0%</xsl:if></td>
                <td class="num"><xsl:if test="units/unit/@target"><xsl:value-of select="sum(units/unit/@target)"/></xsl:if></td>
                <td class="num"></td>
              </tr>
            </tfoot>
          </table>
        </div>
        <xsl:if test="units/unit">
          <xsl:variable name="data">
            <xsl:for-each select="units/unit">
              <c label="{name}"><v><xsl:value-of select="@in-force"/></v><v><xsl:value-of select="number(concat('0', @target))"/></v></c>
            </xsl:for-each>
          </xsl:variable>
          <xsl:call-template name="bar-chart">
            <xsl:with-param name="data" select="exsl:node-set($data)/c"/>
            <xsl:with-param name="series" select="exsl:node-set($series2)/s"/>
            <xsl:with-param name="n" select="2"/>
            <xsl:with-param name="title" select="'各审核单位年末在册工作室与目标'"/>
            <xsl:with-param name="axis" select="'工作室数量（个）'"/>
            <xsl:with-param name="category" select="'审核单位'"/>
          </xsl:call-template>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>

    <xsl:call-template name="report-section">
      <xsl:with-param name="n" select="4"/>
      <xsl:with-param name="title" select="'行业和类型分布'"/>
      <xsl:with-param name="content">
        <div class="table-scroll">
          <table class="grid report-table" id="table-3">
            <xsl:call-template name="table-caption">
              <xsl:with-param name="n" select="3"/>
              <xsl:with-param name="title" select="'年末在册工作室按行业分布'"/>
              <xsl:with-param name="unit" select="'单位：个'"/>
            </xsl:call-template>
            <thead>
              <tr>
                <th scope="col" class="col-name">行业（GB/T 4754—2017 门类）</th>
                <th scope="col" class="num">工作室</th>
                <th scope="col" class="num">占比</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="industries/industry">
                <tr>
                  <th scope="row" class="col-name">
                    <xsl:choose>
                      <xsl:when test="@code = ''">未填写</xsl:when>
                      <xsl:otherwise><xsl:value-of select="concat(@code, ' ', .)"/></xsl:otherwise>
                    </xsl:choose>
                  </th>
                  <td class="num"><xsl:value-of select="@studios"/></td>
                  <td class="num"><xsl:call-template name="pct"><xsl:with-param name="part" select="@studios"/><xsl:with-param name="whole" select="$force"/></xsl:call-template></td>
                </tr>
              </xsl:for-each>
              <xsl:if test="not(industries/industry)">
                <tr class="empty-row"><td colspan="3">无在册工作室。</td></tr>
              </xsl:if>
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" class="col-name">合计</th>
                <td class="num"><xsl:value-of select="sum(industries/industry/@studios)"/></td>
                <td class="num"><xsl:if test="$force &gt; 0">100.0%</xsl:if></td>
              </tr>
            </tfoot>
          </table>
        </div>
        <xsl:if test="industries/industry">
          <xsl:variable name="data">
            <xsl:for-each select="industries/industry">
              <c>
                <xsl:attribute name="label">
                  <xsl:choose>
                    <xsl:when test="@code = ''">未填写</xsl:when>
                    <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
                  </xsl:choose>
                </xsl:attribute>
                <v><xsl:value-of select="@studios"/></v>
              </c>
            </xsl:for-each>
          </xsl:variable>
          <xsl:call-template name="bar-chart">
            <xsl:with-param name="data" select="exsl:node-set($data)/c"/>
            <xsl:with-param name="series" select="exsl:node-set($series1)/s"/>
            <xsl:with-param name="n" select="3"/>
            <xsl:with-param name="title" select="'年末在册工作室按行业分布'"/>
            <xsl:with-param name="axis" select="'工作室数量（个）'"/>
            <xsl:with-param name="category" select="'行业'"/>
          </xsl:call-template>
        </xsl:if>

        <div class="table-scroll">
          <table class="grid report-table" id="table-4">
            <xsl:call-template name="table-caption">
              <xsl:with-param name="n" select="4"/>
              <xsl:with-param name="title" select="'年末在册工作室按类型分布'"/>
              <xsl:with-param name="unit" select="'单位：个'"/>
            </xsl:call-template>
            <thead>
              <tr>
                <th scope="col" class="col-name">类型</th>
                <th scope="col" class="num">工作室</th>
                <th scope="col" class="num">占在册工作室比例</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="types/type">
                <tr>
                  <th scope="row" class="col-name"><xsl:call-template name="type-label"/></th>
                  <td class="num"><xsl:value-of select="@studios"/></td>
                  <td class="num"><xsl:call-template name="pct"><xsl:with-param name="part" select="@studios"/><xsl:with-param name="whole" select="$force"/></xsl:call-template></td>
                </tr>
              </xsl:for-each>
              <xsl:if test="not(types/type)">
                <tr class="empty-row"><td colspan="3">无在册工作室。</td></tr>
              </xsl:if>
            </tbody>
          </table>
        </div>
        <xsl:if test="types/type">
          <xsl:variable name="data">
            <xsl:for-each select="types/type">
              <xsl:variable name="l"><xsl:call-template name="type-label"/></xsl:variable>
              <c label="{$l}"><v><xsl:value-of select="@studios"/></v></c>
            </xsl:for-each>
          </xsl:variable>
          <xsl:call-template name="bar-chart">
            <xsl:with-param name="data" select="exsl:node-set($data)/c"/>
            <xsl:with-param name="series" select="exsl:node-set($series1)/s"/>
            <xsl:with-param name="n" select="4"/>
            <xsl:with-param name="title" select="'年末在册工作室按类型分布'"/>
            <xsl:with-param name="axis" select="'工作室数量（个）'"/>
            <xsl:with-param name="category" select="'类型'"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="report-note">
          <xsl:with-param name="text" select="'在册：已命名且在该年末未被取消命名的工作室，含已升级为劳模和工匠人才创新工作室的。一个工作室可属于多个类型，各类型之和可大于在册总数。'"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
