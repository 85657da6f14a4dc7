-- Annual targets (BR-S5) and the optional excellence quota (BR-S4) as policy data, and the annual quality
-- rating of cells and members (QĐ 366-QĐ/TW, QĐ 124-QĐ/TW before 2025; DOMAIN.md 14, 18.6, BR-S3).

-- Annual targets of S003 (Quảng Trị ĐUK, DOMAIN.md 14.2): every existing profile, the central default
-- included, takes them; a committee sets its own when it issues a newer profile.
ALTER TABLE policy_profile ADD COLUMN target_org_good_pct INT DEFAULT 80 NOT NULL;
ALTER TABLE policy_profile ADD COLUMN target_org_excellent_pct INT DEFAULT 20 NOT NULL;
ALTER TABLE policy_profile ADD COLUMN target_org_failed_max_pct INT DEFAULT 0 NOT NULL;
ALTER TABLE policy_profile ADD COLUMN target_member_good_pct INT DEFAULT 85 NOT NULL;
ALTER TABLE policy_profile ADD COLUMN target_member_excellent_min_pct INT DEFAULT 15 NOT NULL;
ALTER TABLE policy_profile ADD COLUMN target_member_excellent_max_pct INT DEFAULT 20 NOT NULL;
ALTER TABLE policy_profile ADD COLUMN target_cells_meeting_pct INT DEFAULT 100 NOT NULL;
ALTER TABLE policy_profile ADD COLUMN target_attendance_pct INT DEFAULT 85 NOT NULL;
ALTER TABLE policy_profile ADD COLUMN target_unexcused_max INT DEFAULT 0 NOT NULL;
-- HD 21-HD/BTCTW (2019): members rated HTXSNV at most 20% of those rated HTTNV per grassroots
-- organisation; whether QĐ 366 keeps it is unconfirmed, so it is off unless a profile switches it on.
ALTER TABLE policy_profile ADD COLUMN excellent_quota_enabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE policy_profile ADD COLUMN excellent_quota_pct INT DEFAULT 20 NOT NULL;
