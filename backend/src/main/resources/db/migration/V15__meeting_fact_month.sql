-- Issue 10 (budgets): the committee dashboard of a province summed ~80,000 meeting_fact rows for a year
-- (~6,500 for a month) on every read. Their sums per cell and month are kept here, so the overview and
-- the grid sum ~3,000 (a month) or ~36,000 (a year) small rows instead. A row is the sum of the
-- meeting_fact rows of its cell and month as they are now: MeetingFactStore recomputes the rows of every
-- (cell, month) it writes meeting_fact rows for (before and after the write: a meeting may move), in the
-- same transaction, from meeting_fact itself. This is not a cache keyed on a stamp: a write marks its
-- meetings stale, and the refresh that every dashboard read runs first rewrites their facts and these sums.
CREATE TABLE meeting_fact_month (
    organization_id UUID NOT NULL REFERENCES organization (id),
    -- year * 12 + month - 1, as meeting_fact.month_number
    month_number INT NOT NULL,
    -- held meetings by kind (meeting_fact.held and regular / topical / regular with a pre-meeting)
    regular_held INT NOT NULL,
    topical_held INT NOT NULL,
    regular_with_pre_meeting INT NOT NULL,
    -- held cell meetings with members expected (what attendance is measured on), and their sums
    attended INT NOT NULL,
    expected INT NOT NULL,
    present INT NOT NULL,
    unexcused INT NOT NULL,
    above_target INT NOT NULL,
    -- held meetings with somebody present (what the speaking rate is measured on), and those at target
    spoken INT NOT NULL,
    spoken_at_target INT NOT NULL,
    -- held meetings' evaluations by self and by verified rating (the levels of evaluation.Rating)
    self_good INT NOT NULL,
    self_fair INT NOT NULL,
    self_average INT NOT NULL,
    self_poor INT NOT NULL,
    verified_good INT NOT NULL,
    verified_fair INT NOT NULL,
    verified_average INT NOT NULL,
    verified_poor INT NOT NULL,
    -- the month's latest evaluated meeting (by scheduled start) and its rating, verified else self
    last_rated_start TIMESTAMP,
    last_rating VARCHAR(10),
    PRIMARY KEY (organization_id, month_number)
);
-- A subtree's period: its cells' rows by month.
CREATE INDEX ix_meeting_fact_month_month ON meeting_fact_month (month_number, organization_id);

-- The backfill: the statement MeetingFactStore runs for the pairs it recomputes, over every pair
-- (MeetingFactMonthBackfillTest runs it again and compares the figures).
INSERT INTO meeting_fact_month (organization_id, month_number, regular_held, topical_held, regular_with_pre_meeting,
    attended, expected, present, unexcused, above_target, spoken, spoken_at_target,
    self_good, self_fair, self_average, self_poor, verified_good, verified_fair, verified_average, verified_poor,
    last_rated_start, last_rating)
SELECT f.organization_id, f.month_number,
    SUM(CASE WHEN f.held AND f.regular THEN 1 ELSE 0 END),
    SUM(CASE WHEN f.held AND f.topical THEN 1 ELSE 0 END),
    SUM(CASE WHEN f.held AND f.regular AND f.has_pre_meeting THEN 1 ELSE 0 END),
    SUM(CASE WHEN f.held AND f.cell_meeting AND f.expected > 0 THEN 1 ELSE 0 END),
    SUM(CASE WHEN f.held AND f.cell_meeting AND f.expected > 0 THEN f.expected ELSE 0 END),
    SUM(CASE WHEN f.held AND f.cell_meeting AND f.expected > 0 THEN f.present ELSE 0 END),
    SUM(CASE WHEN f.held AND f.cell_meeting AND f.expected > 0 THEN f.unexcused ELSE 0 END),
    SUM(CASE WHEN f.held AND f.cell_meeting AND f.expected > 0 AND f.attendance_above_target THEN 1 ELSE 0 END),
    SUM(CASE WHEN f.held AND f.present > 0 THEN 1 ELSE 0 END),
    SUM(CASE WHEN f.held AND f.present > 0 AND f.speaking_at_target THEN 1 ELSE 0 END),
    SUM(CASE WHEN f.held AND f.self_rating = 'GOOD' THEN 1 ELSE 0 END),
    SUM(CASE WHEN f.held AND f.self_rating = 'FAIR' THEN 1 ELSE 0 END),
    SUM(CASE WHEN f.held AND f.self_rating = 'AVERAGE' THEN 1 ELSE 0 END),
    SUM(CASE WHEN f.held AND f.self_rating = 'POOR' THEN 1 ELSE 0 END),
    SUM(CASE WHEN f.held AND f.verified_rating = 'GOOD' THEN 1 ELSE 0 END),
    SUM(CASE WHEN f.held AND f.verified_rating = 'FAIR' THEN 1 ELSE 0 END),
    SUM(CASE WHEN f.held AND f.verified_rating = 'AVERAGE' THEN 1 ELSE 0 END),
    SUM(CASE WHEN f.held AND f.verified_rating = 'POOR' THEN 1 ELSE 0 END),
    MAX(CASE WHEN f.self_rating IS NOT NULL THEN f.scheduled_start END),
    (SELECT COALESCE(l.verified_rating, l.self_rating) FROM meeting_fact l
        WHERE l.organization_id = f.organization_id AND l.month_number = f.month_number AND l.self_rating IS NOT NULL
        ORDER BY l.scheduled_start DESC, l.meeting_id FETCH FIRST 1 ROW ONLY)
FROM meeting_fact f
GROUP BY f.organization_id, f.month_number;
