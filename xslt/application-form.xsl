<?xml version="1.0" encoding="UTF-8"?>
<!--
  application-form.xsl: the form of the 长春市职工创新工作室创建申请表,
  GET /app/applications/new, GET /app/applications/{id}/edit and a refused
  POST shown again (document <application-form>). Posts to @action with the
  hidden csrf and, for an edit, version (for a new one, its one-time key
  once). Field names are the dotted names
  the server reads (name, leader.mobile, types, leader.honours.year …);
  every value comes back as typed, each error beside its field and in a
  list at the top. Sections follow the paper form.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="exsl">
  <xsl:import href="layout.xsl"/>

  <xsl:variable name="v" select="/application-form/values"/>
  <xsl:variable name="codes" select="/application-form/codes"/>
  <xsl:variable name="is-new" select="string(/application-form/@id) = ''"/>
  <!-- the longest text of each field and the number of the leader's
       honour lines, as the server takes them (fields[] and MAXHON of
       fcgi/h_application.c) -->
  <xsl:variable name="limits" select="/application-form/limits/limit"/>
  <xsl:variable name="honour-lines" select="number(/application-form/limits/@honour-lines)"/>

  <!-- the ids of the fields on this page, for the links of the error list -->
  <xsl:variable name="field-names-rtf">
    <f>name</f><f>host-unit</f><f>host-unit-type</f><f>industry</f>
    <f>recommending-unit</f><f>filled-on</f><f>founded-on</f><f>naming-unit</f>
    <f>field</f><f>member-count</f><f>types</f><f>type-other</f>
    <f>leader.name</f><f>leader.gender</f><f>leader.birth-month</f>
    <f>leader.education</f><f>leader.ethnicity</f><f>leader.political-status</f>
    <f>leader.specialty</f><f>leader.title</f><f>leader.mobile</f><f>leader.email</f>
    <f>leader.honours</f><f>leader.honours.year</f><f>leader.honours.title</f>
    <f>overview</f><f>goals</f><f>achievements-summary</f><f>honours</f>
    <f>conditions.leader</f><f>conditions.members</f><f>conditions.goals</f>
    <f>conditions.venue</f><f>conditions.equipment</f><f>conditions.display</f>
    <f>conditions.not-existing-department</f><f>employer-consent</f>
  </xsl:variable>
  <xsl:variable name="field-names" select="exsl:node-set($field-names-rtf)/f"/>

  <xsl:template match="application-form" mode="title">
    <xsl:choose>
      <xsl:when test="$is-new">填写创建申请表</xsl:when>
      <xsl:otherwise>修改创建申请表</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="application-form" mode="crumbs">
    <li><a href="/app/applications">创建申请</a></li>
    <xsl:if test="not($is-new)">
      <li>
        <a href="/app/applications/{@id}">
          <xsl:choose>
            <xsl:when test="normalize-space($v/name) != ''"><xsl:value-of select="normalize-space($v/name)"/></xsl:when>
            <xsl:otherwise>申请 <xsl:value-of select="@id"/></xsl:otherwise>
          </xsl:choose>
        </a>
      </li>
    </xsl:if>
    <li aria-current="page"><xsl:apply-templates select="." mode="title"/></li>
  </xsl:template>

  <xsl:template match="application-form" mode="tools"/>

  <xsl:template match="application-form" mode="main">
    <xsl:choose>
      <xsl:when test="$is-print">
        <p class="empty">申请表的填写页面不提供打印。请在申请页面使用“打印申请表”。</p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="the-form"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="the-form">
    <xsl:if test="returned">
      <div class="app-todo app-returned" role="note">
        <p>
          <strong>
            <xsl:value-of select="returned/@unit-name"/>
            <xsl:text>退回意见（</xsl:text>
            <xsl:call-template name="datetime"><xsl:with-param name="d" select="returned/@on"/></xsl:call-template>
            <xsl:text>）：</xsl:text>
          </strong>
          <xsl:value-of select="returned"/>
        </p>
        <p>请根据意见修改，保存后重新推荐上报。</p>
      </div>
    </xsl:if>
    <xsl:if test="normalize-space(message) != ''">
      <div class="notice form-message" role="alert">
        <p class="notice-message"><strong><xsl:value-of select="message"/></strong></p>
        <xsl:if test="not($is-new)">
          <p>
            <xsl:text>下面保留了您填写的内容。可</xsl:text>
            <a href="/app/applications/{@id}" target="_blank" rel="noopener">在新窗口中查看当前保存的申请</a>
            <xsl:text>，核对后再保存。</xsl:text>
          </p>
        </xsl:if>
      </div>
    </xsl:if>

    <xsl:if test="errors/error">
      <div class="form-alert" role="alert" id="form-errors">
        <strong>
          <xsl:text>申请表有 </xsl:text>
          <xsl:value-of select="count(errors/error)"/>
          <xsl:text> 处需要修改，未能保存：</xsl:text>
        </strong>
        <ul>
          <xsl:for-each select="errors/error">
            <li>
              <xsl:variable name="text">
                <xsl:if test="normalize-space(@label) != '' and not(contains(., @label))">
                  <xsl:value-of select="@label"/>
                  <xsl:text>：</xsl:text>
                </xsl:if>
                <xsl:value-of select="."/>
              </xsl:variable>
              <xsl:choose>
                <xsl:when test="starts-with(@field, 'leader.honours')">
                  <a href="#f-leader.honours"><xsl:value-of select="$text"/></a>
                </xsl:when>
                <xsl:when test="@field != '' and $field-names[. = current()/@field]">
                  <a href="#f-{@field}"><xsl:value-of select="$text"/></a>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
        </ul>
      </div>
    </xsl:if>

    <p class="form-intro">
      <xsl:text>请对照纸质《长春市职工创新工作室创建申请表》逐项填写。草稿可分次填写、随时保存；</xsl:text>
      <xsl:text>标</xsl:text><span class="req">*</span>
      <xsl:text>的项目在推荐上报前须填写完整。</xsl:text>
    </p>

    <form class="app-form" method="post" action="{@action}" novalidate="novalidate">
      <xsl:call-template name="csrf-input"/>
      <xsl:if test="string(@version) != ''">
        <input type="hidden" name="version" value="{@version}"/>
      </xsl:if>
      <xsl:if test="string(@once) != ''">
        <input type="hidden" name="once" value="{@once}"/>
      </xsl:if>

      <section class="panel">
        <h2>申请表封面</h2>
        <div class="fgrid">
          <xsl:call-template name="text">
            <xsl:with-param name="f" select="'name'"/>
            <xsl:with-param name="label" select="'工作室名称'"/>
            <xsl:with-param name="value" select="$v/name"/>
            <xsl:with-param name="wide" select="true()"/>
            <xsl:with-param name="help" select="'如：数控加工技术创新工作室'"/>
          </xsl:call-template>
          <xsl:call-template name="text">
            <xsl:with-param name="f" select="'host-unit'"/>
            <xsl:with-param name="label" select="'所在单位'"/>
            <xsl:with-param name="value" select="$v/host-unit"/>
            <xsl:with-param name="wide" select="true()"/>
            <xsl:with-param name="help" select="'工作室所在企事业单位的全称'"/>
          </xsl:call-template>
          <xsl:call-template name="select">
            <xsl:with-param name="f" select="'host-unit-type'"/>
            <xsl:with-param name="label" select="'单位类型'"/>
            <xsl:with-param name="value" select="$v/host-unit-type"/>
            <xsl:with-param name="options" select="$codes/table[@name = 'host-unit-type']/code"/>
          </xsl:call-template>
          <xsl:call-template name="select">
            <xsl:with-param name="f" select="'industry'"/>
            <xsl:with-param name="label" select="'所属行业'"/>
            <xsl:with-param name="value" select="$v/industry"/>
            <xsl:with-param name="options" select="$codes/table[@name = 'industry']/code"/>
            <xsl:with-param name="show-code" select="true()"/>
          </xsl:call-template>
          <xsl:call-template name="recommending-unit"/>
          <xsl:call-template name="typed">
            <xsl:with-param name="f" select="'filled-on'"/>
            <xsl:with-param name="label" select="'填报日期'"/>
            <xsl:with-param name="kind" select="'date'"/>
            <xsl:with-param name="value">
              <xsl:choose>
                <xsl:when test="$is-new and not(/application-form/errors) and normalize-space($v/filled-on) = ''">
                  <xsl:value-of select="$today"/>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="$v/filled-on"/></xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
        </div>
      </section>

      <section class="panel">
        <h2>工作室基本信息</h2>
        <div class="fgrid">
          <xsl:call-template name="typed">
            <xsl:with-param name="f" select="'founded-on'"/>
            <xsl:with-param name="label" select="'创建日期'"/>
            <xsl:with-param name="kind" select="'date'"/>
            <xsl:with-param name="value" select="$v/founded-on"/>
          </xsl:call-template>
          <xsl:call-template name="text">
            <xsl:with-param name="f" select="'naming-unit'"/>
            <xsl:with-param name="label" select="'命名单位'"/>
            <xsl:with-param name="value" select="$v/naming-unit"/>
            <xsl:with-param name="required" select="false()"/>
            <xsl:with-param name="help" select="'工作室已由本单位或其他机构命名的，填写命名单位'"/>
          </xsl:call-template>
          <xsl:call-template name="text">
            <xsl:with-param name="f" select="'field'"/>
            <xsl:with-param name="label" select="'专业领域'"/>
            <xsl:with-param name="value" select="$v/field"/>
          </xsl:call-template>
          <xsl:call-template name="typed">
            <xsl:with-param name="f" select="'member-count'"/>
            <xsl:with-param name="label" select="'成员人数'"/>
            <xsl:with-param name="kind" select="'number'"/>
            <xsl:with-param name="value" select="$v/member-count"/>
            <xsl:with-param name="unit" select="'人'"/>
          </xsl:call-template>
          <xsl:call-template name="types"/>
        </div>
      </section>

      <section class="panel">
        <h2>工作室领衔人情况</h2>
        <div class="fgrid fgrid-3">
          <xsl:call-template name="text">
            <xsl:with-param name="f" select="'leader.name'"/>
            <xsl:with-param name="label" select="'姓名'"/>
            <xsl:with-param name="value" select="$v/leader/name"/>
          </xsl:call-template>
          <xsl:call-template name="radios">
            <xsl:with-param name="f" select="'leader.gender'"/>
            <xsl:with-param name="label" select="'性别'"/>
            <xsl:with-param name="value" select="$v/leader/gender"/>
            <xsl:with-param name="options" select="$codes/table[@name = 'gender']/code"/>
          </xsl:call-template>
          <xsl:call-template name="typed">
            <xsl:with-param name="f" select="'leader.birth-month'"/>
            <xsl:with-param name="label" select="'出生年月'"/>
            <xsl:with-param name="kind" select="'month'"/>
            <xsl:with-param name="value" select="$v/leader/birth-month"/>
          </xsl:call-template>
          <xsl:call-template name="select">
            <xsl:with-param name="f" select="'leader.education'"/>
            <xsl:with-param name="label" select="'学历'"/>
            <xsl:with-param name="value" select="$v/leader/education"/>
            <xsl:with-param name="options" select="$codes/table[@name = 'education']/code"/>
          </xsl:call-template>
          <xsl:call-template name="select">
            <xsl:with-param name="f" select="'leader.ethnicity'"/>
            <xsl:with-param name="label" select="'民族'"/>
            <xsl:with-param name="value" select="$v/leader/ethnicity"/>
            <xsl:with-param name="options" select="$codes/table[@name = 'ethnicity']/code"/>
          </xsl:call-template>
          <xsl:call-template name="select">
            <xsl:with-param name="f" select="'leader.political-status'"/>
            <xsl:with-param name="label" select="'政治面貌'"/>
            <xsl:with-param name="value" select="$v/leader/political-status"/>
            <xsl:with-param name="options" select="$codes/table[@name = 'political-status']/code"/>
          </xsl:call-template>
          <xsl:call-template name="text">
            <xsl:with-param name="f" select="'leader.specialty'"/>
            <xsl:with-param name="label" select="'专业/工种'"/>
            <xsl:with-param name="value" select="$v/leader/specialty"/>
          </xsl:call-template>
          <xsl:call-template name="text">
            <xsl:with-param name="f" select="'leader.title'"/>
            <xsl:with-param name="label" select="'技术职称'"/>
            <xsl:with-param name="value" select="$v/leader/title"/>
            <xsl:with-param name="help" select="'如：高级技师、高级工程师'"/>
          </xsl:call-template>
          <xsl:call-template name="typed">
            <xsl:with-param name="f" select="'leader.mobile'"/>
            <xsl:with-param name="label" select="'手机号码'"/>
            <xsl:with-param name="kind" select="'tel'"/>
            <xsl:with-param name="value" select="$v/leader/mobile"/>
          </xsl:call-template>
          <xsl:call-template name="typed">
            <xsl:with-param name="f" select="'leader.email'"/>
            <xsl:with-param name="label" select="'E-mail'"/>
            <xsl:with-param name="kind" select="'email'"/>
            <xsl:with-param name="value" select="$v/leader/email"/>
            <xsl:with-param name="required" select="false()"/>
          </xsl:call-template>
          <xsl:call-template name="honours"/>
        </div>
        <p class="panel-note">领衔人的出生年月、民族、政治面貌、手机号码和 E-mail 仅向所在单位工会及其上级工会显示，不在公开页面展示。</p>
      </section>

      <section class="panel">
        <h2>工作室基本情况</h2>
        <div class="fgrid">
          <xsl:call-template name="area">
            <xsl:with-param name="f" select="'overview'"/>
            <xsl:with-param name="label" select="'工作室基本情况'"/>
            <xsl:with-param name="value" select="$v/overview"/>
            <xsl:with-param name="rows" select="8"/>
            <xsl:with-param name="help" select="'工作室组建时间、成员构成、活动场所、设备设施、工作制度等'"/>
          </xsl:call-template>
          <xsl:call-template name="area">
            <xsl:with-param name="f" select="'goals'"/>
            <xsl:with-param name="label" select="'工作室工作目标'"/>
            <xsl:with-param name="value" select="$v/goals"/>
          </xsl:call-template>
          <xsl:call-template name="area">
            <xsl:with-param name="f" select="'achievements-summary'"/>
            <xsl:with-param name="label" select="'工作室成果简介'"/>
            <xsl:with-param name="value" select="$v/achievements-summary"/>
            <xsl:with-param name="rows" select="6"/>
          </xsl:call-template>
          <xsl:call-template name="area">
            <xsl:with-param name="f" select="'honours'"/>
            <xsl:with-param name="label" select="'工作室曾获荣誉'"/>
            <xsl:with-param name="value" select="$v/honours"/>
            <xsl:with-param name="required" select="false()"/>
          </xsl:call-template>
        </div>
      </section>

      <section class="panel">
        <h2>基本条件</h2>
        <div class="panel-body">
          <fieldset class="checks-field" id="f-conditions">
            <legend>
              <xsl:text>对照《关于支持职工创新工作室创建的意见》三.1，逐项确认本工作室具备下列基本条件</xsl:text>
              <span class="req" aria-hidden="true">*</span>
            </legend>
            <ol class="cond-list">
              <xsl:call-template name="condition"><xsl:with-param name="k" select="'leader'"/></xsl:call-template>
              <xsl:call-template name="condition"><xsl:with-param name="k" select="'members'"/></xsl:call-template>
              <xsl:call-template name="condition"><xsl:with-param name="k" select="'goals'"/></xsl:call-template>
              <xsl:call-template name="condition"><xsl:with-param name="k" select="'venue'"/></xsl:call-template>
              <xsl:call-template name="condition"><xsl:with-param name="k" select="'equipment'"/></xsl:call-template>
              <xsl:call-template name="condition"><xsl:with-param name="k" select="'display'"/></xsl:call-template>
            </ol>
          </fieldset>
          <fieldset class="checks-field checks-declare">
            <legend>声明及所在单位意见<span class="req" aria-hidden="true">*</span></legend>
            <ul class="cond-list">
              <xsl:call-template name="condition">
                <xsl:with-param name="k" select="'not-existing-department'"/>
                <xsl:with-param name="help" select="'企事业单位原有建制的研发机构和班组等不在命名之列。'"/>
              </xsl:call-template>
              <xsl:call-template name="condition">
                <xsl:with-param name="k" select="'employer-consent'"/>
                <xsl:with-param name="f" select="'employer-consent'"/>
                <xsl:with-param name="value" select="$v/employer-consent"/>
                <xsl:with-param name="help" select="'职工创新工作室由所在单位工会组织推荐，并须经所在单位同意。'"/>
              </xsl:call-template>
            </ul>
          </fieldset>
        </div>
      </section>

      <div class="form-submit">
        <button type="submit">保存</button>
        <a class="button button-plain">
          <xsl:attribute name="href">
            <xsl:choose>
              <xsl:when test="$is-new">/app/applications</xsl:when>
              <xsl:otherwise>/app/applications/<xsl:value-of select="@id"/></xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:text>取消</xsl:text>
        </a>
        <p class="help">保存后可在申请页面推荐上报。推荐上报前，所有标<span class="req">*</span>的项目须填写完整，并确认全部基本条件。</p>
      </div>
    </form>
  </xsl:template>

  <!-- ======================================================= field cells -->

  <!-- cell-label: the <label> (or legend text) of a field, with the mark
       of a field required for recommending. -->
  <xsl:template name="req-mark">
    <xsl:param name="required" select="true()"/>
    <xsl:if test="$required">
      <span class="req" aria-hidden="true">*</span>
    </xsl:if>
  </xsl:template>

  <xsl:template name="cell-class">
    <xsl:param name="f"/>
    <xsl:param name="wide" select="false()"/>
    <xsl:attribute name="class">
      <xsl:text>fcell</xsl:text>
      <xsl:if test="$wide"> fcell-wide</xsl:if>
      <xsl:if test="/*/errors/error[@field = $f or starts-with(@field, concat($f, '.'))]"> fcell-error</xsl:if>
    </xsl:attribute>
  </xsl:template>

  <!-- text: a one-line text field. -->
  <xsl:template name="text">
    <xsl:param name="f"/>
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:param name="wide" select="false()"/>
    <xsl:param name="required" select="true()"/>
    <xsl:param name="help"/>
    <div>
      <xsl:call-template name="cell-class">
        <xsl:with-param name="f" select="$f"/>
        <xsl:with-param name="wide" select="$wide"/>
      </xsl:call-template>
      <label for="f-{$f}">
        <xsl:value-of select="$label"/>
        <xsl:call-template name="req-mark"><xsl:with-param name="required" select="$required"/></xsl:call-template>
      </label>
      <input type="text" id="f-{$f}" name="{$f}" value="{$value}" autocomplete="off">
        <xsl:call-template name="maxlength"><xsl:with-param name="f" select="$f"/></xsl:call-template>
        <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="$f"/></xsl:call-template>
      </input>
      <xsl:if test="string($help) != ''">
        <span class="help"><xsl:value-of select="$help"/></span>
      </xsl:if>
      <xsl:call-template name="field-error"><xsl:with-param name="field" select="$f"/></xsl:call-template>
    </div>
  </xsl:template>

  <!-- maxlength: the maxlength attribute of field $f, as the server's
       limit; none when the document gives no limit for it. -->
  <xsl:template name="maxlength">
    <xsl:param name="f"/>
    <xsl:if test="$limits[@field = $f]">
      <xsl:attribute name="maxlength">
        <xsl:value-of select="$limits[@field = $f]/@max"/>
      </xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- typed: a date, month, number, tel or e-mail field. A browser drops a
       value its input type cannot hold, so a value typed wrong comes back
       in a plain text field, where it can be seen and corrected. -->
  <xsl:template name="typed">
    <xsl:param name="f"/>
    <xsl:param name="label"/>
    <xsl:param name="kind"/>
    <xsl:param name="value"/>
    <xsl:param name="required" select="true()"/>
    <xsl:param name="unit"/>
    <xsl:variable name="s" select="string($value)"/>
    <xsl:variable name="fits">
      <xsl:choose>
        <xsl:when test="$s = ''">1</xsl:when>
        <xsl:when test="$kind = 'date'"><xsl:call-template name="is-date"><xsl:with-param name="s" select="$s"/></xsl:call-template></xsl:when>
        <xsl:when test="$kind = 'month'">
          <xsl:if test="string-length($s) = 7 and substring($s, 5, 1) = '-'
                        and translate(concat(substring($s, 1, 4), substring($s, 6, 2)), '0123456789', '') = ''
                        and number(substring($s, 1, 4)) &gt;= 1
                        and number(substring($s, 6, 2)) &gt;= 1 and number(substring($s, 6, 2)) &lt;= 12">1</xsl:if>
        </xsl:when>
        <xsl:when test="$kind = 'number'">
          <xsl:variable name="digits">
            <xsl:choose>
              <xsl:when test="starts-with($s, '-')"><xsl:value-of select="substring($s, 2)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
            </xsl:choose>
          </xsl:variable>
          <xsl:if test="$digits != '' and string-length($digits) &lt;= 9
                        and translate($digits, '0123456789', '') = ''">1</xsl:if>
        </xsl:when>
        <xsl:when test="$kind = 'email'">
          <!-- an e-mail field keeps any value but line breaks -->
          <xsl:if test="not(contains($s, '&#10;')) and not(contains($s, '&#13;'))">1</xsl:if>
        </xsl:when>
        <xsl:otherwise>1</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <div>
      <xsl:call-template name="cell-class"><xsl:with-param name="f" select="$f"/></xsl:call-template>
      <label for="f-{$f}">
        <xsl:value-of select="$label"/>
        <xsl:call-template name="req-mark"><xsl:with-param name="required" select="$required"/></xsl:call-template>
      </label>
      <span class="finput">
        <input id="f-{$f}" name="{$f}" value="{$value}">
          <xsl:attribute name="type">
            <xsl:choose>
              <xsl:when test="$fits != '1'">text</xsl:when>
              <xsl:otherwise><xsl:value-of select="$kind"/></xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:choose>
            <xsl:when test="$kind = 'date'">
              <xsl:attribute name="placeholder">2023-12-06</xsl:attribute>
              <xsl:attribute name="min">1949-10-01</xsl:attribute>
              <xsl:attribute name="max">2199-12-31</xsl:attribute>
            </xsl:when>
            <xsl:when test="$kind = 'month'">
              <xsl:attribute name="placeholder">1978-05</xsl:attribute>
              <xsl:attribute name="min">1920-01</xsl:attribute>
            </xsl:when>
            <xsl:when test="$kind = 'number'">
              <xsl:attribute name="min">1</xsl:attribute>
              <xsl:attribute name="max">100000</xsl:attribute>
              <xsl:attribute name="step">1</xsl:attribute>
              <xsl:attribute name="inputmode">numeric</xsl:attribute>
            </xsl:when>
            <xsl:when test="$kind = 'tel'">
              <xsl:attribute name="maxlength">11</xsl:attribute>
              <xsl:attribute name="pattern">1[0-9]{10}</xsl:attribute>
              <xsl:attribute name="inputmode">numeric</xsl:attribute>
              <xsl:attribute name="placeholder">11 位手机号码</xsl:attribute>
              <xsl:attribute name="autocomplete">off</xsl:attribute>
            </xsl:when>
            <xsl:when test="$kind = 'email'">
              <xsl:call-template name="maxlength"><xsl:with-param name="f" select="$f"/></xsl:call-template>
              <xsl:attribute name="autocomplete">off</xsl:attribute>
            </xsl:when>
          </xsl:choose>
          <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="$f"/></xsl:call-template>
        </input>
        <xsl:if test="string($unit) != ''">
          <span class="funit"><xsl:value-of select="$unit"/></span>
        </xsl:if>
      </span>
      <xsl:if test="$fits != '1'">
        <span class="help">
          <xsl:choose>
            <xsl:when test="$kind = 'date'">请按“年-月-日”填写，如 2023-12-06</xsl:when>
            <xsl:when test="$kind = 'month'">请按“年-月”填写，如 1978-05</xsl:when>
            <xsl:when test="$kind = 'number'">请填写正整数</xsl:when>
          </xsl:choose>
        </span>
      </xsl:if>
      <xsl:call-template name="field-error"><xsl:with-param name="field" select="$f"/></xsl:call-template>
    </div>
  </xsl:template>

  <!-- is-date: "1" when $s is a real calendar date YYYY-MM-DD. -->
  <xsl:template name="is-date">
    <xsl:param name="s"/>
    <xsl:variable name="y" select="number(substring($s, 1, 4))"/>
    <xsl:variable name="m" select="number(substring($s, 6, 2))"/>
    <xsl:variable name="d" select="number(substring($s, 9, 2))"/>
    <xsl:variable name="leap" select="($y mod 4 = 0 and $y mod 100 != 0) or $y mod 400 = 0"/>
    <xsl:variable name="dim">
      <xsl:choose>
        <xsl:when test="$m = 2 and $leap">29</xsl:when>
        <xsl:when test="$m = 2">28</xsl:when>
        <xsl:when test="$m = 4 or $m = 6 or $m = 9 or $m = 11">30</xsl:when>
        <xsl:otherwise>31</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="string-length($s) = 10 and substring($s, 5, 1) = '-' and substring($s, 8, 1) = '-'
                  and translate(concat(substring($s, 1, 4), substring($s, 6, 2), substring($s, 9, 2)),
                                '0123456789', '') = ''
                  and $y &gt;= 1 and $m &gt;= 1 and $m &lt;= 12 and $d &gt;= 1 and $d &lt;= number($dim)">1</xsl:if>
  </xsl:template>

  <!-- select: a code from a code table; a typed value not in the table is
       kept as a marked option. -->
  <xsl:template name="select">
    <xsl:param name="f"/>
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:param name="options"/>
    <xsl:param name="show-code" select="false()"/>
    <xsl:variable name="s" select="string($value)"/>
    <div>
      <xsl:call-template name="cell-class"><xsl:with-param name="f" select="$f"/></xsl:call-template>
      <label for="f-{$f}">
        <xsl:value-of select="$label"/>
        <xsl:call-template name="req-mark"/>
      </label>
      <select id="f-{$f}" name="{$f}">
        <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="$f"/></xsl:call-template>
        <option value="">请选择</option>
        <xsl:if test="$s != '' and not($options[@code = $s])">
          <option value="{$s}" selected="selected">
            <xsl:value-of select="$s"/>
            <xsl:text>（无效）</xsl:text>
          </option>
        </xsl:if>
        <xsl:for-each select="$options">
          <option value="{@code}">
            <xsl:if test="@code = $s">
              <xsl:attribute name="selected">selected</xsl:attribute>
            </xsl:if>
            <xsl:if test="$show-code">
              <xsl:value-of select="@code"/>
              <xsl:text> </xsl:text>
            </xsl:if>
            <xsl:value-of select="."/>
          </option>
        </xsl:for-each>
      </select>
      <xsl:call-template name="field-error"><xsl:with-param name="field" select="$f"/></xsl:call-template>
    </div>
  </xsl:template>

  <!-- recommending-unit: the unit that audits, grouped by kind when known. -->
  <xsl:template name="recommending-unit">
    <xsl:variable name="f" select="'recommending-unit'"/>
    <xsl:variable name="s" select="string($v/recommending-unit)"/>
    <xsl:variable name="units" select="$codes/recommending-units/unit"/>
    <div>
      <xsl:call-template name="cell-class"><xsl:with-param name="f" select="$f"/></xsl:call-template>
      <label for="f-{$f}">
        <xsl:text>推荐单位</xsl:text>
        <xsl:call-template name="req-mark"/>
      </label>
      <select id="f-{$f}" name="{$f}">
        <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="$f"/></xsl:call-template>
        <option value="">请选择</option>
        <xsl:if test="$s != '' and not($units[@id = $s])">
          <option value="{$s}" selected="selected">
            <xsl:value-of select="$s"/>
            <xsl:text>（无效）</xsl:text>
          </option>
        </xsl:if>
        <xsl:for-each select="$units">
          <option value="{@id}">
            <xsl:if test="@id = $s">
              <xsl:attribute name="selected">selected</xsl:attribute>
            </xsl:if>
            <xsl:value-of select="."/>
          </option>
        </xsl:for-each>
      </select>
      <span class="help">所属县（市）区、开发区总工会或市产业工会</span>
      <xsl:call-template name="field-error"><xsl:with-param name="field" select="$f"/></xsl:call-template>
    </div>
  </xsl:template>

  <!-- radios: one code of a short table (gender). -->
  <xsl:template name="radios">
    <xsl:param name="f"/>
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:param name="options"/>
    <xsl:variable name="s" select="string($value)"/>
    <fieldset id="f-{$f}">
      <xsl:call-template name="cell-class"><xsl:with-param name="f" select="$f"/></xsl:call-template>
      <legend>
        <xsl:value-of select="$label"/>
        <xsl:call-template name="req-mark"/>
      </legend>
      <span class="choice-row">
        <xsl:for-each select="$options">
          <label class="choice">
            <input type="radio" name="{$f}" value="{@code}">
              <xsl:if test="@code = $s">
                <xsl:attribute name="checked">checked</xsl:attribute>
              </xsl:if>
            </input>
            <xsl:value-of select="."/>
          </label>
        </xsl:for-each>
        <xsl:if test="$s != '' and not($options[@code = $s])">
          <label class="choice choice-invalid">
            <input type="radio" name="{$f}" value="{$s}" checked="checked"/>
            <xsl:value-of select="$s"/>
            <xsl:text>（无效）</xsl:text>
          </label>
        </xsl:if>
      </span>
      <xsl:call-template name="field-error"><xsl:with-param name="field" select="$f"/></xsl:call-template>
    </fieldset>
  </xsl:template>

  <!-- types: the studio types as checkboxes, 其他 with its text. -->
  <xsl:template name="types">
    <xsl:variable name="ticked" select="$v/types/type"/>
    <xsl:variable name="options" select="$codes/table[@name = 'types']/code"/>
    <fieldset id="f-types">
      <xsl:call-template name="cell-class">
        <xsl:with-param name="f" select="'types'"/>
        <xsl:with-param name="wide" select="true()"/>
      </xsl:call-template>
      <legend>
        <xsl:text>工作室类型</xsl:text>
        <xsl:call-template name="req-mark"/>
        <span class="legend-note">（可多选）</span>
      </legend>
      <span class="choice-row">
        <xsl:for-each select="$options">
          <label class="choice">
            <input type="checkbox" name="types" value="{@code}">
              <xsl:if test="$ticked[. = current()/@code]">
                <xsl:attribute name="checked">checked</xsl:attribute>
              </xsl:if>
            </input>
            <xsl:value-of select="."/>
          </label>
          <xsl:if test="@code = 'other'">
            <label class="sr" for="f-type-other">其他类型说明</label>
            <input type="text" id="f-type-other" name="type-other" value="{$v/type-other}"
                   placeholder="选择“其他”时填写">
              <xsl:call-template name="maxlength"><xsl:with-param name="f" select="'type-other'"/></xsl:call-template>
              <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="'type-other'"/></xsl:call-template>
            </input>
          </xsl:if>
        </xsl:for-each>
        <xsl:for-each select="$ticked[not(. = $options/@code)][normalize-space(.) != '']">
          <label class="choice choice-invalid">
            <input type="checkbox" name="types" value="{.}" checked="checked"/>
            <xsl:value-of select="."/>
            <xsl:text>（无效）</xsl:text>
          </label>
        </xsl:for-each>
      </span>
      <xsl:call-template name="field-error"><xsl:with-param name="field" select="'types'"/></xsl:call-template>
      <xsl:call-template name="field-error"><xsl:with-param name="field" select="'type-other'"/></xsl:call-template>
    </fieldset>
  </xsl:template>

  <!-- honours: 何年获何荣誉称号 as year + title rows: the rows typed, then
       empty ones: at least five, one free while fewer are filled than the
       server takes, never more rows than it takes ($honour-lines; five
       when the document does not say). -->
  <xsl:template name="honours">
    <xsl:variable name="rows" select="$v/leader/honours/honour"/>
    <xsl:variable name="filled" select="count($rows[normalize-space(year) != '' or normalize-space(title) != ''])"/>
    <xsl:variable name="most">
      <xsl:choose>
        <xsl:when test="$honour-lines &gt;= 1"><xsl:value-of select="$honour-lines"/></xsl:when>
        <xsl:otherwise>5</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="want">
      <xsl:choose>
        <xsl:when test="$filled + 1 &gt;= $most or $most &lt;= 5"><xsl:value-of select="$most"/></xsl:when>
        <xsl:when test="$filled + 1 &lt;= 5">5</xsl:when>
        <xsl:otherwise><xsl:value-of select="$filled + 1"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <fieldset id="f-leader.honours">
      <xsl:call-template name="cell-class">
        <xsl:with-param name="f" select="'leader.honours'"/>
        <xsl:with-param name="wide" select="true()"/>
      </xsl:call-template>
      <legend>
        <xsl:text>何年获何荣誉称号</xsl:text>
        <span class="legend-note">
          <xsl:text>（每行一项：年份和荣誉称号，最多 </xsl:text>
          <xsl:value-of select="$most"/>
          <xsl:text> 项）</xsl:text>
        </span>
      </legend>
      <table class="honour-rows">
        <thead>
          <tr>
            <th scope="col" class="hr-n"><span class="sr">序号</span></th>
            <th scope="col">年份</th>
            <th scope="col">荣誉称号</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$rows">
            <xsl:call-template name="honour-row">
              <xsl:with-param name="n" select="position()"/>
              <xsl:with-param name="year" select="year"/>
              <xsl:with-param name="title" select="title"/>
            </xsl:call-template>
          </xsl:for-each>
          <xsl:call-template name="honour-blanks">
            <xsl:with-param name="n" select="count($rows) + 1"/>
            <xsl:with-param name="last" select="number($want)"/>
          </xsl:call-template>
        </tbody>
      </table>
      <xsl:call-template name="field-error"><xsl:with-param name="field" select="'leader.honours'"/></xsl:call-template>
      <xsl:call-template name="field-error"><xsl:with-param name="field" select="'leader.honours.year'"/></xsl:call-template>
      <xsl:call-template name="field-error"><xsl:with-param name="field" select="'leader.honours.title'"/></xsl:call-template>
    </fieldset>
  </xsl:template>

  <xsl:template name="honour-blanks">
    <xsl:param name="n"/>
    <xsl:param name="last"/>
    <xsl:if test="$n &lt;= $last">
      <xsl:call-template name="honour-row">
        <xsl:with-param name="n" select="$n"/>
      </xsl:call-template>
      <xsl:call-template name="honour-blanks">
        <xsl:with-param name="n" select="$n + 1"/>
        <xsl:with-param name="last" select="$last"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="honour-row">
    <xsl:param name="n"/>
    <xsl:param name="year"/>
    <xsl:param name="title"/>
    <tr>
      <td class="hr-n"><xsl:value-of select="$n"/></td>
      <td class="hr-year">
        <input type="text" name="leader.honours.year" value="{$year}" maxlength="4"
               inputmode="numeric" pattern="[0-9]{{4}}" placeholder="2019"
               aria-label="第 {$n} 项 年份" autocomplete="off"/>
      </td>
      <td>
        <input type="text" name="leader.honours.title" value="{$title}"
               placeholder="如：吉林省劳动模范" aria-label="第 {$n} 项 荣誉称号" autocomplete="off">
          <xsl:call-template name="maxlength"><xsl:with-param name="f" select="'leader.honours.title'"/></xsl:call-template>
        </input>
      </td>
    </tr>
  </xsl:template>

  <!-- area: a multi-line text. -->
  <xsl:template name="area">
    <xsl:param name="f"/>
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:param name="rows" select="5"/>
    <xsl:param name="required" select="true()"/>
    <xsl:param name="help"/>
    <div>
      <xsl:call-template name="cell-class">
        <xsl:with-param name="f" select="$f"/>
        <xsl:with-param name="wide" select="true()"/>
      </xsl:call-template>
      <label for="f-{$f}">
        <xsl:value-of select="$label"/>
        <xsl:call-template name="req-mark"><xsl:with-param name="required" select="$required"/></xsl:call-template>
      </label>
      <xsl:variable name="max" select="string($limits[@field = $f]/@max)"/>
      <textarea id="f-{$f}" name="{$f}" rows="{$rows}" cols="80">
        <xsl:call-template name="maxlength"><xsl:with-param name="f" select="$f"/></xsl:call-template>
        <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="$f"/></xsl:call-template>
        <!-- an HTML parser drops one newline right after <textarea> -->
        <xsl:text>&#10;</xsl:text>
        <xsl:value-of select="$value"/>
      </textarea>
      <span class="help">
        <xsl:if test="string($help) != ''">
          <xsl:value-of select="$help"/>
          <xsl:text>。</xsl:text>
        </xsl:if>
        <xsl:if test="$max != ''">
          <xsl:text>不超过 </xsl:text>
          <xsl:value-of select="$max"/>
          <xsl:text> 字。</xsl:text>
        </xsl:if>
      </span>
      <xsl:call-template name="field-error"><xsl:with-param name="field" select="$f"/></xsl:call-template>
    </div>
  </xsl:template>

  <!-- condition: one checkbox of the basic conditions, the declaration or
       the employer's consent, with the policy's full text. -->
  <xsl:template name="condition">
    <xsl:param name="k"/>
    <xsl:param name="f" select="concat('conditions.', $k)"/>
    <xsl:param name="value" select="$v/conditions/*[local-name() = $k]"/>
    <xsl:param name="help"/>
    <li>
      <xsl:if test="/*/errors/error[@field = $f]">
        <xsl:attribute name="class">cond-error</xsl:attribute>
      </xsl:if>
      <label class="cond" for="f-{$f}">
        <input type="checkbox" id="f-{$f}" name="{$f}" value="true">
          <xsl:if test="normalize-space($value) = 'true'">
            <xsl:attribute name="checked">checked</xsl:attribute>
          </xsl:if>
          <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="$f"/></xsl:call-template>
        </input>
        <span class="cond-text">
          <xsl:call-template name="label">
            <xsl:with-param name="k" select="concat('cond.', $k)"/>
          </xsl:call-template>
        </span>
      </label>
      <xsl:if test="string($help) != ''">
        <span class="help"><xsl:value-of select="$help"/></span>
      </xsl:if>
      <xsl:call-template name="field-error"><xsl:with-param name="field" select="$f"/></xsl:call-template>
    </li>
  </xsl:template>

</xsl:stylesheet>
