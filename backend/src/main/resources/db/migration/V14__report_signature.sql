-- The signature block of a submitted report ("T/M ĐẢNG ỦY" / "BÍ THƯ" and the signer's name, DOMAIN.md 11.3), kept
-- with each revision as it was sent: a later change of secretary must not change a report already signed.
ALTER TABLE periodic_report ADD COLUMN signer_role VARCHAR(80);
ALTER TABLE periodic_report ADD COLUMN signer_name VARCHAR(200);
ALTER TABLE periodic_report_revision ADD COLUMN signer_role VARCHAR(80);
ALTER TABLE periodic_report_revision ADD COLUMN signer_name VARCHAR(200);
