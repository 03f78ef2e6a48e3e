-- 027: each studio's run of failed years (连续三年不合格的取消命名): how
-- many of its newest filed sheets in a row were graded 不合格 (a filed or
-- confirmed sheet's grade, filed_grade of 025), kept by the writes to
-- assessment_sheet.  The city's home page and the list of revocation
-- proposals read the studios with three from an index, instead of grouping
-- every failed sheet of every year on every view (3.9 ms of MariaDB at
-- 10,000 studios and five years, growing with each year).  A table of its
-- own, not a column of studio: a trigger may not write a table its
-- statement reads, and a scheme's sheets are made by reading the studios.
-- No foreign key: its check would lock the studio's row in every filing
-- (neither studios nor sheets are ever deleted; the page joins to studio).
-- Triggers keep it in the transaction of every write to a sheet;
-- tests/e2e/99-tally.test.mjs compares it with the sheets themselves.
CREATE TABLE studio_fail_run (
  studio_id INT UNSIGNED NOT NULL PRIMARY KEY,
  n TINYINT UNSIGNED NOT NULL,
  KEY studio_fail_run_n (n, studio_id)
) ENGINE=InnoDB;

-- The filed sheets after the newest filed one not graded 不合格.
CREATE PROCEDURE studio_fail_run_keep(sid INT UNSIGNED)
  MODIFIES SQL DATA
  INSERT INTO studio_fail_run (studio_id, n)
  SELECT sid, LEAST(255, COUNT(*)) FROM assessment_sheet h
  WHERE h.studio_id = sid AND h.filed_grade IS NOT NULL
  AND h.year > COALESCE((SELECT MAX(x.year) FROM assessment_sheet x
    WHERE x.studio_id = sid AND x.filed_grade <> 'fail'), 0)
  ON DUPLICATE KEY UPDATE n = VALUES(n);

CREATE TRIGGER assessment_sheet_fail_insert AFTER INSERT ON assessment_sheet
  FOR EACH ROW
BEGIN
  IF NEW.stage IN ('filed', 'confirmed') THEN
    CALL studio_fail_run_keep(NEW.studio_id);
  END IF;
END;
CREATE TRIGGER assessment_sheet_fail_update AFTER UPDATE ON assessment_sheet
  FOR EACH ROW
BEGIN
  IF NOT (NEW.studio_id <=> OLD.studio_id AND NEW.year <=> OLD.year AND
      NEW.stage <=> OLD.stage AND NEW.grade <=> OLD.grade AND
      NEW.proposed_grade <=> OLD.proposed_grade) THEN
    CALL studio_fail_run_keep(OLD.studio_id);
    IF NEW.studio_id <> OLD.studio_id THEN
      CALL studio_fail_run_keep(NEW.studio_id);
    END IF;
  END IF;
END;
CREATE TRIGGER assessment_sheet_fail_delete AFTER DELETE ON assessment_sheet
  FOR EACH ROW CALL studio_fail_run_keep(OLD.studio_id);

-- What exists already.
INSERT INTO studio_fail_run (studio_id, n)
SELECT s.id, LEAST(255, (SELECT COUNT(*) FROM assessment_sheet h
    WHERE h.studio_id = s.id AND h.filed_grade IS NOT NULL
    AND h.year > COALESCE((SELECT MAX(x.year) FROM assessment_sheet x
    WHERE x.studio_id = s.id AND x.filed_grade <> 'fail'), 0)))
FROM studio s WHERE EXISTS (SELECT 1 FROM assessment_sheet h
    WHERE h.studio_id = s.id AND h.filed_grade IS NOT NULL);
