-- 017: the subsidy ledger (seed 四.1).  The city sets up a fund for
-- worker innovation each year, and the district and development-zone
-- unions may add their own; each grants from its fund to named studios of
-- its subtree, never past the fund's budget; the base union records what
-- a grant was spent on, never past the grant, with its vouchers
-- (attachments).  Money is integer fen.  Nothing is edited or deleted:
-- a wrong spending entry is reversed by a new one.  Research projects
-- are the studio's; a grant for an important one names it.

CREATE TABLE fund (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  year            SMALLINT UNSIGNED NOT NULL,
  funder_id       INT UNSIGNED NOT NULL,       -- the city, or a district union
  funder_path     VARCHAR(190) NOT NULL,
  title           VARCHAR(100) NOT NULL,
  budget_fen      BIGINT UNSIGNED NOT NULL,
  granted_fen     BIGINT NOT NULL DEFAULT 0,   -- kept by the grants, in their transaction
  document_number VARCHAR(60) NOT NULL,
  decided_on      DATE NOT NULL,
  version         INT UNSIGNED NOT NULL DEFAULT 1,
  cert_id         INT UNSIGNED NULL,
  holder          VARCHAR(100) NOT NULL,
  created_at      DATETIME NOT NULL,
  UNIQUE KEY fund_title (year, funder_id, title),
  KEY fund_year (year, id),
  KEY fund_funder (funder_path, year),
  CONSTRAINT fund_funder_fk FOREIGN KEY (funder_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE research_project (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  studio_id   INT UNSIGNED NOT NULL,
  title       VARCHAR(100) NOT NULL,
  level       VARCHAR(12) NOT NULL,            -- national provincial city enterprise
  source      VARCHAR(100) NOT NULL,           -- who set it
  start_on    DATE NOT NULL,
  end_on      DATE NULL,
  important   TINYINT(1) NOT NULL DEFAULT 0,   -- counts for the uplift
  unit_id     INT UNSIGNED NOT NULL,
  cert_id     INT UNSIGNED NULL,
  holder      VARCHAR(100) NOT NULL,
  created_at  DATETIME NOT NULL,
  KEY research_project_studio (studio_id, id),
  CONSTRAINT research_project_studio_fk FOREIGN KEY (studio_id)
    REFERENCES studio (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE subsidy_grant (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  fund_id         INT UNSIGNED NOT NULL,
  studio_id       INT UNSIGNED NOT NULL,
  base_path       VARCHAR(190) NOT NULL,       -- the studio's, for scope
  auditing_unit_id INT UNSIGNED NOT NULL,
  amount_fen      BIGINT UNSIGNED NOT NULL,
  spent_fen       BIGINT NOT NULL DEFAULT 0,   -- kept by the spending, in its transaction
  basis           VARCHAR(12) NOT NULL,        -- naming research key-support top-up other
  basis_text      VARCHAR(200) NOT NULL DEFAULT '',
  project_id      INT UNSIGNED NULL,           -- research: the project
  document_number VARCHAR(60) NOT NULL,
  decided_on      DATE NOT NULL,
  version         INT UNSIGNED NOT NULL DEFAULT 1,
  unit_id         INT UNSIGNED NOT NULL,
  cert_id         INT UNSIGNED NULL,
  holder          VARCHAR(100) NOT NULL,
  created_at      DATETIME NOT NULL,
  KEY subsidy_grant_fund (fund_id, id),
  KEY subsidy_grant_studio (studio_id, id),
  KEY subsidy_grant_scope (base_path),
  CONSTRAINT subsidy_grant_fund_fk FOREIGN KEY (fund_id) REFERENCES fund (id),
  CONSTRAINT subsidy_grant_studio_fk FOREIGN KEY (studio_id) REFERENCES studio (id),
  CONSTRAINT subsidy_grant_project_fk FOREIGN KEY (project_id)
    REFERENCES research_project (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Spending: an entry, or the reversal of one (a negative amount naming
-- the entry it reverses; one reversal per entry, held by the key).
CREATE TABLE spending (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  grant_id      INT UNSIGNED NOT NULL,
  studio_id     INT UNSIGNED NOT NULL,
  base_path     VARCHAR(190) NOT NULL,
  purpose       VARCHAR(12) NOT NULL,          -- equipment innovation breakthrough invention training other
  purpose_text  VARCHAR(100) NOT NULL DEFAULT '',
  amount_fen    BIGINT NOT NULL,
  spent_on      DATE NOT NULL,
  description   VARCHAR(500) NOT NULL,
  reverses_id   INT UNSIGNED NULL,
  unit_id       INT UNSIGNED NOT NULL,
  cert_id       INT UNSIGNED NULL,
  holder        VARCHAR(100) NOT NULL,
  created_at    DATETIME NOT NULL,
  UNIQUE KEY spending_reverses (reverses_id),
  KEY spending_grant (grant_id, id),
  KEY spending_studio (studio_id, id),
  CONSTRAINT spending_grant_fk FOREIGN KEY (grant_id) REFERENCES subsidy_grant (id),
  CONSTRAINT spending_reverses_fk FOREIGN KEY (reverses_id) REFERENCES spending (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
