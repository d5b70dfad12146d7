-- SPDX-License-Identifier: MIT
-- The directory gains the kind `multiple_pregnancy`: the team a woman expecting twins or triplets
-- is referred to (NICE NG137), printed with its contact details on her plan. A CHECK cannot be
-- changed in place, so the table is made again with the new list and the rows copied over.
CREATE TABLE service_directory_kinds (
    id      INTEGER PRIMARY KEY,
    name    TEXT    NOT NULL CHECK (name <> ''),
    kind    TEXT    NOT NULL CHECK (kind IN ('stop_smoking', 'weight_management', 'perinatal_mental_health', 'multiple_pregnancy', 'diabetes_team', 'hypertension_specialist', 'teenage_pregnancy', 'asylum_refugee', 'safeguarding', 'home_birth_team', 'birth_centre', 'midwifery_unit_freestanding', 'midwifery_unit_alongside', 'obstetric_unit')),
    address TEXT    NOT NULL DEFAULT '',
    phone   TEXT    NOT NULL DEFAULT ''
);
INSERT INTO service_directory_kinds (id, name, kind, address, phone)
    SELECT id, name, kind, address, phone FROM service_directory ORDER BY id;
DROP TABLE service_directory;
ALTER TABLE service_directory_kinds RENAME TO service_directory;
