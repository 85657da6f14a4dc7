-- Meetings, their records and resolutions, and the rule sets (policies) that judge them.

CREATE TABLE policy_profile (
    id UUID PRIMARY KEY,
    issuer_org_id UUID REFERENCES organization (id),
    issuer_name VARCHAR(300) NOT NULL,
    legal_basis VARCHAR(500),
    valid_from DATE NOT NULL,
    attendance_target_pct INT NOT NULL,
    max_consecutive_excused INT NOT NULL,
    speaking_target_pct INT NOT NULL,
    min_duration_min INT NOT NULL,
    combined_min_duration_min INT NOT NULL,
    document_lead_days INT NOT NULL,
    max_document_bytes BIGINT NOT NULL,
    vote_rule VARCHAR(40) NOT NULL,
    second_regular_in_month VARCHAR(10) NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_policy_issuer ON policy_profile (issuer_org_id);

-- The central default (HD 42-HD/BTCTW era values, DOMAIN.md 18.1); committees issue their own.
INSERT INTO policy_profile (id, issuer_org_id, issuer_name, legal_basis, valid_from, attendance_target_pct,
    max_consecutive_excused, speaking_target_pct, min_duration_min, combined_min_duration_min, document_lead_days,
    max_document_bytes, vote_rule, second_regular_in_month, created_at)
VALUES ('00000000-0000-4000-8000-000000000042', NULL, 'Mặc định toàn quốc',
    'Hướng dẫn 12-HD/BTCTW; Hướng dẫn 42-HD/BTCTW', DATE '2025-01-01', 85, 3, 30, 90, 120, 1, 10485760,
    'MAJORITY_OF_ELIGIBLE_PRESENT', 'WARN', TIMESTAMP '2025-01-01 00:00:00');

CREATE TABLE agenda_template_item (
    id UUID PRIMARY KEY,
    meeting_type VARCHAR(20) NOT NULL,
    position INT NOT NULL,
    part VARCHAR(10) NOT NULL,
    kind VARCHAR(60) NOT NULL,
    title VARCHAR(300) NOT NULL,
    planned_minutes INT
);
CREATE INDEX ix_agenda_template_type ON agenda_template_item (meeting_type);

CREATE TABLE meeting (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organization (id),
    type VARCHAR(20) NOT NULL,
    is_model BOOLEAN NOT NULL,
    mode VARCHAR(20) NOT NULL,
    title VARCHAR(300),
    scheduled_start TIMESTAMP NOT NULL,
    planned_duration_min INT NOT NULL,
    place VARCHAR(300),
    online_link VARCHAR(500),
    chair_id UUID REFERENCES member (id),
    preparer_id UUID REFERENCES member (id),
    minute_taker_id UUID REFERENCES member (id),
    prepares_meeting_id UUID REFERENCES meeting (id),
    status VARCHAR(20) NOT NULL,
    actual_start TIMESTAMP,
    actual_end TIMESTAMP,
    notified_at TIMESTAMP,
    version BIGINT NOT NULL
);
CREATE INDEX ix_meeting_org_start ON meeting (organization_id, scheduled_start);
CREATE INDEX ix_meeting_prepares ON meeting (prepares_meeting_id);

CREATE TABLE meeting_change (
    id UUID PRIMARY KEY,
    meeting_id UUID NOT NULL REFERENCES meeting (id),
    at TIMESTAMP NOT NULL,
    actor VARCHAR(200) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    reason VARCHAR(1000),
    from_start TIMESTAMP,
    to_start TIMESTAMP
);
CREATE INDEX ix_meeting_change_meeting ON meeting_change (meeting_id);

CREATE TABLE agenda_item (
    id UUID PRIMARY KEY,
    meeting_id UUID NOT NULL REFERENCES meeting (id),
    position INT NOT NULL,
    part VARCHAR(10) NOT NULL,
    kind VARCHAR(60) NOT NULL,
    title VARCHAR(300) NOT NULL,
    presenter_id UUID REFERENCES member (id),
    planned_minutes INT
);
CREATE INDEX ix_agenda_item_meeting ON agenda_item (meeting_id);

CREATE TABLE meeting_document (
    id UUID PRIMARY KEY,
    meeting_id UUID NOT NULL REFERENCES meeting (id),
    kind VARCHAR(30) NOT NULL,
    file_name VARCHAR(300) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    published_at TIMESTAMP NOT NULL,
    published_by VARCHAR(200) NOT NULL
);
CREATE INDEX ix_meeting_document_meeting ON meeting_document (meeting_id);

CREATE TABLE attendance (
    id UUID PRIMARY KEY,
    meeting_id UUID NOT NULL REFERENCES meeting (id),
    member_id UUID NOT NULL REFERENCES member (id),
    status VARCHAR(20) NOT NULL,
    reason_category VARCHAR(20),
    reason_text VARCHAR(500),
    recorded_at TIMESTAMP NOT NULL,
    recorded_by VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_attendance UNIQUE (meeting_id, member_id)
);
CREATE INDEX ix_attendance_member ON attendance (member_id);

CREATE TABLE guest (
    id UUID PRIMARY KEY,
    meeting_id UUID NOT NULL REFERENCES meeting (id),
    name VARCHAR(200) NOT NULL,
    role VARCHAR(200),
    organization_name VARCHAR(300)
);
CREATE INDEX ix_guest_meeting ON guest (meeting_id);

CREATE TABLE speech (
    id UUID PRIMARY KEY,
    meeting_id UUID NOT NULL REFERENCES meeting (id),
    member_id UUID REFERENCES member (id),
    guest_id UUID REFERENCES guest (id),
    agenda_item_id UUID REFERENCES agenda_item (id),
    summary VARCHAR(5000),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_speech_meeting ON speech (meeting_id);

CREATE TABLE vote (
    id UUID PRIMARY KEY,
    meeting_id UUID NOT NULL REFERENCES meeting (id),
    subject VARCHAR(500) NOT NULL,
    method VARCHAR(10) NOT NULL,
    for_count INT NOT NULL,
    against_count INT NOT NULL,
    abstain_count INT NOT NULL,
    eligible INT NOT NULL,
    passed BOOLEAN NOT NULL,
    rule VARCHAR(60) NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_vote_meeting ON vote (meeting_id);

CREATE TABLE ballot (
    id UUID PRIMARY KEY,
    vote_id UUID NOT NULL REFERENCES vote (id),
    member_id UUID NOT NULL REFERENCES member (id),
    choice VARCHAR(10) NOT NULL
);
CREATE INDEX ix_ballot_vote ON ballot (vote_id);

CREATE TABLE minutes (
    meeting_id UUID PRIMARY KEY REFERENCES meeting (id),
    free_text VARCHAR(100000),
    conclusions VARCHAR(20000),
    approved_at TIMESTAMP,
    approved_by VARCHAR(200),
    version BIGINT NOT NULL
);

CREATE TABLE minutes_correction (
    id UUID PRIMARY KEY,
    meeting_id UUID NOT NULL REFERENCES meeting (id),
    at TIMESTAMP NOT NULL,
    author VARCHAR(200) NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    text VARCHAR(20000) NOT NULL
);
CREATE INDEX ix_minutes_correction_meeting ON minutes_correction (meeting_id);

CREATE TABLE resolution (
    meeting_id UUID PRIMARY KEY REFERENCES meeting (id),
    kind VARCHAR(20) NOT NULL,
    number VARCHAR(60),
    title VARCHAR(300),
    version BIGINT NOT NULL
);

CREATE TABLE resolution_section (
    id UUID PRIMARY KEY,
    meeting_id UUID NOT NULL REFERENCES meeting (id),
    position INT NOT NULL,
    heading VARCHAR(300) NOT NULL,
    body VARCHAR(50000) NOT NULL
);
CREATE INDEX ix_resolution_section_meeting ON resolution_section (meeting_id);

CREATE TABLE task (
    id UUID PRIMARY KEY,
    meeting_id UUID NOT NULL REFERENCES meeting (id),
    organization_id UUID NOT NULL REFERENCES organization (id),
    title VARCHAR(1000) NOT NULL,
    assignee_kind VARCHAR(20) NOT NULL,
    assignee_member_id UUID REFERENCES member (id),
    assignee_name VARCHAR(300) NOT NULL,
    due_date DATE,
    status VARCHAR(20) NOT NULL,
    result VARCHAR(5000),
    created_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_task_org ON task (organization_id);
CREATE INDEX ix_task_meeting ON task (meeting_id);
CREATE INDEX ix_task_assignee ON task (assignee_member_id);

CREATE TABLE calendar_feed (
    id VARCHAR(80) PRIMARY KEY,
    scope VARCHAR(10) NOT NULL,
    organization_id UUID REFERENCES organization (id),
    username VARCHAR(200) NOT NULL,
    created_at TIMESTAMP NOT NULL
);
