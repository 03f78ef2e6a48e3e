-- 019: the showcase of innovation results (seed 五.4): a studio's
-- achievement, submitted by its base union, reviewed by its auditing
-- union (published, or returned with a reason), taken down by the city
-- with its reason; only published ones are public.  Where an achievement
-- was taken up (成果转化) is kept with it.  Its photos are attachments
-- (owner "achievement").  Its texts' search terms (fcgi/search.c: each
-- Chinese character and each pair of neighbours as a word, since the
-- built-in full-text parser does not split Chinese) are rows of
-- achievement_term, read by their primary key: InnoDB's FULLTEXT index
-- took 0.4 s for a term of 8,000 achievements, and the terms kept in the
-- row made it four times its size.

CREATE TABLE achievement (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  studio_id       INT UNSIGNED NOT NULL,
  base_path       VARCHAR(190) NOT NULL,
  auditing_unit_id INT UNSIGNED NOT NULL,
  industry        CHAR(1) NULL,               -- the studio's, for the filter
  status          VARCHAR(12) NOT NULL,       -- draft submitted published returned taken-down
  version         INT UNSIGNED NOT NULL DEFAULT 1,
  status_since    DATETIME NOT NULL,
  title           VARCHAR(100) NOT NULL,
  kind            VARCHAR(12) NOT NULL,       -- technical management service system
  form            VARCHAR(14) NOT NULL,       -- improvement breakthrough invention patent method standard course other
  patent_number   VARCHAR(40) NOT NULL DEFAULT '',
  problem         TEXT NOT NULL,              -- the problem it solved
  benefits        TEXT NOT NULL,              -- what it brought, in words
  value_fen       BIGINT UNSIGNED NULL,       -- savings or value, where there is a figure
  year            SMALLINT UNSIGNED NOT NULL,
  people          VARCHAR(300) NOT NULL,
  published_at    DATETIME NULL,
  reason          VARCHAR(500) NOT NULL DEFAULT '',  -- of a return or a take-down
  created_at      DATETIME NOT NULL,
  KEY achievement_public (status, published_at, id),
  KEY achievement_scope (base_path, status),
  KEY achievement_studio (studio_id, id),
  CONSTRAINT achievement_studio_fk FOREIGN KEY (studio_id) REFERENCES studio (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE achievement_review (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  achievement_id  INT UNSIGNED NOT NULL,
  stage           VARCHAR(10) NOT NULL,       -- base district city
  unit_id         INT UNSIGNED NOT NULL,
  cert_id         INT UNSIGNED NULL,
  holder          VARCHAR(100) NOT NULL,
  decision        VARCHAR(12) NOT NULL,       -- submit publish return take-down
  opinion         TEXT NOT NULL,
  at              DATETIME NOT NULL,
  KEY achievement_review_of (achievement_id, id),
  CONSTRAINT achievement_review_fk FOREIGN KEY (achievement_id)
    REFERENCES achievement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Where it was taken up: the unit, its industry and region, when, with
-- what effect.
CREATE TABLE adoption (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  achievement_id  INT UNSIGNED NOT NULL,
  unit_name       VARCHAR(100) NOT NULL,
  industry        CHAR(1) NULL,
  region          VARCHAR(60) NOT NULL,
  adopted_on      DATE NOT NULL,
  effect          VARCHAR(500) NOT NULL,
  unit_id         INT UNSIGNED NOT NULL,
  holder          VARCHAR(100) NOT NULL,
  created_at      DATETIME NOT NULL,
  KEY adoption_of (achievement_id, adopted_on),
  CONSTRAINT adoption_achievement_fk FOREIGN KEY (achievement_id)
    REFERENCES achievement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE achievement_term (
  term            VARCHAR(48) NOT NULL,
  achievement_id  INT UNSIGNED NOT NULL,
  PRIMARY KEY (term, achievement_id),
  KEY achievement_term_of (achievement_id),
  CONSTRAINT achievement_term_fk FOREIGN KEY (achievement_id)
    REFERENCES achievement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
