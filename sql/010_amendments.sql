-- 010: amendments.  What was named stays as it was named: a later change
-- to a studio (a new leader, its host unit's new name, its field, its
-- number of members, a member who joins or leaves) is asked for by the
-- base union, approved by the
-- auditing union, and by the city where the leader changes.  Each keeps
-- the old and the new value, who decided what and when; an approved one
-- changes the studio's current data, never the application.
CREATE TABLE amendment (
  id                  INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  studio_id           INT UNSIGNED NOT NULL,
  kind                VARCHAR(14) NOT NULL,  -- leader host-unit field member-count member-join member-leave
  status              VARCHAR(12) NOT NULL,  -- requested audited approved returned rejected withdrawn
  version             INT UNSIGNED NOT NULL DEFAULT 1,
  base_path           VARCHAR(190) NOT NULL,
  reason              TEXT NOT NULL,
  old_text            TEXT NOT NULL,         -- the studio's data it changes, before
  new_text            TEXT NOT NULL,         -- and after, as "field=value" lines
  leader_name         VARCHAR(50) NULL,
  leader_title        VARCHAR(100) NULL,
  leader_specialty    VARCHAR(100) NULL,
  leader_mobile       VARCHAR(11) NULL,
  leader_email        VARCHAR(100) NULL,
  leader_birth_month  VARCHAR(7) NULL,
  host_unit           VARCHAR(100) NULL,
  field               VARCHAR(100) NULL,
  member_count        INT UNSIGNED NULL,
  member_id           INT UNSIGNED NULL,     -- member-leave: who
  member_name         VARCHAR(50) NULL,      -- member-join: who, as what
  member_role         VARCHAR(30) NULL,
  member_trade        VARCHAR(50) NULL,
  member_title        VARCHAR(50) NULL,
  member_on           DATE NULL,             -- joins or leaves on
  requested_at        DATETIME NOT NULL,
  status_since        DATETIME NOT NULL,
  -- one open amendment per studio, held by the database
  open_studio         INT UNSIGNED AS (IF(status IN ('requested', 'audited'),
                        studio_id, NULL)) STORED,
  UNIQUE KEY amendment_open (open_studio),
  KEY amendment_studio (studio_id, id),
  KEY amendment_scope (base_path, status),
  CONSTRAINT amendment_studio_fk FOREIGN KEY (studio_id) REFERENCES studio (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE amendment_review (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  amendment_id    INT UNSIGNED NOT NULL,
  stage           VARCHAR(10) NOT NULL,      -- base district city
  unit_id         INT UNSIGNED NOT NULL,
  cert_id         INT UNSIGNED NULL,
  holder          VARCHAR(100) NOT NULL,
  decision        VARCHAR(12) NOT NULL,      -- request approve return reject withdraw
  opinion         TEXT NOT NULL,
  at              DATETIME NOT NULL,
  KEY amendment_review_amendment (amendment_id, id),
  CONSTRAINT amendment_review_fk FOREIGN KEY (amendment_id) REFERENCES amendment (id),
  CONSTRAINT amendment_review_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
