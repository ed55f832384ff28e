-- Issue 10: seats leave the market only through paid orders, and what one session may
-- hold is capped by the database in the same transaction as the hold.
--
-- bo_apply_batch gains p_caps (per request: the most seats the requesting session may hold
-- in the event; NULL = the event's max_seats_per_order, the buyers' cap) and two result
-- columns, r_limit and r_held, filled for a hold refused with HoldLimit (62). Confirm
-- (op 4) is retired: it answers MessageRetired (63) and changes nothing. Otherwise the
-- function is the one of 004.

-- A session's active holds in an event, counted at every hold under the cap's lock.
CREATE INDEX holds_active_owner ON holds (event_id, owner) WHERE state = 0;

DROP FUNCTION bo_apply_batch(smallint[], bigint[], bigint[], text[], integer[], integer[], jsonb[]);

CREATE FUNCTION bo_apply_batch(p_ops smallint[], p_events bigint[], p_holds bigint[],
                               p_owners text[], p_counts integer[], p_seats integer[],
                               p_audit jsonb[], p_caps integer[])
RETURNS TABLE (r_idx integer, r_code integer, r_hold bigint, r_expires timestamptz,
               r_max_expires timestamptz, r_sale bigint, r_total bigint, r_count integer,
               r_seats integer[], r_limit integer, r_held integer)
LANGUAGE plpgsql
-- Batches touch a few hundred seats by primary key: nested loops over the index, always.
-- The planner cannot see the sizes of the arrays and would otherwise pick full scans.
SET enable_seqscan = off
SET enable_hashjoin = off
SET enable_mergejoin = off
SET jit = off
AS $$
-- Results come back in any order; r_idx names the request (1-based).
--
-- Holds and releases, the bulk of any on-sale, run as a handful of set-based statements
-- whatever the batch size; extends, which are rare, run one by one. Confirm (op 4) is
-- retired: it sells nothing and answers MessageRetired (63). The
-- caller sends hold requests of one batch over disjoint seats (the server defers a
-- request that overlaps an earlier one to the next batch); should two overlap anyway,
-- the later one is refused, never both granted.
DECLARE
    n        integer := coalesce(cardinality(p_ops), 0);
    t        timestamptz := now();  -- the database's clock, the same for every node
    k        integer;
    v_off    integer[];
    hs_i     integer[];  -- for each element of p_seats, the request it belongs to
    h        record;
    ev       record;
    v_exp    timestamptz;
    rel_i    integer[];
    rel_e    bigint[];
    rel_h    bigint[];
    bad_i    integer[];
    bad_code integer[];
    req_code integer[];
    req_ttl  integer[];
    req_max  integer[];
    req_hold bigint[];
    req_cap  integer[];
    req_held integer[];
    req_multi boolean[];
    lk       integer;
    g_e      bigint;
    g_o      text;
    v_extra  integer;
    u_i      integer[];
    u_e      bigint[];
    u_s      integer[];
    u_v      bigint[];
    c_e      bigint[] := '{}';
    c_s      integer[] := '{}';
    c_st     smallint[] := '{}';
    c_v      bigint[] := '{}';
BEGIN
    IF n = 0 THEN
        RETURN;
    END IF;
    SELECT array_agg(x.o ORDER BY x.i) INTO v_off
      FROM (SELECT u.i, (sum(u.c) OVER (ORDER BY u.i) - u.c)::integer AS o
              FROM unnest(p_counts) WITH ORDINALITY AS u(c, i)) x;
    SELECT array_agg(u.i ORDER BY u.i) INTO hs_i
      FROM unnest(p_counts) WITH ORDINALITY AS u(c, i), generate_series(1, u.c) AS g(g);

    -- Phase 1: every seat the batch may touch, locked in one global order (event, seat).
    -- Batches on other workers and nodes lock in the same order: they wait, never deadlock.
    PERFORM 1 FROM event_seats s
      JOIN (SELECT p_events[x.i] AS e, x.st FROM unnest(hs_i, p_seats) AS x(i, st)
            UNION
            SELECT hd.event_id, unnest(hd.seats)
              FROM generate_subscripts(p_ops, 1) AS r(i)
              JOIN holds hd ON hd.event_id = p_events[r.i] AND hd.hold_id = p_holds[r.i]
             WHERE p_ops[r.i] <> 1) ks ON s.event_id = ks.e AND s.seat_index = ks.st
     ORDER BY s.event_id, s.seat_index
       FOR UPDATE OF s;

    -- Phase 2a: releases, checked all at once against their holds.
    SELECT array_agg(x.i) FILTER (WHERE x.code = 0), array_agg(x.e) FILTER (WHERE x.code = 0),
           array_agg(x.h) FILTER (WHERE x.code = 0),
           array_agg(x.i) FILTER (WHERE x.code <> 0), array_agg(x.code) FILTER (WHERE x.code <> 0)
      INTO rel_i, rel_e, rel_h, bad_i, bad_code
      FROM (SELECT r.i, hd.event_id AS e, hd.hold_id AS h,
                   CASE WHEN hd.hold_id IS NULL THEN 15
                        WHEN hd.state = 3 THEN 16  -- swept after expiry
                        WHEN hd.state <> 0 THEN 15
                        WHEN hd.owner <> p_owners[r.i] THEN 17
                        ELSE 0 END AS code
              FROM generate_subscripts(p_ops, 1) AS r(i)
              LEFT JOIN holds hd ON hd.event_id = p_events[r.i] AND hd.hold_id = p_holds[r.i]
             WHERE p_ops[r.i] = 2) x;
    IF bad_i IS NOT NULL THEN
        RETURN QUERY
            SELECT b.i, b.code, NULL::bigint, NULL::timestamptz, NULL::timestamptz, NULL::bigint,
                   NULL::bigint, 0, NULL::integer[], NULL::integer, NULL::integer
              FROM unnest(bad_i, bad_code) AS b(i, code);
    END IF;

    -- Phase 2b: extends, rare, checked one by one against the hold; a confirm is refused.
    FOR k IN 1..n LOOP
        CONTINUE WHEN p_ops[k] IN (1, 2);
        r_idx := k; r_code := 0; r_hold := NULL; r_expires := NULL; r_max_expires := NULL;
        r_sale := NULL; r_total := NULL; r_count := 0; r_seats := NULL; r_limit := NULL; r_held := NULL;
        IF p_ops[k] <> 3 THEN
            -- Seats leave the market only through a paid order (bo_order_sell_seats).
            r_code := 63;
            RETURN NEXT;
            CONTINUE;
        END IF;
        SELECT * INTO h FROM holds hd WHERE hd.event_id = p_events[k] AND hd.hold_id = p_holds[k];
        IF NOT FOUND THEN
            r_code := 15;
        ELSIF h.state = 3 THEN
            r_code := 16;  -- swept after expiry
        ELSIF h.state <> 0 THEN
            r_code := 15;
        ELSIF h.owner <> p_owners[k] THEN
            r_code := 17;
        ELSIF h.expires_at < t THEN
            r_code := 16;
        ELSE
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
                IF p_audit[k] IS NOT NULL THEN
                    INSERT INTO audit_log (actor, role, address, action, event_id, target, before, after)
                    VALUES (p_audit[k] ->> 'actor', p_audit[k] ->> 'role', p_audit[k] ->> 'address',
                            'hold.extend', h.event_id, 'hold:' || h.hold_id,
                            jsonb_build_object('expires', h.expires_at), jsonb_build_object('expires', v_exp));
                END IF;
                r_hold := h.hold_id;
                r_expires := v_exp;
                r_max_expires := h.max_expires_at;
                r_count := cardinality(h.seats);
                r_seats := h.seats;
            END IF;
        END IF;
        RETURN NEXT;
    END LOOP;

    -- Phase 3: all releases in one statement: free the seats that still carry the hold (an
    -- expired hold may be released too; its seats someone else took are not touched).
    IF rel_i IS NOT NULL THEN
        WITH rel AS (
            SELECT x.i, x.e, x.h FROM unnest(rel_i, rel_e, rel_h) AS x(i, e, h)
        ), rs AS (
            SELECT rel.i, rel.e, rel.h, st.seat
              FROM rel JOIN holds hd ON hd.event_id = rel.e AND hd.hold_id = rel.h,
                   unnest(hd.seats) AS st(seat)
        ), u AS (
            UPDATE event_seats s
               SET state = 0, hold_id = NULL, hold_expires = NULL, version = s.version + 1
              FROM rs
             WHERE s.event_id = rs.e AND s.seat_index = rs.seat AND s.hold_id = rs.h AND s.state = 1
         RETURNING rs.i, s.event_id, s.seat_index, s.version
        ), hd AS (
            -- A released hold is deleted: cheaper than a non-HOT update of its row, and
            -- nothing refers to it any more.
            DELETE FROM holds hd USING rel WHERE hd.event_id = rel.e AND hd.hold_id = rel.h
        )
        SELECT array_agg(u.i), array_agg(u.event_id), array_agg(u.seat_index), array_agg(u.version)
          INTO u_i, u_e, u_s, u_v FROM u;
        IF u_i IS NOT NULL THEN
            c_e := c_e || u_e;
            c_s := c_s || u_s;
            c_st := c_st || array_fill(0::smallint, ARRAY[cardinality(u_s)]);
            c_v := c_v || u_v;
        END IF;
        RETURN QUERY
            SELECT x.i, 0, x.h, NULL::timestamptz, NULL::timestamptz, NULL::bigint, NULL::bigint,
                   coalesce(c.cnt, 0)::integer, NULL::integer[], NULL::integer, NULL::integer
              FROM unnest(rel_i, rel_h) AS x(i, h)
              LEFT JOIN (SELECT ui.i, count(*) AS cnt FROM unnest(u_i) AS ui(i) GROUP BY ui.i) c
                ON c.i = x.i;
        INSERT INTO audit_log (actor, role, address, action, event_id, target, before, after)
        SELECT p_audit[x.i] ->> 'actor', p_audit[x.i] ->> 'role', p_audit[x.i] ->> 'address',
               'hold.release', x.e, 'hold:' || x.h, NULL,
               jsonb_build_object('released', (SELECT count(*) FROM unnest(u_i) AS ui(i) WHERE ui.i = x.i))
          FROM unnest(rel_i, rel_e, rel_h) AS x(i, e, h)
         WHERE p_audit[x.i] IS NOT NULL;
    END IF;

    -- Phase 4: every hold request checked at once against the seats as they are now.
    -- Per-request arrays are dense (indexed by request) so that later statements look
    -- values up instead of joining arrays.
    SELECT array_agg(x.code ORDER BY x.i), array_agg(x.ttl ORDER BY x.i), array_agg(x.mx ORDER BY x.i),
           array_agg(x.cap ORDER BY x.i)
      INTO req_code, req_ttl, req_max, req_cap FROM (
        SELECT r.i, e.hold_ttl_s AS ttl, e.hold_max_s AS mx,
               coalesce(p_caps[r.i], e.max_seats_per_order) AS cap,
               CASE WHEN p_ops[r.i] <> 1 THEN NULL
                    WHEN e.event_id IS NULL THEN 10
                    WHEN t < e.onsale_from OR t >= e.onsale_until THEN 19
                    WHEN p_counts[r.i] < 1 THEN 20
                    WHEN p_counts[r.i] > e.max_seats_per_order THEN 13
                    WHEN (SELECT count(*) FROM event_seats s
                           WHERE s.event_id = p_events[r.i]
                             AND s.seat_index = ANY (p_seats[v_off[r.i] + 1 : v_off[r.i] + p_counts[r.i]])
                             AND (s.state = 0 OR (s.state = 1 AND s.hold_expires < t))) <> p_counts[r.i] THEN 14
                    ELSE 0 END AS code
          FROM generate_subscripts(p_ops, 1) AS r(i)
          LEFT JOIN events e ON e.event_id = p_events[r.i] AND p_ops[r.i] = 1) x;

    IF 0 = ANY (req_code) THEN
        -- Overlapping requests in one batch (the server avoids sending them): the later
        -- loses, so no seat is ever granted twice.
        FOR k IN
            SELECT DISTINCT d.i FROM (
                SELECT x.i, row_number() OVER (PARTITION BY p_events[x.i], x.st ORDER BY x.i) AS rn
                  FROM unnest(hs_i, p_seats) AS x(i, st)
                 WHERE req_code[x.i] = 0) d
             WHERE d.rn > 1
        LOOP
            req_code[k] := 14;
        END LOOP;

        -- Phase 4b: the hold cap. What one session (owner) holds in one event, counted over
        -- its active holds (those of its pending orders included), may not exceed its cap:
        -- the event's max_seats_per_order for buyers, the staff limit for clerks (p_caps).
        -- Serialised per (event, owner) by a transaction-scoped advisory lock, so that two
        -- batches of the same session (two connections, two nodes) count one after the
        -- other: the second counts what the first committed. Locks are taken in the order
        -- of their keys, after the seat locks of phase 1, and nothing waits for a seat lock
        -- while holding one, so batches never deadlock over them.
        FOR lk IN
            SELECT DISTINCT hashtext(p_events[r.i] || '/' || p_owners[r.i])
              FROM generate_subscripts(p_ops, 1) AS r(i)
             WHERE req_code[r.i] = 0
             ORDER BY 1
        LOOP
            PERFORM pg_advisory_xact_lock(1112493902, lk);  -- 1112493902: "BOhN", the hold cap
        END LOOP;
        -- What each requesting session holds now (committed holds: the lock above makes the
        -- other batches of the session wait or finish first). A session with one request in
        -- the batch is decided at once; one with several (rare: one client, many requests in
        -- flight) is decided request by request, each counting the ones granted before it.
        SELECT array_agg(x.held ORDER BY x.i), array_agg(x.multi ORDER BY x.i)
          INTO req_held, req_multi FROM (
            SELECT r.i, CASE WHEN req_code[r.i] = 0 THEN coalesce(hc.held, 0) END AS held,
                   req_code[r.i] = 0 AND count(*) FILTER (WHERE req_code[r.i] = 0)
                                         OVER (PARTITION BY p_events[r.i], p_owners[r.i]) > 1 AS multi
              FROM generate_subscripts(p_ops, 1) AS r(i)
              LEFT JOIN LATERAL (
                SELECT sum(cardinality(hd.seats))::integer AS held FROM holds hd
                 WHERE req_code[r.i] = 0 AND hd.event_id = p_events[r.i] AND hd.owner = p_owners[r.i]
                   AND hd.state = 0 AND hd.expires_at >= t) hc ON true) x;
        SELECT array_agg(CASE WHEN req_code[r.i] = 0 AND NOT req_multi[r.i]
                               AND req_held[r.i] + p_counts[r.i] > req_cap[r.i] THEN 62
                              ELSE req_code[r.i] END ORDER BY r.i)
          INTO req_code FROM generate_subscripts(p_ops, 1) AS r(i);
        IF true = ANY (req_multi) THEN
            FOR k IN
                SELECT r.i FROM generate_subscripts(p_ops, 1) AS r(i)
                 WHERE req_multi[r.i]
                 ORDER BY p_events[r.i], p_owners[r.i], r.i
            LOOP
                IF p_events[k] IS DISTINCT FROM g_e OR p_owners[k] IS DISTINCT FROM g_o THEN
                    g_e := p_events[k];
                    g_o := p_owners[k];
                    v_extra := 0;
                END IF;
                req_held[k] := req_held[k] + v_extra;
                IF req_held[k] + p_counts[k] > req_cap[k] THEN
                    req_code[k] := 62;
                ELSE
                    v_extra := v_extra + p_counts[k];
                END IF;
            END LOOP;
        END IF;

        -- Phase 5: the winners' seats held and their holds recorded, one statement each.
        req_hold := array_fill(NULL::bigint, ARRAY[n]);
        FOR k IN 1..n LOOP
            IF req_code[k] = 0 THEN
                req_hold[k] := nextval('hold_ids');
            END IF;
        END LOOP;
        WITH u AS (
            UPDATE event_seats s
               SET state = 1, hold_id = req_hold[x.i],
                   hold_expires = t + make_interval(secs => req_ttl[x.i]), version = s.version + 1
              FROM unnest(hs_i, p_seats) AS x(i, st)
             WHERE req_code[x.i] = 0 AND s.event_id = p_events[x.i] AND s.seat_index = x.st
         RETURNING s.event_id, s.seat_index, s.version)
        SELECT array_agg(u.event_id), array_agg(u.seat_index), array_agg(u.version)
          INTO u_e, u_s, u_v FROM u;
        INSERT INTO holds (event_id, hold_id, owner, seats, created_at, expires_at, max_expires_at, state)
        SELECT p_events[r.i], req_hold[r.i], p_owners[r.i],
               p_seats[v_off[r.i] + 1 : v_off[r.i] + p_counts[r.i]], t,
               t + make_interval(secs => req_ttl[r.i]), t + make_interval(secs => req_max[r.i]), 0
          FROM generate_subscripts(p_ops, 1) AS r(i)
         WHERE req_code[r.i] = 0;
        INSERT INTO audit_log (actor, role, address, action, event_id, target, before, after)
        SELECT p_audit[r.i] ->> 'actor', p_audit[r.i] ->> 'role', p_audit[r.i] ->> 'address',
               'hold.create', p_events[r.i], 'hold:' || req_hold[r.i], NULL,
               jsonb_build_object('seats', to_jsonb(p_seats[v_off[r.i] + 1 : v_off[r.i] + p_counts[r.i]]),
                                  'expires', t + make_interval(secs => req_ttl[r.i]))
          FROM generate_subscripts(p_ops, 1) AS r(i)
         WHERE req_code[r.i] = 0 AND p_audit[r.i] IS NOT NULL;
        IF u_e IS NOT NULL THEN
            c_e := c_e || u_e;
            c_s := c_s || u_s;
            c_st := c_st || array_fill(1::smallint, ARRAY[cardinality(u_s)]);
            c_v := c_v || u_v;
        END IF;
    END IF;

    RETURN QUERY
        SELECT r.i, req_code[r.i], req_hold[r.i],
               CASE WHEN req_code[r.i] = 0 THEN t + make_interval(secs => req_ttl[r.i]) END,
               CASE WHEN req_code[r.i] = 0 THEN t + make_interval(secs => req_max[r.i]) END,
               NULL::bigint, NULL::bigint,
               CASE WHEN req_code[r.i] = 0 THEN p_counts[r.i] ELSE 0 END,
               CASE WHEN req_code[r.i] = 0 THEN p_seats[v_off[r.i] + 1 : v_off[r.i] + p_counts[r.i]] END,
               CASE WHEN req_code[r.i] = 62 THEN req_cap[r.i] END,
               CASE WHEN req_code[r.i] = 62 THEN req_held[r.i] END
          FROM generate_subscripts(p_ops, 1) AS r(i)
         WHERE p_ops[r.i] = 1;

    PERFORM bo_notify_changes(c_e, c_s, c_st, c_v);
END $$;
