-- 022: each unit's certificates in force (not revoked), kept on its row by
-- the writes that change them, so that the unit list does not count them
-- for each of its rows on every view.  Triggers keep the count in the
-- transaction of every write to cert (the application's, studioctl's, or
-- one by hand); tests/e2e/99-tally.test.mjs compares it with a full count.
ALTER TABLE unit ADD COLUMN certs INT UNSIGNED NOT NULL DEFAULT 0;

CREATE TRIGGER cert_count_insert AFTER INSERT ON cert FOR EACH ROW
  UPDATE unit SET certs = certs + 1
  WHERE id = NEW.unit_id AND NEW.revoked_at IS NULL;
CREATE TRIGGER cert_count_update AFTER UPDATE ON cert FOR EACH ROW
BEGIN
  IF NOT (NEW.unit_id <=> OLD.unit_id AND
      (NEW.revoked_at IS NULL) <=> (OLD.revoked_at IS NULL)) THEN
    UPDATE unit SET certs = certs - 1
    WHERE id = OLD.unit_id AND OLD.revoked_at IS NULL;
    UPDATE unit SET certs = certs + 1
    WHERE id = NEW.unit_id AND NEW.revoked_at IS NULL;
  END IF;
END;
CREATE TRIGGER cert_count_delete AFTER DELETE ON cert FOR EACH ROW
  UPDATE unit SET certs = certs - 1
  WHERE id = OLD.unit_id AND OLD.revoked_at IS NULL;

-- What exists already.
UPDATE unit u SET certs = (SELECT COUNT(*) FROM cert c
  WHERE c.unit_id = u.id AND c.revoked_at IS NULL);
