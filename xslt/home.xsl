<?xml version="1.0" encoding="UTF-8"?>
<!-- home.xsl: the public landing page, GET / (document <home>). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="home" mode="title">首页</xsl:template>

  <xsl:template match="home" mode="page-head">
    <section class="hero">
      <div class="hero-text">
        <p class="hero-kicker">长春市总工会 · 职工创新工作室创建工作</p>
        <h1>凝聚职工智慧　推动创新发展</h1>
        <p class="lead">职工创新工作室是由具有较强技术能力、业务能力、创新能力和管理能力的企事业单位优秀人才领衔，以技术创新、管理创新、服务创新和制度创新为主要内容，以解决技术难题、推动创新发展为目标的群众性创新活动团体。</p>
        <p>
          <xsl:text>按照《关于支持职工创新工作室创建的意见》，</xsl:text>
          <xsl:choose>
            <xsl:when test="string(progress/@deadline) != ''">
              <xsl:text>到</xsl:text>
              <xsl:call-template name="date">
                <xsl:with-param name="d" select="progress/@deadline"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise>到2025年末</xsl:otherwise>
          </xsl:choose>
          <xsl:text>，全市命名长春市职工创新工作室不少于 </xsl:text>
          <xsl:value-of select="progress/@target"/>
          <xsl:text> 个，切实发挥企事业单位优秀人才作用，形成品牌效应。</xsl:text>
        </p>
      </div>
      <div class="hero-figure">
        <h2>命名进度</h2>
        <xsl:call-template name="progress"/>
        <p class="more"><a href="/public/stats">查看各单位统计</a></p>
      </div>
    </section>
  </xsl:template>

  <xsl:template match="home" mode="main">
    <section class="entries" aria-label="栏目">
      <a class="entry" href="/public/studios">
        <span class="entry-title">工作室名录</span>
        <span class="entry-text">查询经市总工会考核命名的职工创新工作室：按县区、行业、类型和命名年度筛选，或按名称搜索。</span>
      </a>
      <a class="entry" href="/public/feed.atom" type="application/atom+xml">
        <span class="entry-title">命名公告订阅</span>
        <span class="entry-text">以 Atom 订阅新命名的工作室，第一时间获知命名情况。</span>
      </a>
      <a class="entry" href="/public/stats">
        <span class="entry-title">统计</span>
        <span class="entry-text">按县（市）区、开发区和产业工会查看命名情况与目标完成进度。</span>
      </a>
    </section>

    <div class="columns">
      <section class="panel">
        <h2>基本条件</h2>
        <div class="panel-body">
          <ol class="conditions">
            <li>有一名企事业单位优秀人才领衔；</li>
            <li>有相对稳定的组成人员；</li>
            <li>有符合本单位发展实际的创新工作目标；</li>
            <li>有相对固定、能够满足基本创新活动的场所；</li>
            <li>有便于开展创新工作的基本设备设施；</li>
            <li>有职工创新工作室基本情况、领衔人情况、相关工作的内容介绍或展示。</li>
          </ol>
          <p class="note">企事业单位原有建制的研发机构和班组等不在命名之列。</p>
        </div>
      </section>
      <section class="panel">
        <h2>申报程序</h2>
        <div class="panel-body">
          <ol class="steps">
            <li><strong>推荐</strong><span>所在单位工会对照标准组织推荐，并经所在单位同意</span></li>
            <li><strong>审核</strong><span>所属县（市）区、开发区总工会或市产业工会审核</span></li>
            <li><strong>命名</strong><span>长春市总工会考核命名</span></li>
          </ol>
        </div>
      </section>
    </div>

    <section class="panel">
      <h2>支持措施</h2>
      <div class="panel-body measures">
        <div>
          <h3>经费支持</h3>
          <p>市总工会设立职工创新补助资金，对命名的职工创新工作室给予资金支持，用于设施设备提升，开展技术革新、技术攻关、发明创造和技能培训等活动；对承担重要科研课题的，适当加大扶持力度。</p>
        </div>
        <div>
          <h3>激励机制</h3>
          <p>创建标准高、创新成效佳、作用发挥好的职工创新工作室领衔人优先推荐参加评先选优；领衔人获评劳模和工匠的，可申请将工作室升级打造为长春市级劳模和工匠人才创新工作室。</p>
        </div>
        <div>
          <h3>考核管理</h3>
          <p>工作室定期自检，各级工会加强管理和考核，考核情况每年年底前报市总工会备案；市总工会实施动态管理，对创新创效显著的予以重点支持。</p>
        </div>
      </div>
    </section>
  </xsl:template>

</xsl:stylesheet>
