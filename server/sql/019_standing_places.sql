-- Issue 11: standing areas are sold as places (a standing place is a seat index without a
-- position, held, sold and pushed like a seat; the server's layout describes each area and
-- best available for seats never hands one out), so an event may move onto a version with
-- standing areas again: 017's refusal (StandingNotSellable, 71) is lifted. The notification
-- on "bo_event_layout" now carries "event:layout:seats", so that every node reloads the
-- event's layout and seat map and pushes them to its watchers. Otherwise unchanged from 017.

CREATE OR REPLACE FUNCTION bo_event_move_layout(p_event bigint, p_version integer, p_audit jsonb)
RETURNS TABLE (r_code integer, r_message text, r_layout bigint, r_seats integer)
LANGUAGE plpgsql AS $$
DECLARE
    ev      events;
    lv      layout_versions;
    v_cur   integer;
    v_busy  bigint;
BEGIN
    SELECT * INTO ev FROM events WHERE event_id = p_event FOR UPDATE;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 10, 'no such event'::text, NULL::bigint, NULL::integer;
        RETURN;
    END IF;
    SELECT * INTO lv FROM layout_versions WHERE venue_id = ev.venue_id AND version = p_version;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 77, format('venue %s has no published version %s', ev.venue_id, p_version),
                            NULL::bigint, NULL::integer;
        RETURN;
    END IF;
    SELECT version INTO v_cur FROM layout_versions WHERE layout_id = ev.layout_id;
    IF p_version <= v_cur THEN
        RETURN QUERY SELECT 79, format('the event uses version %s; it moves only to a newer one', v_cur),
                            NULL::bigint, NULL::integer;
        RETURN;
    END IF;
    PERFORM 1 FROM event_seats WHERE event_id = p_event FOR UPDATE;
    SELECT count(*) INTO v_busy FROM event_seats WHERE event_id = p_event AND state <> 0;
    IF v_busy > 0 THEN
        RETURN QUERY SELECT 78, format('%s seats of the event are held, sold or blocked', v_busy),
                            NULL::bigint, NULL::integer;
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM orders WHERE event_id = p_event) OR EXISTS (SELECT 1 FROM sales WHERE event_id = p_event) THEN
        RETURN QUERY SELECT 78, 'the event has orders or sales; their tickets name seats of its version'::text,
                            NULL::bigint, NULL::integer;
        RETURN;
    END IF;
    DELETE FROM holds WHERE event_id = p_event;
    DELETE FROM event_seats WHERE event_id = p_event;
    INSERT INTO event_seats (event_id, seat_index)
    SELECT p_event, i FROM generate_series(0, lv.seat_count - 1) AS i;
    UPDATE events SET layout_id = lv.layout_id, seat_count = lv.seat_count WHERE event_id = p_event;
    INSERT INTO audit_log (actor, role, address, action, event_id, target, before, after)
    VALUES (p_audit ->> 'actor', p_audit ->> 'role', p_audit ->> 'address', 'event.layout', p_event,
            'event:' || p_event,
            jsonb_build_object('layout', ev.layout_id, 'version', v_cur, 'seats', ev.seat_count),
            jsonb_build_object('layout', lv.layout_id, 'version', lv.version, 'seats', lv.seat_count));
    PERFORM pg_notify('bo_event_layout', p_event || ':' || lv.layout_id || ':' || lv.seat_count);
    RETURN QUERY SELECT 0, NULL::text, lv.layout_id, lv.seat_count;
END $$;
