-- SPDX-License-Identifier: MIT
-- Where each baby is cared for after the birth: with her mother, in transitional care, or in a
-- neonatal unit, each move from a date. A baby with no row has been with her mother since the
-- birth. The unit is its name in the service directory when the move was recorded: the directory
-- is edited as a whole and its rows do not keep their ids. The directory gains the two kinds of
-- place a baby is cared for away from her mother (a CHECK cannot be changed in place, so the
-- table is made again, as in 0012).
CREATE TABLE service_directory_kinds (
    id      INTEGER PRIMARY KEY,
    name    TEXT    NOT NULL CHECK (name <> ''),
    kind    TEXT    NOT NULL CHECK (kind IN ('stop_smoking', 'weight_management', 'perinatal_mental_health', 'multiple_pregnancy', 'diabetes_team', 'hypertension_specialist', 'teenage_pregnancy', 'asylum_refugee', 'safeguarding', 'home_birth_team', 'birth_centre', 'midwifery_unit_freestanding', 'midwifery_unit_alongside', 'obstetric_unit', 'neonatal_unit', 'transitional_care')),
    address TEXT    NOT NULL DEFAULT '',
    phone   TEXT    NOT NULL DEFAULT ''
);
INSERT INTO service_directory_kinds (id, name, kind, address, phone)
    SELECT id, name, kind, address, phone FROM service_directory ORDER BY id;
DROP TABLE service_directory;
ALTER TABLE service_directory_kinds RENAME TO service_directory;

CREATE TABLE baby_care (
    id          INTEGER PRIMARY KEY,
    baby_id     INTEGER NOT NULL REFERENCES baby (id) ON DELETE CASCADE,
    from_date   TEXT    NOT NULL,
    location    TEXT    NOT NULL CHECK (location IN ('with_mother', 'transitional_care', 'neonatal_unit')),
    unit        TEXT    NOT NULL DEFAULT '',
    reason      TEXT    NOT NULL DEFAULT '',
    recorded_by TEXT    NOT NULL CHECK (recorded_by <> ''),
    recorded_at TEXT    NOT NULL,
    CHECK (location = 'with_mother' OR unit <> '')
);
CREATE INDEX baby_care_by_baby ON baby_care (baby_id, from_date, id);
