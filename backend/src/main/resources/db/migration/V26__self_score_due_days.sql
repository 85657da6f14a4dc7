-- BR-E1: days after a held regular or topical meeting by which the cell should have self-scored it (the score
-- sheet is attached to the minutes, published within two days under BR-R5); after them the daily job alerts.
alter table policy_profile add column self_score_due_days integer default 2 not null;
