-- sort=name orders by the folded name (lower case, accents stripped: name_folded), then the name as
-- written, then id: "apple", "Álvaro", "Banana" and "zebra" in the order a reader expects, where the
-- name alone sorted by the database's collation (under C.UTF-8, by code point: "Zebra" before "apple",
-- "Álvaro" after "z"). The classification sorts and lists already ignore case (lower(name)).
-- name_like filters on name_folded, which the key carries as the INCLUDE column did; a name filter says
-- name_folded too (ListConditions), so it still finds its rows through this index.
DROP INDEX product_name_id_idx;
CREATE INDEX product_name_id_idx ON product (name_folded, name, id) WHERE NOT discarded;
