-- The privileges of the application's database user, through the role
-- studio_app, table by table: only what studiod does with each table.
-- The audit log is append-only for the application (SELECT, INSERT: no
-- UPDATE, no DELETE), so a worker cannot change history even with its
-- own password.  Migrations and data loads run as the operator's user
-- (db_admin_user), which needs ALL on the schema WITH GRANT OPTION.
--
-- Applied by `studioctl grants`, and by `studioctl migrate` after the
-- migrations when db_admin_user is set; every statement may run again.
-- A migration that adds a table adds its line here: tests/e2e/09-audit
-- checks that every table of the schema has one.
--
-- Once, as the database's root (see README, "The audit log"):
--   CREATE ROLE studio_app;
--   GRANT studio_app TO 'studio'@'localhost';
--   SET DEFAULT ROLE studio_app FOR 'studio'@'localhost';

-- 001
GRANT SELECT, UPDATE ON meta TO studio_app;
GRANT SELECT, INSERT, UPDATE ON unit TO studio_app;
GRANT SELECT, INSERT, UPDATE ON cert TO studio_app;
GRANT SELECT, INSERT ON audit TO studio_app;
GRANT SELECT ON code_industry TO studio_app;
GRANT SELECT ON code_ethnicity TO studio_app;
GRANT SELECT ON code_political TO studio_app;
GRANT SELECT ON schema_migration TO studio_app;

-- 002
GRANT SELECT ON code_education TO studio_app;
GRANT SELECT ON code_gender TO studio_app;
GRANT SELECT ON code_unit_type TO studio_app;
GRANT SELECT ON code_studio_type TO studio_app;
GRANT SELECT, INSERT, UPDATE ON application TO studio_app;
GRANT SELECT, INSERT, DELETE ON application_type TO studio_app;
GRANT SELECT, INSERT, DELETE ON application_honour TO studio_app;
GRANT SELECT, INSERT ON review TO studio_app;
GRANT SELECT, INSERT, UPDATE ON naming_seq TO studio_app;

-- 003
GRANT SELECT, INSERT, UPDATE ON once_key TO studio_app;

-- 005
GRANT SELECT, INSERT ON naming_decision TO studio_app;
GRANT SELECT, INSERT, UPDATE ON studio TO studio_app;
GRANT SELECT, INSERT, DELETE ON studio_type TO studio_app;
GRANT SELECT, INSERT, UPDATE ON studio_member TO studio_app;
GRANT SELECT, INSERT ON studio_event TO studio_app;
GRANT SELECT, INSERT, UPDATE ON progress_target TO studio_app;

-- 008
GRANT SELECT, INSERT, UPDATE ON studio_upgrade TO studio_app;
GRANT SELECT, INSERT ON studio_upgrade_step TO studio_app;

-- 009
GRANT SELECT, INSERT, UPDATE, DELETE ON leader_claim TO studio_app;

-- 010
GRANT SELECT, INSERT, UPDATE ON amendment TO studio_app;
GRANT SELECT, INSERT ON amendment_review TO studio_app;

-- 011
GRANT SELECT, INSERT, DELETE ON notice TO studio_app;

-- 012: written only by the triggers (as their definer)
GRANT SELECT ON tally TO studio_app;

-- 015
GRANT SELECT, INSERT, UPDATE ON assessment_scheme TO studio_app;
GRANT SELECT, INSERT, DELETE ON assessment_item TO studio_app;
GRANT SELECT, INSERT, UPDATE ON assessment_filing TO studio_app;
GRANT SELECT, INSERT, UPDATE ON assessment_sheet TO studio_app;
GRANT SELECT, INSERT, UPDATE ON assessment_score TO studio_app;
GRANT SELECT, INSERT ON assessment_review TO studio_app;
GRANT SELECT, INSERT, UPDATE ON supervision TO studio_app;

-- 017
GRANT SELECT, INSERT, UPDATE ON fund TO studio_app;
GRANT SELECT, INSERT ON research_project TO studio_app;
GRANT SELECT, INSERT, UPDATE ON subsidy_grant TO studio_app;
GRANT SELECT, INSERT ON spending TO studio_app;
-- 016: rows are only added
GRANT SELECT, INSERT ON attachment TO studio_app;

-- 019
GRANT SELECT, INSERT, UPDATE ON achievement TO studio_app;
GRANT SELECT, INSERT ON achievement_review TO studio_app;
GRANT SELECT, INSERT ON adoption TO studio_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON achievement_term TO studio_app;
-- 020
GRANT SELECT, INSERT, UPDATE ON training TO studio_app;
GRANT SELECT, INSERT, UPDATE ON training_invitee TO studio_app;
GRANT SELECT, INSERT, UPDATE ON publicity_event TO studio_app;
GRANT SELECT, INSERT ON publicity_event_studio TO studio_app;
GRANT SELECT, INSERT, UPDATE ON studio_link TO studio_app;
-- 027: kept by triggers
GRANT SELECT ON studio_fail_run TO studio_app;
