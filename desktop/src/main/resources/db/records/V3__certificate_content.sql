-- The department's own record of what it granted under each serial: the canonical content (holder as recorded,
-- item, record snapshot, issue time). It seals only this content, and answers verifications from it.
ALTER TABLE certificate ADD COLUMN content CLOB;
