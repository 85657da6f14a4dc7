-- Portable SQL: runs unchanged on H2 and PostgreSQL.

CREATE TABLE org_type (
    code VARCHAR(40) PRIMARY KEY,
    label_vi VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    holds_meetings_default BOOLEAN NOT NULL,
    sort_order INT NOT NULL
);

CREATE TABLE org_category (
    code VARCHAR(40) PRIMARY KEY,
    label_vi VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    sort_order INT NOT NULL
);

CREATE TABLE organization (
    id UUID PRIMARY KEY,
    name VARCHAR(300) NOT NULL,
    name_folded VARCHAR(300) NOT NULL,
    short_name VARCHAR(100),
    type_code VARCHAR(40) NOT NULL REFERENCES org_type (code),
    category_code VARCHAR(40) NOT NULL REFERENCES org_category (code),
    parent_id UUID REFERENCES organization (id),
    path VARCHAR(4000) NOT NULL,
    depth INT NOT NULL,
    holds_meetings BOOLEAN NOT NULL,
    has_committee BOOLEAN NOT NULL,
    code VARCHAR(60),
    valid_from DATE NOT NULL,
    valid_to DATE,
    version BIGINT NOT NULL
);
CREATE INDEX ix_organization_parent ON organization (parent_id);
CREATE INDEX ix_organization_path ON organization (path);
CREATE INDEX ix_organization_name_folded ON organization (name_folded);

CREATE TABLE org_lineage (
    id UUID PRIMARY KEY,
    from_org_id UUID NOT NULL REFERENCES organization (id),
    to_org_id UUID NOT NULL REFERENCES organization (id),
    event VARCHAR(30) NOT NULL,
    effective_date DATE NOT NULL,
    decision_ref VARCHAR(200),
    note VARCHAR(1000)
);
CREATE INDEX ix_org_lineage_from ON org_lineage (from_org_id);
CREATE INDEX ix_org_lineage_to ON org_lineage (to_org_id);

CREATE TABLE member (
    id UUID PRIMARY KEY,
    full_name VARCHAR(200) NOT NULL,
    name_folded VARCHAR(200) NOT NULL,
    birth_year INT,
    gender VARCHAR(10) NOT NULL,
    card_number VARCHAR(20),
    admission_date DATE NOT NULL,
    official_date DATE,
    username VARCHAR(200),
    version BIGINT NOT NULL,
    CONSTRAINT uq_member_card_number UNIQUE (card_number),
    CONSTRAINT uq_member_username UNIQUE (username)
);
CREATE INDEX ix_member_name_folded ON member (name_folded);

CREATE TABLE membership (
    id UUID PRIMARY KEY,
    member_id UUID NOT NULL REFERENCES member (id),
    organization_id UUID NOT NULL REFERENCES organization (id),
    kind VARCHAR(20) NOT NULL,
    valid_from DATE NOT NULL,
    valid_to DATE,
    decision_ref VARCHAR(200)
);
CREATE INDEX ix_membership_member ON membership (member_id);
CREATE INDEX ix_membership_organization ON membership (organization_id);

CREATE TABLE exemption (
    id UUID PRIMARY KEY,
    member_id UUID NOT NULL REFERENCES member (id),
    reason VARCHAR(20) NOT NULL,
    note VARCHAR(1000),
    resolution_ref VARCHAR(200),
    valid_from DATE NOT NULL,
    valid_to DATE
);
CREATE INDEX ix_exemption_member ON exemption (member_id);

CREATE TABLE position_held (
    id UUID PRIMARY KEY,
    member_id UUID NOT NULL REFERENCES member (id),
    organization_id UUID NOT NULL REFERENCES organization (id),
    position VARCHAR(30) NOT NULL,
    valid_from DATE NOT NULL,
    valid_to DATE
);
CREATE INDEX ix_position_member ON position_held (member_id);
CREATE INDEX ix_position_organization ON position_held (organization_id);

CREATE TABLE appointment (
    id UUID PRIMARY KEY,
    username VARCHAR(200) NOT NULL,
    organization_id UUID NOT NULL REFERENCES organization (id),
    role VARCHAR(20) NOT NULL,
    valid_from DATE NOT NULL,
    valid_to DATE
);
CREATE INDEX ix_appointment_username ON appointment (username);
CREATE INDEX ix_appointment_organization ON appointment (organization_id);

CREATE TABLE audit_entry (
    id UUID PRIMARY KEY,
    at TIMESTAMP NOT NULL,
    actor VARCHAR(200) NOT NULL,
    entity_type VARCHAR(60) NOT NULL,
    entity_id UUID NOT NULL,
    organization_id UUID,
    org_path VARCHAR(4000),
    action VARCHAR(60) NOT NULL,
    changes VARCHAR(100000)
);
CREATE INDEX ix_audit_entity ON audit_entry (entity_id);
CREATE INDEX ix_audit_org_path ON audit_entry (org_path);
CREATE INDEX ix_audit_at ON audit_entry (at);

CREATE TABLE import_batch (
    id UUID PRIMARY KEY,
    kind VARCHAR(20) NOT NULL,
    organization_id UUID NOT NULL REFERENCES organization (id),
    file_name VARCHAR(300) NOT NULL,
    status VARCHAR(20) NOT NULL,
    created_by VARCHAR(200) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL
);

CREATE TABLE import_row (
    id UUID PRIMARY KEY,
    batch_id UUID NOT NULL REFERENCES import_batch (id),
    row_number INT NOT NULL,
    values_json VARCHAR(20000) NOT NULL,
    errors_json VARCHAR(20000) NOT NULL
);
CREATE INDEX ix_import_row_batch ON import_row (batch_id);
