-- SPDX-License-Identifier: MIT
-- Discharge from maternity care, the handover to the health visitor, and her feedback.
-- A baby's NHS number is given within hours of the birth and printed on the handover.
ALTER TABLE baby ADD COLUMN nhs_number TEXT NOT NULL DEFAULT '';

CREATE TABLE discharge (
    pregnancy_id   INTEGER PRIMARY KEY REFERENCES pregnancy (id) ON DELETE CASCADE,
    discharge_date TEXT    NOT NULL,
    health_visitor TEXT    NOT NULL DEFAULT '',
    handover_notes TEXT    NOT NULL DEFAULT '',
    recorded_by    TEXT    NOT NULL CHECK (recorded_by <> ''),
    recorded_at    TEXT    NOT NULL
);

-- Her Friends and Family Test answer is kept apart from her record on purpose: it names the team
-- and the month only (a day would match her discharge date), and her discharge does not say
-- whether she answered, so nothing in the file leads from an answer back to her.
CREATE TABLE feedback (
    id       INTEGER PRIMARY KEY,
    team_id  INTEGER REFERENCES team (id),
    month    TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    answer   TEXT    NOT NULL CHECK (answer IN ('very_good', 'good', 'neither', 'poor', 'very_poor', 'dont_know')),
    comment  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX feedback_by_team ON feedback (team_id, month);
