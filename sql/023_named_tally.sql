-- 023: the listed studios (not revoked) by the date they were named, kept
-- in the tally (what = 'named', path = '', status = the date, ISO), so
-- that the city's progress toward a target (the home page, the stats)
-- sums the rows of the dates up to its deadline instead of counting
-- every studio: a row per naming date, not per studio.  Triggers keep it
-- in the transaction of every write, as 012 keeps the others;
-- tests/e2e/99-tally.test.mjs compares it with a full count.
CREATE PROCEDURE named_add(st VARCHAR(20), d DATE, delta INT)
  MODIFIES SQL DATA
BEGIN
  IF st IN ('active', 'key-support', 'supervised', 'upgraded') THEN
    INSERT INTO tally (what, path, status, n)
    VALUES ('named', '', DATE_FORMAT(d, '%Y-%m-%d'), delta)
      ON DUPLICATE KEY UPDATE n = n + delta;
  END IF;
END;

CREATE TRIGGER studio_named_insert AFTER INSERT ON studio FOR EACH ROW
  CALL named_add(NEW.status, NEW.named_on, 1);
CREATE TRIGGER studio_named_update AFTER UPDATE ON studio FOR EACH ROW
BEGIN
  IF NOT (NEW.status <=> OLD.status AND NEW.named_on <=> OLD.named_on) THEN
    CALL named_add(OLD.status, OLD.named_on, -1);
    CALL named_add(NEW.status, NEW.named_on, 1);
  END IF;
END;
CREATE TRIGGER studio_named_delete AFTER DELETE ON studio FOR EACH ROW
  CALL named_add(OLD.status, OLD.named_on, -1);

-- What exists already.
INSERT INTO tally (what, path, status, n)
SELECT 'named', '', DATE_FORMAT(named_on, '%Y-%m-%d'), COUNT(*)
FROM studio WHERE status IN ('active', 'key-support', 'supervised', 'upgraded')
GROUP BY named_on;
