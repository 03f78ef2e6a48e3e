-- 016: stored files (attachments), the one mechanism for every record
-- that has files: evidence on an assessment sheet, vouchers of spending,
-- photos of achievements.  The bytes are kept on disk under attach_dir as
-- <aa>/<bb>/<sha256> (the same content once), outside the web root;
-- nginx sends them (X-Accel-Redirect).  A row says whose file it is (the
-- owner record), who may see it (base_path: the owner's scope path), what
-- the client called it, what it is by its content, and who uploaded it.
-- Rows are never updated: a file of a record stays with the record.

CREATE TABLE attachment (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  owner_type  VARCHAR(20) NOT NULL,            -- assessment, spending, ...
  owner_id    INT UNSIGNED NOT NULL,
  base_path   VARCHAR(190) NOT NULL,           -- the owner's scope path
  name        VARCHAR(255) NOT NULL,           -- the client's name, cleaned
  type        VARCHAR(40) NOT NULL,            -- media type, by content
  size        BIGINT UNSIGNED NOT NULL,
  sha256      CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  unit_id     INT UNSIGNED NOT NULL,           -- the uploader
  cert_id     INT UNSIGNED NULL,
  holder      VARCHAR(100) NOT NULL,
  created_at  DATETIME NOT NULL,
  KEY attachment_owner (owner_type, owner_id),
  KEY attachment_sha256 (sha256),
  CONSTRAINT attachment_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
