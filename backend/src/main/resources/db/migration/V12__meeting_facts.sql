-- Issue 10 (budgets): the summary figures of each meeting that the committee roll-ups need, kept as rows
-- so a province dashboard sums them in SQL instead of recomputing every meeting's attendance on each read.
-- A row is a cache of MeetingFactsReader's result: it is valid while its revision equals the meeting's
-- facts_revision, which every write that can change those facts bumps (meeting records, tasks, memberships
-- and exemptions of the cell, policy profiles, moves in the tree). Stale or missing rows are recomputed on read.
ALTER TABLE meeting ADD COLUMN facts_revision BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE meeting_fact (
    meeting_id UUID PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    organization_id UUID NOT NULL REFERENCES organization (id),
    meeting_day DATE NOT NULL,
    -- year * 12 + month - 1 of meeting_day: months and quarters of a period are grouped on it
    month_number INT NOT NULL,
    type VARCHAR(20) NOT NULL,
    regular BOOLEAN NOT NULL,
    topical BOOLEAN NOT NULL,
    cell_meeting BOOLEAN NOT NULL,
    status VARCHAR(20) NOT NULL,
    held BOOLEAN NOT NULL,
    duration_minutes INT,
    expected INT NOT NULL,
    present INT NOT NULL,
    excused INT NOT NULL,
    unexcused INT NOT NULL,
    not_recorded INT NOT NULL,
    exempt INT NOT NULL,
    speakers INT NOT NULL,
    has_pre_meeting BOOLEAN NOT NULL,
    -- against the policy profile governing the cell on the meeting's day (its data, not a constant)
    attendance_above_target BOOLEAN NOT NULL,
    speaking_at_target BOOLEAN NOT NULL,
    revision BIGINT NOT NULL
);
CREATE INDEX ix_meeting_fact_org_day ON meeting_fact (organization_id, meeting_day);
CREATE INDEX ix_meeting_fact_day ON meeting_fact (meeting_day);
-- Finding the stale rows of a period scans its meetings by day, whatever their cell.
CREATE INDEX ix_meeting_start ON meeting (scheduled_start);
