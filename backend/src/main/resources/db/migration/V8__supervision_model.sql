-- Model-meeting programmes (sinh hoạt chi bộ mẫu) and supervision (dự, theo dõi, hướng dẫn):
-- teams, monthly assignments, visits and the half-year and annual reports.
-- YEAR and MONTH are reserved words in H2 2.x, so the columns are plan_year, report_year and plan_month.

CREATE TABLE model_programme (
    id UUID PRIMARY KEY,
    committee_org_id UUID NOT NULL REFERENCES organization (id),
    plan_year INT NOT NULL,
    quarter INT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    updated_by VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_model_programme UNIQUE (committee_org_id, plan_year)
);

CREATE TABLE model_selection (
    id UUID PRIMARY KEY,
    programme_id UUID NOT NULL REFERENCES model_programme (id),
    cell_org_id UUID NOT NULL REFERENCES organization (id),
    kind VARCHAR(10) NOT NULL,
    meeting_id UUID REFERENCES meeting (id),
    position INT NOT NULL,
    invitees VARCHAR(200) NOT NULL,
    invitee_note VARCHAR(1000),
    appraisal VARCHAR(5000),
    appraised_by VARCHAR(200),
    appraised_at TIMESTAMP,
    strengths VARCHAR(5000),
    weaknesses VARCHAR(5000),
    actions VARCHAR(5000),
    lessons_by VARCHAR(200),
    lessons_shared_at TIMESTAMP,
    CONSTRAINT uq_model_selection_cell UNIQUE (programme_id, cell_org_id)
);
CREATE INDEX ix_model_selection_programme ON model_selection (programme_id);
CREATE INDEX ix_model_selection_cell ON model_selection (cell_org_id);

CREATE TABLE supervision_team (
    id UUID PRIMARY KEY,
    committee_org_id UUID NOT NULL REFERENCES organization (id),
    name VARCHAR(300) NOT NULL,
    leader_username VARCHAR(200) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_supervision_team_committee ON supervision_team (committee_org_id);

CREATE TABLE supervision_team_member (
    id UUID PRIMARY KEY,
    team_id UUID NOT NULL REFERENCES supervision_team (id),
    username VARCHAR(200) NOT NULL,
    display_name VARCHAR(300),
    position INT NOT NULL,
    CONSTRAINT uq_supervision_team_member UNIQUE (team_id, username)
);
CREATE INDEX ix_supervision_team_member_user ON supervision_team_member (username);

-- The monthly assignment of team members to cells (on top of the standing supervision_assignment).
CREATE TABLE supervision_month (
    id UUID PRIMARY KEY,
    team_id UUID NOT NULL REFERENCES supervision_team (id),
    plan_month VARCHAR(7) NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    updated_by VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_supervision_month UNIQUE (team_id, plan_month)
);

CREATE TABLE supervision_month_entry (
    id UUID PRIMARY KEY,
    month_id UUID NOT NULL REFERENCES supervision_month (id),
    username VARCHAR(200) NOT NULL,
    cell_org_id UUID NOT NULL REFERENCES organization (id),
    CONSTRAINT uq_supervision_month_entry UNIQUE (month_id, username, cell_org_id)
);
CREATE INDEX ix_supervision_month_entry_user ON supervision_month_entry (username);
CREATE INDEX ix_supervision_month_entry_cell ON supervision_month_entry (cell_org_id);

CREATE TABLE supervision_visit (
    id UUID PRIMARY KEY,
    meeting_id UUID NOT NULL REFERENCES meeting (id),
    cell_org_id UUID NOT NULL REFERENCES organization (id),
    supervisor_username VARCHAR(200) NOT NULL,
    supervisor_name VARCHAR(300),
    basis VARCHAR(20) NOT NULL,
    visited_on DATE NOT NULL,
    comments VARCHAR(5000),
    problems VARCHAR(21000),
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT uq_supervision_visit UNIQUE (meeting_id, supervisor_username)
);
CREATE INDEX ix_supervision_visit_cell ON supervision_visit (cell_org_id, visited_on);
CREATE INDEX ix_supervision_visit_user ON supervision_visit (supervisor_username, visited_on);

CREATE TABLE supervision_report (
    id UUID PRIMARY KEY,
    committee_org_id UUID NOT NULL REFERENCES organization (id),
    report_year INT NOT NULL,
    kind VARCHAR(10) NOT NULL,
    author VARCHAR(200) NOT NULL,
    author_name VARCHAR(300),
    status VARCHAR(10) NOT NULL,
    body VARCHAR(20000) NOT NULL,
    visit_count INT NOT NULL,
    cell_count INT NOT NULL,
    problem_count INT NOT NULL,
    due_date DATE NOT NULL,
    created_at TIMESTAMP NOT NULL,
    submitted_at TIMESTAMP,
    version BIGINT NOT NULL,
    CONSTRAINT uq_supervision_report UNIQUE (committee_org_id, report_year, kind, author)
);
CREATE INDEX ix_supervision_report_committee ON supervision_report (committee_org_id, report_year);
