<?xml version="1.0" encoding="UTF-8"?>
<!--
  export-index.xsl: GET /app/export (document <export-index>): what the unit
  may export as XML (<what>), for which year (<year>), as a form whose
  GET downloads the export itself (export.c, xslt/schema/export.xsd);
  <error field=""> when the last request's what= or year= was refused.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="export-index" mode="title">数据导出</xsl:template>

  <xsl:template match="export-index" mode="crumbs">
    <li aria-current="page">数据导出</li>
  </xsl:template>

  <!-- The page is the form: no 导出XML / 打印 of the page itself. -->
  <xsl:template match="export-index" mode="tools"/>

  <xsl:template match="export-index" mode="main">
    <xsl:if test="error">
      <p class="notice notice-error" role="alert">
        <xsl:value-of select="error"/>
      </p>
    </xsl:if>
    <p class="report-links-line">
      <xsl:text>统计报表：</xsl:text>
      <a href="/app/reports/assessment">年度考核情况</a>
      <xsl:text>　</xsl:text>
      <a href="/app/reports/funding">补助资金使用情况</a>
      <xsl:text>　</xsl:text>
      <a href="/app/reports/progress">创建进度</a>
      <xsl:text>　</xsl:text>
      <a href="/app/rankings/studios">工作室排名</a>
      <xsl:text>　</xsl:text>
      <a href="/app/rankings/units">审核单位排名</a>
    </p>
    <section class="panel">
      <h2>导出XML数据</h2>
      <div class="panel-body">
        <p>
          <xsl:text>导出</xsl:text>
          <xsl:value-of select="@unit"/>
          <xsl:text>及所辖单位的数据，为一份XML文件（符合 export.xsd），可供存档、报送或导入其他系统。按年度导出时，各项按其自身日期归入年度：申请按填表日期，工作室按命名日期，考核按考核年度，补助按拨付日期，支出按支出日期，成果按成果年度。</xsl:text>
        </p>
        <xsl:if test="not($is-print)">
        <form class="filter app-filter" method="get" action="/app/export">
          <span class="filter-field">
            <label for="f-what">导出内容</label>
            <select id="f-what" name="what">
              <xsl:for-each select="what">
                <option value="{@name}"><xsl:value-of select="."/></option>
              </xsl:for-each>
            </select>
          </span>
          <span class="filter-field">
            <label for="f-year">年度</label>
            <select id="f-year" name="year">
              <option value="">全部年度</option>
              <xsl:for-each select="year">
                <option value="{@value}">
                  <xsl:value-of select="@value"/>
                  <xsl:text>年度</xsl:text>
                </option>
              </xsl:for-each>
            </select>
          </span>
          <span class="filter-actions">
            <button type="submit">下载XML文件</button>
          </span>
        </form>
        </xsl:if>
      </div>
    </section>
  </xsl:template>
</xsl:stylesheet>
