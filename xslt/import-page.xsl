<?xml version="1.0" encoding="UTF-8"?>
<!--
  import-page.xsl: GET|POST /app/import (document <import-page>, h_import.c):
  the city's import of base unions and studios named before the system,
  from CSV (UTF-8 or GB18030, as Excel saves it) or XML (import.xsd).
  The form sends the file for a dry run; the dry run's <result> lists
  every record with what would become of it and every error with its
  line and field, and, when there is none, asks for the same file again
  with the SHA-256 it checked (checked=) to import it for real.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="import-page" mode="title">数据导入</xsl:template>

  <xsl:template match="import-page" mode="crumbs">
    <li aria-current="page">数据导入</li>
  </xsl:template>

  <xsl:template match="import-page" mode="tools"/>

  <xsl:template match="import-page" mode="main">
    <xsl:apply-templates select="result"/>
    <xsl:if test="not($is-print)">
    <section class="panel">
      <h2>
        <xsl:choose>
          <xsl:when test="result[@dry-run = 'true' and @ok = 'true' and @create != '0']">确认导入</xsl:when>
          <xsl:otherwise>导入文件（先试运行）</xsl:otherwise>
        </xsl:choose>
      </h2>
      <div class="panel-body">
        <p>导入系统启用前已有的基层工会（单位代码、上级单位代码、单位名称）和已命名的职工创新工作室（申请表各栏、所在单位工会代码、命名编号、命名日期、状态）。文件可为 Excel 另存的 CSV（UTF-8 或 GB18030 编码均可）或符合 import.xsd 的 XML。试运行逐条检查、不写入任何数据；正式导入在一个事务中全部写入，有一条错误即全部不写入；已存在且相同的单位和工作室不再重复导入。</p>
        <form class="app-form" method="post" action="/app/import" enctype="multipart/form-data">
          <xsl:call-template name="csrf-input"/>
          <p>
            <label for="f-file">导入文件</label>
            <input id="f-file" type="file" name="file" accept=".csv,.xml,text/csv,application/xml" required="required"/>
            <xsl:call-template name="field-error">
              <xsl:with-param name="field" select="'file'"/>
            </xsl:call-template>
          </p>
          <xsl:choose>
            <xsl:when test="result[@dry-run = 'true' and @ok = 'true' and @create != '0']">
              <input type="hidden" name="mode" value="run"/>
              <input type="hidden" name="checked" value="{result/@sha256}"/>
              <p>请再次选择刚才试运行的同一文件（SHA-256 <code><xsl:value-of select="result/@sha256"/></code>），确认后正式导入。</p>
              <p class="form-actions-inline">
                <button type="submit">确认导入</button>
              </p>
            </xsl:when>
            <xsl:otherwise>
              <input type="hidden" name="mode" value="dry-run"/>
              <p class="form-actions-inline">
                <button type="submit">试运行</button>
              </p>
            </xsl:otherwise>
          </xsl:choose>
        </form>
      </div>
    </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="result">
    <section class="panel">
      <h2>
        <xsl:choose>
          <xsl:when test="@dry-run = 'true'">试运行结果</xsl:when>
          <xsl:otherwise>导入结果</xsl:otherwise>
        </xsl:choose>
      </h2>
      <div class="panel-body">
        <p>
          <xsl:text>文件 </xsl:text>
          <xsl:value-of select="@file"/>
          <xsl:text>（</xsl:text>
          <xsl:value-of select="@format"/>
          <xsl:text>，</xsl:text>
          <xsl:value-of select="@charset"/>
          <xsl:text>）：共 </xsl:text>
          <xsl:value-of select="@records"/>
          <xsl:text> 条，将新建 </xsl:text>
          <xsl:value-of select="@create"/>
          <xsl:text> 条，已存在且相同 </xsl:text>
          <xsl:value-of select="@same"/>
          <xsl:text> 条，错误 </xsl:text>
          <xsl:value-of select="@errors"/>
          <xsl:text> 处。</xsl:text>
          <xsl:if test="@errors != '0'">有错误时不会写入任何数据，请修改文件后重新试运行。</xsl:if>
        </p>
        <xsl:if test="error">
          <table class="grid import-errors">
            <thead><tr><th>行</th><th>栏目</th><th>错误</th></tr></thead>
            <tbody>
              <xsl:for-each select="error">
                <tr>
                  <td><xsl:value-of select="@line"/></td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="@label != ''"><xsl:value-of select="@label"/></xsl:when>
                      <xsl:otherwise><xsl:value-of select="@field"/></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td><xsl:value-of select="."/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:if>
        <xsl:if test="record">
          <table class="grid import-records">
            <thead><tr><th>行</th><th>类别</th><th>代码或命名编号</th><th>名称</th><th>结果</th></tr></thead>
            <tbody>
              <xsl:for-each select="record">
                <tr>
                  <td><xsl:value-of select="@line"/></td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="@kind = 'unit'">基层工会</xsl:when>
                      <xsl:otherwise>工作室</xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td><xsl:value-of select="@key"/></td>
                  <td><xsl:value-of select="."/></td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="@result = 'create'">新建</xsl:when>
                      <xsl:when test="@result = 'same'">已存在且相同</xsl:when>
                      <xsl:otherwise>有错误</xsl:otherwise>
                    </xsl:choose>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:if>
      </div>
    </section>
  </xsl:template>
</xsl:stylesheet>
