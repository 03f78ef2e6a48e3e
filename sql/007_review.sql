-- 007: corrections to the review.
--
-- A draft is its base union's own until it is first recommended: the units
-- above see how many drafts there are (the counts by status), never their
-- content nor the leader's data.  Once recommended, an application stays
-- visible to them, even when it is returned for editing or later
-- withdrawn.  first_recommended_at says whether (and when) it was ever
-- recommended: act.c sets it on the first recommendation, the lists and
-- the pages read it (fcgi/sql.c, APP_FILTER; fcgi/application.c).
ALTER TABLE application
  ADD COLUMN first_recommended_at DATETIME NULL AFTER status_since;

-- From the review history: the first recommendation of each application.
UPDATE application a
  SET a.first_recommended_at = (SELECT MIN(r.at) FROM review r
    WHERE r.application_id = a.id AND r.decision = 'recommend');

-- A status that only a recommended application reaches, without its
-- review row (data loaded from elsewhere): recommended when it was made.
UPDATE application
  SET first_recommended_at = created_at
  WHERE first_recommended_at IS NULL
  AND status IN ('recommended', 'audited', 'named', 'returned', 'rejected',
    'revoked', 'upgraded');
