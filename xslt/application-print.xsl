<?xml version="1.0" encoding="UTF-8"?>
<!--
  application-print.xsl: the 长春市职工创新工作室创建申请表 as the paper form
  lays it out, on A4 (GET /app/applications/{id}?format=print, document
  <application>). Page 1 is the cover (with the naming number of a named
  studio at its head); the bordered table of the form follows on a new
  page, ending with the three opinion boxes (所在工会意见,
  推荐单位意见, 市总工会审批意见), each with the opinion of that stage's latest
  review, the unit, room for the seal and the date as ____年__月__日.
  A document of its own: no navigation, no buttons; styled by
  static/application-print.css (screen: the sheets; print: @page A4).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:variable name="form-title" select="'长春市职工创新工作室创建申请表'"/>

  <xsl:template match="/">
    <html lang="zh-CN">
      <head>
        <xsl:call-template name="head-common"/>
        <meta name="robots" content="noindex, nofollow"/>
        <title>
          <xsl:value-of select="$form-title"/>
          <xsl:if test="normalize-space(/application/name) != ''">
            <xsl:text> - </xsl:text>
            <xsl:value-of select="/application/name"/>
          </xsl:if>
        </title>
        <link rel="stylesheet" href="/static/application-print.css"/>
        <xsl:call-template name="print-tools-head"/>
      </head>
      <body class="paper paper-form">
        <xsl:call-template name="print-bar"/>
        <xsl:apply-templates select="application"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="/*[not(self::application)]" priority="-1"/>

  <xsl:template match="/application">
    <xsl:call-template name="cover"/>
    <xsl:call-template name="form-table"/>
  </xsl:template>

  <!-- ============================================================= cover -->

  <xsl:template name="cover">
    <section class="sheet cover" aria-label="封面">
      <!-- the naming number at the head of the cover, where a form's
           number goes: the two pages of the table stay the form's own -->
      <xsl:if test="normalize-space(naming/@number) != ''
                    and (@status = 'named' or @status = 'revoked' or @status = 'upgraded')">
        <p class="cover-number">
          <xsl:text>命名文号：</xsl:text>
          <xsl:value-of select="naming/@number"/>
          <xsl:if test="normalize-space(naming/@on) != ''">
            <br/>
            <xsl:text>命名日期：</xsl:text>
            <xsl:call-template name="date"><xsl:with-param name="d" select="naming/@on"/></xsl:call-template>
          </xsl:if>
        </p>
      </xsl:if>
      <h1 class="cover-title"><xsl:value-of select="$form-title"/></h1>
      <table class="cover-lines">
        <tbody>
          <xsl:call-template name="cover-line">
            <xsl:with-param name="k" select="'工作室名称'"/>
            <xsl:with-param name="v" select="name"/>
          </xsl:call-template>
          <xsl:call-template name="cover-line">
            <xsl:with-param name="k" select="'所在单位'"/>
            <xsl:with-param name="v" select="host-unit"/>
          </xsl:call-template>
          <xsl:call-template name="cover-line">
            <xsl:with-param name="k" select="'单位类型'"/>
            <xsl:with-param name="v" select="host-unit-type"/>
          </xsl:call-template>
          <xsl:call-template name="cover-line">
            <xsl:with-param name="k" select="'所属行业'"/>
            <xsl:with-param name="v" select="industry"/>
          </xsl:call-template>
          <xsl:call-template name="cover-line">
            <xsl:with-param name="k" select="'推荐单位'"/>
            <xsl:with-param name="v" select="recommending-unit"/>
          </xsl:call-template>
        </tbody>
      </table>
      <p class="cover-date">
        <span class="cover-date-label">填报日期</span>
        <xsl:call-template name="ymd-blanks">
          <xsl:with-param name="d" select="filled-on"/>
        </xsl:call-template>
      </p>
      <p class="cover-issuer">长春市总工会制</p>
    </section>
  </xsl:template>

  <xsl:template name="cover-line">
    <xsl:param name="k"/>
    <xsl:param name="v"/>
    <tr>
      <th scope="row"><span class="cover-key"><xsl:value-of select="$k"/></span>：</th>
      <td><xsl:value-of select="$v"/></td>
    </tr>
  </xsl:template>

  <!-- ymd-blanks: an ISO date or datetime as ____年__月__日 with its numbers
       on the lines (Asia/Shanghai); the lines alone when there is no date. -->
  <xsl:template name="ymd-blanks">
    <xsl:param name="d"/>
    <xsl:variable name="s">
      <xsl:call-template name="to-local">
        <xsl:with-param name="d" select="normalize-space($d)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="ok" select="substring($s, 5, 1) = '-' and substring($s, 8, 1) = '-'
                                    and string(number(substring($s, 1, 4))) != 'NaN'
                                    and string(number(substring($s, 6, 2))) != 'NaN'
                                    and string(number(substring($s, 9, 2))) != 'NaN'"/>
    <span class="ymd">
      <span class="blank blank-y">
        <xsl:if test="$ok"><xsl:value-of select="number(substring($s, 1, 4))"/></xsl:if>
      </span>
      <xsl:text>年</xsl:text>
      <span class="blank blank-md">
        <xsl:if test="$ok"><xsl:value-of select="number(substring($s, 6, 2))"/></xsl:if>
      </span>
      <xsl:text>月</xsl:text>
      <span class="blank blank-md">
        <xsl:if test="$ok"><xsl:value-of select="number(substring($s, 9, 2))"/></xsl:if>
      </span>
      <xsl:text>日</xsl:text>
    </span>
  </xsl:template>

  <!-- ============================================================= table -->

  <xsl:template name="form-table">
    <section class="sheet form" aria-label="申请表">
      <table class="form-table">
        <colgroup>
          <col class="c1"/><col class="c2"/><col class="c3"/>
          <col class="c4"/><col class="c5"/><col class="c6"/>
        </colgroup>
        <tbody>
          <tr>
            <th scope="row">工作室名称</th>
            <td colspan="3"><xsl:value-of select="name"/></td>
            <th scope="row">创建日期</th>
            <td class="nowrap">
              <xsl:call-template name="date"><xsl:with-param name="d" select="founded-on"/></xsl:call-template>
            </td>
          </tr>
          <tr>
            <th scope="row">所在单位</th>
            <td colspan="3"><xsl:value-of select="host-unit"/></td>
            <th scope="row">命名单位</th>
            <td><xsl:value-of select="naming-unit"/></td>
          </tr>
          <tr>
            <th scope="row">专业领域</th>
            <td colspan="3"><xsl:value-of select="field"/></td>
            <th scope="row">成员人数</th>
            <td>
              <xsl:value-of select="member-count"/>
              <xsl:if test="normalize-space(member-count) != ''"> 人</xsl:if>
            </td>
          </tr>
          <tr>
            <th scope="row">工作室类型</th>
            <td colspan="5" class="types">
              <xsl:call-template name="type-boxes"/>
            </td>
          </tr>
          <tr class="band">
            <th colspan="6" scope="colgroup">工作室领衔人情况</th>
          </tr>
          <tr>
            <th scope="row">姓名</th>
            <td><xsl:value-of select="leader/name"/></td>
            <th scope="row">性别</th>
            <td><xsl:value-of select="leader/gender"/></td>
            <th scope="row">出生年月</th>
            <td class="nowrap">
              <xsl:call-template name="month"><xsl:with-param name="d" select="string(leader/birth-month)"/></xsl:call-template>
            </td>
          </tr>
          <tr>
            <th scope="row">学历</th>
            <td><xsl:value-of select="leader/education"/></td>
            <th scope="row">民族</th>
            <td><xsl:value-of select="leader/ethnicity"/></td>
            <th scope="row">政治面貌</th>
            <td><xsl:value-of select="leader/political-status"/></td>
          </tr>
          <tr>
            <th scope="row">专业/工种</th>
            <td><xsl:value-of select="leader/specialty"/></td>
            <th scope="row">技术职称</th>
            <td><xsl:value-of select="leader/title"/></td>
            <th scope="row">手机号码</th>
            <td class="nowrap"><xsl:value-of select="leader/mobile"/></td>
          </tr>
          <tr>
            <th scope="row">何年获何<br/>荣誉称号</th>
            <td colspan="3" class="honours">
              <xsl:for-each select="leader/honours/honour">
                <p>
                  <span class="honour-year"><xsl:value-of select="@year"/>年</span>
                  <xsl:text> </xsl:text>
                  <xsl:value-of select="."/>
                </p>
              </xsl:for-each>
            </td>
            <th scope="row">E-mail</th>
            <td class="email">
              <xsl:variable name="email" select="normalize-space(leader/email)"/>
              <xsl:choose>
                <xsl:when test="contains($email, '@')">
                  <xsl:value-of select="substring-before($email, '@')"/>
                  <wbr/>
                  <xsl:text>@</xsl:text>
                  <xsl:value-of select="substring-after($email, '@')"/>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="$email"/></xsl:otherwise>
              </xsl:choose>
            </td>
          </tr>
          <tr class="band">
            <th colspan="6" scope="colgroup">工作室基本情况</th>
          </tr>
          <tr class="text-row text-row-overview">
            <td colspan="6"><div class="text"><xsl:value-of select="overview"/></div></td>
          </tr>
          <tr class="text-row">
            <th scope="row">工作室<br/>工作目标</th>
            <td colspan="5"><div class="text"><xsl:value-of select="goals"/></div></td>
          </tr>
          <tr class="text-row">
            <th scope="row">工作室<br/>成果简介</th>
            <td colspan="5"><div class="text"><xsl:value-of select="achievements-summary"/></div></td>
          </tr>
          <tr class="text-row">
            <th scope="row">工作室<br/>曾获荣誉</th>
            <td colspan="5"><div class="text"><xsl:value-of select="honours"/></div></td>
          </tr>
        </tbody>
        <tbody class="opinions">
          <xsl:call-template name="opinion-box">
            <xsl:with-param name="label">所在工会<br/>意见</xsl:with-param>
            <xsl:with-param name="review"
              select="reviews/review[@stage = 'base' and @decision = 'recommend'][last()]"/>
            <xsl:with-param name="unit" select="base-union"/>
            <xsl:with-param name="seal" select="'工会公章'"/>
          </xsl:call-template>
          <xsl:call-template name="opinion-box">
            <xsl:with-param name="label">推荐单位<br/>意见</xsl:with-param>
            <xsl:with-param name="review"
              select="reviews/review[@stage = 'district'
                                     and (@decision = 'approve' or @decision = 'return'
                                          or @decision = 'reject')][last()]"/>
            <xsl:with-param name="unit" select="recommending-unit"/>
            <xsl:with-param name="seal" select="'工会公章'"/>
          </xsl:call-template>
          <xsl:call-template name="opinion-box">
            <xsl:with-param name="label">市总工会<br/>审批意见</xsl:with-param>
            <xsl:with-param name="review"
              select="reviews/review[@stage = 'city'
                                     and (@decision = 'name' or @decision = 'reject'
                                          or @decision = 'return')][last()]"/>
            <xsl:with-param name="seal" select="'公章'"/>
          </xsl:call-template>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <!-- type-boxes: the six studio types of the form, ☑ where ticked; 其他
       with the text typed for it. -->
  <xsl:template name="type-boxes">
    <xsl:variable name="types" select="types/type"/>
    <xsl:for-each select="$labels[starts-with(@k, 'stype.')]">
      <xsl:sort select="@n" data-type="number"/>
      <xsl:variable name="code" select="substring-after(@k, 'stype.')"/>
      <xsl:variable name="on" select="$types[@code = $code]"/>
      <span class="box-item">
        <span class="box" aria-hidden="true">
          <xsl:choose>
            <xsl:when test="$on">☑</xsl:when>
            <xsl:otherwise>☐</xsl:otherwise>
          </xsl:choose>
        </span>
        <span class="sr">
          <xsl:choose>
            <xsl:when test="$on">已选</xsl:when>
            <xsl:otherwise>未选</xsl:otherwise>
          </xsl:choose>
        </span>
        <xsl:value-of select="."/>
        <xsl:if test="$code = 'other' and normalize-space($on) != ''">
          <span class="box-other">
            <xsl:text>（</xsl:text>
            <xsl:value-of select="$on"/>
            <xsl:text>）</xsl:text>
          </span>
        </xsl:if>
      </span>
      <xsl:text> </xsl:text>
    </xsl:for-each>
  </xsl:template>

  <!-- opinion-box: one of the three opinion rows: label cell, then the
       opinion of $review beside the seal area at the right, which holds
       the unit (the reviewer's, else $unit) and the date: a round seal
       of 42 mm is stamped over them, as offices do. -->
  <xsl:template name="opinion-box">
    <xsl:param name="label"/>
    <xsl:param name="review"/>
    <xsl:param name="unit"/>
    <xsl:param name="seal"/>
    <tr class="opinion-row">
      <th scope="row"><xsl:copy-of select="$label"/></th>
      <td colspan="5" class="opinion">
        <div class="opinion-sign">
          <p class="opinion-unit">
            <xsl:choose>
              <xsl:when test="$review"><xsl:value-of select="$review/@unit-name"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$unit"/></xsl:otherwise>
            </xsl:choose>
          </p>
          <p class="opinion-seal"><xsl:value-of select="$seal"/></p>
          <p class="opinion-date">
            <xsl:call-template name="ymd-blanks">
              <xsl:with-param name="d" select="$review/@on"/>
            </xsl:call-template>
          </p>
        </div>
        <div class="opinion-text">
          <xsl:if test="$review and $review/@decision = 'return'">
            <span class="opinion-decision">退回修改。</span>
          </xsl:if>
          <xsl:if test="$review and $review/@decision = 'reject'">
            <span class="opinion-decision">
              <xsl:for-each select="$review">
                <xsl:call-template name="decision-label"/>
              </xsl:for-each>
              <xsl:text>。</xsl:text>
            </span>
          </xsl:if>
          <xsl:value-of select="$review"/>
        </div>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
