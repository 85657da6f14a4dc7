-- BR-D4 (DOMAIN.md 15.1): members and organisations carry their identifiers in the national party-member database
-- (CSDL đảng viên 3.0) and in the Sổ tay đảng viên app, from which the app's master data is synchronised.
-- Optional, but one identifier names one record per system: the unique keys hold under concurrent writes
-- (NULLs are distinct, so records without one do not collide).
ALTER TABLE member ADD COLUMN csdl_id VARCHAR(40);
ALTER TABLE member ADD COLUMN sotay_id VARCHAR(40);
ALTER TABLE member ADD CONSTRAINT uq_member_csdl_id UNIQUE (csdl_id);
ALTER TABLE member ADD CONSTRAINT uq_member_sotay_id UNIQUE (sotay_id);
ALTER TABLE organization ADD COLUMN csdl_id VARCHAR(40);
ALTER TABLE organization ADD COLUMN sotay_id VARCHAR(40);
ALTER TABLE organization ADD CONSTRAINT uq_organization_csdl_id UNIQUE (csdl_id);
ALTER TABLE organization ADD CONSTRAINT uq_organization_sotay_id UNIQUE (sotay_id);
