-- 014: the application list's count kept too.  Above its base union an
-- application is listed only once it was first recommended (a draft is
-- its base union's own), so the tally also keeps, as what =
-- 'app-private', the applications never recommended, by unit path and
-- status: a unit above the base unions lists its 'application' rows less
-- its 'app-private' ones.
DROP TRIGGER application_tally_insert;
DROP TRIGGER application_tally_update;
DROP TRIGGER application_tally_delete;

CREATE TRIGGER application_tally_insert AFTER INSERT ON application
FOR EACH ROW
BEGIN
  CALL tally_add('application', NEW.base_path, NEW.status, 1);
  IF NEW.first_recommended_at IS NULL THEN
    CALL tally_add('app-private', NEW.base_path, NEW.status, 1);
  END IF;
END;
CREATE TRIGGER application_tally_update AFTER UPDATE ON application
FOR EACH ROW
BEGIN
  IF NOT (NEW.base_path <=> OLD.base_path AND NEW.status <=> OLD.status) THEN
    CALL tally_add('application', OLD.base_path, OLD.status, -1);
    CALL tally_add('application', NEW.base_path, NEW.status, 1);
  END IF;
  IF NOT (NEW.base_path <=> OLD.base_path AND NEW.status <=> OLD.status
      AND (NEW.first_recommended_at IS NULL) <=> (OLD.first_recommended_at IS NULL)) THEN
    IF OLD.first_recommended_at IS NULL THEN
      CALL tally_add('app-private', OLD.base_path, OLD.status, -1);
    END IF;
    IF NEW.first_recommended_at IS NULL THEN
      CALL tally_add('app-private', NEW.base_path, NEW.status, 1);
    END IF;
  END IF;
END;
CREATE TRIGGER application_tally_delete AFTER DELETE ON application
FOR EACH ROW
BEGIN
  CALL tally_add('application', OLD.base_path, OLD.status, -1);
  IF OLD.first_recommended_at IS NULL THEN
    CALL tally_add('app-private', OLD.base_path, OLD.status, -1);
  END IF;
END;

INSERT INTO tally (what, path, status, n)
SELECT 'app-private', a.path, x.status, COUNT(*)
FROM unit a JOIN application x ON x.base_path LIKE CONCAT(a.path, '%')
WHERE x.first_recommended_at IS NULL
GROUP BY a.path, x.status;
