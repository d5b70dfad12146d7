-- SPDX-License-Identifier: MIT
-- The rest of the booking appointment, as a maternity record's booking holds it: her baseline
-- blood pressure and urine, blood group, the screening bloods offered, allergies and medicines,
-- alcohol, the FGM enquiry, her earlier pregnancies one by one, and her occupation and next of
-- kin. The codes repeat the domain's code tables (a test checks each is accepted here).
CREATE TABLE booking_detail (
    pregnancy_id     INTEGER PRIMARY KEY REFERENCES pregnancy (id) ON DELETE CASCADE,
    bp_systolic      INTEGER CHECK (bp_systolic BETWEEN 60 AND 260),
    bp_diastolic     INTEGER CHECK (bp_diastolic BETWEEN 30 AND 160),
    urine_protein    TEXT    NOT NULL DEFAULT 'not_tested' CHECK (urine_protein IN ('not_tested', 'negative', 'trace', '1+', '2+', '3+', '4+')),
    urine_glucose    TEXT    NOT NULL DEFAULT 'not_tested' CHECK (urine_glucose IN ('not_tested', 'negative', 'trace', '1+', '2+', '3+', '4+')),
    blood_group      TEXT    NOT NULL DEFAULT 'not_known' CHECK (blood_group IN ('not_known', 'O', 'A', 'B', 'AB')),
    rhesus           TEXT    NOT NULL DEFAULT 'not_known' CHECK (rhesus IN ('not_known', 'positive', 'negative')),
    screen_full_blood_count TEXT NOT NULL DEFAULT 'not_offered' CHECK (screen_full_blood_count IN ('not_offered', 'accepted', 'declined')),
    screen_hiv       TEXT    NOT NULL DEFAULT 'not_offered' CHECK (screen_hiv IN ('not_offered', 'accepted', 'declined')),
    screen_hepatitis_b TEXT  NOT NULL DEFAULT 'not_offered' CHECK (screen_hepatitis_b IN ('not_offered', 'accepted', 'declined')),
    screen_syphilis  TEXT    NOT NULL DEFAULT 'not_offered' CHECK (screen_syphilis IN ('not_offered', 'accepted', 'declined')),
    screen_sickle_cell_thalassaemia TEXT NOT NULL DEFAULT 'not_offered' CHECK (screen_sickle_cell_thalassaemia IN ('not_offered', 'accepted', 'declined')),
    allergies        TEXT    NOT NULL DEFAULT '',
    medicines        TEXT    NOT NULL DEFAULT '',
    alcohol_units_per_week INTEGER CHECK (alcohol_units_per_week BETWEEN 0 AND 200),
    fgm_enquiry      TEXT    NOT NULL DEFAULT 'not_asked' CHECK (fgm_enquiry IN ('not_asked', 'not_identified', 'identified')),
    updated_at       TEXT    NOT NULL,
    CHECK ((bp_systolic IS NULL) = (bp_diastolic IS NULL)),
    CHECK (bp_systolic IS NULL OR bp_diastolic < bp_systolic)
);

-- The routine enquiry about domestic abuse is for staff only: its own table, which nothing that
-- writes her copy reads.
CREATE TABLE abuse_enquiry (
    pregnancy_id INTEGER PRIMARY KEY REFERENCES pregnancy (id) ON DELETE CASCADE,
    answer       TEXT    NOT NULL CHECK (answer IN ('not_asked', 'not_safe_to_ask', 'no_disclosure', 'disclosed')),
    note         TEXT    NOT NULL DEFAULT '',
    updated_at   TEXT    NOT NULL
);

-- Her earlier pregnancies as she told them at this booking, in the order she told them.
CREATE TABLE previous_pregnancy (
    id              INTEGER PRIMARY KEY,
    pregnancy_id    INTEGER NOT NULL REFERENCES pregnancy (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    year            INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    gestation_weeks INTEGER CHECK (gestation_weeks BETWEEN 4 AND 44),
    outcome         TEXT    NOT NULL CHECK (outcome IN ('live_birth', 'stillbirth', 'neonatal_death', 'miscarriage', 'ectopic', 'termination', 'molar')),
    mode_of_birth   TEXT    NOT NULL DEFAULT 'not_known' CHECK (mode_of_birth IN ('not_known', 'spontaneous_vaginal', 'assisted_vaginal', 'vaginal_breech', 'planned_caesarean', 'emergency_caesarean')),
    baby_weight_g   INTEGER CHECK (baby_weight_g BETWEEN 300 AND 7000),
    notes           TEXT    NOT NULL DEFAULT '',
    UNIQUE (pregnancy_id, position)
);

CREATE TABLE previous_pregnancy_complication (
    previous_pregnancy_id INTEGER NOT NULL REFERENCES previous_pregnancy (id) ON DELETE CASCADE,
    code                  TEXT    NOT NULL,
    PRIMARY KEY (previous_pregnancy_id, code)
);

ALTER TABLE woman ADD COLUMN occupation TEXT NOT NULL DEFAULT '';
ALTER TABLE woman ADD COLUMN next_of_kin_name TEXT NOT NULL DEFAULT '';
ALTER TABLE woman ADD COLUMN next_of_kin_relationship TEXT NOT NULL DEFAULT '';
ALTER TABLE woman ADD COLUMN next_of_kin_phone TEXT NOT NULL DEFAULT '';
