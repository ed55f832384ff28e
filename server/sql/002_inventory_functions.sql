-- Group commit: one call applies a whole batch of inventory requests in one round trip
-- and one commit, each request keeping its own all-or-nothing outcome.
--
-- Requests are parallel arrays, one element per request:
--   p_ops     1 hold, 2 release, 3 extend, 4 confirm
--   p_events  event id
--   p_holds   hold id (release, extend, confirm; ignored for hold)
--   p_owners  owner token of the requesting connection
--   p_counts  number of seats of a hold request (0 otherwise)
--   p_seats   the seats of all hold requests, concatenated in request order
-- Result codes are protocol error codes (0 = success).
CREATE FUNCTION bo_apply_batch(p_ops smallint[], p_events bigint[], p_holds bigint[],
                               p_owners text[], p_counts integer[], p_seats integer[])
RETURNS TABLE (r_idx integer, r_code integer, r_hold bigint, r_expires timestamptz,
               r_max_expires timestamptz, r_sale bigint, r_total bigint, r_count integer,
               r_seats integer[])
LANGUAGE plpgsql AS $$
DECLARE
    n        integer := coalesce(cardinality(p_ops), 0);
    t        timestamptz := now();  -- the database's clock, the same for every node
    off      integer := 0;
    i        integer;
    k_e      bigint[] := '{}';
    k_s      integer[] := '{}';
    c_e      bigint[] := '{}';
    c_s      integer[] := '{}';
    c_st     smallint[] := '{}';
    c_v      bigint[] := '{}';
    ev       record;
    h        record;
    nt       record;
    v_seats  integer[];
    v_vers   bigint[];
    v_cnt    integer;
    v_id     bigint;
    v_total  bigint;
    v_priced integer;
    v_exp    timestamptz;
BEGIN
    -- Phase 1: every seat the batch may touch, locked in one global order (event, seat).
    -- Batches on other workers lock in the same order, so they wait, never deadlock.
    FOR i IN 1..n LOOP
        IF p_ops[i] = 1 THEN
            k_e := k_e || array_fill(p_events[i], ARRAY[p_counts[i]]);
            k_s := k_s || p_seats[off + 1 : off + p_counts[i]];
            off := off + p_counts[i];
        ELSE
            SELECT hd.seats INTO v_seats FROM holds hd
             WHERE hd.event_id = p_events[i] AND hd.hold_id = p_holds[i];
            IF FOUND THEN
                k_e := k_e || array_fill(p_events[i], ARRAY[cardinality(v_seats)]);
                k_s := k_s || v_seats;
            END IF;
        END IF;
    END LOOP;

    PERFORM 1 FROM event_seats s
      JOIN (SELECT DISTINCT k.e, k.st FROM unnest(k_e, k_s) AS k(e, st)) k
        ON s.event_id = k.e AND s.seat_index = k.st
     ORDER BY s.event_id, s.seat_index
       FOR UPDATE OF s;

    -- Phase 2: the requests in arrival order, each against seats this transaction owns.
    off := 0;
    FOR i IN 1..n LOOP
        r_idx := i; r_code := 0; r_hold := NULL; r_expires := NULL; r_max_expires := NULL;
        r_sale := NULL; r_total := NULL; r_count := 0; r_seats := NULL;

        IF p_ops[i] = 1 THEN
            v_seats := p_seats[off + 1 : off + p_counts[i]];
            off := off + p_counts[i];
            SELECT * INTO ev FROM events e WHERE e.event_id = p_events[i];
            IF NOT FOUND THEN
                r_code := 10;
            ELSIF t < ev.onsale_from OR t >= ev.onsale_until THEN
                r_code := 19;
            ELSIF cardinality(v_seats) > ev.max_seats_per_order THEN
                r_code := 13;
            ELSE
                SELECT count(*) INTO v_cnt FROM event_seats s
                 WHERE s.event_id = p_events[i] AND s.seat_index = ANY (v_seats)
                   AND (s.state = 0 OR (s.state = 1 AND s.hold_expires < t));
                IF v_cnt <> cardinality(v_seats) THEN
                    r_code := 14;
                ELSE
                    v_id := nextval('hold_ids');
                    r_expires := t + make_interval(secs => ev.hold_ttl_s);
                    r_max_expires := t + make_interval(secs => ev.hold_max_s);
                    WITH u AS (
                        UPDATE event_seats s
                           SET state = 1, hold_id = v_id, hold_expires = r_expires,
                               version = s.version + 1
                         WHERE s.event_id = p_events[i] AND s.seat_index = ANY (v_seats)
                     RETURNING s.seat_index, s.version)
                    SELECT array_agg(u.seat_index), array_agg(u.version) INTO v_seats, v_vers FROM u;
                    INSERT INTO holds (event_id, hold_id, owner, seats, created_at, expires_at,
                                       max_expires_at, state)
                    VALUES (p_events[i], v_id, p_owners[i], v_seats, t, r_expires, r_max_expires, 0);
                    c_e := c_e || array_fill(p_events[i], ARRAY[cardinality(v_seats)]);
                    c_s := c_s || v_seats;
                    c_st := c_st || array_fill(1::smallint, ARRAY[cardinality(v_seats)]);
                    c_v := c_v || v_vers;
                    r_hold := v_id;
                    r_seats := v_seats;
                    r_count := cardinality(v_seats);
                END IF;
            END IF;
        ELSE
            SELECT * INTO h FROM holds hd WHERE hd.event_id = p_events[i] AND hd.hold_id = p_holds[i];
            IF FOUND AND h.state = 2 AND p_ops[i] = 4 AND h.owner = p_owners[i] THEN
                -- Confirming a hold that is already sold returns that sale: a client whose
                -- reply was lost may retry without selling twice or being told it failed.
                SELECT sa.sale_id, sa.total_minor INTO r_sale, r_total FROM sales sa
                 WHERE sa.event_id = h.event_id AND sa.hold_id = h.hold_id;
                r_hold := h.hold_id;
                r_seats := h.seats;
                r_count := cardinality(h.seats);
            ELSIF NOT FOUND THEN
                r_code := 15;
            ELSIF h.state = 3 THEN
                r_code := 16;  -- swept after expiry
            ELSIF h.state <> 0 THEN
                r_code := 15;
            ELSIF h.owner <> p_owners[i] THEN
                r_code := 17;
            ELSIF p_ops[i] = 2 THEN
                -- Release: free the seats that still carry this hold (an expired hold's
                -- seats may already belong to someone else).
                WITH u AS (
                    UPDATE event_seats s
                       SET state = 0, hold_id = NULL, hold_expires = NULL, version = s.version + 1
                     WHERE s.event_id = h.event_id AND s.seat_index = ANY (h.seats)
                       AND s.hold_id = h.hold_id AND s.state = 1
                 RETURNING s.seat_index, s.version)
                SELECT array_agg(u.seat_index), array_agg(u.version) INTO v_seats, v_vers FROM u;
                UPDATE holds hd SET state = 1 WHERE hd.event_id = h.event_id AND hd.hold_id = h.hold_id;
                r_hold := h.hold_id;
                r_count := coalesce(cardinality(v_seats), 0);
                IF r_count > 0 THEN
                    c_e := c_e || array_fill(h.event_id, ARRAY[r_count]);
                    c_s := c_s || v_seats;
                    c_st := c_st || array_fill(0::smallint, ARRAY[r_count]);
                    c_v := c_v || v_vers;
                END IF;
            ELSIF h.expires_at < t THEN
                r_code := 16;
            ELSIF p_ops[i] = 3 THEN
                SELECT * INTO ev FROM events e WHERE e.event_id = h.event_id;
                v_exp := least(t + make_interval(secs => ev.hold_ttl_s), h.max_expires_at);
                IF v_exp <= h.expires_at THEN
                    r_code := 18;
                ELSE
                    UPDATE event_seats s SET hold_expires = v_exp
                     WHERE s.event_id = h.event_id AND s.seat_index = ANY (h.seats)
                       AND s.hold_id = h.hold_id AND s.state = 1;
                    UPDATE holds hd SET expires_at = v_exp
                     WHERE hd.event_id = h.event_id AND hd.hold_id = h.hold_id;
                    r_hold := h.hold_id;
                    r_expires := v_exp;
                    r_max_expires := h.max_expires_at;
                    r_count := cardinality(h.seats);
                    r_seats := h.seats;
                END IF;
            ELSE
                -- Confirm: every seat must still carry this unexpired hold, checked under
                -- the row locks taken above; otherwise nothing changes.
                SELECT count(*) INTO v_cnt FROM event_seats s
                 WHERE s.event_id = h.event_id AND s.seat_index = ANY (h.seats)
                   AND s.hold_id = h.hold_id AND s.state = 1 AND s.hold_expires >= t;
                SELECT * INTO ev FROM events e WHERE e.event_id = h.event_id;
                SELECT coalesce(sum(p.price_minor), 0), count(p.price_minor) INTO v_total, v_priced
                  FROM seats st
                  LEFT JOIN event_prices p ON p.event_id = ev.event_id AND p.category_id = st.category_id
                 WHERE st.venue_id = ev.venue_id AND st.seat_index = ANY (h.seats);
                IF v_cnt <> cardinality(h.seats) THEN
                    r_code := 16;
                ELSIF v_priced <> cardinality(h.seats) THEN
                    r_code := 31;  -- a seat without a price: refuse rather than give it away
                ELSE
                    v_id := nextval('sale_ids');
                    WITH u AS (
                        UPDATE event_seats s
                           SET state = 2, sale_id = v_id, hold_id = NULL, hold_expires = NULL,
                               version = s.version + 1
                         WHERE s.event_id = h.event_id AND s.seat_index = ANY (h.seats)
                           AND s.hold_id = h.hold_id AND s.state = 1
                     RETURNING s.seat_index, s.version)
                    SELECT array_agg(u.seat_index), array_agg(u.version) INTO v_seats, v_vers FROM u;
                    INSERT INTO sales (event_id, sale_id, hold_id, owner, seats, total_minor, currency, created_at)
                    VALUES (h.event_id, v_id, h.hold_id, h.owner, h.seats, v_total, ev.currency, t);
                    UPDATE holds hd SET state = 2 WHERE hd.event_id = h.event_id AND hd.hold_id = h.hold_id;
                    INSERT INTO audit_log (actor, action, event_id, target, before, after)
                    VALUES (h.owner, 'sale.confirm', h.event_id, 'sale:' || v_id,
                            jsonb_build_object('hold', h.hold_id),
                            jsonb_build_object('seats', h.seats, 'total_minor', v_total,
                                               'currency', ev.currency));
                    c_e := c_e || array_fill(h.event_id, ARRAY[cardinality(v_seats)]);
                    c_s := c_s || v_seats;
                    c_st := c_st || array_fill(2::smallint, ARRAY[cardinality(v_seats)]);
                    c_v := c_v || v_vers;
                    r_hold := h.hold_id;
                    r_sale := v_id;
                    r_total := v_total;
                    r_seats := h.seats;
                    r_count := cardinality(h.seats);
                END IF;
            END IF;
        END IF;
        RETURN NEXT;
    END LOOP;

    PERFORM bo_notify_changes(c_e, c_s, c_st, c_v);
END $$;

-- Sends the changed seats to every listening node, in chunks that fit NOTIFY's 8000-byte
-- payload: "event;seat:state:version,seat:state:version,...". Delivered at commit, in
-- commit order.
CREATE FUNCTION bo_notify_changes(c_e bigint[], c_s integer[], c_st smallint[], c_v bigint[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    nt record;
BEGIN
    IF coalesce(cardinality(c_e), 0) = 0 THEN
        RETURN;
    END IF;
    FOR nt IN
        SELECT c.e, string_agg(c.s || ':' || c.st || ':' || c.v, ',' ORDER BY c.s, c.v) AS payload
          FROM (SELECT x.e, x.s, x.st, x.v,
                       (row_number() OVER (PARTITION BY x.e ORDER BY x.s, x.v) - 1) / 300 AS chunk
                  FROM unnest(c_e, c_s, c_st, c_v) AS x(e, s, st, v)) c
         GROUP BY c.e, c.chunk
    LOOP
        PERFORM pg_notify('bo_seats', nt.e || ';' || nt.payload);
    END LOOP;
END $$;

-- Releases expired holds so that seat maps show their seats free. A seat is released only
-- while it still carries the expired hold: a seat re-held in the meantime belongs to
-- someone else. Never waits for a lock (SKIP LOCKED): a locked seat is being decided by a
-- batch right now and the next sweep will see it.
CREATE FUNCTION bo_sweep(p_limit integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    t        timestamptz := now();
    h        record;
    v_locked integer[];
    v_seats  integer[];
    v_vers   bigint[];
    released integer := 0;
    c_e      bigint[] := '{}';
    c_s      integer[] := '{}';
    c_st     smallint[] := '{}';
    c_v      bigint[] := '{}';
BEGIN
    FOR h IN
        SELECT hd.event_id, hd.hold_id, hd.seats FROM holds hd
         WHERE hd.state = 0 AND hd.expires_at < t
         ORDER BY hd.expires_at
         LIMIT p_limit
           FOR UPDATE SKIP LOCKED
    LOOP
        SELECT array_agg(l.seat_index) INTO v_locked FROM (
            SELECT s.seat_index FROM event_seats s
             WHERE s.event_id = h.event_id AND s.seat_index = ANY (h.seats) AND s.hold_id = h.hold_id
             ORDER BY s.seat_index
               FOR UPDATE SKIP LOCKED) l;
        v_seats := NULL;
        IF v_locked IS NOT NULL THEN
            WITH u AS (
                UPDATE event_seats s
                   SET state = 0, hold_id = NULL, hold_expires = NULL, version = s.version + 1
                 WHERE s.event_id = h.event_id AND s.seat_index = ANY (v_locked)
                   AND s.hold_id = h.hold_id AND s.state = 1 AND s.hold_expires < t
             RETURNING s.seat_index, s.version)
            SELECT array_agg(u.seat_index), array_agg(u.version) INTO v_seats, v_vers FROM u;
        END IF;
        IF v_seats IS NOT NULL THEN
            released := released + cardinality(v_seats);
            c_e := c_e || array_fill(h.event_id, ARRAY[cardinality(v_seats)]);
            c_s := c_s || v_seats;
            c_st := c_st || array_fill(0::smallint, ARRAY[cardinality(v_seats)]);
            c_v := c_v || v_vers;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM event_seats s
                        WHERE s.event_id = h.event_id AND s.seat_index = ANY (h.seats)
                          AND s.hold_id = h.hold_id) THEN
            UPDATE holds hd SET state = 3 WHERE hd.event_id = h.event_id AND hd.hold_id = h.hold_id;
        END IF;
    END LOOP;
    PERFORM bo_notify_changes(c_e, c_s, c_st, c_v);
    RETURN released;
END $$;
