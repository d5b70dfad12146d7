-- SPDX-License-Identifier: MIT
-- What printed documents draw on: the trust's settings and its directory of local services.
-- Nothing here is about a woman. Until a clinic saves its own, the app prints demonstration
-- values (SettingsRepository), so the tables start empty.

-- Typed settings, one row per key. The keys, their meaning and their defaults live in
-- SettingsRepository. The row with key 'version' says which layout of keys was saved, so a
-- later build can convert them, and that settings were saved at all.
CREATE TABLE setting (
    key        TEXT NOT NULL PRIMARY KEY CHECK (key <> ''),
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Local services and places of birth as printed for the woman, in directory order (by id:
-- a save replaces the whole directory). Kinds are documents::serviceKinds().
CREATE TABLE service_directory (
    id      INTEGER PRIMARY KEY,
    name    TEXT    NOT NULL CHECK (name <> ''),
    kind    TEXT    NOT NULL CHECK (kind IN ('stop_smoking', 'weight_management', 'perinatal_mental_health', 'diabetes_team', 'hypertension_specialist', 'teenage_pregnancy', 'asylum_refugee', 'safeguarding', 'home_birth_team', 'birth_centre', 'midwifery_unit_freestanding', 'midwifery_unit_alongside', 'obstetric_unit')),
    address TEXT    NOT NULL DEFAULT '',
    phone   TEXT    NOT NULL DEFAULT ''
);
