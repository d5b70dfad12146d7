-- SPDX-License-Identifier: MIT
-- Women, their pregnancies and the booking assessment of each pregnancy, plus form drafts.
-- Dates are ISO text (YYYY-MM-DD). Key columns (*_key) hold the folded form search uses, so
-- that prefix search runs on an index with portable SQL.

CREATE TABLE woman (
    id                 INTEGER PRIMARY KEY,
    nhs_number         TEXT    NOT NULL UNIQUE CHECK (length(nhs_number) = 10),
    given_name         TEXT    NOT NULL CHECK (given_name <> ''),
    family_name        TEXT    NOT NULL CHECK (family_name <> ''),
    date_of_birth      TEXT    NOT NULL,
    address            TEXT    NOT NULL DEFAULT '',
    postcode           TEXT    NOT NULL DEFAULT '',
    phone              TEXT    NOT NULL DEFAULT '',
    gp_practice        TEXT    NOT NULL DEFAULT '',
    ethnic_category    TEXT    NOT NULL DEFAULT '',
    preferred_language TEXT    NOT NULL DEFAULT 'en',
    interpreter_needed INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
    given_key          TEXT    NOT NULL,
    family_key         TEXT    NOT NULL,
    postcode_key       TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL
);
CREATE INDEX woman_by_given ON woman (given_key);
CREATE INDEX woman_by_family ON woman (family_key);
CREATE INDEX woman_by_postcode ON woman (postcode_key);
CREATE INDEX woman_by_birth ON woman (date_of_birth);

CREATE TABLE woman_social (
    woman_id INTEGER NOT NULL REFERENCES woman (id) ON DELETE CASCADE,
    code     TEXT    NOT NULL CHECK (code IN ('asylum_seeker', 'refugee', 'safeguarding_concern', 'domestic_abuse')),
    PRIMARY KEY (woman_id, code)
);

CREATE TABLE pregnancy (
    id                         INTEGER PRIMARY KEY,
    woman_id                   INTEGER NOT NULL REFERENCES woman (id) ON DELETE CASCADE,
    booking_date               TEXT    NOT NULL,
    lmp                        TEXT,
    scan_date                  TEXT,
    scan_crl_mm                REAL,
    edd                        TEXT,
    edd_method                 TEXT    CHECK (edd_method IN ('crl', 'lmp')),
    fetuses                    INTEGER NOT NULL DEFAULT 1 CHECK (fetuses BETWEEN 1 AND 6),
    previous_births            INTEGER NOT NULL DEFAULT 0 CHECK (previous_births >= 0),
    previous_losses            INTEGER NOT NULL DEFAULT 0 CHECK (previous_losses >= 0),
    previous_caesareans        INTEGER NOT NULL DEFAULT 0 CHECK (previous_caesareans >= 0),
    years_since_last_pregnancy INTEGER CHECK (years_since_last_pregnancy >= 0),
    conception                 TEXT    NOT NULL DEFAULT 'spontaneous' CHECK (conception IN ('spontaneous', 'assisted')),
    status                     TEXT    NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'delivered', 'loss')),
    created_at                 TEXT    NOT NULL,
    updated_at                 TEXT    NOT NULL,
    CHECK (scan_date IS NULL OR scan_crl_mm IS NOT NULL)
);
CREATE INDEX pregnancy_by_woman ON pregnancy (woman_id);

-- The booking assessment: one per pregnancy.
CREATE TABLE booking (
    pregnancy_id     INTEGER PRIMARY KEY REFERENCES pregnancy (id) ON DELETE CASCADE,
    height_cm        REAL    CHECK (height_cm BETWEEN 100 AND 250),
    weight_kg        REAL    CHECK (weight_kg BETWEEN 25 AND 300),
    co_ppm           REAL    CHECK (co_ppm >= 0),
    smoking          TEXT    NOT NULL DEFAULT 'never' CHECK (smoking IN ('never', 'ex', 'current')),
    low_mood         INTEGER NOT NULL DEFAULT 0 CHECK (low_mood IN (0, 1)),
    little_interest  INTEGER NOT NULL DEFAULT 0 CHECK (little_interest IN (0, 1)),
    gad2_score       INTEGER NOT NULL DEFAULT 0 CHECK (gad2_score BETWEEN 0 AND 6),
    place_of_birth   TEXT    NOT NULL DEFAULT 'undecided' CHECK (place_of_birth IN ('undecided', 'home', 'freestanding_midwifery_unit', 'alongside_midwifery_unit', 'obstetric_unit')),
    updated_at       TEXT    NOT NULL
);

CREATE TABLE booking_condition (
    pregnancy_id INTEGER NOT NULL REFERENCES booking (pregnancy_id) ON DELETE CASCADE,
    code         TEXT    NOT NULL,
    PRIMARY KEY (pregnancy_id, code)
);

-- What a midwife typed into a form and has not saved yet, kept so nothing is lost to a crash
-- or a closed window. One draft per form per record.
CREATE TABLE form_draft (
    form       TEXT NOT NULL,
    record_key TEXT NOT NULL,
    payload    TEXT NOT NULL,
    saved_at   TEXT NOT NULL,
    PRIMARY KEY (form, record_key)
);
