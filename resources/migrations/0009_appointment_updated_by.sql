-- SPDX-License-Identifier: MIT
-- Who made each appointment's latest change (booked, moved, marked attended or cancelled), as
-- the person using the app or the command line is named to it, beside when (updated_at).
-- Appointments stored before this was kept say nobody: ''.
ALTER TABLE appointment ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
