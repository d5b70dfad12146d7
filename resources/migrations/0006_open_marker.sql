-- SPDX-License-Identifier: MIT
-- Every process that opens the file for writing leaves a row here and removes it when it closes
-- the file cleanly. A row left behind by a process that is no longer running means the file was
-- not closed cleanly, so the next open runs the full integrity check before anything is written.
CREATE TABLE open_marker (
  id   TEXT PRIMARY KEY,      -- random, one per open
  host TEXT NOT NULL,         -- the machine the process ran on
  pid  INTEGER NOT NULL       -- its process id there
);
