<?xml version="1.0" encoding="UTF-8"?>
<!--
  labels.xsl: the one table of display labels (codes → Chinese text).
  Included by layout.xsl and by the CSV stylesheets. Look a label up with
  the named template "label"; a code with no row is shown as it is.
  Keys are "<group>.<code>", e.g. kind.city, status.404, cert.revoked.

  studiod builds nothing of this table per page: it reads the table once,
  when it compiles the stylesheets (fcgi/xslt.c), gives every
  transformation that copy as the parameter labels-rtf, and answers the
  template "label" with its extension function s:label().  Elsewhere
  (xsltproc) the parameter's content below is the table and "label" looks
  it up through the key; both give the same text.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:exsl="http://exslt.org/common"
  xmlns:s="urn:x-studio:xslt"
  exclude-result-prefixes="exsl s">

  <xsl:param name="labels-rtf">
    <!-- unit kinds -->
    <l k="kind.city">市总工会</l>
    <l k="kind.district">县（市）区、开发区总工会</l>
    <l k="kind.industry">产业工会及直属工会</l>
    <l k="kind.base">基层工会</l>

    <!-- unit state (attribute active) -->
    <l k="active.true">正常</l>
    <l k="active.false">已停用</l>

    <!-- HTTP statuses on the error page -->
    <l k="status.400">提交的内容有误</l>
    <l k="status.403">无权访问</l>
    <l k="status.404">页面不存在</l>
    <l k="status.405">不支持的请求方法</l>
    <l k="status.409">数据已被他人修改或当前状态不允许此操作</l>
    <l k="status.413">提交的内容过大</l>
    <l k="status.500">系统内部错误</l>
    <l k="status.503">服务暂时不可用</l>

    <!-- client certificate status -->
    <l k="cert.active">有效</l>
    <l k="cert.revoked">已吊销</l>
    <l k="cert.expired">已过期</l>

    <!-- audit log action codes -->
    <l k="action.cert.enrol">登记证书</l>
    <l k="action.cert.revoke">吊销证书</l>
    <l k="action.unit.create">新建单位</l>
    <l k="action.unit.update">修改单位</l>
    <l k="action.application.create">新建申请</l>
    <l k="action.application.update">修改申请</l>
    <l k="action.application.recommend">推荐上报</l>
    <l k="action.application.approve">审核通过</l>
    <l k="action.application.return">退回修改</l>
    <l k="action.application.name">考核命名</l>
    <l k="action.application.reject">不予推荐或命名</l>
    <l k="action.application.withdraw">撤回申请</l>
    <l k="action.studio.revoke">取消命名</l>
    <l k="action.studio.support">列为重点支持</l>
    <l k="action.studio.supervise">列为督促整改</l>
    <l k="action.studio.restore">恢复正常</l>
    <l k="action.studio.upgrade">升级为劳模和工匠人才创新工作室</l>
    <l k="action.schema.migrate">升级数据库结构（系统运维）</l>
    <l k="action.data.load">导入基础数据（系统运维）</l>

    <!-- audit log object types -->
    <l k="object.cert">证书</l>
    <l k="object.migration">数据库结构</l>
    <l k="object.file">数据文件</l>
    <l k="object.unit">单位</l>
    <l k="object.application">创建申请</l>
    <l k="object.studio">工作室</l>
    <l k="object.achievement">创新成果</l>
    <l k="object.assessment">年度考核</l>
    <l k="object.funding">补助资金</l>

    <!-- application status (design §5): the full label (badges, lists) -->
    <l k="app.draft">草稿</l>
    <l k="app.recommended">已推荐（待审核）</l>
    <l k="app.audited">已审核（待命名）</l>
    <l k="app.named">已命名</l>
    <l k="app.returned">已退回</l>
    <l k="app.rejected">未通过（不予推荐或命名）</l>
    <l k="app.withdrawn">已撤回</l>
    <l k="app.revoked">已取消命名</l>
    <l k="app.upgraded">已升级</l>

    <!-- application status, short form (tabs, figures) -->
    <l k="app-short.draft">草稿</l>
    <l k="app-short.recommended">已推荐</l>
    <l k="app-short.audited">已审核</l>
    <l k="app-short.named">已命名</l>
    <l k="app-short.returned">已退回</l>
    <l k="app-short.rejected">未通过</l>
    <l k="app-short.withdrawn">已撤回</l>
    <l k="app-short.revoked">已取消命名</l>
    <l k="app-short.upgraded">已升级</l>

    <!-- review stages (review/@stage) -->
    <l k="stage.base">所在单位工会</l>
    <l k="stage.district">审核单位（县（市）区、开发区总工会，市产业工会）</l>
    <l k="stage.city">市总工会</l>

    <!-- review decisions (review/@decision), as recorded; a row
         "<group>.<stage>.<code>" names it at that stage (staged-label) -->
    <l k="decision.recommend">推荐上报</l>
    <l k="decision.approve">审核通过</l>
    <l k="decision.return">退回修改</l>
    <l k="decision.name">考核命名</l>
    <l k="decision.reject">不予命名</l>
    <l k="decision.district.reject">不予推荐</l>
    <l k="decision.withdraw">撤回申请</l>

    <!-- transition buttons (actions/action/@name) -->
    <l k="do.recommend">推荐上报</l>
    <l k="do.approve">审核通过</l>
    <l k="do.return">退回修改</l>
    <l k="do.name">考核命名</l>
    <l k="do.reject">不予命名</l>
    <l k="do.district.reject">不予推荐</l>
    <l k="do.withdraw">撤回申请</l>

    <!-- what the opinion of each transition is called -->
    <l k="opinion.recommend">推荐意见</l>
    <l k="opinion.approve">审核意见</l>
    <l k="opinion.return">退回意见</l>
    <l k="opinion.name">审批意见</l>
    <l k="opinion.reject">审批意见</l>
    <l k="opinion.district.reject">不予推荐的理由</l>
    <l k="opinion.withdraw">撤回说明</l>

    <!-- the host enterprise as a 专精特新 enterprise (studio/srdi/@level) -->
    <l k="srdi.none">否</l>
    <l k="srdi.city">市级专精特新企业</l>
    <l k="srdi.province">省级专精特新中小企业</l>
    <l k="srdi.national">国家级专精特新“小巨人”企业</l>

    <!-- amendments: what changes, their status, decisions and buttons -->
    <l k="akind.leader">更换领衔人</l>
    <l k="akind.host-unit">所在单位更名</l>
    <l k="akind.field">专业领域</l>
    <l k="akind.member-count">成员人数</l>
    <l k="akind.member-join">成员加入</l>
    <l k="akind.member-leave">成员退出</l>
    <l k="afield.member.name">成员姓名</l>
    <l k="afield.member.role">在工作室中</l>
    <l k="afield.member.trade">专业或工种</l>
    <l k="afield.member.title">职称或技能等级</l>
    <l k="afield.member.joined">加入日期</l>
    <l k="afield.member.left">退出日期</l>
    <l k="amstatus.requested">已申请（待审核单位审核）</l>
    <l k="amstatus.audited">已审核（待市总工会审批）</l>
    <l k="amstatus.approved">已生效</l>
    <l k="amstatus.returned">已退回</l>
    <l k="amstatus.rejected">未同意</l>
    <l k="amstatus.withdrawn">已撤回</l>
    <l k="adecision.request">申请变更</l>
    <l k="adecision.approve">同意</l>
    <l k="adecision.return">退回</l>
    <l k="adecision.reject">不同意</l>
    <l k="adecision.withdraw">撤回</l>
    <l k="ado.approve">同意变更</l>
    <l k="ado.return">退回</l>
    <l k="ado.reject">不同意变更</l>
    <l k="ado.withdraw">撤回变更申请</l>
    <l k="afield.leader.name">领衔人姓名</l>
    <l k="afield.leader.title">技术职称</l>
    <l k="afield.leader.specialty">专业/工种</l>
    <l k="afield.leader.mobile">手机号码</l>
    <l k="afield.leader.email">E-mail</l>
    <l k="afield.leader.birth-month">出生年月</l>
    <l k="afield.host-unit">所在单位</l>
    <l k="afield.field">专业领域</l>
    <l k="afield.member-count">成员人数</l>
    <l k="event.amend">变更</l>
    <l k="action.amendment.request">申请变更</l>
    <l k="action.amendment.approve">同意变更</l>
    <l k="action.amendment.return">退回</l>
    <l k="action.amendment.reject">不同意变更</l>
    <l k="action.amendment.withdraw">撤回变更申请</l>
    <l k="object.amendment">变更申请</l>

    <!-- events of a studio's life (studio/events/event/@action) -->
    <l k="event.name">考核命名</l>
    <l k="event.revoke">取消命名</l>
    <l k="event.upgrade">升级为劳模和工匠人才创新工作室</l>
    <l k="event.support">列为重点支持</l>
    <l k="event.supervise">督导</l>
    <l k="event.restore">恢复正常</l>

    <!-- studio types as the paper form lists them, in its order (@n) -->
    <l k="stype.development" n="1">技术开发</l>
    <l k="stype.breakthrough" n="2">技术攻关</l>
    <l k="stype.skill-transfer" n="3">技能传授</l>
    <l k="stype.collaboration" n="4">技术协作</l>
    <l k="stype.training" n="5">培训服务</l>
    <l k="stype.other" n="6">其他</l>

    <!-- a named studio's status (studio/@status) -->
    <l k="studio-status.active">已命名</l>
    <l k="studio-status.key-support">重点支持</l>
    <l k="studio-status.supervised">督导整改</l>
    <l k="studio-status.revoked">已取消命名</l>
    <l k="studio-status.upgraded">已升级为劳模和工匠人才创新工作室</l>

    <!-- upgrade applications (upgrade/applications/application) -->
    <l k="upgrade.submitted">已提交（待审核）</l>
    <l k="upgrade.audited">已审核（待市总工会决定）</l>
    <l k="upgrade.returned">已退回</l>
    <l k="upgrade.upgraded">已升级</l>
    <l k="upgrade.rejected">未通过</l>
    <l k="upgrade.withdrawn">已撤回</l>
    <l k="upgrade-do.submit">重新提交</l>
    <l k="upgrade-do.district.approve">审核通过</l>
    <l k="upgrade-do.city.approve">同意升级</l>
    <l k="upgrade-do.return">退回修改</l>
    <l k="upgrade-do.reject">不同意升级</l>
    <l k="upgrade-do.withdraw">撤回升级申请</l>
    <l k="upgrade-step.base.submit">提交申请</l>
    <l k="upgrade-step.district.approve">审核通过</l>
    <l k="upgrade-step.city.approve">同意升级</l>
    <l k="upgrade-step.district.return">退回修改</l>
    <l k="upgrade-step.city.reject">不同意升级</l>
    <l k="upgrade-step.base.withdraw">撤回申请</l>
    <l k="honour.model-worker">劳动模范</l>
    <l k="honour.craftsman">工匠</l>
    <l k="honour-level.national">全国（国家级）</l>
    <l k="honour-level.provincial">省级</l>
    <l k="honour-level.city">市级</l>
    <l k="action.upgrade.submit">提交升级申请</l>
    <l k="action.upgrade.approve">审核或同意升级申请</l>
    <l k="action.upgrade.return">退回修改</l>
    <l k="action.upgrade.reject">不同意升级</l>
    <l k="action.upgrade.withdraw">撤回升级申请</l>
    <l k="object.upgrade">升级申请</l>

    <!-- the annual assessment (issue 10): the sheet's stage, the grade,
         what was done on it (review/@decision), the filing of an
         auditing union, the to-do items and the audit log's actions -->
    <l k="astage.self">自检中</l>
    <l k="astage.submitted">待评分</l>
    <l k="astage.scored">已评分</l>
    <l k="astage.filed">已报送</l>
    <l k="astage.confirmed">已确认</l>
    <l k="grade.excellent">优秀</l>
    <l k="grade.pass">合格</l>
    <l k="grade.fail">不合格</l>
    <l k="asdecision.save">保存自检</l>
    <l k="asdecision.submit">提交自检</l>
    <l k="asdecision.score">评分</l>
    <l k="asdecision.return">退回</l>
    <l k="asdecision.file">报送</l>
    <l k="asdecision.acknowledge">备案</l>
    <l k="asdecision.confirm">确认等次</l>
    <l k="asdecision.support">决定重点支持</l>
    <l k="asdecision.supervise">记录督导</l>
    <l k="asdecision.close-supervision">督导结束</l>
    <l k="asdecision.award">记录评先选优结果</l>
    <l k="scheme-status.draft">草稿（未发布）</l>
    <l k="scheme-status.open">已发布</l>
    <l k="scheme-status.closed">已结束</l>
    <l k="filing.open">未报送</l>
    <l k="filing.filed">已报送</l>
    <l k="filing.acknowledged">已备案</l>
    <l k="filing.late">逾期</l>
    <l k="astodo.self-check">待提交自检</l>
    <l k="astodo.score">待评分</l>
    <l k="astodo.filing">待报送年度考核结果</l>
    <l k="astodo.acknowledge">待备案</l>
    <l k="astodo.confirm">待确认等次</l>
    <l k="astodo.support">重点支持待决定</l>
    <l k="action.assessment.save">保存年度考核自检</l>
    <l k="action.assessment.submit">提交年度考核自检</l>
    <l k="action.assessment.score">年度考核评分</l>
    <l k="action.assessment.return">退回年度考核表</l>
    <l k="action.assessment.file">报送年度考核结果</l>
    <l k="action.assessment.acknowledge">年度考核结果备案</l>
    <l k="action.assessment.confirm">确认考核等次</l>
    <l k="action.assessment.support">决定重点支持</l>
    <l k="action.assessment.supervise">记录督导</l>
    <l k="action.assessment.close-supervision">督导结束</l>
    <l k="action.assessment.award">记录评先选优结果</l>
    <l k="action.assessment.attach">上传年度考核佐证材料</l>
    <l k="action.assessment.scheme.create">新建年度考核方案</l>
    <l k="action.assessment.scheme.save">修改年度考核方案</l>
    <l k="action.assessment.scheme.open">发布年度考核方案</l>
    <l k="object.assessment-scheme">年度考核方案</l>
    <l k="role.review">审核</l>
    <l k="role.finance">财务</l>
    <l k="role.admin">管理</l>
    <l k="action.cert.roles">修改证书角色</l>
    <l k="action.fund.create">设立补助资金</l>
    <l k="action.fund.grant">发放补助</l>
    <l k="action.spending.add">登记补助支出</l>
    <l k="action.spending.reverse">冲销补助支出</l>
    <l k="action.project.add">登记科研课题</l>
    <l k="object.fund">补助资金</l>
    <l k="object.grant">补助</l>
    <l k="object.spending">补助支出</l>
    <l k="object.assessment-filing">年度考核报送</l>

    <!-- leader training, publicity events, collaboration (issue 12) -->
    <l k="action.training.create">设立领衔人培训</l>
    <l k="action.training.invite">邀请参训工作室</l>
    <l k="action.training.attend">登记培训出席情况</l>
    <l k="action.event.create">登记宣传活动</l>
    <l k="action.event.update">修改宣传活动</l>
    <l k="action.event.studios">登记参加活动的工作室</l>
    <l k="action.event.photos">上传活动照片</l>
    <l k="action.studio.link">登记协作联系</l>
    <l k="action.studio.link-remove">取消协作联系</l>
    <l k="object.training">领衔人培训</l>
    <l k="object.event">宣传活动</l>
    <l k="evkind.onsite">现场会</l>
    <l k="evkind.observation">观摩会</l>
    <l k="evkind.exchange">学习交流会</l>
    <l k="lnkind.model-worker">劳模和工匠人才创新工作室</l>
    <l k="lnkind.studio">职工创新工作室</l>

    <!-- the subsidy ledger (issue 11): the basis of a grant, the purpose
         of a spending entry, the level of a research project -->
    <l k="basis.naming">命名后支持</l>
    <l k="basis.research">重要科研课题</l>
    <l k="basis.key-support">重点支持</l>
    <l k="basis.top-up">区县配套</l>
    <l k="basis.other">其他</l>
    <l k="purpose.equipment">设施设备提升</l>
    <l k="purpose.innovation">技术革新</l>
    <l k="purpose.breakthrough">技术攻关</l>
    <l k="purpose.invention">发明创造</l>
    <l k="purpose.training">技能培训</l>
    <l k="purpose.other">其他</l>
    <l k="plevel.national">国家级</l>
    <l k="plevel.provincial">省级</l>
    <l k="plevel.city">市级</l>
    <l k="plevel.enterprise">企业级</l>

    <!-- the showcase (issue 12): an achievement's kind and form, its
         status, the review actions (buttons, and review/@decision as
         recorded) and the audit log's actions -->
    <l k="ach-kind.technical">技术创新</l>
    <l k="ach-kind.management">管理创新</l>
    <l k="ach-kind.service">服务创新</l>
    <l k="ach-kind.system">制度创新</l>
    <l k="ach-form.improvement">技术革新</l>
    <l k="ach-form.breakthrough">技术攻关</l>
    <l k="ach-form.invention">发明创造</l>
    <l k="ach-form.patent">专利</l>
    <l k="ach-form.method">工作法/操作法</l>
    <l k="ach-form.standard">标准</l>
    <l k="ach-form.course">培训课程</l>
    <l k="ach-form.other">其他</l>
    <l k="ach-status.draft">草稿</l>
    <l k="ach-status.submitted">待审核</l>
    <l k="ach-status.published">已发布</l>
    <l k="ach-status.returned">已退回</l>
    <l k="ach-status.taken-down">已撤下</l>
    <l k="ach-do.submit">提交审核</l>
    <l k="ach-do.publish">审核发布</l>
    <l k="ach-do.return">退回</l>
    <l k="ach-do.take-down">撤下</l>
    <l k="ach-decision.create">新建</l>
    <l k="ach-decision.save">修改</l>
    <l k="ach-decision.submit">提交审核</l>
    <l k="ach-decision.publish">审核发布</l>
    <l k="ach-decision.return">退回</l>
    <l k="ach-decision.take-down">撤下</l>
    <l k="action.achievement.create">新建创新成果</l>
    <l k="action.achievement.save">修改创新成果</l>
    <l k="action.achievement.submit">提交创新成果审核</l>
    <l k="action.achievement.publish">审核发布创新成果</l>
    <l k="action.achievement.return">退回创新成果</l>
    <l k="action.achievement.take-down">撤下创新成果</l>
    <l k="action.achievement.photo">上传创新成果照片</l>
    <l k="action.achievement.adopt">登记成果转化</l>

    <!-- basic conditions (seed 三.1), the declaration and the consent -->
    <l k="cond.leader" n="1">有一名企事业单位优秀人才领衔</l>
    <l k="cond.members" n="2">有相对稳定的组成人员</l>
    <l k="cond.goals" n="3">有符合本单位发展实际的创新工作目标</l>
    <l k="cond.venue" n="4">有相对固定、能够满足基本创新活动的场所</l>
    <l k="cond.equipment" n="5">有便于开展创新工作的基本设备设施</l>
    <l k="cond.display" n="6">有职工创新工作室基本情况、领衔人情况、相关工作的内容介绍或展示</l>
    <l k="cond.not-existing-department">本工作室不属于企事业单位原有建制的研发机构和班组</l>
    <l k="cond.employer-consent">所在单位同意推荐</l>
  </xsl:param>

  <xsl:variable name="labels" select="exsl:node-set($labels-rtf)/l"/>

  <xsl:key name="label" match="l" use="@k"/>
  <!-- true in studiod: asked once per transformation, not per label -->
  <xsl:variable name="has-s-label" select="function-available('s:label')"/>
  <xsl:variable name="has-s-date" select="function-available('s:date')"/>

  <!-- label: writes the label of key $k (its first row), or $default (the
       key itself unless given) when the table has no such row.  In studiod
       the lookup is s:label(), in the table read once per worker; else it
       goes through the key, indexed once per transformation, in the
       table's own document. -->
  <xsl:template name="label">
    <xsl:param name="k"/>
    <xsl:param name="default" select="$k"/>
    <xsl:choose>
      <xsl:when test="$has-s-label">
        <xsl:value-of select="s:label($k, $default)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$labels[1]">
          <xsl:variable name="hit" select="key('label', $k)"/>
          <xsl:choose>
            <xsl:when test="$hit"><xsl:value-of select="$hit[1]"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$default"/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Short forms for the common groups; each takes the bare code.  In
       studiod each asks s:label() itself: one template call less per
       label, on every row of a list. -->
  <xsl:template name="kind-label">
    <xsl:param name="code" select="@kind"/>
    <xsl:choose>
      <xsl:when test="$has-s-label">
        <xsl:value-of select="s:label(concat('kind.', $code), $code)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="label">
          <xsl:with-param name="k" select="concat('kind.', $code)"/>
          <xsl:with-param name="default" select="$code"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="active-label">
    <xsl:param name="code" select="@active"/>
    <xsl:choose>
      <xsl:when test="$has-s-label">
        <xsl:value-of select="s:label(concat('active.', $code), $code)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="label">
          <xsl:with-param name="k" select="concat('active.', $code)"/>
          <xsl:with-param name="default" select="$code"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="cert-status-label">
    <xsl:param name="code" select="@status"/>
    <xsl:choose>
      <xsl:when test="$has-s-label">
        <xsl:value-of select="s:label(concat('cert.', $code), $code)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="label">
          <xsl:with-param name="k" select="concat('cert.', $code)"/>
          <xsl:with-param name="default" select="$code"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="action-label">
    <xsl:param name="code" select="@action"/>
    <xsl:choose>
      <xsl:when test="$has-s-label">
        <xsl:value-of select="s:label(concat('action.', $code), $code)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="label">
          <xsl:with-param name="k" select="concat('action.', $code)"/>
          <xsl:with-param name="default" select="$code"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="app-status-label">
    <xsl:param name="code" select="@status"/>
    <xsl:choose>
      <xsl:when test="$has-s-label">
        <xsl:value-of select="s:label(concat('app.', $code), $code)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="label">
          <xsl:with-param name="k" select="concat('app.', $code)"/>
          <xsl:with-param name="default" select="$code"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="stage-label">
    <xsl:param name="code" select="@stage"/>
    <xsl:choose>
      <xsl:when test="$has-s-label">
        <xsl:value-of select="s:label(concat('stage.', $code), $code)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="label">
          <xsl:with-param name="k" select="concat('stage.', $code)"/>
          <xsl:with-param name="default" select="$code"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="decision-label">
    <xsl:param name="code" select="@decision"/>
    <xsl:param name="stage" select="@stage"/>
    <xsl:call-template name="staged-label">
      <xsl:with-param name="group" select="'decision'"/>
      <xsl:with-param name="code" select="$code"/>
      <xsl:with-param name="stage" select="$stage"/>
    </xsl:call-template>
  </xsl:template>

  <!-- staged-label: the label of "<group>.<stage>.<code>" when the table
       has one (the district's reject is 不予推荐, the city's 不予命名),
       else that of "<group>.<code>", else the code. -->
  <xsl:template name="staged-label">
    <xsl:param name="group"/>
    <xsl:param name="code"/>
    <xsl:param name="stage"/>
    <xsl:variable name="plain">
      <xsl:call-template name="label">
        <xsl:with-param name="k" select="concat($group, '.', $code)"/>
        <xsl:with-param name="default" select="$code"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="label">
      <xsl:with-param name="k" select="concat($group, '.', $stage, '.', $code)"/>
      <xsl:with-param name="default" select="string($plain)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="studio-status-label">
    <xsl:param name="code" select="@status"/>
    <xsl:choose>
      <xsl:when test="$has-s-label">
        <xsl:value-of select="s:label(concat('studio-status.', $code), $code)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="label">
          <xsl:with-param name="k" select="concat('studio-status.', $code)"/>
          <xsl:with-param name="default" select="$code"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- stype-labels: the labels of a space-separated list of studio
       types, joined by 、 -->
  <xsl:template name="stype-labels">
    <xsl:param name="codes"/>
    <xsl:variable name="c" select="normalize-space($codes)"/>
    <xsl:if test="$c != ''">
      <!-- the first code, a string (no result tree fragment a code) -->
      <xsl:variable name="first" select="substring-before(concat($c, ' '), ' ')"/>
      <xsl:choose>
        <xsl:when test="$has-s-label">
          <xsl:value-of select="s:label(concat('stype.', $first), $first)"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="label">
            <xsl:with-param name="k" select="concat('stype.', $first)"/>
            <xsl:with-param name="default" select="$first"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="contains($c, ' ')">
        <xsl:text>、</xsl:text>
        <xsl:call-template name="stype-labels">
          <xsl:with-param name="codes" select="substring-after($c, ' ')"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <xsl:template name="object-label">
    <xsl:param name="code" select="@object-type"/>
    <xsl:choose>
      <xsl:when test="$has-s-label">
        <xsl:value-of select="s:label(concat('object.', $code), $code)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="label">
          <xsl:with-param name="k" select="concat('object.', $code)"/>
          <xsl:with-param name="default" select="$code"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
