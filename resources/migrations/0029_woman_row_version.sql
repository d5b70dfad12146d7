-- SPDX-License-Identifier: MIT
-- Her details edited in two places at once: every save of them (her registration, or her
-- booking, which carries them) adds one to her row version, and a save made from an older
-- version is refused as a conflict (care::Women::save). A booking's version is her
-- pregnancy's and hers together, so a registration saved by a colleague is not written over by
-- a booking saved from before it. The same on a file and on the team server.
ALTER TABLE woman ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
