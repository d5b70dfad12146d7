-- SPDX-License-Identifier: MIT
-- Search lists women by family name, then given name. With these two indexes each way a name
-- can match (the start of her family name, the start of her given name, or both) is read in
-- that order straight from an index, so a short prefix stops at the first page of results
-- instead of reading and sorting every match; opening the app lists the first page of
-- everyone the same way. They replace the single-column name indexes, which they cover.
CREATE INDEX woman_by_family_then_given ON woman (family_key, given_key);
CREATE INDEX woman_by_given_then_family ON woman (given_key, family_key);
DROP INDEX woman_by_family;
DROP INDEX woman_by_given;
