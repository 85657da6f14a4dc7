-- Records a committee would sign (DOMAIN.md 11.2, 11.3; BR-R3).

-- The locality printed in a record's date line ("Bình Lư, ngày ..."): organisation data, inherited by a cell from its
-- nearest ancestor that has one. Never the meeting's venue.
ALTER TABLE organization ADD COLUMN locality VARCHAR(120);

-- The number of each record, one series per cell, kind (BB minutes, NQ resolution, KL conclusion) and year, taken at
-- approval. The unique key makes a duplicate impossible even if two approvals slip past the organisation's row lock.
CREATE TABLE record_number (
    meeting_id UUID NOT NULL REFERENCES meeting (id),
    organization_id UUID NOT NULL REFERENCES organization (id),
    series VARCHAR(4) NOT NULL,
    number_year INT NOT NULL,
    seq INT NOT NULL,
    CONSTRAINT pk_record_number PRIMARY KEY (meeting_id, series),
    CONSTRAINT uq_record_number UNIQUE (organization_id, series, number_year, seq)
);

-- The signatures taken at approval: the chair (on behalf of the cell) and the minute-taker, as they were that day; a
-- later change of post or name does not change a signed record.
ALTER TABLE minutes ADD COLUMN chair_role VARCHAR(80);
ALTER TABLE minutes ADD COLUMN chair_name VARCHAR(200);
ALTER TABLE minutes ADD COLUMN chair_member_id UUID;
ALTER TABLE minutes ADD COLUMN minute_taker_name VARCHAR(200);
ALTER TABLE minutes ADD COLUMN minute_taker_member_id UUID;
