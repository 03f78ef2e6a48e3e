<?xml version="1.0" encoding="UTF-8"?>
<!--
  achievement-common.xsl: what the showcase's pages share (included by
  achievements.xsl, achievement.xsl, public-achievements.xsl and
  public-achievement.xsl, after layout.xsl): the labels of an
  achievement's kind, form and status, its status badge, an amount of
  fen as yuan for an input, and the fields of the form that creates an
  achievement (the list) or edits one (its page): the same fields, the
  same limits, so that a field added is added to both.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:exsl="http://exslt.org/common"
  exclude-result-prefixes="exsl">

  <!-- The codes in the order of the forms' choices. -->
  <xsl:variable name="ach-kinds-rtf">
    <c>technical</c><c>management</c><c>service</c><c>system</c>
  </xsl:variable>
  <xsl:variable name="ach-forms-rtf">
    <c>improvement</c><c>breakthrough</c><c>invention</c><c>patent</c>
    <c>method</c><c>standard</c><c>course</c><c>other</c>
  </xsl:variable>
  <xsl:variable name="ach-statuses-rtf">
    <c>draft</c><c>submitted</c><c>published</c><c>returned</c><c>taken-down</c>
  </xsl:variable>
  <xsl:variable name="ach-kinds" select="exsl:node-set($ach-kinds-rtf)/c"/>
  <xsl:variable name="ach-forms" select="exsl:node-set($ach-forms-rtf)/c"/>
  <xsl:variable name="ach-statuses" select="exsl:node-set($ach-statuses-rtf)/c"/>

  <!-- ach-label: the label of $code in the group $group (ach-kind,
       ach-form, ach-status, ach-do, ach-decision); the code itself when
       the table has none. -->
  <xsl:template name="ach-label">
    <xsl:param name="group"/>
    <xsl:param name="code"/>
    <xsl:call-template name="label">
      <xsl:with-param name="k" select="concat($group, '.', $code)"/>
      <xsl:with-param name="default" select="$code"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ach-badge: the status of an achievement in a coloured tag. -->
  <xsl:template name="ach-badge">
    <xsl:param name="code" select="@status"/>
    <span class="badge badge-ach badge-ach-{$code}">
      <xsl:call-template name="ach-label">
        <xsl:with-param name="group" select="'ach-status'"/>
        <xsl:with-param name="code" select="$code"/>
      </xsl:call-template>
    </span>
  </xsl:template>

  <!-- ach-kind-form: "技术创新 · 专利" of the current element's @kind and @form. -->
  <xsl:template name="ach-kind-form">
    <xsl:call-template name="ach-label">
      <xsl:with-param name="group" select="'ach-kind'"/>
      <xsl:with-param name="code" select="@kind"/>
    </xsl:call-template>
    <xsl:if test="string(@form) != ''">
      <xsl:text> · </xsl:text>
      <xsl:call-template name="ach-label">
        <xsl:with-param name="group" select="'ach-form'"/>
        <xsl:with-param name="code" select="@form"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- fen-yuan: an amount of integer fen as yuan for an input's value
       (1250000 as 12500.00), integer arithmetic only; empty gives empty. -->
  <xsl:template name="fen-yuan">
    <xsl:param name="fen"/>
    <xsl:variable name="n" select="number(normalize-space($fen))"/>
    <xsl:if test="normalize-space($fen) != '' and string($n) != 'NaN'">
      <xsl:value-of select="concat(floor($n div 100), '.', format-number($n mod 100, '00'))"/>
    </xsl:if>
  </xsl:template>

  <!-- ach-value: the value of @value (fen) as 12,500.00 元, or nothing. -->
  <xsl:template name="ach-value">
    <xsl:param name="fen" select="@value"/>
    <xsl:if test="normalize-space($fen) != ''">
      <span class="money">
        <xsl:call-template name="money">
          <xsl:with-param name="fen" select="$fen"/>
          <xsl:with-param name="suffix" select="' 元'"/>
        </xsl:call-template>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- ach-is-image: "1" when the attachment in context is a picture
       the browser shows (JPEG, PNG). -->
  <xsl:template name="ach-is-image">
    <xsl:if test="@type = 'image/jpeg' or @type = 'image/png'">1</xsl:if>
  </xsl:template>

  <!-- ================================================= the create/edit form -->

  <!-- ach-fields: the fields of an achievement for the form of $action
       (create: from the list, empty but for the year; save: from its
       page, filled from $rec, the <achievement>).  What a refused form
       of the same action sent comes back in place of either.  Ids are
       "f-" and the name, where the page's errors link. -->
  <xsl:template name="ach-fields">
    <xsl:param name="action"/>
    <xsl:param name="rec" select="/.."/>
    <xsl:param name="studios" select="/.."/>
    <div class="fgrid ach-fgrid">
      <xsl:if test="$action = 'create'">
        <xsl:call-template name="ach-select">
          <xsl:with-param name="name" select="'studio'"/>
          <xsl:with-param name="action" select="$action"/>
          <xsl:with-param name="label" select="'工作室'"/>
          <xsl:with-param name="choices" select="$studios"/>
          <xsl:with-param name="wide" select="true()"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="ach-input">
        <xsl:with-param name="name" select="'title'"/>
        <xsl:with-param name="action" select="$action"/>
        <xsl:with-param name="label" select="'成果名称'"/>
        <xsl:with-param name="value" select="string($rec/title)"/>
        <xsl:with-param name="required" select="true()"/>
        <xsl:with-param name="max" select="100"/>
        <xsl:with-param name="wide" select="true()"/>
      </xsl:call-template>
      <xsl:call-template name="ach-select">
        <xsl:with-param name="name" select="'kind'"/>
        <xsl:with-param name="action" select="$action"/>
        <xsl:with-param name="label" select="'成果类别'"/>
        <xsl:with-param name="codes" select="$ach-kinds"/>
        <xsl:with-param name="group" select="'ach-kind'"/>
        <xsl:with-param name="value" select="string($rec/@kind)"/>
      </xsl:call-template>
      <xsl:call-template name="ach-select">
        <xsl:with-param name="name" select="'form'"/>
        <xsl:with-param name="action" select="$action"/>
        <xsl:with-param name="label" select="'成果形式'"/>
        <xsl:with-param name="codes" select="$ach-forms"/>
        <xsl:with-param name="group" select="'ach-form'"/>
        <xsl:with-param name="value" select="string($rec/@form)"/>
      </xsl:call-template>
      <xsl:call-template name="ach-input">
        <xsl:with-param name="name" select="'patent-number'"/>
        <xsl:with-param name="action" select="$action"/>
        <xsl:with-param name="label" select="'专利号'"/>
        <xsl:with-param name="value" select="string($rec/patent-number)"/>
        <xsl:with-param name="max" select="40"/>
        <xsl:with-param name="help" select="'专利、发明创造填写专利号，如 ZL202610123456.7'"/>
      </xsl:call-template>
      <xsl:call-template name="ach-input">
        <xsl:with-param name="name" select="'year'"/>
        <xsl:with-param name="action" select="$action"/>
        <xsl:with-param name="label" select="'完成年度'"/>
        <xsl:with-param name="type" select="'year'"/>
        <xsl:with-param name="required" select="true()"/>
        <xsl:with-param name="value">
          <xsl:choose>
            <xsl:when test="$rec"><xsl:value-of select="$rec/@year"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="substring($today, 1, 4)"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="ach-text">
        <xsl:with-param name="name" select="'problem'"/>
        <xsl:with-param name="action" select="$action"/>
        <xsl:with-param name="label" select="'解决的问题'"/>
        <xsl:with-param name="value" select="string($rec/problem)"/>
        <xsl:with-param name="max" select="1000"/>
      </xsl:call-template>
      <xsl:call-template name="ach-text">
        <xsl:with-param name="name" select="'benefits'"/>
        <xsl:with-param name="action" select="$action"/>
        <xsl:with-param name="label" select="'成果效益'"/>
        <xsl:with-param name="value" select="string($rec/benefits)"/>
        <xsl:with-param name="max" select="1000"/>
        <xsl:with-param name="help" select="'节约的费用或创造的价值，节省的时间，质量和安全的提升'"/>
      </xsl:call-template>
      <xsl:call-template name="ach-input">
        <xsl:with-param name="name" select="'value'"/>
        <xsl:with-param name="action" select="$action"/>
        <xsl:with-param name="label" select="'创造价值'"/>
        <xsl:with-param name="type" select="'money'"/>
        <xsl:with-param name="help" select="'有测算数字的填写，单位为元，保留两位小数；没有的可不填'"/>
        <xsl:with-param name="value">
          <xsl:call-template name="fen-yuan">
            <xsl:with-param name="fen" select="$rec/@value"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="ach-input">
        <xsl:with-param name="name" select="'people'"/>
        <xsl:with-param name="action" select="$action"/>
        <xsl:with-param name="label" select="'主要完成人'"/>
        <xsl:with-param name="value" select="string($rec/people)"/>
        <xsl:with-param name="required" select="true()"/>
        <xsl:with-param name="max" select="300"/>
        <xsl:with-param name="help" select="'多人以顿号分隔'"/>
      </xsl:call-template>
    </div>
  </xsl:template>

  <!-- ach-cell-class: the class of a field's cell; $mine is true when
       the errors and posted values of the page are this form's (no form
       was refused, or the one refused was this form's action). -->
  <xsl:template name="ach-cell-class">
    <xsl:param name="name"/>
    <xsl:param name="mine"/>
    <xsl:param name="wide" select="false()"/>
    <xsl:attribute name="class">
      <xsl:text>fcell</xsl:text>
      <xsl:if test="$wide"> fcell-wide</xsl:if>
      <xsl:if test="$mine and /*/errors/error[@field = $name]"> fcell-error</xsl:if>
    </xsl:attribute>
  </xsl:template>

  <xsl:template name="ach-cell-label">
    <xsl:param name="id"/>
    <xsl:param name="label"/>
    <xsl:param name="required" select="false()"/>
    <label for="{$id}">
      <xsl:value-of select="$label"/>
      <xsl:if test="$required"><span class="req" aria-hidden="true">*</span></xsl:if>
    </label>
  </xsl:template>

  <!-- ach-input: a labelled one-line input (text, year, money, date) of
       the form of $action, prefixed $prefix ("f-" by default) in its id. -->
  <xsl:template name="ach-input">
    <xsl:param name="name"/>
    <xsl:param name="action"/>
    <xsl:param name="label"/>
    <xsl:param name="type" select="'text'"/>
    <xsl:param name="value" select="''"/>
    <xsl:param name="required" select="false()"/>
    <xsl:param name="max" select="100"/>
    <xsl:param name="help" select="''"/>
    <xsl:param name="wide" select="false()"/>
    <xsl:param name="prefix" select="'f-'"/>
    <xsl:param name="pattern" select="''"/>
    <xsl:variable name="id" select="concat($prefix, $name)"/>
    <xsl:variable name="mine"
      select="not(/*/posted) or /*/posted/field[@name = 'action'] = $action"/>
    <p>
      <xsl:call-template name="ach-cell-class">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="mine" select="$mine"/>
        <xsl:with-param name="wide" select="$wide"/>
      </xsl:call-template>
      <xsl:call-template name="ach-cell-label">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="label" select="$label"/>
        <xsl:with-param name="required" select="$required"/>
      </xsl:call-template>
      <span class="finput">
        <input id="{$id}" name="{$name}">
          <xsl:choose>
            <xsl:when test="$type = 'money'">
              <xsl:attribute name="type">number</xsl:attribute>
              <xsl:attribute name="min">0</xsl:attribute>
              <xsl:attribute name="step">0.01</xsl:attribute>
              <xsl:attribute name="inputmode">decimal</xsl:attribute>
            </xsl:when>
            <xsl:when test="$type = 'year'">
              <xsl:attribute name="type">number</xsl:attribute>
              <xsl:attribute name="min">2000</xsl:attribute>
              <xsl:attribute name="max">2099</xsl:attribute>
              <xsl:attribute name="step">1</xsl:attribute>
              <xsl:attribute name="inputmode">numeric</xsl:attribute>
            </xsl:when>
            <xsl:when test="$type = 'date'">
              <xsl:attribute name="type">date</xsl:attribute>
            </xsl:when>
            <xsl:otherwise>
              <xsl:attribute name="type">text</xsl:attribute>
              <xsl:attribute name="maxlength"><xsl:value-of select="$max"/></xsl:attribute>
              <xsl:if test="$pattern != ''">
                <xsl:attribute name="pattern"><xsl:value-of select="$pattern"/></xsl:attribute>
              </xsl:if>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:if test="$required">
            <xsl:attribute name="required">required</xsl:attribute>
          </xsl:if>
          <xsl:attribute name="value">
            <xsl:choose>
              <xsl:when test="$mine">
                <xsl:call-template name="posted">
                  <xsl:with-param name="name" select="$name"/>
                  <xsl:with-param name="action" select="$action"/>
                  <xsl:with-param name="default" select="$value"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:if test="$mine">
            <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="$name"/></xsl:call-template>
          </xsl:if>
        </input>
        <xsl:if test="$type = 'money'"><span class="funit">元</span></xsl:if>
      </span>
      <xsl:if test="$help != ''"><span class="help"><xsl:value-of select="$help"/></span></xsl:if>
      <xsl:if test="$mine">
        <xsl:call-template name="field-error"><xsl:with-param name="field" select="$name"/></xsl:call-template>
      </xsl:if>
    </p>
  </xsl:template>

  <!-- ach-text: a labelled textarea of at most $max characters. -->
  <xsl:template name="ach-text">
    <xsl:param name="name"/>
    <xsl:param name="action"/>
    <xsl:param name="label"/>
    <xsl:param name="value" select="''"/>
    <xsl:param name="required" select="true()"/>
    <xsl:param name="max" select="1000"/>
    <xsl:param name="help" select="''"/>
    <xsl:param name="prefix" select="'f-'"/>
    <xsl:param name="rows" select="4"/>
    <xsl:variable name="id" select="concat($prefix, $name)"/>
    <xsl:variable name="mine"
      select="not(/*/posted) or /*/posted/field[@name = 'action'] = $action"/>
    <p>
      <xsl:call-template name="ach-cell-class">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="mine" select="$mine"/>
        <xsl:with-param name="wide" select="true()"/>
      </xsl:call-template>
      <label for="{$id}">
        <xsl:value-of select="$label"/>
        <xsl:if test="$required"><span class="req" aria-hidden="true">*</span></xsl:if>
        <span class="legend-note">
          <xsl:text>（不超过 </xsl:text>
          <xsl:value-of select="$max"/>
          <xsl:text> 字）</xsl:text>
        </span>
      </label>
      <textarea id="{$id}" name="{$name}" rows="{$rows}" cols="60" maxlength="{$max}">
        <xsl:if test="$required">
          <xsl:attribute name="required">required</xsl:attribute>
        </xsl:if>
        <xsl:if test="$mine">
          <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="$name"/></xsl:call-template>
        </xsl:if>
        <!-- the parser drops one newline after <textarea>: text that
             starts with one keeps it -->
        <xsl:text>&#10;</xsl:text>
        <xsl:choose>
          <xsl:when test="$mine">
            <xsl:call-template name="posted">
              <xsl:with-param name="name" select="$name"/>
              <xsl:with-param name="action" select="$action"/>
              <xsl:with-param name="default" select="$value"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
        </xsl:choose>
      </textarea>
      <xsl:if test="$help != ''"><span class="help"><xsl:value-of select="$help"/></span></xsl:if>
      <xsl:if test="$mine">
        <xsl:call-template name="field-error"><xsl:with-param name="field" select="$name"/></xsl:call-template>
      </xsl:if>
    </p>
  </xsl:template>

  <!-- ach-select: a labelled select, its options either the codes
       $codes labelled from $group or the studios $choices (@id, text:
       the name, @number after it); the posted or $value selected. -->
  <xsl:template name="ach-select">
    <xsl:param name="name"/>
    <xsl:param name="action"/>
    <xsl:param name="label"/>
    <xsl:param name="codes" select="/.."/>
    <xsl:param name="group" select="''"/>
    <xsl:param name="choices" select="/.."/>
    <xsl:param name="value" select="''"/>
    <xsl:param name="wide" select="false()"/>
    <xsl:variable name="id" select="concat('f-', $name)"/>
    <xsl:variable name="mine"
      select="not(/*/posted) or /*/posted/field[@name = 'action'] = $action"/>
    <xsl:variable name="cur">
      <xsl:choose>
        <xsl:when test="$mine">
          <xsl:call-template name="posted">
            <xsl:with-param name="name" select="$name"/>
            <xsl:with-param name="action" select="$action"/>
            <xsl:with-param name="default" select="$value"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <p>
      <xsl:call-template name="ach-cell-class">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="mine" select="$mine"/>
        <xsl:with-param name="wide" select="$wide"/>
      </xsl:call-template>
      <xsl:call-template name="ach-cell-label">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="label" select="$label"/>
        <xsl:with-param name="required" select="true()"/>
      </xsl:call-template>
      <select id="{$id}" name="{$name}" required="required">
        <xsl:if test="$mine">
          <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="$name"/></xsl:call-template>
        </xsl:if>
        <option value="">请选择</option>
        <xsl:for-each select="$codes">
          <option value="{.}">
            <xsl:if test="string(.) = string($cur)">
              <xsl:attribute name="selected">selected</xsl:attribute>
            </xsl:if>
            <xsl:call-template name="ach-label">
              <xsl:with-param name="group" select="$group"/>
              <xsl:with-param name="code" select="string(.)"/>
            </xsl:call-template>
          </option>
        </xsl:for-each>
        <xsl:for-each select="$choices">
          <option value="{@id}">
            <xsl:if test="string(@id) = string($cur) or count($choices) = 1">
              <xsl:attribute name="selected">selected</xsl:attribute>
            </xsl:if>
            <xsl:value-of select="."/>
            <xsl:if test="string(@number) != ''">
              <xsl:value-of select="concat('（', @number, '）')"/>
            </xsl:if>
          </option>
        </xsl:for-each>
      </select>
      <xsl:if test="$mine">
        <xsl:call-template name="field-error"><xsl:with-param name="field" select="$name"/></xsl:call-template>
      </xsl:if>
    </p>
  </xsl:template>

</xsl:stylesheet>
