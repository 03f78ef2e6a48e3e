-- 004: the keyed audit chain.  The audit row that records this migration
-- is the first row of the keyed chain: from it on, every row's hash is
-- HMAC-SHA256 under the audit key (audit_key_file), a key the database
-- does not hold, so that whoever has only the database password can no
-- longer change a row and compute the chain again.  The rows before it
-- keep their plain SHA-256 hashes and still verify; they are only as
-- strong as before, but the first keyed row covers the hash of the last
-- plain one and so anchors them all (fcgi/audit.c).
--
-- Nothing in the database marks the boundary: `studioctl audit-verify`
-- finds it as the row of action schema.migrate for migration 4, which
-- only a holder of the key could have written as a keyed row.
--
-- Stop studiod (or restart it with this version first) while applying
-- this migration: an older studiod writes plain rows, which are refused
-- after the boundary.

ALTER TABLE audit COMMENT = 'hash: SHA-256 over prev_hash and the row before the record of migration 4, HMAC-SHA256 under the audit key from it on';
