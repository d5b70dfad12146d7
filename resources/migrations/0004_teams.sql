-- SPDX-License-Identifier: MIT
-- Named midwives and small teams: staff, teams and the postcode areas they cover, venues,
-- weekly clinic sessions, absences, the named-midwife allocation of each pregnancy, and
-- appointments. Dates are ISO text (YYYY-MM-DD), times HH:MM text, so both compare as text.
-- The codes in CHECK lists are the ones in core/domain/TeamCodes.cpp.

CREATE TABLE staff (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL CHECK (name <> ''),
    role       TEXT    NOT NULL CHECK (role IN ('midwife', 'maternity_support_worker', 'health_visitor', 'obstetrician', 'specialist_midwife')),
    fte        REAL    NOT NULL DEFAULT 1.0 CHECK (fte > 0 AND fte <= 1),
    updated_at TEXT    NOT NULL
);

CREATE TABLE staff_skill (
    staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    code     TEXT    NOT NULL CHECK (code IN ('home_birth', 'newborn_examination', 'phlebotomy', 'infant_feeding', 'safeguarding', 'diabetes', 'hypertension', 'perinatal_mental_health', 'bereavement', 'teenage_pregnancy', 'asylum_refugee')),
    PRIMARY KEY (staff_id, code)
);

-- Days of the week she works: 1 Monday to 7 Sunday.
CREATE TABLE staff_working_day (
    staff_id    INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    day_of_week INTEGER NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    PRIMARY KEY (staff_id, day_of_week)
);

CREATE TABLE team (
    id                  INTEGER PRIMARY KEY,
    name                TEXT    NOT NULL UNIQUE CHECK (name <> ''),
    kind                TEXT    NOT NULL CHECK (kind IN ('continuity', 'community', 'home_birth', 'diabetes', 'hypertension', 'perinatal_mental_health', 'bereavement', 'teenage_pregnancy', 'asylum_refugee')),
    base                TEXT    NOT NULL DEFAULT '',
    caseload_per_wte    INTEGER NOT NULL DEFAULT 35 CHECK (caseload_per_wte > 0),
    updated_at          TEXT    NOT NULL
);

-- Postcode districts (LE15) or whole areas (LE) a team covers, upper case.
CREATE TABLE team_area (
    team_id INTEGER NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    area    TEXT    NOT NULL CHECK (area <> ''),
    PRIMARY KEY (team_id, area)
);
CREATE INDEX team_area_by_area ON team_area (area);

CREATE TABLE team_member (
    team_id  INTEGER NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, staff_id)
);
CREATE INDEX team_member_by_staff ON team_member (staff_id);

CREATE TABLE venue (
    id      INTEGER PRIMARY KEY,
    name    TEXT    NOT NULL UNIQUE CHECK (name <> ''),
    kind    TEXT    NOT NULL CHECK (kind IN ('gp_surgery', 'childrens_centre', 'hospital_clinic', 'home')),
    address TEXT    NOT NULL DEFAULT ''
);

-- A weekly clinic. A venue with sessions cannot be deleted, a leaver's sessions go with her.
CREATE TABLE clinic_session (
    id           INTEGER PRIMARY KEY,
    venue_id     INTEGER NOT NULL REFERENCES venue (id),
    staff_id     INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    day_of_week  INTEGER NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    start_time   TEXT    NOT NULL CHECK (length(start_time) = 5),
    end_time     TEXT    NOT NULL CHECK (length(end_time) = 5),
    slot_minutes INTEGER NOT NULL DEFAULT 30 CHECK (slot_minutes >= 5),
    CHECK (start_time < end_time)
);
CREATE INDEX clinic_session_by_staff ON clinic_session (staff_id, day_of_week);

-- Days away, both ends included.
CREATE TABLE absence (
    id          INTEGER PRIMARY KEY,
    staff_id    INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    date_from   TEXT    NOT NULL,
    date_to     TEXT    NOT NULL,
    reason      TEXT    NOT NULL CHECK (reason IN ('leave', 'sickness', 'training')),
    recorded_at TEXT    NOT NULL,
    CHECK (date_from <= date_to)
);
CREATE INDEX absence_by_staff ON absence (staff_id, date_from);

-- The named midwife and team of a pregnancy, with history: the row with the latest
-- recorded_on (then the highest id) is in force. Staff and teams named here cannot be deleted.
CREATE TABLE allocation (
    id           INTEGER PRIMARY KEY,
    pregnancy_id INTEGER NOT NULL REFERENCES pregnancy (id) ON DELETE CASCADE,
    midwife_id   INTEGER NOT NULL REFERENCES staff (id),
    team_id      INTEGER NOT NULL REFERENCES team (id),
    recorded_on  TEXT    NOT NULL,
    recorded_by  TEXT    NOT NULL,
    recorded_at  TEXT    NOT NULL
);
CREATE INDEX allocation_by_pregnancy ON allocation (pregnancy_id, recorded_on);
CREATE INDEX allocation_by_midwife ON allocation (midwife_id);

-- Times are empty only for a contact recorded afterwards without them.
CREATE TABLE appointment (
    id               INTEGER PRIMARY KEY,
    pregnancy_id     INTEGER NOT NULL REFERENCES pregnancy (id) ON DELETE CASCADE,
    clinician_id     INTEGER NOT NULL REFERENCES staff (id),
    venue_id         INTEGER REFERENCES venue (id),
    appointment_date TEXT    NOT NULL,
    start_time       TEXT    CHECK (length(start_time) = 5),
    end_time         TEXT    CHECK (length(end_time) = 5),
    kind             TEXT    NOT NULL CHECK (kind IN ('booking', 'antenatal_contact', 'home_visit', 'postnatal_contact', 'specialist_review', 'obstetric_review')),
    contact_week     INTEGER CHECK (contact_week BETWEEN 4 AND 44),
    status           TEXT    NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'attended', 'did_not_attend', 'cancelled', 'rescheduled')),
    reason           TEXT    NOT NULL DEFAULT '',
    updated_at       TEXT    NOT NULL,
    CHECK ((start_time IS NULL) = (end_time IS NULL)),
    CHECK (start_time IS NULL OR start_time < end_time),
    CHECK (status <> 'cancelled' OR reason <> '')
);
CREATE INDEX appointment_by_clinician ON appointment (clinician_id, appointment_date);
CREATE INDEX appointment_by_date ON appointment (appointment_date, start_time);
CREATE INDEX appointment_by_pregnancy ON appointment (pregnancy_id, appointment_date);
