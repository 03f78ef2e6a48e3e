-- Demo data for the local stack and the tests: the city industry unions
-- and the unions of the same level, and base unions of real Changchun
-- employers under the districts, development zones and industry unions.
-- (The city and district federations come from migration 001.)

CREATE TEMPORARY TABLE demo_unit (
  code   VARCHAR(20) NOT NULL,
  kind   VARCHAR(10) NOT NULL,
  parent VARCHAR(20) NOT NULL,
  name   VARCHAR(100) NOT NULL,
  lvl    TINYINT NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO demo_unit (code, kind, parent, name, lvl) VALUES
  ('22019001', 'industry', '220100', '长春市教育工会', 1),
  ('22019002', 'industry', '220100', '长春市卫生工会', 1),
  ('22019003', 'industry', '220100', '长春市建设工会', 1),
  ('22019004', 'industry', '220100', '长春市交通运输工会', 1),
  ('22019005', 'industry', '220100', '长春市机械冶金工会', 1),
  ('22019006', 'industry', '220100', '长春市金融工会', 1),
  ('22019101', 'industry', '220100', '长春市直属机关工会', 1),
  ('22019102', 'industry', '220100', '长春市公安局工会', 1),
  ('22010201', 'base', '220102', '吉林亚泰（集团）股份有限公司工会', 2),
  ('22010202', 'base', '220102', '长春燃气股份有限公司工会', 2),
  ('22010301', 'base', '220103', '长影集团有限责任公司工会', 2),
  ('22010401', 'base', '220104', '长春欧亚集团股份有限公司工会', 2),
  ('22010501', 'base', '220105', '长春市热力（集团）有限责任公司工会', 2),
  ('22010601', 'base', '220106', '中车长春轨道客车股份有限公司工会', 2),
  ('22017101', 'base', '220171', '长春一东离合器股份有限公司工会', 2),
  ('22017301', 'base', '220173', '长春长光辰芯微电子股份有限公司工会', 2),
  ('22017302', 'base', '220173', '长春希达电子技术有限公司工会', 2),
  ('22017401', 'base', '220174', '一汽解放汽车有限公司工会', 2),
  ('22017402', 'base', '220174', '长春一汽富维汽车零部件股份有限公司工会', 2),
  ('2201900101', 'base', '22019001', '长春市第二实验中学工会', 2),
  ('2201900201', 'base', '22019002', '长春市中心医院工会', 2),
  ('2201900301', 'base', '22019003', '长春市政建设（集团）有限公司工会', 2),
  ('2201900401', 'base', '22019004', '长春市公共交通（集团）有限责任公司工会', 2),
  ('2201900601', 'base', '22019006', '长春农村商业银行股份有限公司工会', 2),
  ('2201910101', 'base', '22019101', '长春市人力资源和社会保障局机关工会', 2),
  ('2201910201', 'base', '22019102', '长春市公安局交通警察支队工会', 2);

INSERT INTO unit (code, kind, parent_id, name, path, depth)
  SELECT d.code, d.kind, p.id, d.name, CONCAT(p.path, d.code, '/'), p.depth + 1
  FROM demo_unit d JOIN unit p ON p.code = d.parent
  WHERE d.lvl = 1 ORDER BY d.code;
INSERT INTO unit (code, kind, parent_id, name, path, depth)
  SELECT d.code, d.kind, p.id, d.name, CONCAT(p.path, d.code, '/'), p.depth + 1
  FROM demo_unit d JOIN unit p ON p.code = d.parent
  WHERE d.lvl = 2 ORDER BY d.code;

DROP TEMPORARY TABLE demo_unit;

-- Demo applications in every state across several districts, development
-- zones and industry unions, with their reviews and naming numbers.
CREATE TEMPORARY TABLE demo_app (
  seq INT NOT NULL, base VARCHAR(20) NOT NULL, rec VARCHAR(20) NOT NULL,
  status VARCHAR(12) NOT NULL, name VARCHAR(100) NOT NULL,
  host VARCHAR(100) NOT NULL, htype CHAR(3) NULL, ind CHAR(1) NULL,
  founded DATE NULL, filled DATE NULL, field VARCHAR(100) NOT NULL,
  members INT NULL, lname VARCHAR(50) NOT NULL, gender CHAR(1) NULL,
  birth CHAR(7) NULL, edu CHAR(2) NULL, eth CHAR(2) NULL, pol CHAR(2) NULL,
  spec VARCHAR(100) NOT NULL, title VARCHAR(100) NOT NULL,
  mobile CHAR(11) NOT NULL, email VARCHAR(100) NOT NULL,
  complete TINYINT NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO demo_app VALUES
  (1, '22017401', '220174', 'named', '解放卡车智能制造创新工作室', '一汽解放汽车有限公司', '110', 'C', '2018-04-10', '2024-03-15', '汽车制造', 18, '李强', '1', '1975-08', '21', '01', '01', '汽车装调', '高级技师', '13604311001', 'liqiang@example.com', 1),
  (2, '22010601', '220106', 'named', '高速动车组转向架焊接技术创新工作室', '中车长春轨道客车股份有限公司', '110', 'C', '2016-09-01', '2024-03-20', '轨道车辆焊接', 22, '王海峰', '1', '1972-11', '31', '01', '01', '电焊工', '高级技师', '13604311002', 'wanghf@example.com', 1),
  (3, '22017301', '220173', 'named', 'CMOS图像传感器设计创新工作室', '长春长光辰芯微电子股份有限公司', '130', 'C', '2019-06-18', '2024-04-02', '集成电路设计', 15, '赵敏', '2', '1985-02', '14', '10', '03', '芯片设计', '高级工程师', '13604311003', 'zhaomin@example.com', 1),
  (4, '22010202', '220102', 'audited', '燃气管网安全运维创新工作室', '长春燃气股份有限公司', '140', 'D', '2020-05-12', '2025-10-08', '燃气输配', 12, '孙立军', '1', '1979-07', '31', '11', '01', '管道工', '技师', '13604311004', '', 1),
  (5, '22017402', '220174', 'audited', '汽车内饰件工艺改进创新工作室', '长春一汽富维汽车零部件股份有限公司', '140', 'C', '2021-03-01', '2025-10-12', '汽车零部件', 10, '周丽', '2', '1986-09', '21', '01', '13', '注塑工艺', '工程师', '13604311005', 'zhouli@example.com', 1),
  (6, '22017302', '220173', 'recommended', 'LED显示控制技术创新工作室', '长春希达电子技术有限公司', '130', 'I', '2020-08-20', '2025-11-02', '显示控制', 9, '吴晓东', '1', '1988-04', '14', '01', '12', '嵌入式软件', '高级工程师', '13604311006', 'wuxd@example.com', 1),
  (7, '2201900401', '22019004', 'recommended', '新能源公交车辆维修创新工作室', '长春市公共交通（集团）有限责任公司', '110', 'G', '2019-10-15', '2025-11-05', '车辆维修', 14, '郑国庆', '1', '1976-10', '47', '01', '01', '汽车维修工', '高级技师', '13604311007', '', 1),
  (8, '2201900201', '22019002', 'returned', '急诊护理服务创新工作室', '长春市中心医院', '200', 'Q', '2021-01-10', '2025-09-20', '急诊护理', 11, '陈静', '2', '1983-12', '21', '01', '01', '护理', '副主任护师', '13604311008', 'chenjing@example.com', 1),
  (9, '22010201', '220102', 'draft', '水泥窑协同处置技术创新工作室', '吉林亚泰（集团）股份有限公司', '140', 'C', '2022-06-01', '2025-11-10', '建材生产', 8, '刘洋', '1', '1984-03', '21', '01', '13', '水泥工艺', '工程师', '13604311009', '', 1),
  (10, '22010401', '220104', 'draft', '零售服务数字化创新工作室', '长春欧亚集团股份有限公司', '140', 'F', NULL, NULL, '商业零售', NULL, '', NULL, NULL, NULL, NULL, NULL, '', '', '', '', 0),
  (11, '22010501', '220105', 'rejected', '供热管网节能改造创新工作室', '长春市热力（集团）有限责任公司', '110', 'D', '2020-09-01', '2025-06-15', '供热节能', 7, '马建国', '1', '1970-05', '41', '03', '01', '热力运行', '技师', '13604311010', '', 1),
  (12, '22017101', '220171', 'withdrawn', '离合器装配自动化创新工作室', '长春一东离合器股份有限公司', '140', 'C', '2021-11-01', '2025-07-01', '机械装配', 6, '高峰', '1', '1987-06', '31', '01', '13', '装配钳工', '技师', '13604311011', '', 1);

INSERT INTO application (status, version, base_union_id, base_path,
  recommending_unit_id, name, host_unit, host_unit_type, industry, filled_on,
  founded_on, naming_unit, field, member_count, type_other, leader_name,
  leader_gender, leader_birth_month, leader_education, leader_ethnicity,
  leader_political, leader_specialty, leader_title, leader_mobile,
  leader_email, overview, goals, achievements_summary, honours, cond_leader,
  cond_members, cond_goals, cond_venue, cond_equipment, cond_display,
  cond_not_existing, employer_consent, created_at, updated_at, status_since)
SELECT d.status, 1, b.id, b.path, r.id, d.name, d.host, d.htype, d.ind,
  d.filled, d.founded, '', d.field, d.members,
  CASE WHEN d.seq = 8 THEN '急诊护理流程优化' ELSE '' END,
  d.lname, d.gender, d.birth, d.edu, d.eth, d.pol, d.spec, d.title, d.mobile,
  d.email,
  CASE WHEN d.complete = 1 THEN CONCAT(d.name, '由', d.lname,
    '领衔，现有成员', d.members, '人，设有固定的创新活动场所和必要的设备设施，围绕',
    d.field, '中的技术难题开展技术革新、技术攻关和技能传授活动。') ELSE '' END,
  CASE WHEN d.complete = 1 THEN CONCAT('围绕', d.field,
    '的关键工序，三年内完成技术革新项目10项以上，培养技术骨干20名，形成可推广的操作法和工作标准。')
    ELSE '' END,
  CASE WHEN d.complete = 1 THEN CONCAT('近三年完成', d.field,
    '方面技术革新项目8项，获国家专利3项，累计创造经济效益500余万元，相关操作法在本单位推广应用。')
    ELSE '' END,
  CASE WHEN d.complete = 1 THEN '2023年获评吉林省职工技术创新成果三等奖' ELSE '' END,
  d.complete, d.complete, d.complete, d.complete, d.complete, d.complete,
  d.complete, d.complete,
  TIMESTAMP(COALESCE(d.filled, '2025-11-01'), '09:00:00'),
  TIMESTAMP(COALESCE(d.filled, '2025-11-01'), '09:00:00'),
  TIMESTAMP(DATE_ADD(COALESCE(d.filled, '2025-11-01'), INTERVAL 7 DAY), '10:30:00')
FROM demo_app d JOIN unit b ON b.code = d.base JOIN unit r ON r.code = d.rec
ORDER BY d.seq;

CREATE TEMPORARY TABLE demo_type (seq INT NOT NULL, type VARCHAR(20) NOT NULL)
  DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO demo_type VALUES
  (1, 'development'),
  (1, 'breakthrough'),
  (2, 'breakthrough'),
  (2, 'skill-transfer'),
  (3, 'development'),
  (4, 'breakthrough'),
  (4, 'training'),
  (5, 'development'),
  (5, 'collaboration'),
  (6, 'development'),
  (7, 'skill-transfer'),
  (7, 'training'),
  (8, 'other'),
  (9, 'breakthrough'),
  (11, 'development'),
  (12, 'development');
INSERT INTO application_type (application_id, type)
SELECT a.id, t.type FROM demo_type t JOIN demo_app d ON d.seq = t.seq
  JOIN application a ON a.name = d.name;

CREATE TEMPORARY TABLE demo_honour (seq INT NOT NULL, n INT NOT NULL,
  year SMALLINT NOT NULL, title VARCHAR(100) NOT NULL)
  DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO demo_honour VALUES
  (1, 1, 2021, '长春市五一劳动奖章'),
  (1, 2, 2023, '长春工匠'),
  (2, 1, 2021, '长春市五一劳动奖章'),
  (3, 1, 2021, '长春市五一劳动奖章'),
  (3, 2, 2023, '长春工匠'),
  (4, 1, 2021, '长春市五一劳动奖章'),
  (5, 1, 2021, '长春市五一劳动奖章'),
  (5, 2, 2023, '长春工匠'),
  (6, 1, 2021, '长春市五一劳动奖章'),
  (7, 1, 2021, '长春市五一劳动奖章'),
  (7, 2, 2023, '长春工匠'),
  (8, 1, 2021, '长春市五一劳动奖章'),
  (9, 1, 2021, '长春市五一劳动奖章'),
  (9, 2, 2023, '长春工匠'),
  (11, 1, 2021, '长春市五一劳动奖章'),
  (11, 2, 2023, '长春工匠'),
  (12, 1, 2021, '长春市五一劳动奖章');
INSERT INTO application_honour (application_id, seq, year, title)
SELECT a.id, h.n, h.year, h.title FROM demo_honour h
  JOIN demo_app d ON d.seq = h.seq JOIN application a ON a.name = d.name;

CREATE TEMPORARY TABLE demo_review (seq INT NOT NULL, k INT NOT NULL,
  stage VARCHAR(10) NOT NULL, decision VARCHAR(12) NOT NULL, opinion TEXT NOT NULL)
  DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO demo_review VALUES
  (1, 0, 'base', 'recommend', '同意推荐。该工作室创新成果突出，带动作用明显。'),
  (1, 1, 'district', 'approve', '经审核，符合长春市职工创新工作室基本条件，同意上报。'),
  (1, 2, 'city', 'name', '经考核，同意命名为长春市职工创新工作室。'),
  (2, 0, 'base', 'recommend', '同意推荐。该工作室创新成果突出，带动作用明显。'),
  (2, 1, 'district', 'approve', '经审核，符合长春市职工创新工作室基本条件，同意上报。'),
  (2, 2, 'city', 'name', '经考核，同意命名为长春市职工创新工作室。'),
  (3, 0, 'base', 'recommend', '同意推荐。该工作室创新成果突出，带动作用明显。'),
  (3, 1, 'district', 'approve', '经审核，符合长春市职工创新工作室基本条件，同意上报。'),
  (3, 2, 'city', 'name', '经考核，同意命名为长春市职工创新工作室。'),
  (4, 0, 'base', 'recommend', '同意推荐。'),
  (4, 1, 'district', 'approve', '经审核，符合基本条件，同意上报市总工会。'),
  (5, 0, 'base', 'recommend', '同意推荐。'),
  (5, 1, 'district', 'approve', '经审核，符合基本条件，同意上报市总工会。'),
  (6, 0, 'base', 'recommend', '经单位同意，推荐申报长春市职工创新工作室。'),
  (7, 0, 'base', 'recommend', '经单位同意，推荐申报长春市职工创新工作室。'),
  (8, 0, 'base', 'recommend', '同意推荐。'),
  (8, 1, 'district', 'return', '工作室成果简介不够具体，请补充近三年主要创新成果及效益后重新上报。'),
  (11, 0, 'base', 'recommend', '同意推荐。'),
  (11, 1, 'district', 'approve', '同意上报。'),
  (11, 2, 'city', 'reject', '该工作室系单位原有建制的技术科室，不在命名之列。'),
  (12, 0, 'base', 'withdraw', '单位机构调整，撤回申请。');
INSERT INTO review (application_id, stage, unit_id, cert_id, holder,
  decision, opinion, at)
SELECT a.id, v.stage,
  CASE v.stage WHEN 'base' THEN a.base_union_id
    WHEN 'district' THEN a.recommending_unit_id ELSE c.id END,
  NULL,
  CASE v.stage WHEN 'base' THEN '工会主席' WHEN 'district' THEN '审核员'
    ELSE '市总工会经济技术保护部' END,
  v.decision, v.opinion,
  TIMESTAMP(DATE_ADD(a.filled_on, INTERVAL v.k * 3 DAY), '10:00:00')
FROM demo_review v JOIN demo_app d ON d.seq = v.seq
  JOIN application a ON a.name = d.name
  JOIN unit c ON c.code = '220100'
ORDER BY v.seq, v.k;

-- Recommended once: from then on the units above see it (007).
UPDATE application a
  SET a.first_recommended_at = (SELECT MIN(r.at) FROM review r
    WHERE r.application_id = a.id AND r.decision = 'recommend')
  WHERE a.name IN (SELECT name FROM demo_app);

UPDATE application a JOIN demo_app d ON d.name = a.name
  SET a.naming_number = CONCAT('长工创命〔2024〕', LPAD(d.seq, 3, '0'), '号'),
      a.named_on = DATE_ADD(a.filled_on, INTERVAL 6 DAY)
  WHERE d.status = 'named';
INSERT INTO naming_seq (year, last) VALUES (2024, 3);

-- The studios of the named demo applications, named by one decision of
-- the city, as sql/005_studios.sql makes them of those named before it.
INSERT INTO naming_decision (document_number, decided_on, title, unit_id,
  cert_id, holder, created_at)
SELECT '长工发〔2024〕8号', '2024-04-10',
  '关于命名2024年第一批长春市职工创新工作室的决定', c.id, NULL,
  '市总工会经济技术保护部', '2024-04-10 10:00:00'
FROM unit c WHERE c.code = '220100';

INSERT INTO studio (application_id, decision_id, naming_number, named_on,
  status, version, status_since, base_union_id, base_path, auditing_unit_id,
  name, host_unit, host_unit_type, industry, field, member_count,
  srdi_level, leader_name, leader_title, leader_specialty, leader_mobile,
  leader_email, leader_birth_month, overview, goals, achievements_summary,
  created_at, updated_at)
SELECT a.id, n.id, a.naming_number, n.decided_on, 'active', 1,
  TIMESTAMP(n.decided_on, '10:00:00'), a.base_union_id, a.base_path,
  a.recommending_unit_id, a.name, a.host_unit, a.host_unit_type, a.industry,
  a.field, a.member_count,
  CASE d.seq WHEN 1 THEN 'national' WHEN 3 THEN 'province' ELSE 'none' END,
  a.leader_name, a.leader_title, a.leader_specialty, a.leader_mobile,
  a.leader_email, a.leader_birth_month, a.overview, a.goals,
  a.achievements_summary, TIMESTAMP(n.decided_on, '10:00:00'),
  TIMESTAMP(n.decided_on, '10:00:00')
FROM application a JOIN demo_app d ON d.name = a.name
  JOIN naming_decision n ON n.document_number = '长工发〔2024〕8号'
WHERE d.status = 'named';

-- Through a temporary table: studio_type's triggers write to studio
-- (026_studio_types.sql), which the statement may then not read.
CREATE TEMPORARY TABLE demo_studio_type AS
SELECT s.id AS studio_id, t.type FROM studio s
  JOIN application_type t ON t.application_id = s.application_id
  JOIN application a ON a.id = s.application_id
  JOIN demo_app d ON d.name = a.name;
INSERT INTO studio_type (studio_id, type)
SELECT studio_id, type FROM demo_studio_type;
DROP TEMPORARY TABLE demo_studio_type;

INSERT INTO studio_event (studio_id, action, from_status, to_status,
  unit_id, cert_id, holder, reason, document_number, at)
SELECT s.id, 'name', NULL, 'active', r.unit_id, r.cert_id, r.holder,
  r.opinion, '长工发〔2024〕8号', TIMESTAMP(s.named_on, '10:00:00')
FROM studio s JOIN review r ON r.application_id = s.application_id
  AND r.decision = 'name'
  JOIN application a ON a.id = s.application_id
  JOIN demo_app d ON d.name = a.name;

INSERT INTO studio_member (studio_id, name, role, trade, title, joined_on)
SELECT s.id, s.leader_name, '领衔人', s.field, s.leader_title,
  DATE_SUB(s.named_on, INTERVAL 2 YEAR)
FROM studio s JOIN application a ON a.id = s.application_id
  JOIN demo_app d ON d.name = a.name;

DROP TEMPORARY TABLE demo_review;
DROP TEMPORARY TABLE demo_honour;
DROP TEMPORARY TABLE demo_type;
DROP TEMPORARY TABLE demo_app;

-- Who leads (sql/009_leader_claim.sql): the demo's applications in review
-- and its studios.
INSERT INTO leader_claim (mobile, name_month, application_id)
SELECT NULLIF(a.leader_mobile, ''),
  IF(a.leader_name <> '' AND a.leader_birth_month IS NOT NULL,
    CONCAT(a.leader_name, '|', a.leader_birth_month), NULL), a.id
FROM application a
WHERE a.status IN ('recommended', 'audited')
  AND NOT EXISTS (SELECT 1 FROM leader_claim c WHERE c.application_id = a.id);
INSERT INTO leader_claim (mobile, name_month, studio_id)
SELECT NULLIF(s.leader_mobile, ''),
  IF(s.leader_name <> '' AND s.leader_birth_month IS NOT NULL,
    CONCAT(s.leader_name, '|', s.leader_birth_month), NULL), s.id
FROM studio s
WHERE s.status IN ('active', 'key-support', 'supervised', 'upgraded')
  AND NOT EXISTS (SELECT 1 FROM leader_claim c WHERE c.studio_id = s.id);
