-- 008: upgrading a studio to a 劳模和工匠人才创新工作室.  A studio whose
-- leader has been honoured as a model worker (劳模) or a craftsman (工匠)
-- may apply, through its base union, to be upgraded: the district or
-- industry union audits, the city decides.  The city's approval moves the
-- studio to upgraded through the studio machine (a studio_event row with
-- the decision's document number).  One open application per studio at a
-- time: open_studio_id is the studio's id while the application is open
-- (submitted, audited, returned) and NULL once closed, under a unique key.
CREATE TABLE studio_upgrade (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  studio_id       INT UNSIGNED NOT NULL,
  open_studio_id  INT UNSIGNED NULL,
  status          VARCHAR(12) NOT NULL,  -- submitted audited returned upgraded rejected withdrawn
  version         INT UNSIGNED NOT NULL DEFAULT 1,
  status_since    DATETIME NOT NULL,
  base_union_id   INT UNSIGNED NOT NULL,
  base_path       VARCHAR(190) NOT NULL,
  auditing_unit_id INT UNSIGNED NOT NULL,
  honour_kind     VARCHAR(20) NOT NULL,  -- model-worker craftsman
  honour_level    VARCHAR(20) NOT NULL,  -- national provincial city
  honour_year     SMALLINT UNSIGNED NOT NULL,
  awarding_body   VARCHAR(100) NOT NULL,
  statement       TEXT NOT NULL,
  document_number VARCHAR(60) NOT NULL DEFAULT '',
  created_at      DATETIME NOT NULL,
  UNIQUE KEY studio_upgrade_open (open_studio_id),
  KEY studio_upgrade_studio (studio_id, id),
  KEY studio_upgrade_scope (status, base_path),
  KEY studio_upgrade_auditing (auditing_unit_id, status),
  CONSTRAINT studio_upgrade_studio_fk FOREIGN KEY (studio_id) REFERENCES studio (id),
  CONSTRAINT studio_upgrade_base_fk FOREIGN KEY (base_union_id) REFERENCES unit (id),
  CONSTRAINT studio_upgrade_auditing_fk FOREIGN KEY (auditing_unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each step of its review: who (unit, certificate, holder), what, the
-- opinion, the decision's document number, when.
CREATE TABLE studio_upgrade_step (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  upgrade_id      INT UNSIGNED NOT NULL,
  stage           VARCHAR(10) NOT NULL,  -- base district city
  action          VARCHAR(12) NOT NULL,  -- submit approve return reject withdraw
  from_status     VARCHAR(12) NULL,
  to_status       VARCHAR(12) NOT NULL,
  unit_id         INT UNSIGNED NOT NULL,
  cert_id         INT UNSIGNED NULL,
  holder          VARCHAR(100) NOT NULL,
  opinion         TEXT NOT NULL,
  document_number VARCHAR(60) NOT NULL DEFAULT '',
  at              DATETIME NOT NULL,
  KEY studio_upgrade_step_upgrade (upgrade_id, id),
  CONSTRAINT studio_upgrade_step_fk FOREIGN KEY (upgrade_id) REFERENCES studio_upgrade (id),
  CONSTRAINT studio_upgrade_step_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
