-- 015: the annual assessment.  The city sets each year's scheme (its
-- items with their points, the grade thresholds, the cap on the share
-- graded 优秀, the filing deadline); each studio named before the
-- scheme's date has one sheet for the year, which its base union fills in
-- (the self-check), its auditing union scores and files with the city,
-- and the city confirms.  Grades are computed from the scores; failed
-- years are counted from the filed sheets; what follows a grade (key
-- support, supervision, an award recommendation) is kept with the sheet.

CREATE TABLE assessment_scheme (
  year              SMALLINT UNSIGNED NOT NULL PRIMARY KEY,
  title             VARCHAR(100) NOT NULL,
  excellent_min     SMALLINT UNSIGNED NOT NULL,  -- a total at or above: 优秀
  pass_min          SMALLINT UNSIGNED NOT NULL,  -- at or above: 合格, below: 不合格
  excellent_cap     TINYINT UNSIGNED NULL,       -- % of the year's sheets, city-wide
  excellent_cap_unit TINYINT UNSIGNED NULL,      -- % of one auditing union's sheets
  eligible_before   DATE NOT NULL,               -- studios named before it have a sheet
  deadline          DATE NOT NULL,               -- filing with the city, 31 December
  status            VARCHAR(8) NOT NULL,         -- draft open
  locked_at         DATETIME NULL,               -- the first sheet submitted: no change
  version           INT UNSIGNED NOT NULL DEFAULT 1,
  opened_at         DATETIME NULL,
  updated_at        DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE assessment_item (
  year        SMALLINT UNSIGNED NOT NULL,
  seq         TINYINT UNSIGNED NOT NULL,
  code        VARCHAR(10) NOT NULL,
  title       VARCHAR(60) NOT NULL,
  criteria    VARCHAR(500) NOT NULL,           -- what earns the points
  max_points  SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (year, seq),
  UNIQUE KEY assessment_item_code (year, code),
  CONSTRAINT assessment_item_scheme_fk FOREIGN KEY (year)
    REFERENCES assessment_scheme (year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An auditing union's filing of its year's results, acknowledged (备案)
-- by the city.
CREATE TABLE assessment_filing (
  id                INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  year              SMALLINT UNSIGNED NOT NULL,
  auditing_unit_id  INT UNSIGNED NOT NULL,
  sheets            INT UNSIGNED NOT NULL,
  excellent         INT UNSIGNED NOT NULL,
  passed            INT UNSIGNED NOT NULL,
  failed            INT UNSIGNED NOT NULL,
  filed_at          DATETIME NOT NULL,
  cert_id           INT UNSIGNED NULL,
  holder            VARCHAR(100) NOT NULL,
  acknowledged_at   DATETIME NULL,
  ack_cert_id       INT UNSIGNED NULL,
  ack_holder        VARCHAR(100) NULL,
  UNIQUE KEY assessment_filing_unit (year, auditing_unit_id),
  CONSTRAINT assessment_filing_scheme_fk FOREIGN KEY (year)
    REFERENCES assessment_scheme (year),
  CONSTRAINT assessment_filing_unit_fk FOREIGN KEY (auditing_unit_id)
    REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE assessment_sheet (
  id                INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  studio_id         INT UNSIGNED NOT NULL,
  year              SMALLINT UNSIGNED NOT NULL,
  stage             VARCHAR(10) NOT NULL,        -- self submitted scored filed confirmed
  version           INT UNSIGNED NOT NULL DEFAULT 1,
  stage_since       DATETIME NOT NULL,
  base_union_id     INT UNSIGNED NOT NULL,
  base_path         VARCHAR(190) NOT NULL,
  auditing_unit_id  INT UNSIGNED NOT NULL,
  -- the self-check: the year's summary and what the employer gave
  summary           TEXT NOT NULL,
  venue_area        INT UNSIGNED NULL,           -- 场地保障, m²
  staff             INT UNSIGNED NULL,           -- 人员配备, people
  funds_fen         BIGINT UNSIGNED NULL,        -- 资金投入, fen
  equipment         VARCHAR(500) NOT NULL DEFAULT '',  -- 设备设施
  activity_hours    INT UNSIGNED NULL,           -- 活动时间, hours in the year
  self_total        SMALLINT UNSIGNED NULL,
  -- the auditing union's scoring
  audit_total       SMALLINT UNSIGNED NULL,
  audit_opinion     TEXT NOT NULL,
  proposed_grade    VARCHAR(10) NULL,            -- excellent pass fail
  -- the city's
  grade             VARCHAR(10) NULL,
  grade_reason      TEXT NOT NULL,
  filing_id         INT UNSIGNED NULL,
  submitted_at      DATETIME NULL,
  scored_at         DATETIME NULL,
  filed_at          DATETIME NULL,
  confirmed_at      DATETIME NULL,
  -- what follows the grade
  support_measure   VARCHAR(500) NULL,           -- 重点支持, the city's
  support_on        DATE NULL,
  award_result      VARCHAR(200) NULL,           -- 评先选优, the leader's
  award_on          DATE NULL,
  UNIQUE KEY assessment_sheet_studio (studio_id, year),
  KEY assessment_sheet_scope (base_path, year),
  KEY assessment_sheet_auditing (auditing_unit_id, year, stage),
  KEY assessment_sheet_year (year, stage),
  CONSTRAINT assessment_sheet_studio_fk FOREIGN KEY (studio_id)
    REFERENCES studio (id),
  CONSTRAINT assessment_sheet_scheme_fk FOREIGN KEY (year)
    REFERENCES assessment_scheme (year),
  CONSTRAINT assessment_sheet_filing_fk FOREIGN KEY (filing_id)
    REFERENCES assessment_filing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The scores of a sheet, by the item's code (kept if the item goes).
CREATE TABLE assessment_score (
  sheet_id     INT UNSIGNED NOT NULL,
  code         VARCHAR(10) NOT NULL,
  self_score   SMALLINT UNSIGNED NULL,
  self_note    VARCHAR(300) NOT NULL DEFAULT '',
  audit_score  SMALLINT UNSIGNED NULL,
  audit_note   VARCHAR(300) NOT NULL DEFAULT '',
  PRIMARY KEY (sheet_id, code),
  CONSTRAINT assessment_score_sheet_fk FOREIGN KEY (sheet_id)
    REFERENCES assessment_sheet (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE assessment_review (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sheet_id    INT UNSIGNED NOT NULL,
  stage       VARCHAR(10) NOT NULL,            -- base district city
  unit_id     INT UNSIGNED NOT NULL,
  cert_id     INT UNSIGNED NULL,
  holder      VARCHAR(100) NOT NULL,
  decision    VARCHAR(12) NOT NULL,            -- submit score return file confirm
  opinion     TEXT NOT NULL,
  at          DATETIME NOT NULL,
  KEY assessment_review_sheet (sheet_id, id),
  CONSTRAINT assessment_review_sheet_fk FOREIGN KEY (sheet_id)
    REFERENCES assessment_sheet (id),
  CONSTRAINT assessment_review_unit_fk FOREIGN KEY (unit_id)
    REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Supervision (督导) of a studio graded 不合格: the auditing union's
-- measures, the date they are due and, when closed, the outcome.
CREATE TABLE supervision (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sheet_id    INT UNSIGNED NOT NULL,
  studio_id   INT UNSIGNED NOT NULL,
  measures    VARCHAR(1000) NOT NULL,
  due_on      DATE NOT NULL,
  outcome     VARCHAR(1000) NULL,
  closed_on   DATE NULL,
  unit_id     INT UNSIGNED NOT NULL,
  holder      VARCHAR(100) NOT NULL,
  created_at  DATETIME NOT NULL,
  UNIQUE KEY supervision_sheet (sheet_id),
  KEY supervision_open (unit_id, closed_on, due_on),
  CONSTRAINT supervision_sheet_fk FOREIGN KEY (sheet_id)
    REFERENCES assessment_sheet (id),
  CONSTRAINT supervision_studio_fk FOREIGN KEY (studio_id)
    REFERENCES studio (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- This year's scheme, a draft for the city to adjust and open: what the
-- policy asks of a studio, 100 points in all.
INSERT INTO assessment_scheme (year, title, excellent_min, pass_min,
  excellent_cap, excellent_cap_unit, eligible_before, deadline, status,
  updated_at)
VALUES (YEAR(CURDATE()), CONCAT(YEAR(CURDATE()), '年度长春市职工创新工作室考核'),
  90, 60, 30, NULL, MAKEDATE(YEAR(CURDATE()), 1),
  DATE(CONCAT(YEAR(CURDATE()), '-12-31')), 'draft', NOW());

INSERT INTO assessment_item (year, seq, code, title, criteria, max_points)
VALUES
 (YEAR(CURDATE()), 1, 'A', '基本条件保持',
  '领衔人在岗领衔，组成人员相对稳定，有创新工作目标，场所和设备设施满足创新活动需要，基本情况、领衔人情况和工作内容有介绍或展示。', 15),
 (YEAR(CURDATE()), 2, 'B', '创新成果',
  '本年度取得的技术革新、技术攻关、发明创造、专利、工法、论文等成果的数量和水平。', 20),
 (YEAR(CURDATE()), 3, 'C', '解决生产难题',
  '为本单位解决的生产经营难题、技术难题，创造的经济效益和社会效益。', 20),
 (YEAR(CURDATE()), 4, 'D', '人才培养',
  '开展技能培训、师带徒、技术比武等活动，培养的技术骨干和高技能人才。', 15),
 (YEAR(CURDATE()), 5, 'E', '成果推广',
  '创新成果在本单位、本产业、本地区的转化应用，对外交流和经验推广。', 10),
 (YEAR(CURDATE()), 6, 'F', '补助资金使用',
  '职工创新补助资金用于设施设备提升、技术革新、技术攻关、发明创造和技能培训等活动，使用规范，账目清楚。', 10),
 (YEAR(CURDATE()), 7, 'G', '日常管理',
  '有工作制度和年度计划，定期自检，活动记录、台账和资料完整。', 10);
