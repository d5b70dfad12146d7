-- SPDX-License-Identifier: MIT
-- A booking edited in two places at once: every save of it adds one to its pregnancy's row
-- version, and a save made from an older version than the one stored is refused as a conflict,
-- never written over what a colleague saved (care::Bookings::save). The same on a file and on
-- the team server.
ALTER TABLE pregnancy ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
