-- Issue 18, attack 7: one audit row per buyer order, not one per step.
--
-- A buyer's order (no staff actor: p_audit is NULL) no longer writes 'order.create' when it
-- is created; the row that ends it ('order.cancel' or 'order.sold') carries what
-- 'order.create' said (number, holds, seats, total, currency, customer) next to its own
-- fields, so a loop of Hold → CreateOrder → CancelOrder leaves one append-only row per
-- order instead of two, and nothing is lost once the purge (012) has deleted the order.
-- Staff orders are audited step by step as before. Refunds and exchanges (paid orders)
-- are unchanged.

CREATE OR REPLACE FUNCTION bo_order_audit(p_audit jsonb, p_fallback_actor text, p_action text, o orders,
                                          p_before jsonb, p_after jsonb) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF p_audit IS NULL AND p_action = 'order.create' THEN
        RETURN;  -- a buyer's order: its creation is told by the row that ends it
    END IF;
    IF p_audit IS NULL AND p_action IN ('order.cancel', 'order.sold') THEN
        p_after := jsonb_build_object('number', o.order_number, 'holds', o.holds, 'seats', o.seats,
                                      'total_minor', o.total_minor, 'currency', o.currency,
                                      'customer', o.customer_id, 'created', o.created_at)
                   || coalesce(p_after, '{}'::jsonb);
    END IF;
    INSERT INTO audit_log (actor, role, address, action, event_id, target, before, after)
    VALUES (coalesce(p_audit ->> 'actor', p_fallback_actor), p_audit ->> 'role', p_audit ->> 'address',
            p_action, o.event_id, 'order:' || o.order_id, p_before, p_after);
END $$;
