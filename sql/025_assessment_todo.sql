-- 025: what the home page's to-do reads of the year's assessment, from
-- indexes instead of every sheet of the year (10,000 studios: 32 ms of
-- MariaDB for the sums, 36 ms for the studios failed three times, on
-- every view of the city's home page).
--   filed_grade: a filed or confirmed sheet's grade, the city's or else
--   the proposed one (NULL before filing), so that the studios with three
--   failures read only the failed sheets;
--   a base union's own sheets by stage;
--   the city's confirmed sheets by grade.
ALTER TABLE assessment_sheet
  ADD COLUMN filed_grade VARCHAR(10) AS (IF(stage IN ('filed', 'confirmed'),
    COALESCE(grade, proposed_grade), NULL)) VIRTUAL,
  ADD KEY assessment_sheet_filed_grade (filed_grade, studio_id),
  ADD KEY assessment_sheet_base (base_union_id, year, stage),
  ADD KEY assessment_sheet_grade (year, stage, grade);
