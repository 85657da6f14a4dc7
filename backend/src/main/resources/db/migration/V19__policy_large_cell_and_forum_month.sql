-- Rules that were constants in code or missing, as dated policy data (issue 12):
-- BR-R1's optional large-cell rule (a cell expecting at least large_cell_members members meets for at least
-- large_cell_min_duration_min minutes; null: the rule is off) and BR-P5's month from which the year's forums are
-- warned about while they fall short (it was December in code).
alter table policy_profile add column large_cell_members integer;
alter table policy_profile add column large_cell_min_duration_min integer default 120 not null;
alter table policy_profile add column forum_warn_month integer default 12 not null;
