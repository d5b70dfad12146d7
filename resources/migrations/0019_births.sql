-- SPDX-License-Identifier: MIT
-- The birth: one per pregnancy, when and where, how labour began and ended, her blood loss and
-- perineum, who attended (the continuity measure's intrapartum part), and each baby. The codes
-- repeat the domain's code tables (a test checks each is accepted here).
CREATE TABLE birth (
    id                     INTEGER PRIMARY KEY,
    pregnancy_id           INTEGER NOT NULL UNIQUE REFERENCES pregnancy (id) ON DELETE CASCADE,
    birth_date             TEXT    NOT NULL,
    birth_time             TEXT,
    planned_setting        TEXT    NOT NULL CHECK (planned_setting IN ('home', 'freestanding_midwifery_unit', 'alongside_midwifery_unit', 'obstetric_unit', 'before_arrival')),
    setting                TEXT    NOT NULL CHECK (setting IN ('home', 'freestanding_midwifery_unit', 'alongside_midwifery_unit', 'obstetric_unit', 'before_arrival')),
    setting_change_reason  TEXT    NOT NULL DEFAULT '',
    onset                  TEXT    NOT NULL CHECK (onset IN ('spontaneous', 'induced', 'caesarean_before_labour')),
    mode                   TEXT    NOT NULL CHECK (mode IN ('spontaneous_vaginal', 'instrumental', 'planned_caesarean', 'emergency_caesarean')),
    mid_cavity_or_rotational INTEGER NOT NULL DEFAULT 0 CHECK (mid_cavity_or_rotational IN (0, 1)),
    labour_over_24_hours   INTEGER NOT NULL DEFAULT 0 CHECK (labour_over_24_hours IN (0, 1)),
    blood_loss_ml          INTEGER NOT NULL CHECK (blood_loss_ml BETWEEN 0 AND 10000),
    transfused             INTEGER NOT NULL DEFAULT 0 CHECK (transfused IN (0, 1)),
    perineum               TEXT    NOT NULL DEFAULT 'not_recorded' CHECK (perineum IN ('not_recorded', 'intact', 'first_degree', 'second_degree', 'third_degree', 'fourth_degree', 'episiotomy', 'not_applicable')),
    recorded_by            TEXT    NOT NULL CHECK (recorded_by <> ''),
    recorded_at            TEXT    NOT NULL,
    CHECK (setting = planned_setting OR setting_change_reason <> '')
);

CREATE TABLE birth_attendant (
    birth_id INTEGER NOT NULL REFERENCES birth (id) ON DELETE CASCADE,
    staff_id INTEGER NOT NULL REFERENCES staff (id),
    PRIMARY KEY (birth_id, staff_id)
);
CREATE INDEX birth_attendant_by_staff ON birth_attendant (staff_id);

CREATE TABLE baby (
    id                 INTEGER PRIMARY KEY,
    birth_id           INTEGER NOT NULL REFERENCES birth (id) ON DELETE CASCADE,
    birth_order        INTEGER NOT NULL CHECK (birth_order BETWEEN 1 AND 6),
    sex                TEXT    NOT NULL CHECK (sex IN ('female', 'male', 'indeterminate')),
    weight_g           INTEGER NOT NULL CHECK (weight_g BETWEEN 200 AND 7000),
    outcome            TEXT    NOT NULL CHECK (outcome IN ('live_birth', 'stillbirth')),
    apgar_1            INTEGER CHECK (apgar_1 BETWEEN 0 AND 10),
    apgar_5            INTEGER CHECK (apgar_5 BETWEEN 0 AND 10),
    apgar_10           INTEGER CHECK (apgar_10 BETWEEN 0 AND 10),
    resuscitation      INTEGER NOT NULL DEFAULT 0 CHECK (resuscitation IN (0, 1)),
    first_feed         TEXT    NOT NULL DEFAULT 'not_yet' CHECK (first_feed IN ('not_yet', 'breast', 'expressed_breast_milk', 'formula')),
    skin_to_skin       INTEGER NOT NULL DEFAULT 0 CHECK (skin_to_skin IN (0, 1)),
    vitamin_k          TEXT    NOT NULL DEFAULT 'not_yet' CHECK (vitamin_k IN ('not_yet', 'intramuscular', 'oral', 'declined')),
    UNIQUE (birth_id, birth_order)
);
