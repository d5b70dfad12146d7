-- SPDX-License-Identifier: MIT
-- Postcode search lists women street by street; this index gives that order straight from the
-- index, so a short prefix (LE1) stops at the first page of results instead of sorting all.
CREATE INDEX woman_by_postcode_then_name ON woman (postcode_key, family_key, given_key, id);
DROP INDEX woman_by_postcode;
