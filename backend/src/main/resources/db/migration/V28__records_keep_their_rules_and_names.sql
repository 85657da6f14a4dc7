-- BR-D2: the policy profile a meeting is judged under, pinned when it is held (MeetingPolicies). Meetings held
-- before are pinned at the first start, in Java: the profile in force on a meeting's day depends on the
-- application's time zone and on the profiles' inheritance (PolicyChain), which SQL would only repeat.
alter table meeting add column policy_profile_id uuid;
alter table meeting add constraint fk_meeting_policy_profile foreign key (policy_profile_id) references policy_profile (id);
