-- SPDX-License-Identifier: MIT
-- When the last good backup was taken (care::Backups::lastGood()) is read from the audit trail
-- at every start: found from an index however long the trail has grown. No table changes.
CREATE INDEX audit_event_by_event ON audit_event (event, id);
