<?xml version="1.0" encoding="UTF-8"?>
<!--
  filings.xsl: the year's filing of the annual assessment, GET
  /app/assessments/filings/{year} (document <filings>): the deadline, per
  auditing union its sheets by stage and grade and its state (未报送,
  已报送, 已备案; 逾期 when not filed after the deadline), the form
  action=file (报送本年度考核结果) where may-file, the form
  action=acknowledge with unit= (备案) where may-acknowledge, both posted
  to the same URL; the unfinished sheets of a union, linked; the grades so
  far; the leaders of the studios graded 优秀 (评先选优) and the
  revocation proposals (连续三年不合格).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="assessment-common.xsl"/>

  <xsl:variable name="filings-url" select="concat('/app/assessments/filings/', /filings/@year)"/>

  <xsl:template match="filings" mode="head">
    <link rel="stylesheet" href="/static/assessment.css"/>
  </xsl:template>

  <xsl:template match="filings" mode="title">
    <xsl:value-of select="@year"/>
    <xsl:text>年度考核结果报送</xsl:text>
  </xsl:template>

  <xsl:template match="filings" mode="crumbs">
    <li><a href="/app/assessments?year={@year}">年度考核</a></li>
    <li aria-current="page"><xsl:value-of select="@year"/>年度报送</li>
  </xsl:template>

  <xsl:template match="filings" mode="record-name">
    <xsl:value-of select="@year"/>
    <xsl:text>年度考核结果</xsl:text>
  </xsl:template>

  <xsl:template match="filings" mode="main">
    <xsl:if test="normalize-space(message) != '' and not(errors/error)">
      <div class="form-alert" role="alert"><strong><xsl:value-of select="message"/></strong></div>
    </xsl:if>
    <div class="app-summary">
      <dl class="app-facts">
        <div>
          <dt>报送截止</dt>
          <dd>
            <xsl:call-template name="deadline">
              <xsl:with-param name="d" select="@deadline"/>
              <xsl:with-param name="n" select="@days-left"/>
            </xsl:call-template>
          </dd>
        </div>
        <div>
          <dt>考核方案</dt>
          <dd><a href="/app/assessments/schemes/{@year}"><xsl:value-of select="@year"/>年度考核方案</a></dd>
        </div>
        <div>
          <dt>优秀比例上限</dt>
          <dd>
            <xsl:text>全市 </xsl:text>
            <xsl:call-template name="cap"><xsl:with-param name="v" select="@excellent-cap"/></xsl:call-template>
            <xsl:text>，各审核单位 </xsl:text>
            <xsl:call-template name="cap"><xsl:with-param name="v" select="@excellent-cap-unit"/></xsl:call-template>
          </dd>
        </div>
      </dl>
    </div>
    <p class="help">审核单位评分完成后，将本单位全部考核表一次报送市总工会备案；有未完成评分的考核表时不能报送。考核情况于每年年底前报市总工会备案。</p>

    <section class="panel app-section">
      <h2>各审核单位报送情况</h2>
      <xsl:choose>
        <xsl:when test="filing">
          <div class="table-scroll">
            <table class="grid filings-table">
              <thead>
                <tr>
                  <th scope="col">审核单位</th>
                  <th scope="col" class="num">考核表</th>
                  <th scope="col">各阶段</th>
                  <th scope="col">等次</th>
                  <th scope="col">报送状态</th>
                  <xsl:if test="not($is-print) and filing[@may-file = 'true' or @may-acknowledge = 'true']">
                    <th scope="col">办理</th>
                  </xsl:if>
                </tr>
              </thead>
              <tbody>
                <xsl:apply-templates select="filing"/>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <p class="empty">本年度没有考核表。</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section class="panel app-section">
      <h2>
        <span>等次分布</span>
        <span class="aside">共 <xsl:value-of select="grades/@sheets"/> 份考核表</span>
      </h2>
      <ul class="grade-figures">
        <li><strong><xsl:value-of select="grades/@excellent"/></strong>优秀</li>
        <li><strong><xsl:value-of select="grades/@passed"/></strong>合格</li>
        <li><strong><xsl:value-of select="grades/@failed"/></strong>不合格</li>
        <li>
          <strong><xsl:value-of select="grades/@sheets - grades/@excellent - grades/@passed - grades/@failed"/></strong>
          <xsl:text>尚未评定</xsl:text>
        </li>
      </ul>
    </section>

    <xsl:if test="awards/sheet">
      <section class="panel app-section">
        <h2>评先选优：优秀工作室领衔人</h2>
        <div class="table-scroll">
          <table class="grid">
            <thead>
              <tr>
                <th scope="col">工作室</th>
                <th scope="col">领衔人</th>
                <th scope="col">评先选优结果</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="awards/sheet">
                <tr>
                  <td>
                    <xsl:call-template name="maybe-link">
                      <xsl:with-param name="href" select="concat('/app/studios/', @studio, '/assessments/', /filings/@year)"/>
                    </xsl:call-template>
                  </td>
                  <td class="nowrap"><xsl:value-of select="@leader"/></td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="normalize-space(@result) != ''">
                        <xsl:value-of select="@result"/>
                        <xsl:if test="normalize-space(@on) != ''">
                          <span class="muted">
                            <xsl:text>（</xsl:text>
                            <xsl:call-template name="date"><xsl:with-param name="d" select="@on"/></xsl:call-template>
                            <xsl:text>）</xsl:text>
                          </span>
                        </xsl:if>
                      </xsl:when>
                      <xsl:otherwise><span class="muted">尚未记录</span></xsl:otherwise>
                    </xsl:choose>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </section>
    </xsl:if>

    <xsl:if test="proposals/proposal">
      <section class="panel app-section">
        <h2>连续三年不合格，建议取消命名</h2>
        <div class="table-scroll">
          <table class="grid">
            <thead>
              <tr>
                <th scope="col">工作室</th>
                <th scope="col">不合格年度</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="proposals/proposal">
                <tr>
                  <td>
                    <xsl:call-template name="maybe-link">
                      <xsl:with-param name="href" select="concat('/app/studios/', @studio)"/>
                    </xsl:call-template>
                  </td>
                  <td><xsl:value-of select="translate(normalize-space(@years), ' ', '、')"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="cap">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="normalize-space($v) = ''">不限</xsl:when>
      <xsl:otherwise><xsl:value-of select="$v"/>%</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="maybe-link">
    <xsl:param name="href"/>
    <xsl:choose>
      <xsl:when test="$is-print"><xsl:value-of select="."/></xsl:when>
      <xsl:otherwise><a href="{$href}"><xsl:value-of select="."/></a></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="filings/filing">
    <xsl:variable name="late" select="@state = 'open' and number(/filings/@days-left) &lt; 0"/>
    <tr>
      <td>
        <strong><xsl:value-of select="unit-name"/></strong>
        <xsl:if test="unfinished/sheet">
          <p class="muted">未完成评分：</p>
          <ul class="filing-unfinished">
            <xsl:for-each select="unfinished/sheet">
              <li>
                <xsl:call-template name="maybe-link">
                  <xsl:with-param name="href" select="concat('/app/studios/', @studio, '/assessments/', /filings/@year)"/>
                </xsl:call-template>
                <xsl:text>（</xsl:text>
                <xsl:call-template name="label">
                  <xsl:with-param name="k" select="concat('astage.', @stage)"/>
                  <xsl:with-param name="default" select="@stage"/>
                </xsl:call-template>
                <xsl:text>）</xsl:text>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:if>
      </td>
      <td class="num"><xsl:value-of select="@sheets"/></td>
      <td>
        <xsl:text>自检中 </xsl:text><xsl:value-of select="@self"/>
        <xsl:text>，待评分 </xsl:text><xsl:value-of select="@submitted"/>
        <xsl:text>，已评分 </xsl:text><xsl:value-of select="@scored"/>
        <xsl:text>，已报送 </xsl:text><xsl:value-of select="@filed"/>
        <xsl:text>，已确认 </xsl:text><xsl:value-of select="@confirmed"/>
      </td>
      <td>
        <xsl:text>优秀 </xsl:text><xsl:value-of select="@excellent"/>
        <xsl:text>，合格 </xsl:text><xsl:value-of select="@passed"/>
        <xsl:text>，不合格 </xsl:text><xsl:value-of select="@failed"/>
      </td>
      <td>
        <span>
          <xsl:attribute name="class">
            <xsl:text>badge filing-state filing-state-</xsl:text>
            <xsl:value-of select="@state"/>
            <xsl:if test="$late"> filing-state-late</xsl:if>
          </xsl:attribute>
          <xsl:call-template name="label">
            <xsl:with-param name="k" select="concat('filing.', @state)"/>
            <xsl:with-param name="default" select="@state"/>
          </xsl:call-template>
          <xsl:if test="$late">（逾期）</xsl:if>
        </span>
        <xsl:if test="normalize-space(@filed-at) != ''">
          <br/>
          <span class="muted">
            <xsl:call-template name="datetime"><xsl:with-param name="d" select="@filed-at"/></xsl:call-template>
            <xsl:text>报送</xsl:text>
            <xsl:if test="normalize-space(@holder) != ''">（<xsl:value-of select="@holder"/>）</xsl:if>
          </span>
        </xsl:if>
        <xsl:if test="normalize-space(@acknowledged-at) != ''">
          <br/>
          <span class="muted">
            <xsl:call-template name="datetime"><xsl:with-param name="d" select="@acknowledged-at"/></xsl:call-template>
            <xsl:text>备案</xsl:text>
          </span>
        </xsl:if>
      </td>
      <xsl:if test="not($is-print) and ../filing[@may-file = 'true' or @may-acknowledge = 'true']">
        <td class="filing-actions">
          <xsl:if test="@may-file = 'true'">
            <form method="post" action="{$filings-url}">
              <xsl:call-template name="csrf-input"/>
              <button type="submit" name="action" value="file">报送本年度考核结果</button>
            </form>
          </xsl:if>
          <xsl:if test="@may-acknowledge = 'true'">
            <form method="post" action="{$filings-url}">
              <xsl:call-template name="csrf-input"/>
              <input type="hidden" name="unit" value="{@unit-id}"/>
              <button type="submit" name="action" value="acknowledge">备案</button>
            </form>
          </xsl:if>
        </td>
      </xsl:if>
    </tr>
  </xsl:template>

</xsl:stylesheet>
