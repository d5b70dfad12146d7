-- SPDX-License-Identifier: MIT
-- Antenatal contacts after the booking: who saw her, where, whether she came, what was measured,
-- and what the rules asked for at the time (kept as they were said, even if the rules change).
-- A contact made at a booked appointment names it; a walk-in or home visit names none. The codes
-- repeat the domain's code tables (a test checks each is accepted here).
CREATE TABLE antenatal_contact (
    id                INTEGER PRIMARY KEY,
    pregnancy_id      INTEGER NOT NULL REFERENCES pregnancy (id) ON DELETE CASCADE,
    appointment_id    INTEGER UNIQUE REFERENCES appointment (id),
    contact_date      TEXT    NOT NULL,
    clinician_id      INTEGER NOT NULL REFERENCES staff (id),
    venue             TEXT    NOT NULL DEFAULT '',
    attended          INTEGER NOT NULL CHECK (attended IN (0, 1)),
    bp_systolic       INTEGER CHECK (bp_systolic BETWEEN 60 AND 260),
    bp_diastolic      INTEGER CHECK (bp_diastolic BETWEEN 30 AND 160),
    urine_protein     TEXT    NOT NULL DEFAULT 'not_tested' CHECK (urine_protein IN ('not_tested', 'negative', 'trace', '1+', '2+', '3+', '4+')),
    urine_glucose     TEXT    NOT NULL DEFAULT 'not_tested' CHECK (urine_glucose IN ('not_tested', 'negative', 'trace', '1+', '2+', '3+', '4+')),
    sfh_cm            REAL    CHECK (sfh_cm BETWEEN 10 AND 60),
    fetal_heart_heard INTEGER CHECK (fetal_heart_heard IN (0, 1)),
    movements         TEXT    NOT NULL DEFAULT 'not_discussed' CHECK (movements IN ('not_discussed', 'normal', 'reduced')),
    presentation      TEXT    NOT NULL DEFAULT 'not_recorded' CHECK (presentation IN ('not_recorded', 'cephalic', 'breech', 'transverse', 'unsure')),
    co_ppm            REAL    CHECK (co_ppm BETWEEN 0 AND 100),
    whooley_low_mood  INTEGER CHECK (whooley_low_mood IN (0, 1)),
    whooley_little_interest INTEGER CHECK (whooley_little_interest IN (0, 1)),
    gad2_score        INTEGER CHECK (gad2_score BETWEEN 0 AND 6),
    induction         TEXT    NOT NULL DEFAULT 'not_offered' CHECK (induction IN ('not_offered', 'accepted', 'declined', 'undecided')),
    notes             TEXT    NOT NULL DEFAULT '',
    plan_until_next   TEXT    NOT NULL DEFAULT '',
    actions           TEXT    NOT NULL DEFAULT '[]',
    recorded_by       TEXT    NOT NULL CHECK (recorded_by <> ''),
    recorded_at       TEXT    NOT NULL,
    CHECK ((bp_systolic IS NULL) = (bp_diastolic IS NULL)),
    CHECK (bp_systolic IS NULL OR bp_diastolic < bp_systolic),
    CHECK ((whooley_low_mood IS NULL) = (gad2_score IS NULL) AND (whooley_little_interest IS NULL) = (gad2_score IS NULL))
);
CREATE INDEX antenatal_contact_by_pregnancy ON antenatal_contact (pregnancy_id, contact_date);

-- Conditions diagnosed at a contact, one row each, from the booking's vocabulary.
CREATE TABLE contact_condition (
    contact_id INTEGER NOT NULL REFERENCES antenatal_contact (id) ON DELETE CASCADE,
    code       TEXT    NOT NULL,
    PRIMARY KEY (contact_id, code)
);
