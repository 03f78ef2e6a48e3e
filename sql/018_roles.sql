-- 018: roles of a certificate within its unit.  A union's certificates
-- are held by different people: its reviewers (审核: applications,
-- reviews, the annual assessment), its finance office (财务: funds,
-- grants, spending) and its administrator (管理: certificates and
-- units).  The certificates enrolled before keep every role until the
-- city changes them, so that nothing stops working on upgrade.
ALTER TABLE cert
  ADD COLUMN roles SET('review', 'finance', 'admin') NOT NULL
  DEFAULT 'review,finance,admin' AFTER holder;
