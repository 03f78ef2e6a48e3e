-- 012: counts kept by the writes that change them, so that no page counts
-- a whole subtree on every view.  One row per (what, unit path, status):
-- the number of units, applications or studios at or below the unit with
-- that path, by status ('' for units).  A page reads the row of its own
-- unit's path.  Triggers keep the rows in the transaction of every write
-- (the application's, studioctl's, or one by hand), adding to the row of
-- each unit on the record's path: '/220100/220102/22010202/' counts for
-- '/220100/', '/220100/220102/' and '/220100/220102/22010202/'.  A row
-- that falls to 0 stays, with 0.
CREATE TABLE tally (
  what    VARCHAR(12) CHARACTER SET ascii NOT NULL,  -- unit | application | studio
  path    VARCHAR(190) NOT NULL,
  status  VARCHAR(20) CHARACTER SET ascii NOT NULL,
  n       INT NOT NULL,
  PRIMARY KEY (what, path, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Add d to the rows of every unit on path p (each prefix ending in '/').
CREATE PROCEDURE tally_add(w VARCHAR(12), p VARCHAR(190), s VARCHAR(20), d INT)
  MODIFIES SQL DATA
BEGIN
  DECLARE i INT DEFAULT 1;
  IF p IS NOT NULL AND p <> '' THEN
    SET i = LOCATE('/', p, 2);
    WHILE i > 0 DO
      INSERT INTO tally (what, path, status, n) VALUES (w, LEFT(p, i), s, d)
        ON DUPLICATE KEY UPDATE n = n + d;
      SET i = LOCATE('/', p, i + 1);
    END WHILE;
  END IF;
END;

CREATE TRIGGER unit_tally_insert AFTER INSERT ON unit FOR EACH ROW
  CALL tally_add('unit', NEW.path, '', 1);
CREATE TRIGGER unit_tally_update AFTER UPDATE ON unit FOR EACH ROW
BEGIN
  IF NOT (NEW.path <=> OLD.path) THEN
    CALL tally_add('unit', OLD.path, '', -1);
    CALL tally_add('unit', NEW.path, '', 1);
  END IF;
END;
CREATE TRIGGER unit_tally_delete AFTER DELETE ON unit FOR EACH ROW
  CALL tally_add('unit', OLD.path, '', -1);

CREATE TRIGGER application_tally_insert AFTER INSERT ON application
FOR EACH ROW
  CALL tally_add('application', NEW.base_path, NEW.status, 1);
CREATE TRIGGER application_tally_update AFTER UPDATE ON application
FOR EACH ROW
BEGIN
  IF NOT (NEW.base_path <=> OLD.base_path AND NEW.status <=> OLD.status) THEN
    CALL tally_add('application', OLD.base_path, OLD.status, -1);
    CALL tally_add('application', NEW.base_path, NEW.status, 1);
  END IF;
END;
CREATE TRIGGER application_tally_delete AFTER DELETE ON application
FOR EACH ROW
  CALL tally_add('application', OLD.base_path, OLD.status, -1);

CREATE TRIGGER studio_tally_insert AFTER INSERT ON studio FOR EACH ROW
  CALL tally_add('studio', NEW.base_path, NEW.status, 1);
CREATE TRIGGER studio_tally_update AFTER UPDATE ON studio FOR EACH ROW
BEGIN
  IF NOT (NEW.base_path <=> OLD.base_path AND NEW.status <=> OLD.status) THEN
    CALL tally_add('studio', OLD.base_path, OLD.status, -1);
    CALL tally_add('studio', NEW.base_path, NEW.status, 1);
  END IF;
END;
CREATE TRIGGER studio_tally_delete AFTER DELETE ON studio FOR EACH ROW
  CALL tally_add('studio', OLD.base_path, OLD.status, -1);

-- What exists already.  A unit counts for every unit whose path begins
-- its own; so does an application or a studio for its base union's path.
INSERT INTO tally (what, path, status, n)
SELECT 'unit', a.path, '', COUNT(*)
FROM unit a JOIN unit d ON d.path LIKE CONCAT(a.path, '%')
GROUP BY a.path;
INSERT INTO tally (what, path, status, n)
SELECT 'application', a.path, x.status, COUNT(*)
FROM unit a JOIN application x ON x.base_path LIKE CONCAT(a.path, '%')
GROUP BY a.path, x.status;
INSERT INTO tally (what, path, status, n)
SELECT 'studio', a.path, x.status, COUNT(*)
FROM unit a JOIN studio x ON x.base_path LIKE CONCAT(a.path, '%')
GROUP BY a.path, x.status;
