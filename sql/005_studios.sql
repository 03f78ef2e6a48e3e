-- 005: studios.  Naming makes a studio: a record of its own, backed by the
-- application, which stays frozen as it was named.  The studio holds its
-- naming (number, date, the city's decision), its current data (the
-- application's, until amendments change it), its members and its life
-- after naming: a status machine (active, key-support, supervised,
-- revoked, upgraded) whose every step is a row of studio_event.

-- The city names studios by decisions: one document (文号, date, title)
-- names one or many audited applications at once.
CREATE TABLE naming_decision (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  document_number VARCHAR(60) NOT NULL,      -- 长工发〔2025〕12号
  decided_on      DATE NOT NULL,
  title           VARCHAR(100) NOT NULL,
  unit_id         INT UNSIGNED NOT NULL,     -- the city
  cert_id         INT UNSIGNED NULL,
  holder          VARCHAR(100) NOT NULL,
  created_at      DATETIME NOT NULL,
  UNIQUE KEY naming_decision_number (document_number),
  KEY naming_decision_on (decided_on),
  CONSTRAINT naming_decision_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE studio (
  id                  INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id      INT UNSIGNED NOT NULL,
  decision_id         INT UNSIGNED NULL,     -- NULL: named one by one
  naming_number       VARCHAR(60) NOT NULL,
  named_on            DATE NOT NULL,
  status              VARCHAR(12) NOT NULL,  -- active key-support supervised revoked upgraded
  version             INT UNSIGNED NOT NULL DEFAULT 1,
  status_since        DATETIME NOT NULL,
  base_union_id       INT UNSIGNED NOT NULL,
  base_path           VARCHAR(190) NOT NULL,
  auditing_unit_id    INT UNSIGNED NOT NULL, -- the district or industry union
  -- Current data: the application's at naming, then its amendments'.
  name                VARCHAR(100) NOT NULL,
  host_unit           VARCHAR(100) NOT NULL,
  host_unit_type      CHAR(3) NULL,
  industry            CHAR(1) NULL,
  field               VARCHAR(100) NOT NULL DEFAULT '',
  member_count        INT UNSIGNED NULL,
  -- The host enterprise as a 专精特新 enterprise: none, or the level
  -- (city, province, national: 国家级专精特新"小巨人").
  srdi_level          VARCHAR(10) NOT NULL DEFAULT 'none',
  leader_name         VARCHAR(50) NOT NULL,
  leader_title        VARCHAR(100) NOT NULL DEFAULT '',
  leader_specialty    VARCHAR(100) NOT NULL DEFAULT '',
  leader_mobile       VARCHAR(11) NOT NULL DEFAULT '',
  leader_email        VARCHAR(100) NOT NULL DEFAULT '',
  leader_birth_month  VARCHAR(7) NULL,
  overview            TEXT NOT NULL,
  goals               TEXT NOT NULL,
  achievements_summary TEXT NOT NULL,
  revoked_on          DATE NULL,
  created_at          DATETIME NOT NULL,
  updated_at          DATETIME NOT NULL,
  UNIQUE KEY studio_application (application_id),
  UNIQUE KEY studio_naming_number (naming_number),
  KEY studio_scope (base_path, status),
  KEY studio_status (status, named_on),
  KEY studio_auditing (auditing_unit_id, status),
  KEY studio_decision (decision_id),
  KEY studio_named_on (named_on, id),
  CONSTRAINT studio_application_fk FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT studio_decision_fk FOREIGN KEY (decision_id) REFERENCES naming_decision (id),
  CONSTRAINT studio_base_fk FOREIGN KEY (base_union_id) REFERENCES unit (id),
  CONSTRAINT studio_auditing_fk FOREIGN KEY (auditing_unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE studio_type (
  studio_id   INT UNSIGNED NOT NULL,
  type        VARCHAR(20) NOT NULL,
  PRIMARY KEY (studio_id, type),
  KEY studio_type_type (type, studio_id),
  CONSTRAINT studio_type_fk FOREIGN KEY (studio_id) REFERENCES studio (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Members: who joined and who left (never deleted: left_on marks it).
CREATE TABLE studio_member (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  studio_id   INT UNSIGNED NOT NULL,
  name        VARCHAR(50) NOT NULL,
  role        VARCHAR(30) NOT NULL DEFAULT '',   -- 领衔人, 骨干, 成员 …
  trade       VARCHAR(50) NOT NULL DEFAULT '',   -- 工种 / 专业
  title       VARCHAR(50) NOT NULL DEFAULT '',   -- 技术职称 / 技能等级
  joined_on   DATE NULL,
  left_on     DATE NULL,
  KEY studio_member_studio (studio_id, left_on, id),
  CONSTRAINT studio_member_fk FOREIGN KEY (studio_id) REFERENCES studio (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The studio's life: each change of status, by whom, why, on what document.
CREATE TABLE studio_event (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  studio_id       INT UNSIGNED NOT NULL,
  action          VARCHAR(20) NOT NULL,      -- name revoke upgrade support supervise restore
  from_status     VARCHAR(12) NULL,
  to_status       VARCHAR(12) NOT NULL,
  unit_id         INT UNSIGNED NOT NULL,
  cert_id         INT UNSIGNED NULL,
  holder          VARCHAR(100) NOT NULL,
  reason          TEXT NOT NULL,
  document_number VARCHAR(60) NOT NULL DEFAULT '',
  at              DATETIME NOT NULL,
  KEY studio_event_studio (studio_id, id),
  CONSTRAINT studio_event_studio_fk FOREIGN KEY (studio_id) REFERENCES studio (id),
  CONSTRAINT studio_event_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The programme's targets: named studios by a date, city-wide (unit_id
-- NULL) or for a district where the city sets one.  The seed's: at least
-- 500 by the end of 2025.
CREATE TABLE progress_target (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  year        SMALLINT UNSIGNED NOT NULL,
  unit_id     INT UNSIGNED NULL,
  studios     INT UNSIGNED NOT NULL,
  deadline    DATE NOT NULL,
  UNIQUE KEY progress_target_year_unit (year, unit_id),
  CONSTRAINT progress_target_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO progress_target (year, unit_id, studios, deadline)
VALUES (2025, NULL, 500, '2025-12-31');

-- The studios of the applications named before this migration: their
-- data as named, their types, and their naming as the first event.
INSERT INTO studio (application_id, decision_id, naming_number, named_on,
  status, version, status_since, base_union_id, base_path, auditing_unit_id,
  name, host_unit, host_unit_type, industry, field, member_count,
  leader_name, leader_title, leader_specialty, leader_mobile, leader_email,
  leader_birth_month, overview, goals, achievements_summary,
  created_at, updated_at)
SELECT a.id, NULL, a.naming_number, COALESCE(a.named_on, DATE(a.status_since)),
  IF(a.status = 'upgraded', 'upgraded', 'active'), 1, a.status_since,
  a.base_union_id, a.base_path, a.recommending_unit_id,
  a.name, a.host_unit, a.host_unit_type, a.industry, a.field, a.member_count,
  a.leader_name, a.leader_title, a.leader_specialty, a.leader_mobile,
  a.leader_email, a.leader_birth_month, a.overview, a.goals,
  a.achievements_summary, a.status_since, a.status_since
FROM application a
WHERE a.status IN ('named', 'upgraded') AND a.naming_number IS NOT NULL;

INSERT INTO studio_type (studio_id, type)
SELECT s.id, t.type FROM studio s
JOIN application_type t ON t.application_id = s.application_id;

INSERT INTO studio_event (studio_id, action, from_status, to_status,
  unit_id, cert_id, holder, reason, document_number, at)
SELECT s.id, 'name', NULL, 'active', r.unit_id, r.cert_id, r.holder,
  r.opinion, '', r.at
FROM studio s
JOIN review r ON r.application_id = s.application_id AND r.decision = 'name';
