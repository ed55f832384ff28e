-- Demo data: a 2,000-seat theatre, a 50,000-seat stadium and four events.
-- Loaded by `boxoffice-server --load-demo` only into a database without venues.
-- Prices are integer minor units (cents).

INSERT INTO venues (venue_id, name, city, seat_count) VALUES
    (1, 'Grand Theatre', 'Vienna', 2000),
    (2, 'City Stadium', 'Munich', 50000);

-- Each venue as published version 1 (layout_id = venue_id here); the drafts below start
-- as copies of them.
INSERT INTO layout_versions (layout_id, venue_id, version, seat_count, published_by) VALUES
    (1, 1, 1, 2000, 'demo'),
    (2, 2, 1, 50000, 'demo');

INSERT INTO price_categories (layout_id, venue_id, category_id, name, colour) VALUES
    (1, 1, 0, 'Premium', '#7c3aed'),
    (1, 1, 1, 'Standard', '#2563eb'),
    (1, 1, 2, 'Economy', '#0d9488'),
    (2, 2, 0, 'Lower tier', '#db2777'),
    (2, 2, 1, 'Middle tier', '#ea580c'),
    (2, 2, 2, 'Upper tier', '#ca8a04');

-- Theatre: Stalls 20 rows x 50, Dress Circle 12 rows x 50, Balcony 10 rows x 40.
INSERT INTO sections (layout_id, venue_id, section_id, name) VALUES
    (1, 1, 0, 'Stalls'), (1, 1, 1, 'Dress Circle'), (1, 1, 2, 'Balcony');

WITH layout(section_id, rows, per_row, y0) AS (
    VALUES (0, 20, 50, 40.0), (1, 12, 50, 80.0), (2, 10, 40, 110.0)
), raw AS (
    SELECT l.section_id, r AS row_no, k AS seat_no, l.per_row, l.y0
      FROM layout l, generate_series(0, l.rows - 1) r, generate_series(0, l.per_row - 1) k
)
INSERT INTO seats (layout_id, venue_id, seat_index, section_id, row_label, seat_number, category_id, x, y,
                   accessible, flags)
SELECT 1, 1,
       (row_number() OVER (ORDER BY section_id, row_no, seat_no) - 1)::integer,
       section_id,
       chr(65 + row_no),
       seat_no + 1,
       CASE WHEN section_id = 0 AND row_no < 10 THEN 0
            WHEN section_id = 2 OR (section_id = 1 AND row_no >= 6) THEN 2
            ELSE 1 END,
       (seat_no - (per_row - 1) / 2.0) * 1.2,
       y0 + row_no * 1.5,
       (section_id = 0 AND row_no = 0 AND (seat_no < 2 OR seat_no >= per_row - 2)),
       CASE WHEN section_id = 0 AND row_no = 0 AND (seat_no < 2 OR seat_no >= per_row - 2) THEN 1 ELSE 0 END
  FROM raw;

-- Stadium: four stands of five blocks, each block 25 rows x 100 seats, around a square
-- bowl with the pitch centre at (0, 0); seats 1.2 apart, rows 1.5 apart, like the theatre.
INSERT INTO sections (layout_id, venue_id, section_id, name)
SELECT 2, 2, s * 5 + b, (ARRAY['North', 'East', 'South', 'West'])[s + 1] || ' ' || (b + 1)
  FROM generate_series(0, 3) s, generate_series(0, 4) b;

WITH raw AS (
    SELECT s AS stand, b AS block, r AS row_no, k AS seat_no
      FROM generate_series(0, 3) s, generate_series(0, 4) b, generate_series(0, 24) r,
           generate_series(0, 99) k
), placed AS (
    SELECT *, (block * 104 + seat_no - 258.0) * 1.2 AS along, (330.0 + row_no * 1.5) AS out FROM raw
)
INSERT INTO seats (layout_id, venue_id, seat_index, section_id, row_label, seat_number, category_id, x, y,
                   accessible, flags)
SELECT 2, 2,
       (row_number() OVER (ORDER BY stand, block, row_no, seat_no) - 1)::integer,
       stand * 5 + block,
       (row_no + 1)::text,
       seat_no + 1,
       CASE WHEN row_no < 8 THEN 0 WHEN row_no < 17 THEN 1 ELSE 2 END,
       CASE stand WHEN 0 THEN along WHEN 1 THEN out WHEN 2 THEN -along ELSE -out END,
       CASE stand WHEN 0 THEN -out WHEN 1 THEN along WHEN 2 THEN out ELSE -along END,
       (row_no = 0 AND seat_no < 4),
       CASE WHEN row_no = 0 AND seat_no < 4 THEN 1 ELSE 0 END
  FROM placed;

INSERT INTO events (event_id, venue_id, layout_id, name, starts_at, onsale_from, onsale_until,
                    hold_ttl_s, hold_max_s, max_seats_per_order, currency, seat_count) VALUES
    (1, 1, 1, 'Hamlet', date_trunc('day', now()) + interval '7 days 19 hours 30 minutes',
        now() - interval '1 day', date_trunc('day', now()) + interval '7 days 19 hours', 180, 600, 10, 'EUR', 2000),
    (2, 1, 1, 'The Magic Flute', date_trunc('day', now()) + interval '14 days 19 hours',
        now() - interval '1 day', date_trunc('day', now()) + interval '14 days 18 hours', 180, 600, 10, 'EUR', 2000),
    (3, 2, 2, 'Cup Final', date_trunc('day', now()) + interval '30 days 20 hours',
        now() - interval '1 day', date_trunc('day', now()) + interval '30 days 19 hours', 120, 480, 8, 'EUR', 50000),
    (4, 2, 2, 'Summer Open Air', date_trunc('day', now()) + interval '45 days 18 hours',
        now() - interval '1 day', date_trunc('day', now()) + interval '45 days 17 hours', 120, 480, 8, 'EUR', 50000);

INSERT INTO event_prices (event_id, category_id, price_minor) VALUES
    (1, 0, 8900), (1, 1, 5900), (1, 2, 2900),
    (2, 0, 12000), (2, 1, 7500), (2, 2, 3500),
    (3, 0, 15000), (3, 1, 9000), (3, 2, 4500),
    (4, 0, 9900), (4, 1, 6900), (4, 2, 3900);

INSERT INTO event_seats (event_id, seat_index)
SELECT e.event_id, s.seat_index FROM events e JOIN seats s ON s.layout_id = e.layout_id;

-- A few blocked seats (sound desk) in the theatre, so maps show every state.
UPDATE event_seats SET state = 3 WHERE event_id IN (1, 2) AND seat_index BETWEEN 1520 AND 1529;

SELECT setval(pg_get_serial_sequence('venues', 'venue_id'), (SELECT max(venue_id) FROM venues));
SELECT setval(pg_get_serial_sequence('events', 'event_id'), (SELECT max(event_id) FROM events));
SELECT setval(pg_get_serial_sequence('layout_versions', 'layout_id'), (SELECT max(layout_id) FROM layout_versions));

INSERT INTO venue_drafts (venue_id, revision, document, saved_by)
SELECT venue_id, 1, bo_layout_document_from_rows(layout_id), 'demo' FROM layout_versions;

-- Fresh statistics for the planner: without them the batch functions' plans assume
-- empty tables until autovacuum gets round to it, and an on-sale right after loading
-- runs several times slower.
ANALYZE venues, layout_versions, venue_drafts, price_categories, sections, seats, events, event_prices, event_seats, holds, sales;
