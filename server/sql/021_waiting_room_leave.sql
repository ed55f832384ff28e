-- Issue 13: a buyer who is done shopping (QueueLeave: paid, or gave up) frees its place among
-- the event's active buyers at once, instead of at the end of its shopping window, so that
-- the next buyer in the queue is admitted (docs/waiting-room.md, "The active limit").
--
-- Each step records the admission point it moved to; the places it admitted are those below
-- that point and at or above the previous one. A buyer who leaves adds one to `freed` of the
-- step that admitted its place. The active buyers are sum(admitted - freed) over the steps
-- of the last window. Steps recorded before this migration have no point (nobody frees them).
ALTER TABLE waiting_room_steps ADD COLUMN point bigint CHECK (point >= 0);
ALTER TABLE waiting_room_steps ADD COLUMN freed integer NOT NULL DEFAULT 0;
ALTER TABLE waiting_room_steps ADD CONSTRAINT waiting_room_steps_freed CHECK (freed >= 0 AND freed <= admitted);
CREATE INDEX waiting_room_steps_point ON waiting_room_steps (event_id, point);

-- The admitted buyer's queue place (to find its step when it leaves), and when it left.
ALTER TABLE waiting_room_admissions ADD COLUMN place bigint CHECK (place >= 0);
ALTER TABLE waiting_room_admissions ADD COLUMN left_at timestamptz;
