-- The key that page cursors are signed with (Cursors: HMAC-SHA256), one for the catalog instead of one
-- made by each process at its start: a cursor then outlives a restart, and is good on every instance that
-- serves this database. The service writes it at its first start after this migration (32 bytes from
-- the JVM's SecureRandom; Migrations). Deleting the row makes the next start write a new key, which turns
-- every cursor issued before into a 400.
CREATE TABLE cursor_key (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    secret bytea NOT NULL CHECK (length(secret) >= 32)
);
