-- Tickets: one per sold seat of an order. The serial is global and never reused; the code
-- on the ticket is signed by the server (Ed25519 over event, seat and serial), so a scanner
-- can verify it offline, and is not stored: it is computed from this row and the key.
--
-- state: 0 valid, 1 refunded, 2 exchanged (replaced_by names the new ticket's serial). A
-- seat has at most one valid ticket. Admission is one UPDATE ... WHERE admitted_at IS NULL:
-- two gates scanning the same ticket at the same moment, on two nodes, admit it once.

CREATE SEQUENCE ticket_serials;

CREATE TABLE tickets (
    serial         bigint PRIMARY KEY DEFAULT nextval('ticket_serials'),
    event_id       bigint NOT NULL REFERENCES events,
    seat_index     integer NOT NULL CHECK (seat_index >= 0),
    order_id       bigint NOT NULL,
    price_minor    bigint NOT NULL CHECK (price_minor >= 0),
    currency       char(3) NOT NULL,
    state          smallint NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 2),
    issued_at      timestamptz NOT NULL DEFAULT now(),
    voided_at      timestamptz,
    replaced_by    bigint,
    admitted_at    timestamptz,
    admitted_gate  text,
    admitted_by    text,
    FOREIGN KEY (event_id, seat_index) REFERENCES event_seats (event_id, seat_index),
    CHECK ((state = 0) = (voided_at IS NULL)),
    -- An admission records when, where and by whom, all three or none (CheckIn).
    CHECK ((admitted_at IS NULL) = (admitted_gate IS NULL) AND (admitted_at IS NULL) = (admitted_by IS NULL)),
    CHECK (length(admitted_gate) BETWEEN 1 AND 64)
);

CREATE UNIQUE INDEX tickets_one_valid_per_seat ON tickets (event_id, seat_index) WHERE state = 0;
CREATE INDEX tickets_order ON tickets (order_id);
