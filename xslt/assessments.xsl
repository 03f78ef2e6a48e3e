<?xml version="1.0" encoding="UTF-8"?>
<!--
  assessments.xsl: the annual assessment sheets of the unit's subtree,
  GET /app/assessments (document <assessments>): the year's scheme and
  filing deadline with links to the scheme and the filing page, a GET
  filter form (year from <years>, stage, grade, district from <filters> when
  given, q), the table (each row to its sheet), the pager and the CSV
  export of the whole filtered list.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="exsl">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="assessment-common.xsl"/>

  <xsl:variable name="stages-rtf">
    <s>self</s><s>submitted</s><s>scored</s><s>filed</s><s>confirmed</s>
  </xsl:variable>
  <xsl:variable name="grades-rtf">
    <s>excellent</s><s>pass</s><s>fail</s>
  </xsl:variable>

  <!-- the year is a column only when the list holds every year -->
  <xsl:variable name="all-years" select="string(/assessments/@year) = ''"/>

  <xsl:template match="assessments" mode="head">
    <link rel="stylesheet" href="/static/assessment.css"/>
  </xsl:template>

  <xsl:template match="assessments" mode="title">
    <xsl:choose>
      <xsl:when test="@year != ''"><xsl:value-of select="@year"/>年度考核</xsl:when>
      <xsl:otherwise>年度考核</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="assessments" mode="print-title">
    <xsl:if test="@year != ''"><xsl:value-of select="@year"/>年度</xsl:if>
    <xsl:text>职工创新工作室考核情况一览表</xsl:text>
  </xsl:template>

  <xsl:template match="assessments" mode="crumbs">
    <li><a href="/app/studios">工作室</a></li>
    <li aria-current="page">年度考核</li>
  </xsl:template>

  <xsl:template match="assessments" mode="query">
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'year'"/>
      <xsl:with-param name="value" select="@year"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'stage'"/>
      <xsl:with-param name="value" select="@stage"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'grade'"/>
      <xsl:with-param name="value" select="@grade"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'district'"/>
      <xsl:with-param name="value" select="@district"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'q'"/>
      <xsl:with-param name="value" select="@q"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="assessments" mode="tools">
    <xsl:call-template name="export-links">
      <xsl:with-param name="csv" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="assessments" mode="filter-words">
    <xsl:if test="@year != ''"><i><xsl:value-of select="@year"/>年度</i></xsl:if>
    <xsl:if test="@stage != ''">
      <i>
        <xsl:text>阶段为“</xsl:text>
        <xsl:call-template name="label"><xsl:with-param name="k" select="concat('astage.', @stage)"/></xsl:call-template>
        <xsl:text>”</xsl:text>
      </i>
    </xsl:if>
    <xsl:if test="@grade != ''">
      <i>
        <xsl:text>等次为“</xsl:text>
        <xsl:call-template name="grade-label"><xsl:with-param name="code" select="@grade"/></xsl:call-template>
        <xsl:text>”</xsl:text>
      </i>
    </xsl:if>
    <xsl:if test="@district != ''">
      <i>
        <xsl:text>审核单位为</xsl:text>
        <xsl:variable name="u" select="filters/districts/unit[@id = current()/@district]"/>
        <xsl:choose>
          <xsl:when test="$u"><xsl:value-of select="$u"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="@district"/></xsl:otherwise>
        </xsl:choose>
      </i>
    </xsl:if>
    <xsl:if test="@q != ''">
      <i>
        <xsl:text>名称包含“</xsl:text>
        <xsl:value-of select="@q"/>
        <xsl:text>”</xsl:text>
      </i>
    </xsl:if>
  </xsl:template>

  <xsl:template match="assessments" mode="main">
    <xsl:variable name="base">
      <xsl:choose>
        <xsl:when test="$path != ''"><xsl:value-of select="$path"/></xsl:when>
        <xsl:otherwise>/app/assessments</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="not($is-print)">
      <xsl:if test="scheme">
        <div class="app-summary">
          <dl class="app-facts">
            <div>
              <dt>考核方案</dt>
              <dd>
                <a href="/app/assessments/schemes/{scheme/@year}">
                  <xsl:value-of select="scheme/@year"/>
                  <xsl:text>年度考核方案</xsl:text>
                </a>
                <xsl:text>（</xsl:text>
                <xsl:call-template name="label">
                  <xsl:with-param name="k" select="concat('scheme-status.', scheme/@status)"/>
                  <xsl:with-param name="default" select="scheme/@status"/>
                </xsl:call-template>
                <xsl:text>）</xsl:text>
              </dd>
            </div>
            <div>
              <dt>报送截止</dt>
              <dd>
                <xsl:call-template name="deadline">
                  <xsl:with-param name="d" select="scheme/@deadline"/>
                  <xsl:with-param name="n" select="scheme/@days-left"/>
                </xsl:call-template>
              </dd>
            </div>
            <div>
              <dt>年度报送</dt>
              <dd><a href="/app/assessments/filings/{scheme/@year}">各审核单位报送情况</a></dd>
            </div>
            <div>
              <dt>年度排名</dt>
              <dd>
                <a href="/app/rankings/studios?year={scheme/@year}">工作室排名</a>
                <xsl:text>　</xsl:text>
                <a href="/app/rankings/units?year={scheme/@year}">审核单位排名</a>
              </dd>
            </div>
          </dl>
        </div>
      </xsl:if>
      <xsl:call-template name="filter-form">
        <xsl:with-param name="base" select="$base"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="assessment">
        <div class="table-scroll">
          <table class="grid assess-table">
            <thead>
              <tr>
                <xsl:call-template name="seq-head"/>
                <xsl:if test="$all-years"><th scope="col">年度</th></xsl:if>
                <th scope="col" class="studio-name">工作室</th>
                <th scope="col">命名编号</th>
                <th scope="col">所在单位工会</th>
                <th scope="col">审核单位</th>
                <th scope="col">阶段</th>
                <th scope="col" class="num">自评总分</th>
                <th scope="col" class="num">考核总分</th>
                <th scope="col">拟定等次</th>
                <th scope="col">确认等次</th>
                <th scope="col">阶段时间</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="assessment">
                <tr>
                  <td class="num seq print-only"><xsl:value-of select="$seq-base + position()"/></td>
                  <xsl:if test="$all-years"><td class="nowrap"><xsl:value-of select="@year"/></td></xsl:if>
                  <td class="studio-name">
                    <xsl:choose>
                      <xsl:when test="$is-print"><xsl:value-of select="name"/></xsl:when>
                      <xsl:otherwise>
                        <a>
                          <xsl:attribute name="href">
                            <xsl:call-template name="sheet-href">
                              <xsl:with-param name="studio" select="@studio"/>
                              <xsl:with-param name="year" select="@year"/>
                            </xsl:call-template>
                          </xsl:attribute>
                          <xsl:value-of select="name"/>
                        </a>
                      </xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td class="nowrap"><xsl:value-of select="number"/></td>
                  <td><xsl:value-of select="base-union"/></td>
                  <td><xsl:value-of select="auditing-unit"/></td>
                  <td class="nowrap"><xsl:call-template name="astage-badge"/></td>
                  <td class="num"><xsl:call-template name="score"><xsl:with-param name="v" select="@self-total"/></xsl:call-template></td>
                  <td class="num"><xsl:call-template name="score"><xsl:with-param name="v" select="@audit-total"/></xsl:call-template></td>
                  <td class="nowrap"><xsl:call-template name="grade-label"><xsl:with-param name="code" select="@proposed-grade"/></xsl:call-template></td>
                  <td class="nowrap"><xsl:call-template name="grade-badge"><xsl:with-param name="code" select="@grade"/></xsl:call-template></td>
                  <td class="date"><xsl:call-template name="date"><xsl:with-param name="d" select="@since"/></xsl:call-template></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty panel">没有符合条件的考核表。</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <xsl:template name="filter-form">
    <xsl:param name="base"/>
    <xsl:variable name="root" select="."/>
    <form class="filter app-filter" method="get" action="{$base}">
      <span class="filter-field">
        <label for="f-year">年度</label>
        <select id="f-year" name="year">
          <option value="">全部年度</option>
          <xsl:for-each select="years/year">
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
      <span class="filter-field">
        <label for="f-stage">阶段</label>
        <select id="f-stage" name="stage">
          <option value="">全部阶段</option>
          <xsl:for-each select="exsl:node-set($stages-rtf)/s">
            <option value="{.}">
              <xsl:if test="string(.) = string($root/@stage)">
                <xsl:attribute name="selected">selected</xsl:attribute>
              </xsl:if>
              <xsl:call-template name="label"><xsl:with-param name="k" select="concat('astage.', .)"/></xsl:call-template>
            </option>
          </xsl:for-each>
        </select>
      </span>
      <span class="filter-field">
        <label for="f-grade">等次</label>
        <select id="f-grade" name="grade">
          <option value="">全部等次</option>
          <xsl:for-each select="exsl:node-set($grades-rtf)/s">
            <option value="{.}">
              <xsl:if test="string(.) = string($root/@grade)">
                <xsl:attribute name="selected">selected</xsl:attribute>
              </xsl:if>
              <xsl:call-template name="grade-label"><xsl:with-param name="code" select="string(.)"/></xsl:call-template>
            </option>
          </xsl:for-each>
        </select>
      </span>
      <xsl:choose>
        <xsl:when test="filters/districts/unit">
          <span class="filter-field">
            <label for="f-district">审核单位</label>
            <select id="f-district" name="district">
              <option value="">全部</option>
              <xsl:for-each select="filters/districts/unit">
                <option value="{@id}">
                  <xsl:if test="string(@id) = string($root/@district)">
                    <xsl:attribute name="selected">selected</xsl:attribute>
                  </xsl:if>
                  <xsl:value-of select="."/>
                </option>
              </xsl:for-each>
            </select>
          </span>
        </xsl:when>
        <xsl:when test="@district != ''">
          <input type="hidden" name="district" value="{@district}"/>
        </xsl:when>
      </xsl:choose>
      <span class="filter-field">
        <label for="f-q">名称关键字</label>
        <input type="search" id="f-q" name="q" value="{@q}" maxlength="50" placeholder="工作室名称"/>
      </span>
      <span class="filter-actions">
        <button type="submit">查询</button>
        <xsl:if test="@stage != '' or @grade != '' or @district != '' or @q != ''">
          <a class="button button-plain" href="{$base}?year={@year}">清除条件</a>
        </xsl:if>
      </span>
    </form>
  </xsl:template>

</xsl:stylesheet>
