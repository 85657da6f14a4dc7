-- Issue 13: the document pack of a meeting for the Sổ tay đảng viên app (BR-M4, BR-R5).
--
-- The manifests the app produced for a meeting, by the SHA-256 of their content: a posting may only name one
-- of these. One row per distinct content (not per download), so polling does not grow the table.
CREATE TABLE document_pack_manifest (
    id UUID PRIMARY KEY,
    meeting_id UUID NOT NULL REFERENCES meeting (id),
    sha256 VARCHAR(64) NOT NULL,
    phase VARCHAR(20) NOT NULL,
    first_generated_at TIMESTAMP NOT NULL,
    CONSTRAINT uq_document_pack_manifest UNIQUE (meeting_id, sha256)
);

-- The minutes and resolution as put into the pack, rendered once per state of the approved records (their
-- renderers stamp each file with the real time, so a second rendering would never hash the same). The bytes
-- live in the document store under their SHA-256, like the meeting documents.
CREATE TABLE document_pack_record (
    id UUID PRIMARY KEY,
    meeting_id UUID NOT NULL REFERENCES meeting (id),
    path VARCHAR(100) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    media_type VARCHAR(100) NOT NULL,
    source_stamp VARCHAR(100) NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    size_bytes BIGINT NOT NULL,
    CONSTRAINT uq_document_pack_record UNIQUE (meeting_id, path)
);

-- Evidence that a pack (named by its manifest's hash) was posted to an external system, as its integration
-- client reports it.
CREATE TABLE document_pack_posting (
    id UUID PRIMARY KEY,
    meeting_id UUID NOT NULL REFERENCES meeting (id),
    target_system VARCHAR(20) NOT NULL,
    phase VARCHAR(20) NOT NULL,
    manifest_sha256 VARCHAR(64) NOT NULL,
    posted_at TIMESTAMP NOT NULL,
    external_ref VARCHAR(200),
    recorded_at TIMESTAMP NOT NULL,
    recorded_by VARCHAR(200) NOT NULL
);
CREATE INDEX ix_document_pack_posting_meeting ON document_pack_posting (meeting_id, posted_at);

-- The latest posting per phase, kept on the meeting so that its read shows the evidence without another statement.
ALTER TABLE meeting ADD COLUMN pack_posted_before_at TIMESTAMP;
ALTER TABLE meeting ADD COLUMN pack_posted_after_at TIMESTAMP;
