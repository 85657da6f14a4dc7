-- BR-R6: the agenda items the upper committee's orientation requires in every regular (or combined) meeting,
-- comma-separated (NEWS: news and dissemination of the upper committee's documents, the propaganda department's
-- monthly orientation, S000; HCM_STUDY: Hồ Chí Minh study, when the upper committee requires it). Empty: none.
ALTER TABLE policy_profile ADD COLUMN orientation_agenda_items VARCHAR(60) DEFAULT 'NEWS' NOT NULL;
