-- Issue 12: rules of DOMAIN.md 19.2 and 19.4 as data.
-- BR-M2: who may prepare a meeting. HD 12 (the Lai Châu practice up to 27/10/2025): the secretary or the deputy;
-- HD 42 (the national profile from 28/10/2025): a person the secretary assigns, the assignment recorded.
alter table policy_profile add column preparer_rule varchar(30) default 'SECRETARY_OR_DEPUTY' not null;
update policy_profile set preparer_rule = 'ASSIGNED_BY_SECRETARY' where id = '00000000-0000-4000-8000-000000000042';
-- BR-R5: days after the meeting by which the final documents and resolution are published and sent above.
alter table policy_profile add column post_publish_deadline_days integer default 2 not null;

-- BR-M2 evidence: who assigned the preparer, when.
alter table meeting add column preparer_assigned_by_id uuid;
alter table meeting add constraint fk_meeting_preparer_assigned_by foreign key (preparer_assigned_by_id) references member (id);
alter table meeting add column preparer_assigned_at timestamp;
-- BR-R5 evidence: when and by whom the final documents and resolution were published and sent to the upper committee.
alter table meeting add column records_published_at timestamp;
alter table meeting add column records_published_by varchar(200);

-- BR-R4: a clause of the resolution about next month's work, and the tasks that carry it out.
alter table resolution_section add column next_month boolean default false not null;
alter table task add column section_id uuid;
alter table task add constraint fk_task_section foreign key (section_id) references resolution_section (id) on delete set null;

-- BR-E2: "Đăng tài liệu hoàn chỉnh trong 2 ngày" (HD 42 sheet, 8.3) is filled from the publication evidence.
update scoring_criterion set input_type = 'AUTO', auto_source = 'POST_PUBLICATION'
where id = '319f8a28-8206-5f9e-aa03-0806b6a09abb';
