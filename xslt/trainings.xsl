<?xml version="1.0" encoding="UTF-8"?>
<!--
  trainings.xsl: the training sessions for studio leaders that the unit
  sees, GET /app/trainings (document <trainings>): a GET filter form
  (year, q), the table (dates, title linked to the session, organiser,
  place, class hours, invited and attended), the pager, and where
  may-create="true" the form POST /app/trainings action=create: title,
  starts-on, ends-on, place, hours.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="training-common.xsl"/>

  <xsl:template match="trainings" mode="title">
    <xsl:if test="@year != ''"><xsl:value-of select="@year"/>年度</xsl:if>
    <xsl:text>领衔人培训</xsl:text>
  </xsl:template>

  <xsl:template match="trainings" mode="crumbs">
    <li aria-current="page">领衔人培训</li>
  </xsl:template>

  <xsl:template match="trainings" mode="record-name">新的培训</xsl:template>

  <xsl:template match="trainings" mode="query">
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'year'"/>
      <xsl:with-param name="value" select="@year"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'q'"/>
      <xsl:with-param name="value" select="@q"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="trainings" mode="filter-words">
    <xsl:if test="@year != ''"><i><xsl:value-of select="@year"/>年度</i></xsl:if>
    <xsl:if test="@q != ''"><i>名称包含“<xsl:value-of select="@q"/>”</i></xsl:if>
  </xsl:template>

  <xsl:template match="trainings" mode="main">
    <xsl:call-template name="tr-message"/>
    <xsl:if test="not($is-print)">
      <p class="help">依据《关于支持职工创新工作室创建的意见》“加强对领衔人的培养”，定期或不定期开展有针对性的领衔人培训。各单位可查看本单位、上级单位和下级单位组织的培训。</p>
      <form class="filter app-filter" method="get" action="/app/trainings">
        <span class="filter-field">
          <label for="f-year">年度</label>
          <select id="f-year" name="year">
            <option value="">全部</option>
            <xsl:for-each select="years/year">
              <option value="{.}">
                <xsl:if test=". = /trainings/@year"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:value-of select="."/>
              </option>
            </xsl:for-each>
          </select>
        </span>
        <span class="filter-field">
          <label for="f-q">名称关键字</label>
          <input type="search" id="f-q" name="q" value="{@q}" maxlength="50" placeholder="培训名称"/>
        </span>
        <span class="filter-actions">
          <button type="submit">查询</button>
          <xsl:if test="@year != '' or @q != ''">
            <a class="button button-plain" href="/app/trainings">清除条件</a>
          </xsl:if>
        </span>
      </form>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="training">
        <div class="table-scroll">
          <table class="grid trainings-table">
            <thead>
              <tr>
                <xsl:call-template name="seq-head"/>
                <th scope="col">培训日期</th>
                <th scope="col" class="col-name">培训名称</th>
                <th scope="col">组织单位</th>
                <th scope="col">培训地点</th>
                <th scope="col" class="num">学时</th>
                <th scope="col" class="num">邀请</th>
                <th scope="col" class="num">出席</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="training">
                <tr>
                  <td class="num seq print-only"><xsl:value-of select="$seq-base + position()"/></td>
                  <td class="nowrap" data-label="培训日期">
                    <xsl:call-template name="date-span">
                      <xsl:with-param name="from" select="@starts-on"/>
                      <xsl:with-param name="to" select="@ends-on"/>
                    </xsl:call-template>
                  </td>
                  <td class="col-name" data-label="培训名称">
                    <xsl:choose>
                      <xsl:when test="$is-print"><xsl:value-of select="title"/></xsl:when>
                      <xsl:otherwise><a href="/app/trainings/{@id}"><xsl:value-of select="title"/></a></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td data-label="组织单位"><xsl:value-of select="organiser"/></td>
                  <td data-label="培训地点"><xsl:value-of select="place"/></td>
                  <td class="num" data-label="学时"><xsl:value-of select="@hours"/></td>
                  <td class="num" data-label="邀请"><xsl:value-of select="@invited"/></td>
                  <td class="num" data-label="出席"><xsl:value-of select="@attended"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty panel">没有符合条件的培训。</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
    <xsl:if test="@may-create = 'true' and not($is-print)">
      <section class="panel app-section" id="create">
        <h2>设立培训</h2>
        <form class="app-form action-form" method="post" action="/app/trainings">
          <xsl:call-template name="csrf-input"/>
          <input type="hidden" name="action" value="create"/>
          <div class="panel-body">
            <p class="help">组织单位为本单位；设立后在培训页面邀请本单位所辖已命名的工作室，培训开始后登记出席情况。</p>
            <xsl:call-template name="tr-field">
              <xsl:with-param name="name" select="'title'"/>
              <xsl:with-param name="label" select="'培训名称'"/>
              <xsl:with-param name="action" select="'create'"/>
            </xsl:call-template>
            <xsl:call-template name="tr-field">
              <xsl:with-param name="name" select="'starts-on'"/>
              <xsl:with-param name="label" select="'开始日期'"/>
              <xsl:with-param name="action" select="'create'"/>
              <xsl:with-param name="type" select="'date'"/>
            </xsl:call-template>
            <xsl:call-template name="tr-field">
              <xsl:with-param name="name" select="'ends-on'"/>
              <xsl:with-param name="label" select="'结束日期'"/>
              <xsl:with-param name="action" select="'create'"/>
              <xsl:with-param name="type" select="'date'"/>
            </xsl:call-template>
            <xsl:call-template name="tr-field">
              <xsl:with-param name="name" select="'place'"/>
              <xsl:with-param name="label" select="'培训地点'"/>
              <xsl:with-param name="action" select="'create'"/>
            </xsl:call-template>
            <xsl:call-template name="tr-field">
              <xsl:with-param name="name" select="'hours'"/>
              <xsl:with-param name="label" select="'学时'"/>
              <xsl:with-param name="action" select="'create'"/>
              <xsl:with-param name="type" select="'number'"/>
              <xsl:with-param name="max" select="999"/>
            </xsl:call-template>
            <p class="action-submit"><button type="submit">设立培训</button></p>
          </div>
        </form>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
