-- The Ed25519 key that signs ticket codes, for servers started without --ticket-key: the
-- first node to start makes one and inserts it as key 1 (INSERT ... ON CONFLICT DO NOTHING,
-- so two nodes starting at once both end up reading the one that won), and every node of
-- the cluster signs and verifies with it. A key in a file outside the database is better
-- for production (docs/security.md, "Ticket codes"): whoever can read this table can print
-- tickets.
--
-- key_id leaves room for rotation (a new key with a higher id, codes carrying which key
-- signed them); version 1 codes are all signed by key 1.

CREATE TABLE ticket_signing_keys (
    key_id           integer PRIMARY KEY CHECK (key_id > 0),
    algorithm        text NOT NULL DEFAULT 'Ed25519' CHECK (algorithm = 'Ed25519'),
    public_key       bytea NOT NULL CHECK (length(public_key) = 32),
    private_key_pem  text NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now()
);
