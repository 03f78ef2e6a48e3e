-- 003: rules the database itself holds under concurrent requests, and
-- text that XML 1.0 cannot carry mended where it was stored.

-- One person leads at most one active studio, and the same studio (name at
-- the same employer) is not named twice.  The checks in the review are
-- reads; these keys make the rules hold when two requests pass the reads
-- at the same moment: the second to write gets a duplicate key and is
-- refused (409).  A column is NULL, and so outside the key, while its
-- application is not active (draft, returned, rejected, withdrawn,
-- revoked) or the leader field is empty.
--
-- A generated column may not read a CHAR column in MariaDB (its value
-- depends on PAD_CHAR_TO_FULL_LENGTH): the two fixed-length fields become
-- VARCHAR of the same length, which holds the same values.
ALTER TABLE application
  MODIFY leader_mobile VARCHAR(11) NOT NULL DEFAULT '',
  MODIFY leader_birth_month VARCHAR(7) NULL,
  ADD COLUMN active_mobile VARCHAR(11) AS (IF(
    status IN ('recommended', 'audited', 'named', 'upgraded')
    AND leader_mobile <> '', leader_mobile, NULL)) STORED,
  ADD COLUMN active_leader VARCHAR(60) AS (IF(
    status IN ('recommended', 'audited', 'named', 'upgraded')
    AND leader_name <> '' AND leader_birth_month IS NOT NULL,
    CONCAT(leader_name, '|', leader_birth_month), NULL)) STORED,
  ADD COLUMN named_studio VARCHAR(202) AS (IF(
    status IN ('named', 'upgraded'),
    CONCAT(name, '|', host_unit), NULL)) STORED,
  ADD UNIQUE KEY application_active_mobile (active_mobile),
  ADD UNIQUE KEY application_active_leader (active_leader),
  ADD UNIQUE KEY application_named_studio (named_studio);

-- One-time keys of the forms that create a record.  A creating form
-- carries a fresh random key; the transaction that creates the record
-- claims the key and notes the record's id.  A POST whose answer was
-- lost (its worker killed after the commit: nginx answers 502) and that
-- the user sends again claims the same key, and is led to the record
-- already made instead of making a second one.
CREATE TABLE once_key (
  once        CHAR(32) NOT NULL PRIMARY KEY,
  unit_id     INT UNSIGNED NOT NULL,
  object_type VARCHAR(20) NOT NULL,
  object_id   INT UNSIGNED NULL,
  created_at  DATETIME NOT NULL,
  KEY once_key_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

-- Characters that XML 1.0 forbids (C0 controls but tab and line ends,
-- U+FFFE, U+FFFF), and those that other parsers take for a line break or
-- a control (DEL, C1, U+2028 to U+202E, U+2066 to U+2069, the
-- noncharacters), were accepted before the request parser refused them.
-- Stored text that holds one gets U+FFFD in its place, so that every page
-- that shows it works again and its owner can mend it.
--
-- The audit log is not rewritten: its rows are hash-chained over these
-- very bytes, and a mended row would no longer verify.  The document
-- writer (fcgi/xml.c) shows such a character as U+FFFD on the audit page
-- and in its export, and the stored row stays as it was hashed.
SET @bad = _utf8mb4'[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}\\x{7F}-\\x{9F}\\x{2028}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}\\x{1FFFE}\\x{1FFFF}\\x{2FFFE}\\x{2FFFF}\\x{3FFFE}\\x{3FFFF}\\x{4FFFE}\\x{4FFFF}\\x{5FFFE}\\x{5FFFF}\\x{6FFFE}\\x{6FFFF}\\x{7FFFE}\\x{7FFFF}\\x{8FFFE}\\x{8FFFF}\\x{9FFFE}\\x{9FFFF}\\x{AFFFE}\\x{AFFFF}\\x{BFFFE}\\x{BFFFF}\\x{CFFFE}\\x{CFFFF}\\x{DFFFE}\\x{DFFFF}\\x{EFFFE}\\x{EFFFF}\\x{FFFFE}\\x{FFFFF}\\x{10FFFE}\\x{10FFFF}]' COLLATE utf8mb4_unicode_ci;
SET @good = _utf8mb4 X'EFBFBD' COLLATE utf8mb4_unicode_ci;

UPDATE application SET
  name = REGEXP_REPLACE(name, @bad, @good),
  host_unit = REGEXP_REPLACE(host_unit, @bad, @good),
  naming_unit = REGEXP_REPLACE(naming_unit, @bad, @good),
  field = REGEXP_REPLACE(field, @bad, @good),
  type_other = REGEXP_REPLACE(type_other, @bad, @good),
  leader_name = REGEXP_REPLACE(leader_name, @bad, @good),
  leader_specialty = REGEXP_REPLACE(leader_specialty, @bad, @good),
  leader_title = REGEXP_REPLACE(leader_title, @bad, @good),
  leader_email = REGEXP_REPLACE(leader_email, @bad, @good),
  overview = REGEXP_REPLACE(overview, @bad, @good),
  goals = REGEXP_REPLACE(goals, @bad, @good),
  achievements_summary = REGEXP_REPLACE(achievements_summary, @bad, @good),
  honours = REGEXP_REPLACE(honours, @bad, @good),
  version = version + 1
WHERE CONCAT_WS('', name, host_unit, naming_unit, field, type_other,
  leader_name, leader_specialty, leader_title, leader_email, overview,
  goals, achievements_summary, honours) REGEXP @bad;

UPDATE application_honour SET title = REGEXP_REPLACE(title, @bad, @good)
WHERE title REGEXP @bad;

UPDATE review SET opinion = REGEXP_REPLACE(opinion, @bad, @good),
  holder = REGEXP_REPLACE(holder, @bad, @good)
WHERE CONCAT(opinion, holder) REGEXP @bad;

UPDATE cert SET holder = REGEXP_REPLACE(holder, @bad, @good),
  subject = REGEXP_REPLACE(subject, @bad, @good),
  issuer = REGEXP_REPLACE(issuer, @bad, @good)
WHERE CONCAT(holder, subject, issuer) REGEXP @bad;

UPDATE unit SET name = REGEXP_REPLACE(name, @bad, @good)
WHERE name REGEXP @bad;
