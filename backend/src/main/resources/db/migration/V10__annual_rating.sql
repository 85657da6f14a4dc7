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

-- Grassroots level (cấp cơ sở) as data of the node types: the BR-S4 quota is counted per grassroots organisation.
ALTER TABLE org_type ADD COLUMN grassroots BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE org_type SET grassroots = TRUE WHERE code IN ('DANG_BO_XA', 'DANG_BO_CO_SO', 'CHI_BO_CO_SO');

-- The regulation in force for a rated year (BR-S3): QĐ 366-QĐ/TW from 2025, QĐ 124-QĐ/TW for 2023 and 2024.
CREATE TABLE rating_regulation (
    code VARCHAR(20) PRIMARY KEY,
    title VARCHAR(300) NOT NULL,
    from_year INT NOT NULL,
    to_year INT,
    excellent_min_tasks_exceeded_pct INT NOT NULL
);
INSERT INTO rating_regulation (code, title, from_year, to_year, excellent_min_tasks_exceeded_pct) VALUES
 ('QD366', 'Quy định 366-QĐ/TW ngày 30/8/2025', 2025, NULL, 30),
 ('QD124', 'Quy định 124-QĐ/TW ngày 04/10/2023', 2023, 2024, 30);

-- Art. 11 of QĐ 366 (DOMAIN.md 14.1): the lowest points of each level on the 100-point scale.
CREATE TABLE rating_band (
    regulation_code VARCHAR(20) NOT NULL REFERENCES rating_regulation (code),
    band_level VARCHAR(10) NOT NULL,
    min_points NUMERIC(5,2) NOT NULL,
    PRIMARY KEY (regulation_code, band_level)
);
INSERT INTO rating_band (regulation_code, band_level, min_points) VALUES
 ('QD366', 'HTXSNV', 90), ('QD366', 'HTTNV', 70), ('QD366', 'HTNV', 50), ('QD366', 'KHTNV', 0),
 ('QD124', 'HTXSNV', 90), ('QD124', 'HTTNV', 70), ('QD124', 'HTNV', 50), ('QD124', 'KHTNV', 0);

-- A short criteria framework: the groups DOMAIN.md 14.2 (S003 §6) names as criteria of the annual rating of
-- cells and members, weighted to 100 points. The weights are data: a migration changes them, code does not.
CREATE TABLE rating_criterion (
    regulation_code VARCHAR(20) NOT NULL REFERENCES rating_regulation (code),
    subject_type VARCHAR(20) NOT NULL,
    code VARCHAR(40) NOT NULL,
    position INT NOT NULL,
    title VARCHAR(300) NOT NULL,
    max_points NUMERIC(5,2) NOT NULL,
    PRIMARY KEY (regulation_code, subject_type, code)
);
INSERT INTO rating_criterion (regulation_code, subject_type, code, position, title, max_points) VALUES
 ('QD366', 'ORGANIZATION', 'CHINH_TRI', 1, 'Kết quả thực hiện nhiệm vụ chính trị được giao', 40),
 ('QD366', 'ORGANIZATION', 'NGHI_QUYET', 2, 'Xây dựng kế hoạch, tổ chức thực hiện chỉ thị, nghị quyết (gắn với Chỉ thị 05-CT/TW)', 20),
 ('QD366', 'ORGANIZATION', 'SINH_HOAT', 3, 'Chất lượng sinh hoạt, chấp hành chế độ sinh hoạt chi bộ', 20),
 ('QD366', 'ORGANIZATION', 'DOAN_KET_KY_LUAT', 4, 'Đoàn kết, kỷ luật; kiểm tra, giám sát', 20),
 ('QD366', 'MEMBER', 'TU_TUONG', 1, 'Tư tưởng chính trị, phẩm chất đạo đức, lối sống', 30),
 ('QD366', 'MEMBER', 'NHIEM_VU', 2, 'Kết quả thực hiện nhiệm vụ được giao', 40),
 ('QD366', 'MEMBER', 'CAM_KET', 3, 'Thực hiện cam kết tu dưỡng, rèn luyện hằng năm', 15),
 ('QD366', 'MEMBER', 'SINH_HOAT', 4, 'Chấp hành kỷ luật, chế độ sinh hoạt chi bộ', 15),
 ('QD124', 'ORGANIZATION', 'CHINH_TRI', 1, 'Kết quả thực hiện nhiệm vụ chính trị được giao', 40),
 ('QD124', 'ORGANIZATION', 'NGHI_QUYET', 2, 'Xây dựng kế hoạch, tổ chức thực hiện chỉ thị, nghị quyết', 20),
 ('QD124', 'ORGANIZATION', 'SINH_HOAT', 3, 'Chất lượng sinh hoạt, chấp hành chế độ sinh hoạt chi bộ', 20),
 ('QD124', 'ORGANIZATION', 'DOAN_KET_KY_LUAT', 4, 'Đoàn kết, kỷ luật; kiểm tra, giám sát', 20),
 ('QD124', 'MEMBER', 'TU_TUONG', 1, 'Tư tưởng chính trị, phẩm chất đạo đức, lối sống', 30),
 ('QD124', 'MEMBER', 'NHIEM_VU', 2, 'Kết quả thực hiện nhiệm vụ được giao', 40),
 ('QD124', 'MEMBER', 'CAM_KET', 3, 'Thực hiện cam kết tu dưỡng, rèn luyện hằng năm', 15),
 ('QD124', 'MEMBER', 'SINH_HOAT', 4, 'Chấp hành kỷ luật, chế độ sinh hoạt chi bộ', 15);

-- A rating cycle: a committee rates the cells and members of its subtree for a year.
CREATE TABLE rating_cycle (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organization (id),
    rating_year INT NOT NULL,
    regulation_code VARCHAR(20) NOT NULL REFERENCES rating_regulation (code),
    opened_at TIMESTAMP NOT NULL,
    opened_by VARCHAR(200) NOT NULL,
    CONSTRAINT uq_rating_cycle_org_year UNIQUE (organization_id, rating_year)
);

-- One rating of a cell or a member for a year; a decided rating is never edited, a new revision supersedes it.
CREATE TABLE annual_rating (
    id UUID PRIMARY KEY,
    cycle_id UUID NOT NULL REFERENCES rating_cycle (id),
    subject_type VARCHAR(20) NOT NULL,
    subject_id UUID NOT NULL,
    subject_name VARCHAR(300) NOT NULL,
    subject_name_folded VARCHAR(300) NOT NULL,
    unit_org_id UUID NOT NULL REFERENCES organization (id),
    unit_name VARCHAR(300) NOT NULL,
    org_path VARCHAR(4000) NOT NULL,
    rating_year INT NOT NULL,
    regulation_code VARCHAR(20) NOT NULL REFERENCES rating_regulation (code),
    revision INT NOT NULL,
    is_current BOOLEAN NOT NULL,
    state VARCHAR(20) NOT NULL,
    current_level VARCHAR(10),
    self_points NUMERIC(5,2),
    self_level VARCHAR(10),
    self_note VARCHAR(2000),
    tasks_exceeded_pct INT,
    subordinate_disciplined BOOLEAN,
    shortcomings_fixed BOOLEAN,
    self_at TIMESTAMP,
    self_by VARCHAR(200),
    proposed_points NUMERIC(5,2),
    proposed_level VARCHAR(10),
    proposal_note VARCHAR(2000),
    proposed_at TIMESTAMP,
    proposed_by VARCHAR(200),
    final_level VARCHAR(10),
    decision_note VARCHAR(2000),
    decided_at TIMESTAMP,
    decided_by VARCHAR(200),
    decided_by_org_id UUID REFERENCES organization (id),
    supersedes_id UUID REFERENCES annual_rating (id),
    supersede_reason VARCHAR(2000),
    version BIGINT NOT NULL,
    CONSTRAINT uq_annual_rating_revision UNIQUE (subject_type, subject_id, rating_year, revision)
);
CREATE INDEX ix_annual_rating_path_year ON annual_rating (org_path, rating_year);
CREATE INDEX ix_annual_rating_cycle ON annual_rating (cycle_id);

CREATE TABLE annual_rating_score (
    rating_id UUID NOT NULL REFERENCES annual_rating (id),
    criterion_code VARCHAR(40) NOT NULL,
    points NUMERIC(5,2) NOT NULL,
    PRIMARY KEY (rating_id, criterion_code)
);

-- "Chi bộ bốn tốt" / "Đảng bộ cơ sở bốn tốt" (DOMAIN.md 14.3, 18.6 Designation): the four criteria and who decided.
CREATE TABLE designation (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organization (id),
    org_path VARCHAR(4000) NOT NULL,
    designation_year INT NOT NULL,
    kind VARCHAR(30) NOT NULL,
    political_task BOOLEAN NOT NULL,
    meeting_quality BOOLEAN NOT NULL,
    unity_discipline BOOLEAN NOT NULL,
    cadres_members BOOLEAN NOT NULL,
    granted BOOLEAN NOT NULL,
    note VARCHAR(2000),
    decided_by VARCHAR(200) NOT NULL,
    decided_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_designation_org_year_kind UNIQUE (organization_id, designation_year, kind)
);
CREATE INDEX ix_designation_path_year ON designation (org_path, designation_year);
