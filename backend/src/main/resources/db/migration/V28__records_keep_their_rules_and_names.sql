-- BR-D2: the policy profile a meeting is judged under, pinned when it is held (MeetingPolicies). Meetings held
-- before are pinned at the first start, in Java: the profile in force on a meeting's day depends on the
-- application's time zone and on the profiles' inheritance (PolicyChain), which SQL would only repeat.
alter table meeting add column policy_profile_id uuid;
alter table meeting add constraint fk_meeting_policy_profile foreign key (policy_profile_id) references policy_profile (id);

-- BR-D1: the parent an organisation left when it moved, so records dated before the move name the upper committee
-- as it was (OrganizationHistory). Moves recorded before keep that parent's name in their note only.
alter table org_lineage add column previous_parent_id uuid;
alter table org_lineage add constraint fk_org_lineage_previous_parent foreign key (previous_parent_id) references organization (id);
