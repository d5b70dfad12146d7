-- SPDX-License-Identifier: MIT
-- The number a woman rings to reach her named midwife's team for anything that is not urgent;
-- her printed plan gives it on its first page. Empty until the team lead sets it.
ALTER TABLE team ADD COLUMN phone TEXT NOT NULL DEFAULT '';
