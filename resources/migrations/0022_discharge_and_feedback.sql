-- SPDX-License-Identifier: MIT
-- Discharge from maternity care, the handover to the health visitor, and her feedback.
-- A baby's NHS number is given within hours of the birth and printed on the handover.
ALTER TABLE baby ADD COLUMN nhs_number TEXT NOT NULL DEFAULT '';

CREATE TABLE discharge (
    pregnancy_id   INTEGER PRIMARY KEY REFERENCES pregnancy (id) ON DELETE CASCADE,
    discharge_date TEXT    NOT NULL,
    health_visitor TEXT    NOT NULL DEFAULT '',
    handover_notes TEXT    NOT NULL DEFAULT '',
    feedback_given INTEGER NOT NULL DEFAULT 0 CHECK (feedback_given IN (0, 1)),
    recorded_by    TEXT    NOT NULL CHECK (recorded_by <> ''),
    recorded_at    TEXT    NOT NULL
);

-- Her Friends and Family Test answer is kept apart from her record on purpose: it names the team
-- and the day only, so no summary or export of it can lead back to her.
CREATE TABLE feedback (
    id       INTEGER PRIMARY KEY,
    team_id  INTEGER REFERENCES team (id),
    given_on TEXT    NOT NULL,
    answer   TEXT    NOT NULL CHECK (answer IN ('very_good', 'good', 'neither', 'poor', 'very_poor', 'dont_know')),
    comment  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX feedback_by_team ON feedback (team_id, given_on);
