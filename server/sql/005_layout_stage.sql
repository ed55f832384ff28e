-- The stage (or pitch) centre of a venue, in the venue's seat coordinates: best available
-- chooses the seats nearest to it, and GetLayout sends it to clients. The demo venues have
-- it at the origin (theatre rows start at y = 40 and grow away from the stage; the stadium's
-- stands surround (0, 0)).
ALTER TABLE venues
    ADD COLUMN stage_x real NOT NULL DEFAULT 0,
    ADD COLUMN stage_y real NOT NULL DEFAULT 0;
