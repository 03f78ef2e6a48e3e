/*
 * forms.h: the fields of the application form (长春市职工创新工作室创建
 * 申请表), written once.  APP_FIELDS(X) calls X once per field, in the
 * order of the form, of its statements' columns and of the rows of
 * STMT_APP_GET:
 *
 *	X(id, name, label, type, max, required, codes, flags, column, check)
 *
 * id is the field's enum afield member; name its form field and XML
 * path (dotted for nesting); label as on the paper form; type an enum
 * ftype member (its C type is FORM_CTYPE_<type>, its SELECT expression
 * FORM_SELECT_<type>); max the characters of a text (the largest value
 * of FT_INT); required an enum freq member; codes the code table of an
 * FT_CODE; flags FF_* bits; column the SQL column, a bare word that also
 * names the member of struct appvals; check NULL or the row's hook
 * (application.c).  application.c expands it into its form table and
 * its value struct, sql.c into the INSERT, UPDATE and SELECT lists, so
 * that no column is typed twice.  Needs extern.h first.
 */
#ifndef FORMS_H
#define FORMS_H

#define APP_FIELDS(X) \
	X(AF_NAME, "name", "工作室名称", FT_TEXT, 40, FR_SUBMIT, 0, 0, \
	    name, NULL) \
	X(AF_HOST_UNIT, "host-unit", "所在单位", FT_TEXT, 60, FR_SUBMIT, 0, \
	    0, host_unit, NULL) \
	X(AF_HOST_UNIT_TYPE, "host-unit-type", "单位类型", FT_CODE, 0, \
	    FR_SUBMIT, CT_UNIT_TYPE, 0, host_unit_type, NULL) \
	X(AF_INDUSTRY, "industry", "所属行业", FT_CODE, 0, FR_SUBMIT, \
	    CT_INDUSTRY, 0, industry, NULL) \
	X(AF_RECOMMENDING_UNIT, "recommending-unit", "推荐单位", FT_ID, 0, \
	    FR_SUBMIT, 0, 0, recommending_unit_id, recommender) \
	X(AF_FILLED_ON, "filled-on", "填报日期", FT_DATE, 0, FR_SUBMIT, 0, \
	    FF_PAST, filled_on, NULL) \
	X(AF_FOUNDED_ON, "founded-on", "创建日期", FT_DATE, 0, FR_SUBMIT, 0, \
	    FF_PAST, founded_on, NULL) \
	X(AF_NAMING_UNIT, "naming-unit", "命名单位", FT_TEXT, 60, FR_NEVER, \
	    0, 0, naming_unit, NULL) \
	X(AF_FIELD, "field", "专业领域", FT_TEXT, 30, FR_SUBMIT, 0, 0, \
	    field, NULL) \
	X(AF_MEMBER_COUNT, "member-count", "成员人数", FT_INT, 100000, \
	    FR_SUBMIT, 0, 0, member_count, positive) \
	X(AF_TYPE_OTHER, "type-other", "其他类型说明", FT_TEXT, 20, \
	    FR_NEVER, 0, 0, type_other, NULL) \
	X(AF_LEADER_NAME, "leader.name", "领衔人姓名", FT_TEXT, 20, \
	    FR_SUBMIT, 0, 0, leader_name, NULL) \
	X(AF_LEADER_GENDER, "leader.gender", "性别", FT_CODE, 0, FR_SUBMIT, \
	    CT_GENDER, 0, leader_gender, NULL) \
	X(AF_LEADER_BIRTH_MONTH, "leader.birth-month", "出生年月", FT_MONTH, \
	    0, FR_SUBMIT, 0, FF_PERSONAL | FF_PAST, leader_birth_month, NULL) \
	X(AF_LEADER_EDUCATION, "leader.education", "学历", FT_CODE, 0, \
	    FR_SUBMIT, CT_EDUCATION, 0, leader_education, NULL) \
	X(AF_LEADER_ETHNICITY, "leader.ethnicity", "民族", FT_CODE, 0, \
	    FR_SUBMIT, CT_ETHNICITY, FF_PERSONAL, leader_ethnicity, NULL) \
	X(AF_LEADER_POLITICAL, "leader.political-status", "政治面貌", \
	    FT_CODE, 0, FR_SUBMIT, CT_POLITICAL, FF_PERSONAL, \
	    leader_political, NULL) \
	X(AF_LEADER_SPECIALTY, "leader.specialty", "专业/工种", FT_TEXT, 30, \
	    FR_SUBMIT, 0, 0, leader_specialty, NULL) \
	X(AF_LEADER_TITLE, "leader.title", "技术职称", FT_TEXT, 30, \
	    FR_SUBMIT, 0, 0, leader_title, NULL) \
	X(AF_LEADER_MOBILE, "leader.mobile", "手机号码", FT_MOBILE, 0, \
	    FR_SUBMIT, 0, FF_PERSONAL, leader_mobile, NULL) \
	X(AF_LEADER_EMAIL, "leader.email", "E-mail", FT_EMAIL, 100, \
	    FR_NEVER, 0, FF_PERSONAL, leader_email, NULL) \
	X(AF_OVERVIEW, "overview", "工作室基本情况", FT_MULTI, 500, \
	    FR_SUBMIT, 0, 0, overview, NULL) \
	X(AF_GOALS, "goals", "工作室工作目标", FT_MULTI, 300, FR_SUBMIT, 0, \
	    0, goals, NULL) \
	X(AF_ACHIEVEMENTS, "achievements-summary", "工作室成果简介", \
	    FT_MULTI, 500, FR_SUBMIT, 0, 0, achievements_summary, NULL) \
	X(AF_HONOURS, "honours", "工作室曾获荣誉", FT_MULTI, 300, FR_NEVER, \
	    0, 0, honours, NULL) \
	X(AF_COND_LEADER, "conditions.leader", "有一名企事业单位优秀人才领衔", \
	    FT_BOOL, 0, FR_SUBMIT, 0, 0, cond_leader, NULL) \
	X(AF_COND_MEMBERS, "conditions.members", "有相对稳定的组成人员", \
	    FT_BOOL, 0, FR_SUBMIT, 0, 0, cond_members, NULL) \
	X(AF_COND_GOALS, "conditions.goals", \
	    "有符合本单位发展实际的创新工作目标", FT_BOOL, 0, FR_SUBMIT, 0, 0, \
	    cond_goals, NULL) \
	X(AF_COND_VENUE, "conditions.venue", \
	    "有相对固定、能够满足基本创新活动的场所", FT_BOOL, 0, FR_SUBMIT, 0, \
	    0, cond_venue, NULL) \
	X(AF_COND_EQUIPMENT, "conditions.equipment", \
	    "有便于开展创新工作的基本设备设施", FT_BOOL, 0, FR_SUBMIT, 0, 0, \
	    cond_equipment, NULL) \
	X(AF_COND_DISPLAY, "conditions.display", \
	    "有工作室基本情况、领衔人情况、相关工作的内容介绍或展示", FT_BOOL, \
	    0, FR_SUBMIT, 0, 0, cond_display, NULL) \
	X(AF_COND_NOT_EXISTING, "conditions.not-existing-department", \
	    "不属于企事业单位原有建制的研发机构和班组", FT_BOOL, 0, FR_SUBMIT, \
	    0, 0, cond_not_existing, NULL) \
	X(AF_EMPLOYER_CONSENT, "employer-consent", "所在单位同意", FT_BOOL, 0, \
	    FR_SUBMIT, 0, 0, employer_consent, NULL)

/* The C type of a field's value in a struct that form_read() fills. */
#define FORM_CTYPE_FT_TEXT	const char *
#define FORM_CTYPE_FT_MULTI	const char *
#define FORM_CTYPE_FT_INT	int64_t
#define FORM_CTYPE_FT_DATE	const char *
#define FORM_CTYPE_FT_MONTH	const char *
#define FORM_CTYPE_FT_CODE	const char *
#define FORM_CTYPE_FT_BOOL	int64_t
#define FORM_CTYPE_FT_MOBILE	const char *
#define FORM_CTYPE_FT_EMAIL	const char *
#define FORM_CTYPE_FT_ID	int64_t

/*
 * A field's expression in a SELECT of table alias a, with the comma that
 * follows it: a date as YYYY-MM-DD, the others as stored.
 */
#define FORM_SELECT_FT_TEXT(c)	" a." #c ","
#define FORM_SELECT_FT_MULTI(c)	" a." #c ","
#define FORM_SELECT_FT_INT(c)	" a." #c ","
#define FORM_SELECT_FT_DATE(c)	" DATE_FORMAT(a." #c ", '%Y-%m-%d'),"
#define FORM_SELECT_FT_MONTH(c)	" a." #c ","
#define FORM_SELECT_FT_CODE(c)	" a." #c ","
#define FORM_SELECT_FT_BOOL(c)	" a." #c ","
#define FORM_SELECT_FT_MOBILE(c) " a." #c ","
#define FORM_SELECT_FT_EMAIL(c)	" a." #c ","
#define FORM_SELECT_FT_ID(c)	" a." #c ","

#endif /* FORMS_H */
