-- Issue 13: the virtual waiting room (docs/waiting-room.md).
--
-- Nothing here is written per waiting buyer. A queue ticket is signed, not stored; what the
-- database keeps is, per event, the admission point and its history (one row per step, a
-- step every few hundred milliseconds at most), a summary of each node's waiting buyers
-- (one row per node, rewritten in place), and one row per ADMITTED buyer when it exchanges
-- its ticket for an admission token (so a session gets one shopping window, and its holds
-- are released when that window ends even if the node that admitted it is gone).

-- The HMAC-SHA256 key that signs queue tickets and admission tokens, shared by every node
-- like the ticket key of 008: the first node to start inserts it (ON CONFLICT DO NOTHING),
-- every node reads the winner's.
CREATE TABLE waiting_room_keys (
    key_id      integer PRIMARY KEY CHECK (key_id > 0),
    secret      bytea NOT NULL CHECK (length(secret) = 32),
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- One row per event with a waiting room. admission_point: queue places below it are
-- admitted (a place is a 64-bit number: shuffled pre-queue places first, then arrival
-- order). Only the node holding the event's advisory lock updates it.
CREATE TABLE waiting_rooms (
    event_id         bigint PRIMARY KEY REFERENCES events,
    admission_point  bigint NOT NULL DEFAULT 0 CHECK (admission_point >= 0),
    admitted_total   bigint NOT NULL DEFAULT 0 CHECK (admitted_total >= 0),
    credit           double precision NOT NULL DEFAULT 0,
    advanced_at      timestamptz,
    updated_at       timestamptz NOT NULL DEFAULT now()
);

-- Each advance of the admission point: how many buyers it admitted. The buyers admitted
-- within the last shopping window are the active ones (the limit on active buyers).
CREATE TABLE waiting_room_steps (
    event_id  bigint NOT NULL REFERENCES waiting_rooms ON DELETE CASCADE,
    step_id   bigint GENERATED ALWAYS AS IDENTITY,
    at        timestamptz NOT NULL DEFAULT now(),
    admitted  integer NOT NULL CHECK (admitted > 0),
    PRIMARY KEY (event_id, step_id)
);
CREATE INDEX waiting_room_steps_at ON waiting_room_steps (event_id, at);

-- Each node's waiting buyers of an event, summarised: their count, the first places after
-- the admission point (head: big-endian 8-byte places, sorted) and every sketch_step-th
-- place after those (sketch), from which any node estimates a buyer's position.
CREATE TABLE waiting_room_nodes (
    event_id     bigint NOT NULL REFERENCES waiting_rooms ON DELETE CASCADE,
    node         text NOT NULL,
    reported_at  timestamptz NOT NULL DEFAULT now(),
    waiting      integer NOT NULL CHECK (waiting >= 0),
    head         bytea NOT NULL,
    sketch       bytea NOT NULL,
    sketch_step  integer NOT NULL CHECK (sketch_step > 0),
    PRIMARY KEY (event_id, node)
);

-- One row per admitted buyer session that exchanged its ticket: its window's end, and the
-- owner of its holds. A second exchange by the same session gets the same window.
CREATE TABLE waiting_room_admissions (
    event_id    bigint NOT NULL REFERENCES waiting_rooms ON DELETE CASCADE,
    session_id  bigint NOT NULL,
    owner       text NOT NULL,
    expires_at  timestamptz NOT NULL,
    released    boolean NOT NULL DEFAULT false,
    PRIMARY KEY (event_id, session_id)
);
CREATE INDEX waiting_room_admissions_due ON waiting_room_admissions (event_id, expires_at)
    WHERE NOT released;

-- The end of shopping windows: releases the active holds of buyers whose window ended
-- (at most p_limit buyers per call), except holds of an order whose card payment is
-- already under way (the sale saga decides those), and marks the windows released.
-- Seats are locked in (event, seat) order like bo_apply_batch, and their changes NOTIFYed.
-- Returns the number of seats released.
CREATE FUNCTION bo_waiting_room_expire(p_event bigint, p_limit integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    v_owners text[];
    v_holds  bigint[];
    v_seats  integer[];
    v_vers   bigint[];
    v_all    integer[];
BEGIN
    WITH due AS (
        SELECT a.session_id FROM waiting_room_admissions a
         WHERE a.event_id = p_event AND NOT a.released AND a.expires_at < now()
         ORDER BY a.expires_at LIMIT p_limit FOR UPDATE SKIP LOCKED),
    done AS (
        UPDATE waiting_room_admissions a SET released = true
          FROM due WHERE a.event_id = p_event AND a.session_id = due.session_id
        RETURNING a.owner)
    SELECT array_agg(done.owner) INTO v_owners FROM done;
    IF v_owners IS NULL THEN
        RETURN 0;
    END IF;
    SELECT array_agg(h.hold_id) INTO v_holds FROM holds h
     WHERE h.event_id = p_event AND h.owner = ANY (v_owners) AND h.state = 0
       AND NOT EXISTS (SELECT 1 FROM orders o JOIN payments p ON p.order_id = o.order_id
                        WHERE o.event_id = p_event AND o.holds @> ARRAY[h.hold_id] AND o.state = 'pending'
                          AND p.kind = 'payment'
                          AND p.state IN ('authorizing', 'authorized', 'capturing', 'captured'));
    IF v_holds IS NULL THEN
        RETURN 0;
    END IF;
    v_all := ARRAY(SELECT DISTINCT x FROM holds h, unnest(h.seats) AS x
                    WHERE h.event_id = p_event AND h.hold_id = ANY (v_holds));
    PERFORM 1 FROM event_seats s
     WHERE s.event_id = p_event AND s.seat_index = ANY (v_all)
     ORDER BY s.event_id, s.seat_index FOR UPDATE;
    WITH u AS (
        UPDATE event_seats s
           SET state = 0, hold_id = NULL, hold_expires = NULL, version = s.version + 1
         WHERE s.event_id = p_event AND s.seat_index = ANY (v_all) AND s.state = 1
           AND s.hold_id = ANY (v_holds)
     RETURNING s.seat_index, s.version)
    SELECT array_agg(u.seat_index), array_agg(u.version) INTO v_seats, v_vers FROM u;
    DELETE FROM holds h WHERE h.event_id = p_event AND h.hold_id = ANY (v_holds) AND h.state IN (0, 3);
    IF v_seats IS NOT NULL THEN
        PERFORM bo_notify_changes(array_fill(p_event, ARRAY[cardinality(v_seats)]), v_seats,
                                  array_fill(0::smallint, ARRAY[cardinality(v_seats)]), v_vers);
    END IF;
    RETURN coalesce(cardinality(v_seats), 0);
END $$;
