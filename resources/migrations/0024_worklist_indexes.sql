-- SPDX-License-Identifier: MIT
-- A midwife's day read from indexes at trust scale (care::Worklists): her caseload from an index
-- alone, the women at 40 weeks or more by their EDD, the results still to act on from a short
-- index, and whether a baby's blood spot sample was taken from the baby's own checks. No table
-- changes.

-- Her caseload: the allocations naming her with their pregnancy and day, read without the
-- table (the allocation in force is found through allocation_by_pregnancy). Replaces the index
-- on the midwife alone, which it covers.
DROP INDEX allocation_by_midwife;
CREATE INDEX allocation_by_midwife ON allocation (midwife_id, pregnancy_id, recorded_on);

-- Pregnancies still in care by EDD: the women reaching 41 weeks are those booked with an EDD on
-- or before the day, a few of the trust's at any time.
CREATE INDEX pregnancy_by_status_and_edd ON pregnancy (status, edd);

-- Results that need action and have not been acted on: few at any time, however many results
-- are kept.
CREATE INDEX test_result_needing_action ON test_result (pregnancy_id)
    WHERE needs_action = 1 AND action_taken = '';

-- A baby's checks at postnatal contacts, by the baby: the blood spot sample is looked up for each
-- baby in the window, not in every check ever recorded.
CREATE INDEX postnatal_baby_check_by_baby ON postnatal_baby_check (baby_id);
