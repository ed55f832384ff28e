-- pgbench script for `scripts/bench holds`: the naive design the server is measured
-- against, one transaction per click and no batching. Each run of this script is one
-- hold of a random seat of event 4 (a second event on the 50,000-seat stadium) and its
-- release, two transactions, so pgbench's tps is holds per second.
--
-- The hold id is drawn in the same round trip as BEGIN, so a click whose seat is taken
-- by another client (the UPDATE matches no row) still inserts a hold row with a fresh id
-- instead of failing on a duplicate key, and the release only frees a seat that still
-- carries this client's hold.
\set seat random(0, 49999)
BEGIN \; SELECT nextval('hold_ids') AS hid \gset
UPDATE event_seats SET state = 1, hold_id = :hid, hold_expires = now() + interval '3 minutes', version = version + 1 WHERE event_id = 4 AND seat_index = :seat AND (state = 0 OR (state = 1 AND hold_expires < now()));
INSERT INTO holds (event_id, hold_id, owner, seats, created_at, expires_at, max_expires_at, state) VALUES (4, :hid, 'pgbench', ARRAY[:seat], now(), now() + interval '3 minutes', now() + interval '10 minutes', 0);
COMMIT;
BEGIN;
UPDATE event_seats SET state = 0, hold_id = NULL, hold_expires = NULL, version = version + 1 WHERE event_id = 4 AND seat_index = :seat AND state = 1 AND hold_id = :hid;
UPDATE holds SET state = 1 WHERE event_id = 4 AND hold_id = :hid;
COMMIT;
