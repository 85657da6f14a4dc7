-- Issue 10 (budgets): the province dashboard of a year spent most of its time joining the year's meetings
-- with their evaluations (ratings counted, each cell's latest rating). The meeting's evaluation ratings and
-- its scheduled start are copied into its stored facts row, so those figures are summed from meeting_fact
-- like the others. Evaluation writes already invalidate the row (MeetingGuard.writable, and verification
-- bumps the meeting's facts revision); existing rows are filled here from the same tables, so they stay
-- current without a recomputation.
ALTER TABLE meeting_fact ADD COLUMN scheduled_start TIMESTAMP;
-- Null when the meeting has no evaluation; otherwise the self rating (always set) and the verified one.
ALTER TABLE meeting_fact ADD COLUMN self_rating VARCHAR(10);
ALTER TABLE meeting_fact ADD COLUMN verified_rating VARCHAR(10);

UPDATE meeting_fact SET
    scheduled_start = (SELECT m.scheduled_start FROM meeting m WHERE m.id = meeting_fact.meeting_id),
    self_rating = (SELECT e.self_rating FROM evaluation e WHERE e.meeting_id = meeting_fact.meeting_id),
    verified_rating = (SELECT e.verified_rating FROM evaluation e WHERE e.meeting_id = meeting_fact.meeting_id);
ALTER TABLE meeting_fact ALTER COLUMN scheduled_start SET NOT NULL;

-- Overdue tasks (open and past due) are counted per cell on every dashboard read: a few among a province's
-- tasks, found through their status and due date instead of a scan of every task.
CREATE INDEX ix_task_status_due ON task (status, due_date, organization_id);

-- Each cell's latest evaluated meeting of a period is found again by its cell and start.
CREATE INDEX ix_meeting_fact_org_start ON meeting_fact (organization_id, scheduled_start);
