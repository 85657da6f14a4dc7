-- The e-mail address of a login as its identity provider gives it (the token's verified "email" claim), kept when
-- the user signs in: the address of last resort for notices, so that committee staff and supervisors without a
-- member record are e-mailed too. Read only to address that login's own notices (never shown to anyone else).
ALTER TABLE notice_preference ADD COLUMN account_email VARCHAR(320);
