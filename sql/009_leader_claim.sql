-- 009: one row stands for each person who leads: the leader of an
-- application in review (recommended, audited) or of a studio that is not
-- revoked (active, key-support, supervised, upgraded).  Its unique keys
-- hold the rule "one person leads at most one active studio" across
-- applications and studios, whose leader may later change by amendment:
-- the second of two requests that would make one person lead twice gets
-- a duplicate key (409), however close together they come.  The claim
-- passes from the application to its studio at naming, and is released
-- when the application is returned, rejected or withdrawn, or the studio
-- revoked.  It replaces the generated columns of migration 003, which
-- could not follow a studio's leader.
CREATE TABLE leader_claim (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  mobile          VARCHAR(11) NULL,          -- NULL: none given
  name_month      VARCHAR(60) NULL,          -- name|YYYY-MM, NULL: no month
  application_id  INT UNSIGNED NULL,         -- in review
  studio_id       INT UNSIGNED NULL,         -- named
  UNIQUE KEY leader_claim_mobile (mobile),
  UNIQUE KEY leader_claim_name (name_month),
  UNIQUE KEY leader_claim_application (application_id),
  UNIQUE KEY leader_claim_studio (studio_id),
  CONSTRAINT leader_claim_application_fk FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT leader_claim_studio_fk FOREIGN KEY (studio_id) REFERENCES studio (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO leader_claim (mobile, name_month, application_id)
SELECT NULLIF(leader_mobile, ''),
  IF(leader_name <> '' AND leader_birth_month IS NOT NULL,
    CONCAT(leader_name, '|', leader_birth_month), NULL), id
FROM application WHERE status IN ('recommended', 'audited');

INSERT INTO leader_claim (mobile, name_month, studio_id)
SELECT NULLIF(leader_mobile, ''),
  IF(leader_name <> '' AND leader_birth_month IS NOT NULL,
    CONCAT(leader_name, '|', leader_birth_month), NULL), id
FROM studio WHERE status IN ('active', 'key-support', 'supervised', 'upgraded');

ALTER TABLE application
  DROP KEY application_active_mobile,
  DROP KEY application_active_leader,
  DROP COLUMN active_mobile,
  DROP COLUMN active_leader;
