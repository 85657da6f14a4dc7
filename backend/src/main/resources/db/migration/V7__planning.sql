-- Issue 5: planning and oversight. Policy profiles gain validity and the planning rules; topical plans,
-- pushed topics, monthly schedules and alerts.

ALTER TABLE policy_profile ADD COLUMN valid_to DATE;
ALTER TABLE policy_profile ADD COLUMN topical_per_quarter INT DEFAULT 1 NOT NULL;
ALTER TABLE policy_profile ADD COLUMN forums_per_year_min INT DEFAULT 1 NOT NULL;
ALTER TABLE policy_profile ADD COLUMN forums_per_year_max INT DEFAULT 2 NOT NULL;
ALTER TABLE policy_profile ADD COLUMN model_cell_threshold INT DEFAULT 8 NOT NULL;
ALTER TABLE policy_profile ADD COLUMN model_below_threshold INT DEFAULT 1 NOT NULL;
ALTER TABLE policy_profile ADD COLUMN model_at_or_above_threshold INT DEFAULT 2 NOT NULL;
ALTER TABLE policy_profile ADD COLUMN model_quarter INT DEFAULT 1 NOT NULL;
ALTER TABLE policy_profile ADD COLUMN topical_plan_due VARCHAR(5) DEFAULT '02-05' NOT NULL;
ALTER TABLE policy_profile ADD COLUMN monthly_schedule_due_day INT DEFAULT 2 NOT NULL;
ALTER TABLE policy_profile ADD COLUMN regular_warn_day INT DEFAULT 20 NOT NULL;
ALTER TABLE policy_profile ADD COLUMN supervisor_half_year_due VARCHAR(5) DEFAULT '06-20' NOT NULL;
ALTER TABLE policy_profile ADD COLUMN supervisor_annual_due VARCHAR(5) DEFAULT '12-10' NOT NULL;
ALTER TABLE policy_profile ADD COLUMN visits_per_quarter INT DEFAULT 1 NOT NULL;
ALTER TABLE policy_profile ADD COLUMN empty_quarter_rule VARCHAR(10) DEFAULT 'WARN' NOT NULL;

-- The HD 42 era starts with Hướng dẫn 42-HD/BTCTW (28/10/2025); before it, the Lai Châu practice of
-- 2018-2024 (HD 12-HD/BTCTW, KH 114-KH/ĐUK, Tam Đường rules: plan by 05/02, schedule by the 2nd,
-- supervisors' reports 20/6 and 10/12, a topical session every quarter required).
UPDATE policy_profile SET issuer_name = 'Trung ương: giai đoạn Hướng dẫn 42-HD/BTCTW',
    legal_basis = 'Chỉ thị 50-CT/TW; Hướng dẫn 42-HD/BTCTW (28/10/2025)', valid_from = DATE '2025-10-28'
WHERE id = '00000000-0000-4000-8000-000000000042';

INSERT INTO policy_profile (id, issuer_org_id, issuer_name, legal_basis, valid_from, valid_to, attendance_target_pct,
    max_consecutive_excused, speaking_target_pct, min_duration_min, combined_min_duration_min, document_lead_days,
    max_document_bytes, vote_rule, second_regular_in_month, created_at, verification_due_days, topical_per_quarter,
    forums_per_year_min, forums_per_year_max, model_cell_threshold, model_below_threshold,
    model_at_or_above_threshold, model_quarter, topical_plan_due, monthly_schedule_due_day, regular_warn_day,
    supervisor_half_year_due, supervisor_annual_due, visits_per_quarter, empty_quarter_rule)
VALUES ('00000000-0000-4000-8000-000000002018', NULL, 'Thực tiễn Lai Châu 2018-2024',
    'Hướng dẫn 12-HD/BTCTW; KH 114-KH/ĐUK; QĐ 01-QĐi/HU Tam Đường', DATE '2018-07-06', DATE '2025-10-27',
    85, 3, 30, 90, 120, 1, 10485760, 'MAJORITY_OF_ELIGIBLE_PRESENT', 'WARN', TIMESTAMP '2025-01-01 00:00:00', 7, 1,
    1, 2, 8, 1, 2, 1, '02-05', 2, 20, '06-20', '12-10', 1, 'REFUSE');

CREATE TABLE topic_group (
    code VARCHAR(40) PRIMARY KEY,
    label_vi VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    position INT NOT NULL
);
INSERT INTO topic_group (code, label_vi, label_en, position) VALUES
 ('HCM_CT05', 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'Studying and following Ho Chi Minh', 1),
 ('CHONG_SUY_THOAI', 'Phòng, chống suy thoái, "tự diễn biến", "tự chuyển hóa"', 'Preventing degradation and self-evolution', 2),
 ('XAY_DUNG_CHI_BO_DON_VI', 'Xây dựng chi bộ, cơ quan, đơn vị vững mạnh; nông thôn mới; đô thị văn minh', 'Building a strong cell and unit', 3),
 ('CHONG_THAM_NHUNG', 'Phòng, chống tham nhũng, lãng phí, tiêu cực', 'Fighting corruption, waste and negativity', 4),
 ('TUYEN_TRUYEN_VAN_BAN', 'Tuyên truyền, triển khai chỉ thị, nghị quyết, pháp luật', 'Propagating directives, resolutions and laws', 5),
 ('CHUYEN_MON', 'Nâng cao chất lượng công tác chuyên môn', 'Raising the quality of professional work', 6),
 ('GIAO_DUC_TRUYEN_THONG', 'Giáo dục truyền thống', 'Education in traditions', 7),
 ('VAN_DE_PHUC_TAP', 'Giải quyết vấn đề phức tạp trên địa bàn', 'Resolving complex local issues', 8),
 ('CAN_BO_DANG_VIEN', 'Đào tạo, bồi dưỡng, phát triển, quản lý đảng viên', 'Training, admitting and managing members', 9),
 ('KHAC', 'Nội dung khác', 'Other content', 10);

CREATE TABLE pushed_topic (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organization (id),
    plan_year INT NOT NULL,
    plan_quarter INT NOT NULL,
    topic_group_code VARCHAR(40) NOT NULL REFERENCES topic_group (code),
    title VARCHAR(300) NOT NULL,
    materials VARCHAR(4000),
    created_by VARCHAR(200) NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_pushed_topic_org ON pushed_topic (organization_id, plan_year);

CREATE TABLE topical_plan (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organization (id),
    plan_year INT NOT NULL,
    status VARCHAR(20) NOT NULL,
    due_date DATE NOT NULL,
    policy_id UUID NOT NULL REFERENCES policy_profile (id),
    submitted_at TIMESTAMP,
    decided_at TIMESTAMP,
    decided_by VARCHAR(200),
    version BIGINT NOT NULL,
    CONSTRAINT uq_topical_plan UNIQUE (organization_id, plan_year)
);
CREATE INDEX ix_topical_plan_year ON topical_plan (plan_year);

CREATE TABLE topical_plan_item (
    id UUID PRIMARY KEY,
    plan_id UUID NOT NULL REFERENCES topical_plan (id),
    position INT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    planned_month INT NOT NULL,
    topic_group_code VARCHAR(40) NOT NULL REFERENCES topic_group (code),
    title VARCHAR(300) NOT NULL,
    purpose VARCHAR(2000),
    presenter_id UUID REFERENCES member (id),
    pushed_topic_id UUID REFERENCES pushed_topic (id),
    meeting_id UUID REFERENCES meeting (id)
);
CREATE INDEX ix_topical_plan_item_plan ON topical_plan_item (plan_id);
CREATE INDEX ix_topical_plan_item_pushed ON topical_plan_item (pushed_topic_id);

CREATE TABLE topical_plan_event (
    id UUID PRIMARY KEY,
    plan_id UUID NOT NULL REFERENCES topical_plan (id),
    action VARCHAR(20) NOT NULL,
    actor VARCHAR(200) NOT NULL,
    happened_at TIMESTAMP NOT NULL,
    comment VARCHAR(2000)
);
CREATE INDEX ix_topical_plan_event_plan ON topical_plan_event (plan_id);

CREATE TABLE monthly_schedule (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organization (id),
    schedule_month VARCHAR(7) NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    sent_by VARCHAR(200) NOT NULL,
    entry_count INT NOT NULL,
    gap_count INT NOT NULL,
    CONSTRAINT uq_monthly_schedule UNIQUE (organization_id, schedule_month)
);

CREATE TABLE monthly_schedule_recipient (
    id UUID PRIMARY KEY,
    schedule_id UUID NOT NULL REFERENCES monthly_schedule (id),
    username VARCHAR(200) NOT NULL,
    reason VARCHAR(20) NOT NULL
);
CREATE INDEX ix_schedule_recipient ON monthly_schedule_recipient (schedule_id);

-- One row per organisation, kind and period: the daily job reopens or resolves it, never duplicates it.
CREATE TABLE alert (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organization (id),
    kind VARCHAR(40) NOT NULL,
    period VARCHAR(10) NOT NULL,
    severity VARCHAR(10) NOT NULL,
    severity_rank INT NOT NULL,
    state VARCHAR(12) NOT NULL,
    org_path VARCHAR(1000) NOT NULL,
    detail VARCHAR(200),
    policy_id UUID NOT NULL REFERENCES policy_profile (id),
    raised_at TIMESTAMP NOT NULL,
    resolved_at TIMESTAMP,
    acknowledged_at TIMESTAMP,
    acknowledged_by VARCHAR(200),
    CONSTRAINT uq_alert UNIQUE (organization_id, kind, period)
);
-- Listing pages a subtree's alerts by state, most severe and newest first: the first index serves a large
-- subtree without sorting, the second a small one.
CREATE INDEX ix_alert_state_order ON alert (state, severity_rank DESC, raised_at DESC, id DESC);
CREATE INDEX ix_alert_path ON alert (org_path, state);
