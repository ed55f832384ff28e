-- Issue 18, attack 7: bounded storage for anonymous work.
--
-- Buyer sessions get no row when they start. Their token carries the session id and its
-- start, signed with the cluster's key below (HMAC-SHA256), so any node can resume it
-- without a row; the row is written when the session first holds seats (so admins see it
-- and may revoke it, and idle expiry holds across nodes), or as a revocation marker when
-- a buyer signs out. Session ids still come from the sessions' identity sequence.
--
-- Cancelled and abandoned orders that never took money, their customer rows, swept holds
-- no order refers to, and buyer sessions past their hard cap are deleted by
-- bo_purge_anonymous after the server's --purge-after-s (docs/security.md, "Limits").
-- The audit trail stays as it is (append-only).

-- One key, made by the first migration run: 32 bytes from two gen_random_uuid() (244
-- random bits). Whoever can read this table can make buyer tokens (not staff ones: those
-- are random and only their hash is stored).
CREATE TABLE session_token_keys (
    key_id      integer PRIMARY KEY CHECK (key_id > 0),
    key         bytea NOT NULL CHECK (length(key) = 32),
    created_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO session_token_keys (key_id, key)
VALUES (1, decode(replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''), 'hex'));

-- Swept holds, found by age for the purge.
CREATE INDEX holds_swept ON holds (expires_at) WHERE state = 3;

-- Deletes, in bounded steps (p_limit rows of each kind), anonymous leftovers older than
-- p_age:
--  * orders that never took money (no payment row, no ticket) and are cancelled, or
--    pending with none of their holds active any more (abandoned: the holds were swept),
--    with their swept holds and their customer rows (unless another order names them);
--  * swept holds (state 3) that no order refers to;
--  * buyer sessions whose hard cap ended (a row must outlive its token: a deleted row of
--    a live token would make it resumable again).
-- Writes one audit row per call that deleted anything ('purge.anonymous', with counts).
CREATE FUNCTION bo_purge_anonymous(p_age interval, p_limit integer)
RETURNS TABLE (r_orders integer, r_customers integer, r_holds integer, r_sessions integer)
LANGUAGE plpgsql
SET jit = off
AS $$
DECLARE
    t        timestamptz := now() - p_age;
    v_orders bigint[];
    v_custs  bigint[];
    n_orders integer := 0;
    n_custs  integer := 0;
    n_holds  integer := 0;
    n_sess   integer := 0;
    n        integer;
BEGIN
    SELECT array_agg(o.order_id), array_agg(o.customer_id) FILTER (WHERE o.customer_id IS NOT NULL)
      INTO v_orders, v_custs
      FROM (SELECT od.order_id, od.customer_id FROM orders od
             WHERE od.updated_at < t
               AND (od.state = 'cancelled'
                    OR (od.state = 'pending'
                        AND NOT EXISTS (SELECT 1 FROM holds hd
                                         WHERE hd.event_id = od.event_id AND hd.hold_id = ANY (od.holds)
                                           AND hd.state IN (0, 2))))
               AND NOT EXISTS (SELECT 1 FROM payments pm WHERE pm.order_id = od.order_id)
               AND NOT EXISTS (SELECT 1 FROM tickets tk WHERE tk.order_id = od.order_id)
             ORDER BY od.order_id
             LIMIT p_limit
               FOR UPDATE SKIP LOCKED) o;
    IF v_orders IS NOT NULL THEN
        DELETE FROM holds hd USING orders od
         WHERE od.order_id = ANY (v_orders) AND hd.event_id = od.event_id AND hd.hold_id = ANY (od.holds)
           AND hd.state = 3;
        GET DIAGNOSTICS n = ROW_COUNT;
        n_holds := n_holds + n;
        DELETE FROM orders od WHERE od.order_id = ANY (v_orders);
        GET DIAGNOSTICS n_orders = ROW_COUNT;
        DELETE FROM customers c
         WHERE c.customer_id = ANY (v_custs)
           AND NOT EXISTS (SELECT 1 FROM orders od WHERE od.customer_id = c.customer_id);
        GET DIAGNOSTICS n_custs = ROW_COUNT;
    END IF;

    DELETE FROM holds hd
     WHERE (hd.event_id, hd.hold_id) IN (
        SELECT h2.event_id, h2.hold_id FROM holds h2
         WHERE h2.state = 3 AND h2.expires_at < t
           AND NOT EXISTS (SELECT 1 FROM orders od WHERE od.holds @> ARRAY[h2.hold_id])
         ORDER BY h2.expires_at
         LIMIT p_limit
           FOR UPDATE SKIP LOCKED);
    GET DIAGNOSTICS n = ROW_COUNT;
    n_holds := n_holds + n;

    DELETE FROM sessions s
     WHERE s.session_id IN (
        SELECT s2.session_id FROM sessions s2
         WHERE s2.kind = 'buyer' AND s2.expires_at < t
         LIMIT p_limit);
    GET DIAGNOSTICS n_sess = ROW_COUNT;

    IF n_orders + n_custs + n_holds + n_sess > 0 THEN
        INSERT INTO audit_log (actor, action, target, after)
        VALUES ('boxoffice-server', 'purge.anonymous', '',
                jsonb_build_object('orders', n_orders, 'customers', n_custs, 'holds', n_holds,
                                   'sessions', n_sess, 'older_than_s', extract(epoch FROM p_age)::bigint));
    END IF;
    RETURN QUERY SELECT n_orders, n_custs, n_holds, n_sess;
END $$;
