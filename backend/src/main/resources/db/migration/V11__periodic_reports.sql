-- Periodic reports a committee sends to the committee above it (DOMAIN.md 6.2, 18.6; BR-S2): quarterly, six-month,
-- annual, and the results of the model meetings; their due dates are policy data inherited down the tree.

-- S004 asks for a quarterly report without a day: the default is the 5th day after the quarter ends. S002 gives the
-- six-month (before 20/6) and annual (before 10/12) days; the model-meeting report follows the programme's quarter.
ALTER TABLE policy_profile ADD COLUMN report_quarter_due_days INT DEFAULT 5 NOT NULL;
ALTER TABLE policy_profile ADD COLUMN report_half_year_due VARCHAR(5) DEFAULT '06-20' NOT NULL;
ALTER TABLE policy_profile ADD COLUMN report_annual_due VARCHAR(5) DEFAULT '12-10' NOT NULL;
ALTER TABLE policy_profile ADD COLUMN report_model_due_days INT DEFAULT 15 NOT NULL;

-- Which kinds of node send periodic reports upward (S004: chi bộ cơ sở and đảng bộ cơ sở to the district, and
-- the district and commune committees above them): data of the node types, as the grassroots flag is.
ALTER TABLE org_type ADD COLUMN reports_upward BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE org_type SET reports_upward = TRUE
 WHERE code IN ('DANG_BO_CAP_TREN_CO_SO', 'DANG_BO_XA', 'DANG_BO_CO_SO', 'CHI_BO_CO_SO');

-- One report per organisation, kind and period: editable while DRAFT, frozen once SUBMITTED. Its current
-- content is the latest revision; every submission and resubmission is also kept in periodic_report_revision.
CREATE TABLE periodic_report (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organization (id),
    recipient_org_id UUID NOT NULL REFERENCES organization (id),
    org_path VARCHAR(4000) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    period VARCHAR(10) NOT NULL,
    due_date DATE NOT NULL,
    status VARCHAR(12) NOT NULL,
    revision INT NOT NULL,
    document_number VARCHAR(60),
    place VARCHAR(200),
    results VARCHAR(20000),
    shortcomings VARCHAR(20000),
    causes VARCHAR(20000),
    lessons VARCHAR(20000),
    directions VARCHAR(20000),
    figures VARCHAR(100000),
    submitted_at TIMESTAMP,
    submitted_by VARCHAR(200),
    late BOOLEAN DEFAULT FALSE NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR(200) NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    updated_by VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_periodic_report UNIQUE (organization_id, kind, period)
);
CREATE INDEX ix_periodic_report_recipient ON periodic_report (recipient_org_id, kind, period);
CREATE INDEX ix_periodic_report_path ON periodic_report (org_path, kind, period);

CREATE TABLE periodic_report_revision (
    id UUID PRIMARY KEY,
    report_id UUID NOT NULL REFERENCES periodic_report (id),
    revision INT NOT NULL,
    reason VARCHAR(2000),
    due_date DATE NOT NULL,
    late BOOLEAN NOT NULL,
    document_number VARCHAR(60),
    place VARCHAR(200),
    results VARCHAR(20000),
    shortcomings VARCHAR(20000),
    causes VARCHAR(20000),
    lessons VARCHAR(20000),
    directions VARCHAR(20000),
    figures VARCHAR(100000) NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    submitted_by VARCHAR(200) NOT NULL,
    CONSTRAINT uq_periodic_report_revision UNIQUE (report_id, revision)
);
