-- SPDX-License-Identifier: MIT
-- Names are now compared without apostrophes and full stops, so "oconnor" finds O'Connor and
-- "st john" finds St. John (storage::foldName). The keys already stored are folded the same way.
UPDATE woman
   SET given_key  = replace(replace(replace(given_key, '''', ''), char(8217), ''), '.', ''),
       family_key = replace(replace(replace(family_key, '''', ''), char(8217), ''), '.', '')
 WHERE given_key GLOB '*[''.]*' OR family_key GLOB '*[''.]*'
    OR instr(given_key, char(8217)) > 0 OR instr(family_key, char(8217)) > 0;
