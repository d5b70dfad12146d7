-- SPDX-License-Identifier: MIT
-- Blood and scan results of a pregnancy: the value as reported, and whether it needs action. One
-- that does stays on her record until the action taken is recorded (never deleted). The kinds
-- repeat the domain's code table (a test checks each is accepted here).
CREATE TABLE test_result (
    id           INTEGER PRIMARY KEY,
    pregnancy_id INTEGER NOT NULL REFERENCES pregnancy (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('fbc', 'blood_group', 'red_cell_antibodies', 'hiv', 'hepatitis_b', 'syphilis', 'sickle_thalassaemia', 'fbc_28_weeks', 'antibodies_28_weeks', 'anti_d_given', 'ogtt', 'dating_scan', 'anomaly_scan', 'growth_scan', 'other')),
    result_date  TEXT    NOT NULL,
    value        TEXT    NOT NULL CHECK (value <> ''),
    needs_action INTEGER NOT NULL CHECK (needs_action IN (0, 1)),
    action_taken TEXT    NOT NULL DEFAULT '',
    acted_on     TEXT,
    acted_by     TEXT    NOT NULL DEFAULT '',
    recorded_by  TEXT    NOT NULL CHECK (recorded_by <> ''),
    recorded_at  TEXT    NOT NULL,
    CHECK (action_taken = '' OR (acted_on IS NOT NULL AND acted_by <> ''))
);
CREATE INDEX test_result_by_pregnancy ON test_result (pregnancy_id, result_date);
