<?xml version="1.0" encoding="UTF-8"?>
<!--
  events.xsl: the publicity events the unit sees, GET /app/events
  (document <events>): a GET filter form (year, kind, q), the table
  (date, kind, title linked to the event, host, organiser, studios taking
  part, public or not), the pager, and the form POST /app/events
  action=create (event-common.xsl).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="training-common.xsl"/>
  <xsl:include href="event-common.xsl"/>

  <xsl:template match="events" mode="title">
    <xsl:if test="@year != ''"><xsl:value-of select="@year"/>年度</xsl:if>
    <xsl:text>宣传活动</xsl:text>
  </xsl:template>

  <xsl:template match="events" mode="crumbs">
    <li aria-current="page">宣传活动</li>
  </xsl:template>

  <xsl:template match="events" mode="record-name">新的宣传活动</xsl:template>

  <xsl:template match="events" mode="query">
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'year'"/>
      <xsl:with-param name="value" select="@year"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'kind'"/>
      <xsl:with-param name="value" select="@kind"/>
    </xsl:call-template>
    <xsl:call-template name="qp">
      <xsl:with-param name="name" select="'q'"/>
      <xsl:with-param name="value" select="@q"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="events" mode="filter-words">
    <xsl:if test="@year != ''"><i><xsl:value-of select="@year"/>年度</i></xsl:if>
    <xsl:if test="@kind != ''"><i><xsl:call-template name="evkind"/></i></xsl:if>
    <xsl:if test="@q != ''"><i>名称包含“<xsl:value-of select="@q"/>”</i></xsl:if>
  </xsl:template>

  <xsl:template match="events" mode="main">
    <xsl:call-template name="tr-message"/>
    <xsl:if test="not($is-print)">
      <p class="help">运用现场会、观摩会、学习交流会等方式，及时总结、推广优秀职工创新工作室的经验做法。标为公布的活动在活动日期之后列入公众网站的“宣传活动”。</p>
      <form class="filter app-filter" method="get" action="/app/events">
        <span class="filter-field">
          <label for="f-year">年度</label>
          <input type="text" id="f-year" name="year" value="{@year}" maxlength="4"
                 pattern="[0-9]{{4}}" inputmode="numeric" class="input-year" placeholder="全部"/>
        </span>
        <span class="filter-field">
          <label for="f-kind">形式</label>
          <select id="f-kind" name="kind">
            <option value="">全部</option>
            <option value="onsite"><xsl:if test="@kind = 'onsite'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>现场会</option>
            <option value="observation"><xsl:if test="@kind = 'observation'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>观摩会</option>
            <option value="exchange"><xsl:if test="@kind = 'exchange'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>学习交流会</option>
          </select>
        </span>
        <span class="filter-field">
          <label for="f-q">名称关键字</label>
          <input type="search" id="f-q" name="q" value="{@q}" maxlength="50" placeholder="活动名称"/>
        </span>
        <span class="filter-actions">
          <button type="submit">查询</button>
          <xsl:if test="@year != '' or @kind != '' or @q != ''">
            <a class="button button-plain" href="/app/events">清除条件</a>
          </xsl:if>
        </span>
      </form>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="event">
        <div class="table-scroll">
          <table class="grid events-table">
            <thead>
              <tr>
                <xsl:call-template name="seq-head"/>
                <th scope="col">日期</th>
                <th scope="col">形式</th>
                <th scope="col" class="col-name">活动名称</th>
                <th scope="col">承办</th>
                <th scope="col">组织单位</th>
                <th scope="col" class="num">参加工作室</th>
                <th scope="col">公布</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="event">
                <tr>
                  <td class="num seq print-only"><xsl:value-of select="$seq-base + position()"/></td>
                  <td class="nowrap" data-label="日期">
                    <xsl:call-template name="date"><xsl:with-param name="d" select="@held-on"/></xsl:call-template>
                  </td>
                  <td class="nowrap" data-label="形式"><xsl:call-template name="evkind"/></td>
                  <td class="col-name" data-label="活动名称">
                    <xsl:choose>
                      <xsl:when test="$is-print"><xsl:value-of select="title"/></xsl:when>
                      <xsl:otherwise><a href="/app/events/{@id}"><xsl:value-of select="title"/></a></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td data-label="承办"><xsl:value-of select="host"/></td>
                  <td data-label="组织单位"><xsl:value-of select="organiser"/></td>
                  <td class="num" data-label="参加工作室"><xsl:value-of select="@studios"/></td>
                  <td class="nowrap" data-label="公布">
                    <xsl:choose>
                      <xsl:when test="@public = 'true'">公布</xsl:when>
                      <xsl:otherwise><span class="muted">不公布</span></xsl:otherwise>
                    </xsl:choose>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty panel">没有符合条件的宣传活动。</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
    <xsl:if test="@may-create = 'true' and not($is-print)">
      <section class="panel app-section" id="create">
        <h2>登记宣传活动</h2>
        <form class="app-form action-form" method="post" action="/app/events">
          <xsl:call-template name="csrf-input"/>
          <input type="hidden" name="action" value="create"/>
          <div class="panel-body">
            <p class="help">组织单位为本单位；登记后在活动页面登记参加的工作室、上传照片。</p>
            <xsl:call-template name="event-fields">
              <xsl:with-param name="action" select="'create'"/>
            </xsl:call-template>
            <p class="action-submit"><button type="submit">登记宣传活动</button></p>
          </div>
        </form>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
