-- 001: the platform.  Units (the union tree), client certificates, the
-- hash-chained audit log, the data version behind ETags, and the national
-- code tables.  InnoDB, utf8mb4; SQL that MySQL 8, MariaDB and TiDB all run.

CREATE TABLE meta (
  id          TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  dataver     BIGINT UNSIGNED NOT NULL,      -- advanced by every write; ETags
  audit_seq   BIGINT UNSIGNED NOT NULL,      -- id of the last audit row
  audit_hash  CHAR(64) NOT NULL              -- hash of the last audit row
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO meta (id, dataver, audit_seq, audit_hash)
VALUES (1, 1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The union tree.  path is the chain of codes from the city down,
-- '/220100/220102/', so that a subtree is one indexed prefix match.
-- Codes are letters and digits only (no LIKE wildcard can be part of one).
CREATE TABLE unit (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(20) NOT NULL,
  kind        VARCHAR(10) NOT NULL,          -- city | district | industry | base
  parent_id   INT UNSIGNED NULL,
  name        VARCHAR(100) NOT NULL,
  path        VARCHAR(190) NOT NULL,
  depth       TINYINT UNSIGNED NOT NULL,
  active      TINYINT(1) NOT NULL DEFAULT 1,
  version     INT UNSIGNED NOT NULL DEFAULT 1,
  created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY unit_code (code),
  UNIQUE KEY unit_path (path),
  KEY unit_parent (parent_id, code),
  KEY unit_depth (depth, path),
  CONSTRAINT unit_parent_fk FOREIGN KEY (parent_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Client certificates enrolled to units, by SHA-256 fingerprint of the DER.
CREATE TABLE cert (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  unit_id     INT UNSIGNED NOT NULL,
  fingerprint CHAR(64) NOT NULL,
  holder      VARCHAR(100) NOT NULL,
  serial      VARCHAR(80) NOT NULL,
  subject     VARCHAR(512) NOT NULL,
  issuer      VARCHAR(512) NOT NULL,
  not_before  DATETIME NOT NULL,             -- UTC
  not_after   DATETIME NOT NULL,             -- UTC
  enrolled_at DATETIME NOT NULL,
  enrolled_by INT UNSIGNED NULL,             -- cert id; NULL = studioctl
  revoked_at  DATETIME NULL,
  revoked_by  INT UNSIGNED NULL,
  UNIQUE KEY cert_fingerprint (fingerprint),
  KEY cert_unit (unit_id, id),
  CONSTRAINT cert_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The audit log.  hash = SHA-256 over prev_hash and the row (audit.c);
-- ids are allocated under the lock of the meta row, so they are dense.
CREATE TABLE audit (
  id          BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  at          DATETIME(6) NOT NULL,
  unit_id     INT UNSIGNED NULL,             -- NULL = operator (studioctl)
  cert_id     INT UNSIGNED NULL,
  fingerprint CHAR(64) NOT NULL DEFAULT '',
  holder      VARCHAR(100) NOT NULL DEFAULT '',
  action      VARCHAR(40) NOT NULL,
  object_type VARCHAR(40) NOT NULL,
  object_id   BIGINT UNSIGNED NULL,
  digest      CHAR(64) NOT NULL,
  prev_hash   CHAR(64) NOT NULL,
  hash        CHAR(64) NOT NULL,
  KEY audit_unit (unit_id, id),
  KEY audit_object (object_type, object_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- National code tables, loaded from the reference files in sql/data.
CREATE TABLE code_industry (            -- GB/T 4754-2017 sections
  code        CHAR(1) NOT NULL PRIMARY KEY,
  name        VARCHAR(60) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE code_ethnicity (           -- GB/T 3304
  code        CHAR(2) NOT NULL PRIMARY KEY,
  name        VARCHAR(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE code_political (           -- GB/T 4762
  code        CHAR(2) NOT NULL PRIMARY KEY,
  name        VARCHAR(40) NOT NULL,
  short       VARCHAR(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

LOAD DATA LOCAL INFILE 'data/gbt4754-2017-sections.tsv' INTO TABLE code_industry
  CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\t' LINES TERMINATED BY '\n'
  IGNORE 1 LINES (code, name);
LOAD DATA LOCAL INFILE 'data/gbt3304-ethnicity.tsv' INTO TABLE code_ethnicity
  CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\t' LINES TERMINATED BY '\n'
  IGNORE 1 LINES (code, name);
LOAD DATA LOCAL INFILE 'data/gbt4762-political-status.tsv' INTO TABLE code_political
  CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\t' LINES TERMINATED BY '\n'
  IGNORE 1 LINES (code, name, short);

-- The Changchun union tree: the city federation and the federations of its
-- districts, counties, county-level cities and development zones.
CREATE TEMPORARY TABLE unit_load (
  code        VARCHAR(20) NOT NULL,
  kind        VARCHAR(10) NOT NULL,
  parent      VARCHAR(20) NOT NULL,
  name        VARCHAR(100) NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

LOAD DATA LOCAL INFILE 'data/changchun-union-tree.tsv' INTO TABLE unit_load
  CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\t' LINES TERMINATED BY '\n'
  IGNORE 1 LINES (code, kind, parent, name);

INSERT INTO unit (code, kind, parent_id, name, path, depth)
  SELECT code, kind, NULL, name, CONCAT('/', code, '/'), 0
  FROM unit_load WHERE parent = '';
INSERT INTO unit (code, kind, parent_id, name, path, depth)
  SELECT l.code, l.kind, p.id, l.name, CONCAT(p.path, l.code, '/'), p.depth + 1
  FROM unit_load l JOIN unit p ON p.code = l.parent
  ORDER BY l.code;

DROP TEMPORARY TABLE unit_load;
