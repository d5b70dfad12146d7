-- SPDX-License-Identifier: MIT
-- An answer nobody gave is not recorded as one: smoking and conception start "not asked". The
-- value columns keep their CHECKs (a table that others reference cannot be made again), so a
-- flag beside each says whether the question was asked; when it was not, the value column holds
-- its default and means nothing. Answers saved before this were asked.
ALTER TABLE booking ADD COLUMN smoking_asked INTEGER NOT NULL DEFAULT 1 CHECK (smoking_asked IN (0, 1));
ALTER TABLE pregnancy ADD COLUMN conception_asked INTEGER NOT NULL DEFAULT 1 CHECK (conception_asked IN (0, 1));
