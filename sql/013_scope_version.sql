-- 013: what a conditional GET may be answered from without building the
-- page.  unit.data_version counts the changes a unit's pages can show:
-- every audited write adds 1 to it for each unit on the path of the
-- record it changed (the record's base union and the units above it),
-- and to the whole subtree of a unit that changed itself; a migration or
-- a data load to every unit.  A reviewer's ETag is a keyed hash of its
-- unit's data_version (never the number itself), so it changes with every
-- write the unit can see and with no other.  meta.public_version does the
-- same for what the public site shows (namings, studios, units).
ALTER TABLE unit ADD COLUMN data_version BIGINT UNSIGNED NOT NULL DEFAULT 0;
ALTER TABLE meta ADD COLUMN public_version BIGINT UNSIGNED NOT NULL DEFAULT 0;
