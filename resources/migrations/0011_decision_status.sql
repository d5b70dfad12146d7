-- SPDX-License-Identifier: MIT
-- A recommendation starts "to discuss": nothing is taken as accepted before she and her midwife
-- have talked it through. Each decision is to_discuss, accepted, declined (with her reason) or
-- in_hand (already arranged, such as a vaccine she has had). Decisions saved before this were
-- accepted or declined, and keep that.
CREATE TABLE care_plan_decision_status (
    care_plan_version_id INTEGER NOT NULL REFERENCES care_plan_version (id) ON DELETE CASCADE,
    code                 TEXT    NOT NULL,
    status               TEXT    NOT NULL CHECK (status IN ('to_discuss', 'accepted', 'declined', 'in_hand')),
    reason               TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (care_plan_version_id, code),
    CHECK (status <> 'declined' OR reason <> '')
);
INSERT INTO care_plan_decision_status (care_plan_version_id, code, status, reason)
    SELECT care_plan_version_id, code, CASE accepted WHEN 1 THEN 'accepted' ELSE 'declined' END,
           reason
      FROM care_plan_decision ORDER BY rowid;
DROP TABLE care_plan_decision;
ALTER TABLE care_plan_decision_status RENAME TO care_plan_decision;
