-- SPDX-License-Identifier: MIT
-- Care-plan versions are stored in storage's own encoding, so the public booking and care-plan
-- formats can change without touching what a clinic has saved. `encoding` says how a row's
-- plan_json and booking_json are written: 0 for rows saved before this, in the public formats
-- (bbclinic-careplan/1 and bbclinic-booking/1); 1 for storage's encoding. Opening the file for
-- writing rewrites every row still at 0 in one transaction; the partial index lets every open
-- see at once whether any is left, however many versions the file holds.
ALTER TABLE care_plan_version ADD COLUMN encoding INTEGER NOT NULL DEFAULT 0 CHECK (encoding >= 0);
CREATE INDEX care_plan_version_in_public_formats ON care_plan_version (id) WHERE encoding = 0;
