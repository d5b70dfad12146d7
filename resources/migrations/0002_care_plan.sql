-- SPDX-License-Identifier: MIT
-- The personalised care plan, stored per pregnancy with versions: it is a document the woman
-- was given, so each save is kept, with who saved it and when.

CREATE TABLE care_plan_version (
    id                    INTEGER PRIMARY KEY,
    pregnancy_id          INTEGER NOT NULL REFERENCES pregnancy (id) ON DELETE CASCADE,
    version               INTEGER NOT NULL CHECK (version >= 1),
    plan_json             TEXT    NOT NULL,
    booking_json          TEXT    NOT NULL,
    chosen_place_of_birth TEXT    NOT NULL DEFAULT 'undecided' CHECK (chosen_place_of_birth IN ('undecided', 'home', 'freestanding_midwifery_unit', 'alongside_midwifery_unit', 'obstetric_unit')),
    what_matters          TEXT    NOT NULL DEFAULT '',
    birth_preferences     TEXT    NOT NULL DEFAULT '',
    saved_by              TEXT    NOT NULL,
    saved_at              TEXT    NOT NULL,
    UNIQUE (pregnancy_id, version)
);

-- Whether she accepted each recommendation; a decline carries its reason.
CREATE TABLE care_plan_decision (
    care_plan_version_id INTEGER NOT NULL REFERENCES care_plan_version (id) ON DELETE CASCADE,
    code                 TEXT    NOT NULL,
    accepted             INTEGER NOT NULL CHECK (accepted IN (0, 1)),
    reason               TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (care_plan_version_id, code),
    CHECK (accepted = 1 OR reason <> '')
);
