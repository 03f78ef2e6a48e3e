<?xml version="1.0" encoding="UTF-8"?>
<!--
  training-common.xsl: what the pages of leader training and publicity
  events share (trainings.xsl, training.xsl, events.xsl, event.xsl,
  public-events.xsl): a session's dates as one span (2026年3月2日至4日),
  an event's kind, and a field of their forms with what was typed into a
  refused form shown again.  Included after layout.xsl is imported.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- date-span: $from to $to as 2026年3月2日, 2026年3月2日至4日,
       2026年3月30日至4月2日 or across years in full. -->
  <xsl:template name="date-span">
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:call-template name="date"><xsl:with-param name="d" select="$from"/></xsl:call-template>
    <xsl:if test="$to != '' and $to != $from">
      <xsl:text>至</xsl:text>
      <xsl:choose>
        <xsl:when test="substring($to, 1, 7) = substring($from, 1, 7)">
          <xsl:value-of select="number(substring($to, 9, 2))"/>
          <xsl:text>日</xsl:text>
        </xsl:when>
        <xsl:when test="substring($to, 1, 4) = substring($from, 1, 4)">
          <xsl:value-of select="concat(number(substring($to, 6, 2)), '月', number(substring($to, 9, 2)), '日')"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="date"><xsl:with-param name="d" select="$to"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- evkind: the Chinese name of an event's kind. -->
  <xsl:template name="evkind">
    <xsl:param name="code" select="@kind"/>
    <xsl:call-template name="label">
      <xsl:with-param name="k" select="concat('evkind.', $code)"/>
      <xsl:with-param name="default" select="$code"/>
    </xsl:call-template>
  </xsl:template>

  <!-- tr-field: one labelled input of a form; $type text, date, number
       or textarea; the value posted for $action when the form was
       refused, else $value. -->
  <xsl:template name="tr-field">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="action"/>
    <xsl:param name="type" select="'text'"/>
    <xsl:param name="value" select="''"/>
    <xsl:param name="max" select="100"/>
    <xsl:param name="required" select="true()"/>
    <xsl:param name="prefix" select="''"/>
    <xsl:variable name="id" select="concat($prefix, $action, '-', $name)"/>
    <xsl:variable name="v">
      <xsl:call-template name="posted">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="action" select="$action"/>
        <xsl:with-param name="default" select="$value"/>
      </xsl:call-template>
    </xsl:variable>
    <p class="field">
      <label for="{$id}">
        <xsl:value-of select="$label"/>
        <xsl:if test="$required"><span class="req" aria-hidden="true">*</span></xsl:if>
      </label>
      <xsl:choose>
        <xsl:when test="$type = 'textarea'">
          <textarea id="{$id}" name="{$name}" rows="5" cols="60" maxlength="{$max}">
            <xsl:if test="$required"><xsl:attribute name="required">required</xsl:attribute></xsl:if>
            <xsl:value-of select="$v"/>
          </textarea>
        </xsl:when>
        <xsl:otherwise>
          <input type="{$type}" id="{$id}" name="{$name}" value="{$v}">
            <xsl:if test="$type = 'text'"><xsl:attribute name="maxlength"><xsl:value-of select="$max"/></xsl:attribute></xsl:if>
            <xsl:if test="$type = 'number'">
              <xsl:attribute name="min">1</xsl:attribute>
              <xsl:attribute name="max"><xsl:value-of select="$max"/></xsl:attribute>
            </xsl:if>
            <xsl:if test="$required"><xsl:attribute name="required">required</xsl:attribute></xsl:if>
          </input>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="field-error">
        <xsl:with-param name="field" select="$name"/>
      </xsl:call-template>
    </p>
  </xsl:template>

  <!-- tr-message: the refusal of a form, when there is one. -->
  <xsl:template name="tr-message">
    <xsl:if test="/*/message and not(/*/errors/error) and not($is-print)">
      <p class="notice notice-error" role="alert"><xsl:value-of select="/*/message"/></p>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
