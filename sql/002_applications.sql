-- 002: applications (长春市职工创新工作室创建申请表), their three-level
-- review, and naming.  Every field of the paper form is a column here.

-- Code tables of the form: GB/T 4658 education, GB/T 2261.1 gender, the
-- types of employer and the types of studio the form lists.
CREATE TABLE code_education (
  code        CHAR(2) NOT NULL PRIMARY KEY,
  name        VARCHAR(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE code_gender (
  code        CHAR(1) NOT NULL PRIMARY KEY,
  name        VARCHAR(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE code_unit_type (
  code        CHAR(3) NOT NULL PRIMARY KEY,
  name        VARCHAR(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE code_studio_type (
  code        VARCHAR(20) NOT NULL PRIMARY KEY,
  name        VARCHAR(20) NOT NULL,
  seq         TINYINT UNSIGNED NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

LOAD DATA LOCAL INFILE 'data/gbt4658-education.tsv' INTO TABLE code_education
  CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\t' LINES TERMINATED BY '\n'
  IGNORE 1 LINES (code, name);
LOAD DATA LOCAL INFILE 'data/gbt2261-gender.tsv' INTO TABLE code_gender
  CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\t' LINES TERMINATED BY '\n'
  IGNORE 1 LINES (code, name);
LOAD DATA LOCAL INFILE 'data/unit-types.tsv' INTO TABLE code_unit_type
  CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\t' LINES TERMINATED BY '\n'
  IGNORE 1 LINES (code, name);
LOAD DATA LOCAL INFILE 'data/studio-types.tsv' INTO TABLE code_studio_type
  CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\t' LINES TERMINATED BY '\n'
  IGNORE 1 LINES (code, name, seq);

-- One application.  base_path is the base union's unit path, so that a
-- unit's view of its subtree is one indexed prefix match.  A named
-- application is frozen: the status machine allows no edit after naming.
CREATE TABLE application (
  id                    INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  status                VARCHAR(12) NOT NULL,
  version               INT UNSIGNED NOT NULL DEFAULT 1,
  base_union_id         INT UNSIGNED NOT NULL,
  base_path             VARCHAR(190) NOT NULL,
  recommending_unit_id  INT UNSIGNED NOT NULL,
  name                  VARCHAR(100) NOT NULL DEFAULT '',
  host_unit             VARCHAR(100) NOT NULL DEFAULT '',
  host_unit_type        CHAR(3) NULL,
  industry              CHAR(1) NULL,
  filled_on             DATE NULL,
  founded_on            DATE NULL,
  naming_unit           VARCHAR(100) NOT NULL DEFAULT '',
  field                 VARCHAR(100) NOT NULL DEFAULT '',
  member_count          INT UNSIGNED NULL,
  type_other            VARCHAR(50) NOT NULL DEFAULT '',
  leader_name           VARCHAR(50) NOT NULL DEFAULT '',
  leader_gender         CHAR(1) NULL,
  leader_birth_month    CHAR(7) NULL,            -- YYYY-MM
  leader_education      CHAR(2) NULL,
  leader_ethnicity      CHAR(2) NULL,
  leader_political      CHAR(2) NULL,
  leader_specialty      VARCHAR(100) NOT NULL DEFAULT '',
  leader_title          VARCHAR(100) NOT NULL DEFAULT '',
  leader_mobile         CHAR(11) NOT NULL DEFAULT '',
  leader_email          VARCHAR(100) NOT NULL DEFAULT '',
  overview              TEXT NOT NULL,
  goals                 TEXT NOT NULL,
  achievements_summary  TEXT NOT NULL,
  honours               TEXT NOT NULL,
  cond_leader           TINYINT(1) NOT NULL DEFAULT 0,
  cond_members          TINYINT(1) NOT NULL DEFAULT 0,
  cond_goals            TINYINT(1) NOT NULL DEFAULT 0,
  cond_venue            TINYINT(1) NOT NULL DEFAULT 0,
  cond_equipment        TINYINT(1) NOT NULL DEFAULT 0,
  cond_display          TINYINT(1) NOT NULL DEFAULT 0,
  cond_not_existing     TINYINT(1) NOT NULL DEFAULT 0,
  employer_consent      TINYINT(1) NOT NULL DEFAULT 0,
  naming_number         VARCHAR(60) NULL,
  named_on              DATE NULL,
  created_at            DATETIME NOT NULL,
  updated_at            DATETIME NOT NULL,
  status_since          DATETIME NOT NULL,      -- when it reached this status
  UNIQUE KEY application_naming (naming_number),
  KEY application_scope (base_path, status),
  KEY application_status (status, status_since),
  KEY application_recommending (recommending_unit_id, status),
  KEY application_base (base_union_id, status),
  KEY application_mobile (leader_mobile, status),
  KEY application_leader (leader_name, leader_birth_month, status),
  CONSTRAINT application_base_fk FOREIGN KEY (base_union_id) REFERENCES unit (id),
  CONSTRAINT application_rec_fk FOREIGN KEY (recommending_unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The studio types ticked on the form (at least one to recommend).
CREATE TABLE application_type (
  application_id        INT UNSIGNED NOT NULL,
  type                  VARCHAR(20) NOT NULL,
  PRIMARY KEY (application_id, type),
  KEY application_type_type (type, application_id),
  CONSTRAINT application_type_fk FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The leader's honours: 何年获何荣誉称号, one line each.
CREATE TABLE application_honour (
  application_id        INT UNSIGNED NOT NULL,
  seq                   TINYINT UNSIGNED NOT NULL,
  year                  SMALLINT UNSIGNED NOT NULL,
  title                 VARCHAR(100) NOT NULL,
  PRIMARY KEY (application_id, seq),
  CONSTRAINT application_honour_fk FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each step of the review, in order: who, which certificate, what, when.
CREATE TABLE review (
  id                    INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id        INT UNSIGNED NOT NULL,
  stage                 VARCHAR(10) NOT NULL,    -- base | district | city
  unit_id               INT UNSIGNED NOT NULL,
  cert_id               INT UNSIGNED NULL,
  holder                VARCHAR(100) NOT NULL,
  decision              VARCHAR(12) NOT NULL,    -- recommend approve return name reject withdraw
  opinion               TEXT NOT NULL,
  at                    DATETIME NOT NULL,
  KEY review_application (application_id, id),
  CONSTRAINT review_application_fk FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT review_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Official naming numbers, one sequence per year, allocated under lock.
CREATE TABLE naming_seq (
  year                  SMALLINT UNSIGNED NOT NULL PRIMARY KEY,
  last                  INT UNSIGNED NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
