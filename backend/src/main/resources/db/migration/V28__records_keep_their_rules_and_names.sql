-- BR-D2: the policy profile a meeting is judged under, pinned when it is held (MeetingPolicies). Meetings held
-- before are pinned at the first start, in Java: the profile in force on a meeting's day depends on the
-- application's time zone and on the profiles' inheritance (PolicyChain), which SQL would only repeat.
alter table meeting add column policy_profile_id uuid;
alter table meeting add constraint fk_meeting_policy_profile foreign key (policy_profile_id) references policy_profile (id);

-- BR-D1: the parent an organisation left when it moved, so records dated before the move name the upper committee
-- as it was (OrganizationHistory). Moves recorded before keep that parent's name in their note only.
alter table org_lineage add column previous_parent_id uuid;
alter table org_lineage add constraint fk_org_lineage_previous_parent foreign key (previous_parent_id) references organization (id);

-- BR-P7: the artefacts expected once per term (nhiệm kỳ) rather than each year (none unless a committee says so), and
-- the term: a year one starts (the congress year) and its length. A term artefact is recorded for its term's first year.
alter table policy_profile add column term_artefacts varchar(200) default '' not null;
alter table policy_profile add column term_start_year integer default 2025 not null;
alter table policy_profile add column term_years integer default 5 not null;
