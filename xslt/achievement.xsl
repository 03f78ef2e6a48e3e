<?xml version="1.0" encoding="UTF-8"?>
<!--
  achievement.xsl: one achievement of a studio, GET /app/achievements/{id}
  (document <achievement>): its status and studio, what it is, its photos
  (pictures as thumbnails, other files as links), where it was taken up,
  its reviews, and the forms this unit may use, every one a POST to
  /app/achievements/{id} with the record's version: by <may>, edit
  (action=save), add a photo (action=photo, multipart) and record an
  adoption (action=adopt); by <actions>, submit, publish (opinion
  optional), return and take-down (opinion required).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="achievement-common.xsl"/>

  <xsl:variable name="a" select="/achievement"/>
  <xsl:variable name="self" select="concat('/app/achievements/', /achievement/@id)"/>
  <xsl:variable name="sent" select="string(/achievement/posted/field[@name = 'action'])"/>

  <xsl:template match="achievement" mode="head">
    <link rel="stylesheet" href="/static/showcase.css"/>
  </xsl:template>

  <xsl:template match="achievement" mode="title">
    <xsl:value-of select="title"/>
  </xsl:template>

  <xsl:template match="achievement" mode="crumbs">
    <li><a href="/app/achievements">创新成果</a></li>
    <li><a href="/app/studios/{studio/@id}"><xsl:value-of select="studio/name"/></a></li>
    <li aria-current="page">第 <xsl:value-of select="@id"/> 号</li>
  </xsl:template>

  <xsl:template match="achievement" mode="record-name">
    <xsl:value-of select="title"/>
  </xsl:template>
  <xsl:template match="achievement" mode="record-href">
    <xsl:value-of select="$self"/>
  </xsl:template>

  <!-- Where to mend a refusal: the field of the form that was sent. -->
  <xsl:template match="achievement/errors/error" mode="error-href">
    <xsl:choose>
      <xsl:when test="@field = 'version' or @field = 'csrf' or @field = ''">#actions</xsl:when>
      <xsl:when test="$sent = 'save'"><xsl:value-of select="concat('#f-', @field)"/></xsl:when>
      <xsl:when test="$sent = 'adopt'"><xsl:value-of select="concat('#a-', @field)"/></xsl:when>
      <xsl:when test="$sent = 'photo'">#p-file</xsl:when>
      <xsl:when test="@field = 'opinion' and $sent != ''">
        <xsl:value-of select="concat('#opinion-', $sent)"/>
      </xsl:when>
      <xsl:otherwise>#actions</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="achievement" mode="main">
    <div class="app-summary">
      <p class="app-status">
        <span class="app-summary-label">当前状态</span>
        <xsl:call-template name="ach-badge"/>
      </p>
      <dl class="app-facts">
        <div>
          <dt>工作室</dt>
          <dd>
            <xsl:choose>
              <xsl:when test="$is-print"><xsl:value-of select="studio/name"/></xsl:when>
              <xsl:otherwise><a href="/app/studios/{studio/@id}"><xsl:value-of select="studio/name"/></a></xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
        <div>
          <dt>所在单位工会</dt>
          <dd><xsl:value-of select="studio/base-union"/></dd>
        </div>
        <div>
          <dt>审核单位</dt>
          <dd><xsl:value-of select="studio/auditing-unit"/></dd>
        </div>
        <div>
          <dt>状态时间</dt>
          <dd><xsl:call-template name="datetime"><xsl:with-param name="d" select="@since"/></xsl:call-template></dd>
        </div>
        <xsl:if test="string(@published-at) != ''">
          <div>
            <dt>发布时间</dt>
            <dd><xsl:call-template name="datetime"><xsl:with-param name="d" select="@published-at"/></xsl:call-template></dd>
          </div>
        </xsl:if>
      </dl>
      <xsl:if test="@status = 'published' and not($is-print)">
        <p class="ach-public-link"><a href="/public/achievements/{@id}">在公众网站查看</a></p>
      </xsl:if>
    </div>

    <xsl:if test="normalize-space(reason) != '' and (@status = 'returned' or @status = 'taken-down')">
      <div class="notice ach-reason" role="note">
        <p class="notice-message">
          <strong>
            <xsl:choose>
              <xsl:when test="@status = 'returned'">退回理由</xsl:when>
              <xsl:otherwise>撤下理由</xsl:otherwise>
            </xsl:choose>
          </strong>
        </p>
        <xsl:call-template name="text-block"><xsl:with-param name="t" select="string(reason)"/></xsl:call-template>
      </div>
    </xsl:if>

    <section class="panel app-section">
      <h2>成果信息</h2>
      <table class="facts facts-4 ach-facts">
        <colgroup><col class="k"/><col/><col class="k"/><col/></colgroup>
        <tbody>
          <tr>
            <th scope="row">成果名称</th>
            <td colspan="3"><xsl:value-of select="title"/></td>
          </tr>
          <tr>
            <th scope="row">成果类别</th>
            <td>
              <xsl:call-template name="ach-label">
                <xsl:with-param name="group" select="'ach-kind'"/>
                <xsl:with-param name="code" select="@kind"/>
              </xsl:call-template>
            </td>
            <th scope="row">成果形式</th>
            <td>
              <xsl:call-template name="ach-label">
                <xsl:with-param name="group" select="'ach-form'"/>
                <xsl:with-param name="code" select="@form"/>
              </xsl:call-template>
            </td>
          </tr>
          <tr>
            <th scope="row">完成年度</th>
            <td><xsl:value-of select="@year"/></td>
            <th scope="row">专利号</th>
            <td>
              <xsl:choose>
                <xsl:when test="normalize-space(patent-number) != ''"><xsl:value-of select="patent-number"/></xsl:when>
                <xsl:otherwise><span class="unfilled">无</span></xsl:otherwise>
              </xsl:choose>
            </td>
          </tr>
          <tr>
            <th scope="row">创造价值</th>
            <td>
              <xsl:choose>
                <xsl:when test="string(@value) != ''"><xsl:call-template name="ach-value"/></xsl:when>
                <xsl:otherwise><span class="unfilled">未测算</span></xsl:otherwise>
              </xsl:choose>
            </td>
            <th scope="row">命名编号</th>
            <td><xsl:value-of select="studio/@number"/></td>
          </tr>
          <tr>
            <th scope="row">主要完成人</th>
            <td colspan="3"><xsl:value-of select="people"/></td>
          </tr>
        </tbody>
      </table>
      <div class="panel-body ach-texts">
        <h3>解决的问题</h3>
        <xsl:call-template name="text-block"><xsl:with-param name="t" select="string(problem)"/></xsl:call-template>
        <h3>成果效益</h3>
        <xsl:call-template name="text-block"><xsl:with-param name="t" select="string(benefits)"/></xsl:call-template>
      </div>
    </section>

    <xsl:call-template name="photos"/>
    <xsl:call-template name="adoptions"/>

    <section class="panel app-section">
      <h2>办理记录</h2>
      <xsl:choose>
        <xsl:when test="reviews/review">
          <ol class="timeline">
            <xsl:for-each select="reviews/review">
              <li class="tl-item tl-{@decision}">
                <p class="tl-head">
                  <span class="tl-decision">
                    <xsl:call-template name="ach-label">
                      <xsl:with-param name="group" select="'ach-decision'"/>
                      <xsl:with-param name="code" select="@decision"/>
                    </xsl:call-template>
                  </span>
                  <span class="tl-date"><xsl:call-template name="datetime"><xsl:with-param name="d" select="@on"/></xsl:call-template></span>
                </p>
                <p class="tl-meta">
                  <xsl:value-of select="@unit-name"/>
                  <xsl:if test="normalize-space(@holder) != ''">
                    <span class="tl-holder"><xsl:value-of select="@holder"/></span>
                  </xsl:if>
                </p>
                <xsl:if test="normalize-space(.) != ''">
                  <div class="tl-opinion text-block"><xsl:value-of select="."/></div>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ol>
        </xsl:when>
        <xsl:otherwise><p class="panel-body muted">尚未提交审核。</p></xsl:otherwise>
      </xsl:choose>
    </section>

    <xsl:if test="not($is-print)">
      <xsl:if test="may/@edit = 'true'">
        <xsl:call-template name="edit-form"/>
      </xsl:if>
      <xsl:if test="actions/action">
        <section class="panel app-section app-actions" id="actions">
          <h2>办理</h2>
          <div class="panel-body action-forms">
            <xsl:apply-templates select="actions/action"/>
          </div>
        </section>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- The photos: pictures as thumbnails linking to the file, anything
       else as a link; the upload form when the unit may add one. -->
  <xsl:template name="photos">
    <xsl:variable name="can" select="may/@photo = 'true' and not($is-print)"/>
    <xsl:if test="attachments/attachment or $can">
      <section class="panel app-section" id="photos">
        <h2>成果照片</h2>
        <xsl:choose>
          <xsl:when test="attachments/attachment">
            <ul class="ach-thumbs">
              <xsl:for-each select="attachments/attachment">
                <xsl:variable name="img"><xsl:call-template name="ach-is-image"/></xsl:variable>
                <li>
                  <xsl:choose>
                    <xsl:when test="$img = '1'">
                      <a class="ach-thumb" href="{@href}">
                        <img src="{@href}" alt="{@name}" loading="lazy" decoding="async"/>
                      </a>
                      <span class="ach-thumb-name"><xsl:value-of select="@name"/></span>
                    </xsl:when>
                    <xsl:otherwise>
                      <a class="ach-file" href="{@href}"><xsl:value-of select="@name"/></a>
                    </xsl:otherwise>
                  </xsl:choose>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:when>
          <xsl:otherwise>
            <p class="panel-body muted">尚未上传照片。</p>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="$can">
          <form class="app-form ach-photo-form" method="post" action="{$self}" enctype="multipart/form-data">
            <xsl:call-template name="csrf-input"/>
            <input type="hidden" name="version" value="{@version}"/>
            <div class="panel-body">
              <p>
                <xsl:attribute name="class">
                  <xsl:text>fcell</xsl:text>
                  <xsl:if test="$sent = 'photo' and errors/error[@field = 'file']"> fcell-error</xsl:if>
                </xsl:attribute>
                <label for="p-file">上传照片<span class="legend-note">（JPEG 或 PNG，每张不超过 10 MB）</span></label>
                <input type="file" id="p-file" name="file" required="required"
                       accept=".jpg,.jpeg,.png,image/jpeg,image/png">
                  <xsl:if test="$sent = 'photo'">
                    <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="'file'"/></xsl:call-template>
                  </xsl:if>
                </input>
                <xsl:if test="$sent = 'photo'">
                  <xsl:call-template name="field-error"><xsl:with-param name="field" select="'file'"/></xsl:call-template>
                </xsl:if>
              </p>
              <p class="action-submit">
                <button type="submit" name="action" value="photo">上传</button>
              </p>
            </div>
          </form>
        </xsl:if>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Where it was taken up, and the form that records one more. -->
  <xsl:template name="adoptions">
    <xsl:variable name="can" select="may/@adopt = 'true' and not($is-print)"/>
    <section class="panel app-section" id="adoptions">
      <h2>成果转化</h2>
      <xsl:choose>
        <xsl:when test="adoptions/adoption">
          <div class="table-scroll">
            <table class="grid adopt-table">
              <thead>
                <tr>
                  <th scope="col">转化单位</th>
                  <th scope="col">所属行业</th>
                  <th scope="col">地区</th>
                  <th scope="col">转化时间</th>
                  <th scope="col" class="col-effect">转化效果</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="adoptions/adoption">
                  <tr>
                    <td data-label="转化单位"><xsl:value-of select="unit-name"/></td>
                    <td data-label="所属行业">
                      <xsl:choose>
                        <xsl:when test="normalize-space(industry-name) != ''"><xsl:value-of select="industry-name"/></xsl:when>
                        <xsl:otherwise><xsl:value-of select="@industry"/></xsl:otherwise>
                      </xsl:choose>
                    </td>
                    <td data-label="地区"><xsl:value-of select="region"/></td>
                    <td class="date" data-label="转化时间"><xsl:call-template name="date"><xsl:with-param name="d" select="@adopted-on"/></xsl:call-template></td>
                    <td class="col-effect" data-label="转化效果"><xsl:value-of select="effect"/></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <p class="panel-body muted">尚无转化应用记录。</p>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$can">
        <form class="app-form ach-adopt-form" method="post" action="{$self}" id="adopt">
          <xsl:call-template name="csrf-input"/>
          <input type="hidden" name="version" value="{@version}"/>
          <h3 class="ach-form-title">登记成果转化</h3>
          <div class="fgrid ach-fgrid">
            <xsl:call-template name="ach-input">
              <xsl:with-param name="name" select="'unit-name'"/>
              <xsl:with-param name="action" select="'adopt'"/>
              <xsl:with-param name="label" select="'转化单位'"/>
              <xsl:with-param name="required" select="true()"/>
              <xsl:with-param name="max" select="100"/>
              <xsl:with-param name="prefix" select="'a-'"/>
              <xsl:with-param name="wide" select="true()"/>
            </xsl:call-template>
            <xsl:call-template name="ach-input">
              <xsl:with-param name="name" select="'industry'"/>
              <xsl:with-param name="action" select="'adopt'"/>
              <xsl:with-param name="label" select="'所属行业代码'"/>
              <xsl:with-param name="max" select="1"/>
              <xsl:with-param name="pattern" select="'[A-Ta-t]'"/>
              <xsl:with-param name="prefix" select="'a-'"/>
              <xsl:with-param name="help" select="'国民经济行业门类代码 A–T，如 C 制造业；可不填'"/>
            </xsl:call-template>
            <xsl:call-template name="ach-input">
              <xsl:with-param name="name" select="'region'"/>
              <xsl:with-param name="action" select="'adopt'"/>
              <xsl:with-param name="label" select="'地区'"/>
              <xsl:with-param name="required" select="true()"/>
              <xsl:with-param name="max" select="60"/>
              <xsl:with-param name="prefix" select="'a-'"/>
              <xsl:with-param name="help" select="'如 吉林省吉林市'"/>
            </xsl:call-template>
            <xsl:call-template name="ach-input">
              <xsl:with-param name="name" select="'adopted-on'"/>
              <xsl:with-param name="action" select="'adopt'"/>
              <xsl:with-param name="label" select="'转化时间'"/>
              <xsl:with-param name="type" select="'date'"/>
              <xsl:with-param name="required" select="true()"/>
              <xsl:with-param name="prefix" select="'a-'"/>
            </xsl:call-template>
            <xsl:call-template name="ach-text">
              <xsl:with-param name="name" select="'effect'"/>
              <xsl:with-param name="action" select="'adopt'"/>
              <xsl:with-param name="label" select="'转化效果'"/>
              <xsl:with-param name="max" select="500"/>
              <xsl:with-param name="prefix" select="'a-'"/>
              <xsl:with-param name="rows" select="3"/>
            </xsl:call-template>
          </div>
          <p class="ach-submit">
            <button type="submit" name="action" value="adopt">登记</button>
          </p>
        </form>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- The form that edits the achievement (a draft or a returned one). -->
  <xsl:template name="edit-form">
    <section class="panel app-section" id="edit">
      <h2>修改成果信息</h2>
      <form class="app-form ach-form" method="post" action="{$self}">
        <xsl:call-template name="csrf-input"/>
        <input type="hidden" name="version" value="{@version}"/>
        <xsl:call-template name="ach-fields">
          <xsl:with-param name="action" select="'save'"/>
          <xsl:with-param name="rec" select="."/>
        </xsl:call-template>
        <p class="ach-submit">
          <button type="submit" name="action" value="save">保存</button>
        </p>
      </form>
    </section>
  </xsl:template>

  <!-- A review action: submit has no opinion, publish an optional one,
       return and take-down a required reason. -->
  <xsl:template match="actions/action">
    <xsl:variable name="n" select="@name"/>
    <xsl:variable name="needs" select="$n = 'return' or $n = 'take-down'"/>
    <form class="action-form action-{$n}" method="post" action="{$self}">
      <xsl:call-template name="csrf-input"/>
      <input type="hidden" name="version" value="{$a/@version}"/>
      <h3>
        <xsl:call-template name="ach-label">
          <xsl:with-param name="group" select="'ach-do'"/>
          <xsl:with-param name="code" select="$n"/>
        </xsl:call-template>
      </h3>
      <p class="help">
        <xsl:choose>
          <xsl:when test="$n = 'submit'">提交审核单位审核，审核期间不能修改。</xsl:when>
          <xsl:when test="$n = 'publish'">发布后在公众网站“创新成果”中展示，并进入订阅源。</xsl:when>
          <xsl:when test="$n = 'return'">退回所在单位工会修改，理由将告知对方。</xsl:when>
          <xsl:when test="$n = 'take-down'">从公众网站撤下，理由将告知所在单位工会。</xsl:when>
        </xsl:choose>
      </p>
      <xsl:if test="$n != 'submit'">
        <p class="field">
          <label for="opinion-{$n}">
            <xsl:choose>
              <xsl:when test="$n = 'publish'">审核意见</xsl:when>
              <xsl:when test="$n = 'return'">退回理由</xsl:when>
              <xsl:otherwise>撤下理由</xsl:otherwise>
            </xsl:choose>
            <xsl:if test="$needs"><span class="req" aria-hidden="true">*</span></xsl:if>
          </label>
          <textarea id="opinion-{$n}" name="opinion" rows="2" cols="60" maxlength="500">
            <xsl:if test="$needs">
              <xsl:attribute name="required">required</xsl:attribute>
            </xsl:if>
            <xsl:if test="$sent = $n">
              <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="'opinion'"/></xsl:call-template>
            </xsl:if>
            <xsl:text>&#10;</xsl:text>
            <xsl:call-template name="posted">
              <xsl:with-param name="name" select="'opinion'"/>
              <xsl:with-param name="action" select="$n"/>
            </xsl:call-template>
          </textarea>
          <xsl:if test="$sent = $n">
            <xsl:call-template name="field-error"><xsl:with-param name="field" select="'opinion'"/></xsl:call-template>
          </xsl:if>
        </p>
      </xsl:if>
      <p class="action-submit">
        <button type="submit" name="action" value="{$n}">
          <xsl:if test="$needs">
            <xsl:attribute name="class">button-danger</xsl:attribute>
          </xsl:if>
          <xsl:call-template name="ach-label">
            <xsl:with-param name="group" select="'ach-do'"/>
            <xsl:with-param name="code" select="$n"/>
          </xsl:call-template>
        </button>
      </p>
    </form>
  </xsl:template>

</xsl:stylesheet>
