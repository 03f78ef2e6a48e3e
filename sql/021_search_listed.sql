-- 021: the showcase's search read in the showcase's order.  Each term row
-- carries listed_at, the achievement's publication time while it is on
-- the public showcase (published, of a studio not revoked) and NULL
-- otherwise, kept by the writes that change either status in their
-- transaction.  The public list reads its first term's rows from
-- (term, listed_at, achievement_id) newest first and stops at the page's
-- end, instead of reading every row of the term and sorting them.

ALTER TABLE achievement_term
  ADD COLUMN listed_at DATETIME NULL,
  ADD KEY achievement_term_listed (term, listed_at, achievement_id);

UPDATE achievement_term t
SET t.listed_at = (SELECT a.published_at FROM achievement a
  JOIN studio s ON s.id = a.studio_id
  WHERE a.id = t.achievement_id AND a.status = 'published'
  AND s.status <> 'revoked');
