<?xml version="1.0" encoding="UTF-8"?>
<!--
  event-common.xsl: the form of a publicity event (events.xsl creates,
  event.xsl changes): kind, date, title, host (a studio of the unit's
  subtree, or a unit: itself or one directly below), summary and whether
  the public site shows it.  $e is the event being changed (none: new).
  Included after layout.xsl and training-common.xsl.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template name="event-fields">
    <xsl:param name="action"/>
    <xsl:param name="e" select="/.."/>
    <xsl:variable name="kind">
      <xsl:call-template name="posted">
        <xsl:with-param name="name" select="'kind'"/>
        <xsl:with-param name="action" select="$action"/>
        <xsl:with-param name="default" select="string($e/@kind)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="hs">
      <xsl:call-template name="posted">
        <xsl:with-param name="name" select="'host-studio'"/>
        <xsl:with-param name="action" select="$action"/>
        <xsl:with-param name="default" select="string($e/host/@studio)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="hu">
      <xsl:call-template name="posted">
        <xsl:with-param name="name" select="'host-unit'"/>
        <xsl:with-param name="action" select="$action"/>
        <xsl:with-param name="default" select="string($e/host/@unit)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="vis">
      <xsl:call-template name="posted">
        <xsl:with-param name="name" select="'visibility'"/>
        <xsl:with-param name="action" select="$action"/>
        <xsl:with-param name="default">
          <xsl:choose>
            <xsl:when test="$e/@public = 'false'">private</xsl:when>
            <xsl:otherwise>public</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:variable>
    <p class="field">
      <label for="{$action}-kind">活动形式<span class="req" aria-hidden="true">*</span></label>
      <select id="{$action}-kind" name="kind" required="required">
        <option value="">请选择</option>
        <option value="onsite"><xsl:if test="$kind = 'onsite'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>现场会</option>
        <option value="observation"><xsl:if test="$kind = 'observation'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>观摩会</option>
        <option value="exchange"><xsl:if test="$kind = 'exchange'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>学习交流会</option>
      </select>
      <xsl:call-template name="field-error"><xsl:with-param name="field" select="'kind'"/></xsl:call-template>
    </p>
    <xsl:call-template name="tr-field">
      <xsl:with-param name="name" select="'held-on'"/>
      <xsl:with-param name="label" select="'活动日期'"/>
      <xsl:with-param name="action" select="$action"/>
      <xsl:with-param name="type" select="'date'"/>
      <xsl:with-param name="value" select="string($e/@held-on)"/>
    </xsl:call-template>
    <xsl:call-template name="tr-field">
      <xsl:with-param name="name" select="'title'"/>
      <xsl:with-param name="label" select="'活动名称'"/>
      <xsl:with-param name="action" select="$action"/>
      <xsl:with-param name="value" select="string($e/title)"/>
    </xsl:call-template>
    <p class="field">
      <label for="{$action}-host-studio">承办工作室</label>
      <select id="{$action}-host-studio" name="host-studio">
        <option value="">（由单位承办）</option>
        <xsl:for-each select="/*/choices/studio">
          <option value="{@id}">
            <xsl:if test="@id = $hs"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
            <xsl:value-of select="."/>
          </option>
        </xsl:for-each>
      </select>
      <xsl:call-template name="field-error"><xsl:with-param name="field" select="'host-studio'"/></xsl:call-template>
    </p>
    <p class="field">
      <label for="{$action}-host-unit">承办单位</label>
      <select id="{$action}-host-unit" name="host-unit">
        <option value="">（本单位，或由上面的工作室承办）</option>
        <xsl:for-each select="/*/choices/unit">
          <option value="{@id}">
            <xsl:if test="@id = $hu and $hs = ''"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
            <xsl:value-of select="."/>
          </option>
        </xsl:for-each>
      </select>
      <xsl:call-template name="field-error"><xsl:with-param name="field" select="'host-unit'"/></xsl:call-template>
    </p>
    <xsl:call-template name="tr-field">
      <xsl:with-param name="name" select="'summary'"/>
      <xsl:with-param name="label" select="'活动概况（经验做法、参加人员、成效）'"/>
      <xsl:with-param name="action" select="$action"/>
      <xsl:with-param name="type" select="'textarea'"/>
      <xsl:with-param name="max" select="2000"/>
      <xsl:with-param name="value" select="string($e/summary)"/>
    </xsl:call-template>
    <p class="field">
      <label for="{$action}-visibility">在公众网站公布</label>
      <select id="{$action}-visibility" name="visibility">
        <option value="public"><xsl:if test="$vis != 'private'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>公布（活动日期之后在“宣传活动”中列出）</option>
        <option value="private"><xsl:if test="$vis = 'private'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>不公布</option>
      </select>
    </p>
  </xsl:template>

</xsl:stylesheet>
