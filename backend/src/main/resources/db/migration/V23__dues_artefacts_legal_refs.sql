-- Issue 12, rules as data.

-- BR-H6: a member with this many months in a year of skipped meetings (absent without reason) or unpaid party
-- dues is flagged to the cell, which must consider proposing removal (QĐ 24-QĐ/TW 8.1).
ALTER TABLE policy_profile ADD COLUMN removal_review_months INTEGER DEFAULT 3 NOT NULL;

-- The alert names the members and months concerned: longer than a count or a date.
ALTER TABLE alert ALTER COLUMN detail SET DATA TYPE VARCHAR(2000);

-- Party dues (đảng phí) as the cell records them, one sheet per cell and month (its version guards concurrent
-- edits of the whole sheet) and one line per member: paid, unpaid, or exempt with a reason.
CREATE TABLE dues_month (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organization (id),
    period VARCHAR(7) NOT NULL,
    version BIGINT NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    recorded_by VARCHAR(200) NOT NULL,
    CONSTRAINT uq_dues_month UNIQUE (organization_id, period)
);
CREATE TABLE dues_entry (
    id UUID PRIMARY KEY,
    dues_month_id UUID NOT NULL REFERENCES dues_month (id),
    member_id UUID NOT NULL REFERENCES member (id),
    status VARCHAR(10) NOT NULL,
    reason VARCHAR(500),
    CONSTRAINT uq_dues_entry UNIQUE (dues_month_id, member_id)
);
CREATE INDEX ix_dues_entry_member ON dues_entry (member_id);

-- BR-P7: the term-start and annual artefacts every cell is expected to have (S003), as policy data: which kinds
-- (comma-separated) and the day of the year (MM-DD) after which a cell still missing one is warned about.
ALTER TABLE policy_profile ADD COLUMN expected_artefacts VARCHAR(200)
    DEFAULT 'WORK_PROGRAMME,INSPECTION_PROGRAMME,TASK_ASSIGNMENT,MEMBER_COMMITMENTS' NOT NULL;
ALTER TABLE policy_profile ADD COLUMN artefacts_due VARCHAR(5) DEFAULT '03-31' NOT NULL;

-- That a cell has an artefact of a kind for a year: the day it was adopted and an optional document reference.
CREATE TABLE cell_artefact (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organization (id),
    kind VARCHAR(40) NOT NULL,
    artefact_year INTEGER NOT NULL,
    adopted_on DATE NOT NULL,
    reference VARCHAR(500),
    recorded_at TIMESTAMP NOT NULL,
    recorded_by VARCHAR(200) NOT NULL,
    CONSTRAINT uq_cell_artefact UNIQUE (organization_id, kind, artefact_year)
);
CREATE INDEX ix_cell_artefact_year ON cell_artefact (artefact_year, kind);

-- BR-D6 (DOMAIN.md 2.3): legal references keyed by (issuer, number, type, date), keeping the citation as written.
-- The issue date stays empty where the sources do not give it.
CREATE TABLE legal_reference (
    id UUID PRIMARY KEY,
    issuer VARCHAR(60) NOT NULL,
    number VARCHAR(60) NOT NULL,
    doc_type VARCHAR(20) NOT NULL,
    issued_on DATE,
    citation VARCHAR(500) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT uq_legal_reference UNIQUE (issuer, number, doc_type, issued_on)
);
-- The references the existing free texts cite, parsed by hand from them (V3, V5, V7).
INSERT INTO legal_reference (id, issuer, number, doc_type, issued_on, citation, created_at) VALUES
('6c1f3a52-0d2b-4e0e-9a31-2f5d0a4b4201', 'BTCTW', '42-HD/BTCTW', 'HUONG_DAN', DATE '2025-10-28',
    'Hướng dẫn 42-HD/BTCTW (28/10/2025)', TIMESTAMP '2026-12-07 00:00:00'),
('6c1f3a52-0d2b-4e0e-9a31-2f5d0a4b4202', 'BTCTW', '12-HD/BTCTW', 'HUONG_DAN', DATE '2012-01-18',
    'Hướng dẫn 12-HD/BTCTW ngày 18/01/2012', TIMESTAMP '2026-12-07 00:00:00'),
('6c1f3a52-0d2b-4e0e-9a31-2f5d0a4b4203', 'TW', '50-CT/TW', 'CHI_THI', NULL, 'Chỉ thị 50-CT/TW',
    TIMESTAMP '2026-12-07 00:00:00'),
('6c1f3a52-0d2b-4e0e-9a31-2f5d0a4b4204', 'ĐUK', '114-KH/ĐUK', 'KE_HOACH', NULL, 'KH 114-KH/ĐUK',
    TIMESTAMP '2026-12-07 00:00:00'),
('6c1f3a52-0d2b-4e0e-9a31-2f5d0a4b4205', 'HU', '01-QĐi/HU', 'QUY_DINH', NULL, 'QĐ 01-QĐi/HU Tam Đường',
    TIMESTAMP '2026-12-07 00:00:00');
-- Policies and scoring templates point at their main reference; legal_basis keeps the raw text.
ALTER TABLE policy_profile ADD COLUMN legal_reference_id UUID REFERENCES legal_reference (id);
ALTER TABLE scoring_template ADD COLUMN legal_reference_id UUID REFERENCES legal_reference (id);
UPDATE policy_profile SET legal_reference_id = '6c1f3a52-0d2b-4e0e-9a31-2f5d0a4b4201' WHERE legal_basis LIKE '%42-HD/BTCTW%';
UPDATE policy_profile SET legal_reference_id = '6c1f3a52-0d2b-4e0e-9a31-2f5d0a4b4202'
    WHERE legal_reference_id IS NULL AND legal_basis LIKE '%12-HD/BTCTW%';
UPDATE scoring_template SET legal_reference_id = '6c1f3a52-0d2b-4e0e-9a31-2f5d0a4b4201' WHERE legal_basis LIKE '%42-HD/BTCTW%';
UPDATE scoring_template SET legal_reference_id = '6c1f3a52-0d2b-4e0e-9a31-2f5d0a4b4202'
    WHERE legal_reference_id IS NULL AND legal_basis LIKE '%12-HD/BTCTW%';
