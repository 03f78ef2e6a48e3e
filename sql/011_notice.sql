-- 011: what an action did, told once on the page the action leads to.
-- A POST that succeeds answers 303 to a page with ?n=<token>; that page,
-- opened by the same unit, shows the notice and deletes it, so a reload
-- shows the page alone.  No cookie is needed.  Rows nobody opened are
-- deleted a day later, when another notice is written.
CREATE TABLE notice (
  token    CHAR(32) CHARACTER SET ascii NOT NULL PRIMARY KEY,
  unit_id  INT UNSIGNED NOT NULL,
  text     VARCHAR(200) NOT NULL,
  made_at  DATETIME NOT NULL,
  KEY notice_made (made_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
