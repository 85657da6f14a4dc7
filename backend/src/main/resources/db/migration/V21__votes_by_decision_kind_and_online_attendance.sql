-- Issue 12, BR-H8/H9/H10 as policy and vote data.
-- BR-H8: a pass rule per kind of decision. The profile's existing vote_rule stays the rule of ORDINARY decisions;
-- vote_rules holds the other kinds ("ADMISSION=TWO_THIRDS_OF_ELIGIBLE_PRESENT;..."). No existing profile has one:
-- the Charter thresholds were not verified (DOMAIN.md 16 item 8), so such votes are refused until configured.
alter table policy_profile add column vote_rules varchar(400) default '' not null;
-- BR-H9: whether online attendance counts as present; true keeps how meetings were counted so far.
alter table policy_profile add column online_attendance_counts boolean default true not null;
-- Every vote recorded so far decided an ordinary matter under its profile's vote_rule (kept in vote.rule).
alter table vote add column decision_kind varchar(30) default 'ORDINARY' not null;
-- The profile the rule came from; unknown (null) for the votes recorded before.
alter table vote add column policy_id uuid;
-- BR-H10: opinions differed on the motion, and whether further discussion was allowed (null: not recorded).
alter table vote add column opinions_differed boolean default false not null;
alter table vote add column further_discussion boolean;
