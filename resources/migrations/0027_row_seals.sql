-- SPDX-License-Identifier: MIT
-- A seal on each row a clinician relies on: a BLAKE2b checksum over its fields
-- (storage::Seals), so that a row changed on the disk behind SQLite's back is told apart from
-- what was saved. Rows written before this schema are sealed by the app on its next open for
-- writing; the setting `rows_sealed` records that this has finished, after which a row without
-- a seal is damaged.
ALTER TABLE woman ADD COLUMN seal BLOB;
ALTER TABLE pregnancy ADD COLUMN seal BLOB;
ALTER TABLE booking ADD COLUMN seal BLOB;
ALTER TABLE care_plan_version ADD COLUMN seal BLOB;
-- A new, empty file has nothing to seal: every row it will hold is sealed as it is written.
INSERT INTO setting (key, value, updated_at)
SELECT 'rows_sealed', '1', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
 WHERE NOT EXISTS (SELECT 1 FROM woman);
