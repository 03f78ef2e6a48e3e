<?xml version="1.0" encoding="UTF-8"?>
<!--
  funding-common.xsl: what the subsidy ledger's pages share (funds.xsl,
  fund.xsl, funding.xsl, funding-report.xsl, dossier.xsl): the codes of
  the basis of a grant, the purpose of a spending entry and the level of a
  research project in their order, their labels, the figures of a
  summary, and the fields of the forms (amounts typed in 元 with two
  decimals, dates as type=date, what was typed into a refused form shown
  again).  Included after layout.xsl is imported.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="exsl">

  <!-- The codes in the order the forms and reports list them. -->
  <xsl:variable name="fd-codes-rtf">
    <basis>naming</basis><basis>research</basis><basis>key-support</basis>
    <basis>top-up</basis><basis>other</basis>
    <purpose>equipment</purpose><purpose>innovation</purpose>
    <purpose>breakthrough</purpose><purpose>invention</purpose>
    <purpose>training</purpose><purpose>other</purpose>
    <plevel>national</plevel><plevel>provincial</plevel><plevel>city</plevel>
    <plevel>enterprise</plevel>
  </xsl:variable>
  <xsl:variable name="fd-codes" select="exsl:node-set($fd-codes-rtf)/*"/>

  <!-- fd-label: the label of $code in $group (basis, purpose, plevel). -->
  <xsl:template name="fd-label">
    <xsl:param name="group"/>
    <xsl:param name="code"/>
    <xsl:call-template name="label">
      <xsl:with-param name="k" select="concat($group, '.', $code)"/>
      <xsl:with-param name="default" select="$code"/>
    </xsl:call-template>
  </xsl:template>

  <!-- purpose-text: the purpose of the current spending entry, with its
       words when it is "other" (其他：…). -->
  <xsl:template name="purpose-text">
    <xsl:call-template name="fd-label">
      <xsl:with-param name="group" select="'purpose'"/>
      <xsl:with-param name="code" select="@purpose"/>
    </xsl:call-template>
    <xsl:if test="normalize-space(purpose-text) != ''">
      <xsl:text>：</xsl:text>
      <xsl:value-of select="purpose-text"/>
    </xsl:if>
  </xsl:template>

  <!-- basis-text: the basis of the current grant, with its words (其他：…)
       and, for an important research project, the project's title when
       $projects holds it. -->
  <xsl:template name="basis-text">
    <xsl:param name="projects" select="/*/projects/project"/>
    <xsl:call-template name="fd-label">
      <xsl:with-param name="group" select="'basis'"/>
      <xsl:with-param name="code" select="@basis"/>
    </xsl:call-template>
    <xsl:variable name="p" select="$projects[@id = current()/@project]"/>
    <xsl:if test="$p">
      <span class="basis-project">
        <xsl:text>（</xsl:text>
        <xsl:choose>
          <xsl:when test="$p/title"><xsl:value-of select="$p/title"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$p"/></xsl:otherwise>
        </xsl:choose>
        <xsl:text>）</xsl:text>
      </span>
    </xsl:if>
    <xsl:if test="normalize-space(basis-text) != ''">
      <span class="basis-words">
        <xsl:text>：</xsl:text>
        <xsl:value-of select="basis-text"/>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- money-figure: one figure of a summary: its caption and ¥1,234.50. -->
  <xsl:template name="money-figure">
    <xsl:param name="caption"/>
    <xsl:param name="fen"/>
    <xsl:param name="class" select="''"/>
    <div class="money-figure {$class}">
      <dt><xsl:value-of select="$caption"/></dt>
      <dd>
        <xsl:call-template name="money">
          <xsl:with-param name="fen" select="$fen"/>
          <xsl:with-param name="prefix" select="'¥'"/>
        </xsl:call-template>
      </dd>
    </div>
  </xsl:template>

  <!-- fd-message: the page's <message> when no field is named. -->
  <xsl:template name="fd-message">
    <xsl:if test="normalize-space(/*/message) != '' and not(/*/errors/error)">
      <div class="form-alert" role="alert"><strong><xsl:value-of select="/*/message"/></strong></div>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ fields -->

  <!-- fd-field: a labelled input $name of the form of $action in a grid
       cell: $type text, date, money (元, two decimals) or year; its id
       f-$name (f-$name-$key when $key, for the forms repeated per row);
       what was typed when that form was refused, else $value; its error. -->
  <xsl:template name="fd-field">
    <xsl:param name="name"/>
    <xsl:param name="action"/>
    <xsl:param name="label"/>
    <xsl:param name="type" select="'text'"/>
    <xsl:param name="value" select="''"/>
    <xsl:param name="required" select="false()"/>
    <xsl:param name="max" select="100"/>
    <xsl:param name="note" select="''"/>
    <xsl:param name="wide" select="false()"/>
    <xsl:param name="key" select="''"/>
    <xsl:variable name="id">
      <xsl:text>f-</xsl:text>
      <xsl:value-of select="$name"/>
      <xsl:if test="$key != ''">-<xsl:value-of select="$key"/></xsl:if>
    </xsl:variable>
    <!-- the error of $name is this form's: the form refused was this one -->
    <xsl:variable name="mine"
      select="($key = '' or /*/posted/field[@name = 'spending'] = $key)
              and (not(/*/posted) or /*/posted/field[@name = 'action'] = $action)"/>
    <p>
      <xsl:attribute name="class">
        <xsl:text>fcell</xsl:text>
        <xsl:if test="$wide"> fcell-wide</xsl:if>
        <xsl:if test="$mine and /*/errors/error[@field = $name]"> fcell-error</xsl:if>
      </xsl:attribute>
      <label for="{$id}">
        <xsl:value-of select="$label"/>
        <xsl:if test="$required"><span class="req" aria-hidden="true">*</span></xsl:if>
        <xsl:if test="$note != ''"><span class="legend-note"><xsl:value-of select="$note"/></span></xsl:if>
      </label>
      <span class="finput">
        <input id="{$id}" name="{$name}">
          <xsl:choose>
            <xsl:when test="$type = 'money'">
              <xsl:attribute name="type">number</xsl:attribute>
              <xsl:attribute name="min">0.01</xsl:attribute>
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
      <xsl:if test="$mine">
        <xsl:call-template name="field-error"><xsl:with-param name="field" select="$name"/></xsl:call-template>
      </xsl:if>
    </p>
  </xsl:template>

  <!-- fd-select: a labelled select $name of the codes of $group (basis,
       purpose, plevel) in a grid cell, the posted or $value selected. -->
  <xsl:template name="fd-select">
    <xsl:param name="name"/>
    <xsl:param name="action"/>
    <xsl:param name="label"/>
    <xsl:param name="group"/>
    <xsl:param name="value" select="''"/>
    <xsl:variable name="cur">
      <xsl:call-template name="posted">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="action" select="$action"/>
        <xsl:with-param name="default" select="$value"/>
      </xsl:call-template>
    </xsl:variable>
    <p class="fcell">
      <label for="f-{$name}"><xsl:value-of select="$label"/><span class="req" aria-hidden="true">*</span></label>
      <select id="f-{$name}" name="{$name}" required="required">
        <xsl:call-template name="field-invalid"><xsl:with-param name="field" select="$name"/></xsl:call-template>
        <option value="">请选择</option>
        <xsl:for-each select="$fd-codes[local-name() = $group]">
          <option value="{.}">
            <xsl:if test="string(.) = string($cur)">
              <xsl:attribute name="selected">selected</xsl:attribute>
            </xsl:if>
            <xsl:call-template name="fd-label">
              <xsl:with-param name="group" select="$group"/>
              <xsl:with-param name="code" select="string(.)"/>
            </xsl:call-template>
          </option>
        </xsl:for-each>
      </select>
      <xsl:call-template name="field-error"><xsl:with-param name="field" select="$name"/></xsl:call-template>
    </p>
  </xsl:template>

  <!-- fd-submit: the button that sends the form as action=$action. -->
  <xsl:template name="fd-submit">
    <xsl:param name="action"/>
    <xsl:param name="text"/>
    <p class="fcell fcell-wide fd-submit">
      <button type="submit" name="action" value="{$action}"><xsl:value-of select="$text"/></button>
    </p>
  </xsl:template>

  <!-- ==================================================== a studio's funds -->

  <!-- fd-purposes: the table of the spending by purpose of the <funding>
       in context, with the total (the funding's spent). -->
  <xsl:template name="fd-purposes">
    <div class="table-scroll">
      <table class="grid fd-table purposes-table">
        <thead>
          <tr>
            <th scope="col">用途</th>
            <th scope="col" class="num">已使用（元）</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="purposes/purpose">
            <tr>
              <th scope="row">
                <xsl:call-template name="fd-label">
                  <xsl:with-param name="group" select="'purpose'"/>
                  <xsl:with-param name="code" select="@code"/>
                </xsl:call-template>
              </th>
              <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@spent"/></xsl:call-template>
            </tr>
          </xsl:for-each>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">合计</th>
            <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@spent"/></xsl:call-template>
          </tr>
        </tfoot>
      </table>
    </div>
  </xsl:template>

  <!-- fd-totals: the figures granted, spent, balance of the <funding> in
       context. -->
  <xsl:template name="fd-totals">
    <dl class="money-figures">
      <xsl:call-template name="money-figure">
        <xsl:with-param name="caption" select="'获得补助'"/>
        <xsl:with-param name="fen" select="@granted"/>
      </xsl:call-template>
      <xsl:call-template name="money-figure">
        <xsl:with-param name="caption" select="'已使用'"/>
        <xsl:with-param name="fen" select="@spent"/>
      </xsl:call-template>
      <xsl:call-template name="money-figure">
        <xsl:with-param name="caption" select="'结余'"/>
        <xsl:with-param name="fen" select="@balance"/>
        <xsl:with-param name="class" select="'money-figure-main'"/>
      </xsl:call-template>
    </dl>
  </xsl:template>

  <!-- A grant of a studio's <funding>: its fund, funder, basis, decision
       and figures, then its spending entries (a reversed one struck
       through, its reversal naming the entry it reverses), with the
       vouchers linked; $reverse: a small form action=reverse per entry
       not yet reversed (the funding page, may-spend); $heading the level
       of its heading (h2 on the funding page, h3 in the dossier). -->
  <xsl:template match="grant" mode="fd-grant">
    <xsl:param name="reverse" select="false()"/>
    <xsl:param name="heading" select="'h3'"/>
    <xsl:param name="projects" select="../../projects/project"/>
    <section class="fd-grant" id="grant-{@id}">
      <xsl:element name="{$heading}">
        <xsl:attribute name="class">fd-grant-title</xsl:attribute>
        <span>
          <xsl:value-of select="fund-title"/>
        </span>
        <span class="aside">
          <xsl:call-template name="money">
            <xsl:with-param name="fen" select="@amount"/>
            <xsl:with-param name="prefix" select="'¥'"/>
          </xsl:call-template>
        </span>
      </xsl:element>
      <table class="facts facts-4 fd-grant-facts">
        <colgroup><col class="k"/><col/><col class="k"/><col/></colgroup>
        <tbody>
          <tr>
            <th scope="row">资金来源</th>
            <td><xsl:value-of select="funder"/></td>
            <th scope="row">补助依据</th>
            <td><xsl:call-template name="basis-text"><xsl:with-param name="projects" select="$projects"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">决定文号</th>
            <td><xsl:value-of select="@document"/></td>
            <th scope="row">决定日期</th>
            <td><xsl:call-template name="date"><xsl:with-param name="d" select="@decided-on"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row">已使用</th>
            <td>
              <xsl:call-template name="money">
                <xsl:with-param name="fen" select="@spent"/>
                <xsl:with-param name="suffix" select="' 元'"/>
              </xsl:call-template>
            </td>
            <th scope="row">结余</th>
            <td>
              <strong>
                <xsl:call-template name="money">
                  <xsl:with-param name="fen" select="@balance"/>
                  <xsl:with-param name="suffix" select="' 元'"/>
                </xsl:call-template>
              </strong>
            </td>
          </tr>
        </tbody>
      </table>
      <xsl:choose>
        <xsl:when test="spending">
          <div class="table-scroll">
            <table class="grid fd-table spending-table">
              <thead>
                <tr>
                  <th scope="col" class="num">编号</th>
                  <th scope="col">日期</th>
                  <th scope="col">用途</th>
                  <th scope="col" class="num">金额（元）</th>
                  <th scope="col" class="col-desc">内容</th>
                  <th scope="col">凭证</th>
                  <th scope="col">登记</th>
                  <xsl:if test="$reverse"><th scope="col">冲销</th></xsl:if>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="spending">
                  <tr id="spending-{@id}">
                    <xsl:choose>
                      <xsl:when test="@reversed = 'true'"><xsl:attribute name="class">reversed</xsl:attribute></xsl:when>
                      <xsl:when test="@reverses != ''"><xsl:attribute name="class">reversal</xsl:attribute></xsl:when>
                    </xsl:choose>
                    <td class="num" data-label="编号"><xsl:value-of select="@id"/></td>
                    <td class="date" data-label="日期"><xsl:call-template name="date"><xsl:with-param name="d" select="@spent-on"/></xsl:call-template></td>
                    <td data-label="用途"><xsl:call-template name="purpose-text"/></td>
                    <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@amount"/><xsl:with-param name="label" select="'金额（元）'"/></xsl:call-template>
                    <td class="col-desc" data-label="内容">
                      <xsl:if test="@reverses != ''">
                        <span class="badge badge-reversal">
                          <xsl:text>冲销第 </xsl:text>
                          <xsl:value-of select="@reverses"/>
                          <xsl:text> 号</xsl:text>
                        </span>
                        <xsl:text> </xsl:text>
                      </xsl:if>
                      <span class="fd-desc"><xsl:value-of select="description"/></span>
                      <xsl:if test="@reversed = 'true'">
                        <xsl:text> </xsl:text>
                        <span class="badge badge-reversed">已冲销</span>
                      </xsl:if>
                    </td>
                    <td data-label="凭证">
                      <xsl:choose>
                        <xsl:when test="attachments/attachment">
                          <ul class="vouchers">
                            <xsl:for-each select="attachments/attachment">
                              <li>
                                <xsl:choose>
                                  <xsl:when test="$is-print"><xsl:value-of select="@name"/></xsl:when>
                                  <xsl:otherwise>
                                    <a href="{@href}" type="{@type}"><xsl:value-of select="@name"/></a>
                                  </xsl:otherwise>
                                </xsl:choose>
                                <span class="file-size">
                                  <xsl:call-template name="file-size"/>
                                </span>
                              </li>
                            </xsl:for-each>
                          </ul>
                        </xsl:when>
                        <xsl:otherwise><span class="muted">无</span></xsl:otherwise>
                      </xsl:choose>
                    </td>
                    <td class="fd-who" data-label="登记">
                      <xsl:value-of select="@holder"/>
                      <span class="sub-date"><xsl:call-template name="datetime"><xsl:with-param name="d" select="@at"/></xsl:call-template></span>
                    </td>
                    <xsl:if test="$reverse">
                      <td data-label="冲销">
                        <xsl:if test="@reversed = 'false' and @reverses = ''">
                          <xsl:call-template name="reverse-form"/>
                        </xsl:if>
                      </td>
                    </xsl:if>
                  </tr>
                </xsl:for-each>
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colspan="3">合计</th>
                  <xsl:call-template name="money-cell"><xsl:with-param name="fen" select="@spent"/><xsl:with-param name="label" select="'金额（元）'"/></xsl:call-template>
                  <td>
                    <xsl:attribute name="colspan"><xsl:value-of select="3 + number($reverse)"/></xsl:attribute>
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <p class="muted fd-none">尚无使用记录。</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- reverse-form: the small form that reverses the current spending
       entry (action=reverse, spending=, description: 冲销原因), folded
       away until opened. -->
  <xsl:template name="reverse-form">
    <xsl:variable name="open" select="/*/posted/field[@name = 'action'] = 'reverse'
                                      and /*/posted/field[@name = 'spending'] = current()/@id"/>
    <details class="reverse">
      <xsl:if test="$open"><xsl:attribute name="open">open</xsl:attribute></xsl:if>
      <summary>冲销</summary>
      <form class="app-form reverse-form" method="post" action="/app/studios/{ancestor::funding/@studio}/funding">
        <xsl:call-template name="csrf-input"/>
        <input type="hidden" name="spending" value="{@id}"/>
        <xsl:call-template name="fd-field">
          <xsl:with-param name="name" select="'description'"/>
          <xsl:with-param name="action" select="'reverse'"/>
          <xsl:with-param name="label" select="'冲销原因'"/>
          <xsl:with-param name="required" select="true()"/>
          <xsl:with-param name="max" select="200"/>
          <xsl:with-param name="key" select="string(@id)"/>
        </xsl:call-template>
        <p class="fd-submit">
          <button type="submit" name="action" value="reverse" class="button-danger">冲销此记录</button>
        </p>
      </form>
    </details>
  </xsl:template>

  <!-- file-size: the @size of the current attachment in bytes, as KB or MB. -->
  <xsl:template name="file-size">
    <xsl:variable name="b" select="number(@size)"/>
    <xsl:choose>
      <xsl:when test="string($b) = 'NaN'"/>
      <xsl:when test="$b &lt; 1024"><xsl:value-of select="$b"/> B</xsl:when>
      <xsl:when test="$b &lt; 1048576"><xsl:value-of select="format-number($b div 1024, '0.#')"/> KB</xsl:when>
      <xsl:otherwise><xsl:value-of select="format-number($b div 1048576, '0.#')"/> MB</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- fd-projects: the table of the research projects of the <funding>
       in context. -->
  <xsl:template name="fd-projects">
    <div class="table-scroll">
      <table class="grid fd-table projects-table">
        <thead>
          <tr>
            <th scope="col" class="col-name">课题名称</th>
            <th scope="col">级别</th>
            <th scope="col">来源</th>
            <th scope="col">起止日期</th>
            <th scope="col">重要科研课题</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="projects/project">
            <tr>
              <td class="col-name" data-label="课题名称"><xsl:value-of select="title"/></td>
              <td class="nowrap" data-label="级别">
                <xsl:call-template name="fd-label">
                  <xsl:with-param name="group" select="'plevel'"/>
                  <xsl:with-param name="code" select="@level"/>
                </xsl:call-template>
              </td>
              <td data-label="来源"><xsl:value-of select="source"/></td>
              <td class="date" data-label="起止日期">
                <xsl:call-template name="date"><xsl:with-param name="d" select="@start-on"/></xsl:call-template>
                <xsl:text>至</xsl:text>
                <xsl:call-template name="date"><xsl:with-param name="d" select="@end-on"/></xsl:call-template>
              </td>
              <td data-label="重要科研课题">
                <xsl:choose>
                  <xsl:when test="@important = 'true'"><strong>是</strong></xsl:when>
                  <xsl:otherwise>否</xsl:otherwise>
                </xsl:choose>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <!-- ============================================================== CSV -->

  <!-- csv-yuan: one CSV field with the amount of fen $fen in 元, two
       decimals and no grouping (-12000.00, 35000.50), followed by a comma
       unless $last.  A number needs no quoting, and is written as it is
       (csv-field would take a minus sign for the start of a formula);
       empty when $fen is no whole number.  Selects only, no result tree
       fragment (see csv.xsl). -->
  <xsl:template name="csv-yuan">
    <xsl:param name="fen"/>
    <xsl:param name="last" select="false()"/>
    <xsl:variable name="n" select="number($fen)"/>
    <xsl:variable name="a" select="($n &gt;= 0) * $n - ($n &lt; 0) * $n"/>
    <xsl:if test="string($n) != 'NaN' and floor($n) = $n">
      <xsl:value-of select="concat(substring('-', 1, number($n &lt; 0)), floor($a div 100),
                                   '.', format-number($a mod 100, '00'))"/>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="$last"><xsl:text>&#13;&#10;</xsl:text></xsl:when>
      <xsl:otherwise><xsl:text>,</xsl:text></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
