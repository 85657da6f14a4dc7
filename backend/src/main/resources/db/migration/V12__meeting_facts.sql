-- Issue 10 (budgets): the summary figures of each meeting that the committee roll-ups need, kept as rows
-- so a province dashboard sums them in SQL instead of recomputing every meeting's attendance on each read.
-- A row is a cache of MeetingFactsReader's result: it is valid while its revision equals the meeting's
-- facts_revision, which every write that can change those facts bumps (meeting records, tasks, memberships
-- and exemptions of the cell, policy profiles, moves in the tree). The bump also sets facts_stale, cleared
-- once a row of that revision is stored: a new meeting starts stale. Stale rows are recomputed on read, found
-- through the index on the flag rather than by comparing every meeting of a period with its row.
ALTER TABLE meeting ADD COLUMN facts_revision BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE meeting ADD COLUMN facts_stale BOOLEAN DEFAULT TRUE NOT NULL;
CREATE INDEX ix_meeting_facts_stale ON meeting (facts_stale);

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
-- A month of a subtree's meetings read at once (a first fill, a new profile), whatever their cell.
CREATE INDEX ix_meeting_start ON meeting (scheduled_start);
-- The dashboard counts the evaluations waiting for verification: a few hundred among a province's tens of thousands.
CREATE INDEX ix_evaluation_status ON evaluation (status);
