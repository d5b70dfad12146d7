-- SPDX-License-Identifier: MIT
-- Her birth preferences as she sent them (bbclinic-birth-preferences/1, kept as received): a
-- proposal for her plan that her midwife goes through with her, never applied by itself. Taken
-- into a version of her plan, or set aside with the reason; each decision says who and when.
CREATE TABLE birth_preferences (
    id           INTEGER PRIMARY KEY,
    pregnancy_id INTEGER NOT NULL REFERENCES pregnancy (id) ON DELETE CASCADE,
    document     TEXT    NOT NULL CHECK (document <> ''),
    written_on   TEXT    NOT NULL,
    status       TEXT    NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'taken', 'set_aside')),
    received_by  TEXT    NOT NULL CHECK (received_by <> ''),
    received_at  TEXT    NOT NULL,
    decided_by   TEXT,
    decided_at   TEXT,
    note         TEXT    NOT NULL DEFAULT '',
    CHECK (status = 'proposed' OR (decided_by IS NOT NULL AND decided_at IS NOT NULL)),
    CHECK (status <> 'set_aside' OR note <> '')
);
CREATE INDEX birth_preferences_by_pregnancy ON birth_preferences (pregnancy_id, status);
