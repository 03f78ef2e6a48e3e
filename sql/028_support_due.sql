-- 028: the excellent sheets awaiting the city's support measure (对考核
-- 优秀的工作室给予工作支持), by year, in an index of their own, so that
-- the city's to-do count reads only those sheets, not every confirmed
-- excellent sheet of the year with its row (3.1 → 1.4 ms of MariaDB with
-- 1,803 of them awaiting).
--   support_due: the year of a confirmed 优秀 sheet without a support
--   measure, else NULL.
ALTER TABLE assessment_sheet
  ADD COLUMN support_due SMALLINT UNSIGNED AS (IF(stage = 'confirmed' AND
    grade = 'excellent' AND support_measure IS NULL, year, NULL)) VIRTUAL,
  ADD KEY assessment_sheet_support_due (support_due, studio_id);
