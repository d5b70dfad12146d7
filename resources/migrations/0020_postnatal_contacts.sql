-- SPDX-License-Identifier: MIT
-- Postnatal contacts by the role that gave them (midwife, maternity support worker, health
-- visitor): the mother and each baby, and what the rules asked for at the time (kept as they were
-- said). The codes repeat the domain's code tables.
CREATE TABLE postnatal_contact (
    id                     INTEGER PRIMARY KEY,
    pregnancy_id           INTEGER NOT NULL REFERENCES pregnancy (id) ON DELETE CASCADE,
    appointment_id         INTEGER UNIQUE REFERENCES appointment (id),
    contact_date           TEXT    NOT NULL,
    clinician_id           INTEGER NOT NULL REFERENCES staff (id),
    role                   TEXT    NOT NULL CHECK (role IN ('midwife', 'support_worker', 'health_visitor')),
    attended               INTEGER NOT NULL CHECK (attended IN (0, 1)),
    bp_systolic            INTEGER CHECK (bp_systolic BETWEEN 60 AND 260),
    bp_diastolic           INTEGER CHECK (bp_diastolic BETWEEN 30 AND 160),
    temperature_c          REAL    CHECK (temperature_c BETWEEN 34 AND 42),
    bleeding               TEXT    NOT NULL DEFAULT '',
    wound_perineum         TEXT    NOT NULL DEFAULT '',
    whooley_low_mood       INTEGER CHECK (whooley_low_mood IN (0, 1)),
    whooley_little_interest INTEGER CHECK (whooley_little_interest IN (0, 1)),
    gad2_score             INTEGER CHECK (gad2_score BETWEEN 0 AND 6),
    feeding                TEXT    NOT NULL DEFAULT 'not_discussed' CHECK (feeding IN ('not_discussed', 'breast', 'mixed', 'formula')),
    contraception_discussed INTEGER NOT NULL DEFAULT 0 CHECK (contraception_discussed IN (0, 1)),
    notes                  TEXT    NOT NULL DEFAULT '',
    actions                TEXT    NOT NULL DEFAULT '[]',
    recorded_by            TEXT    NOT NULL CHECK (recorded_by <> ''),
    recorded_at            TEXT    NOT NULL,
    CHECK ((bp_systolic IS NULL) = (bp_diastolic IS NULL)),
    CHECK (bp_systolic IS NULL OR bp_diastolic < bp_systolic),
    CHECK ((whooley_low_mood IS NULL) = (gad2_score IS NULL) AND (whooley_little_interest IS NULL) = (gad2_score IS NULL))
);
CREATE INDEX postnatal_contact_by_pregnancy ON postnatal_contact (pregnancy_id, contact_date);

CREATE TABLE postnatal_baby_check (
    postnatal_contact_id INTEGER NOT NULL REFERENCES postnatal_contact (id) ON DELETE CASCADE,
    baby_id              INTEGER NOT NULL REFERENCES baby (id),
    weight_g             INTEGER CHECK (weight_g BETWEEN 200 AND 7000),
    jaundice             TEXT    NOT NULL DEFAULT 'not_assessed' CHECK (jaundice IN ('not_assessed', 'none', 'under_24h', 'after_24h')),
    feeding              TEXT    NOT NULL DEFAULT 'not_discussed' CHECK (feeding IN ('not_discussed', 'breast', 'mixed', 'formula')),
    blood_spot_taken     INTEGER NOT NULL DEFAULT 0 CHECK (blood_spot_taken IN (0, 1)),
    hearing_screened     INTEGER NOT NULL DEFAULT 0 CHECK (hearing_screened IN (0, 1)),
    physical_examination INTEGER NOT NULL DEFAULT 0 CHECK (physical_examination IN (0, 1)),
    PRIMARY KEY (postnatal_contact_id, baby_id)
);
