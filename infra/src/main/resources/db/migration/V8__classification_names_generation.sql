-- Lists name a page's classifications from names the service keeps (ClassificationNames) instead of
-- reading them again for every page: that second statement was a fifth of a list's cost. The names are
-- kept per generation, the one number in this table, which every list reads in its page's snapshot.
-- A classification's id never changes, so its name changes only by an UPDATE of name, or by its row
-- going (DELETE, TRUNCATE) and the id coming back with another name. Each of those bumps the generation
-- in its own transaction, so two snapshots that see the same generation see the same names. Creating
-- a classification (as imports do) bumps nothing: a new id is simply not known yet.
CREATE TABLE classification_names_generation (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  generation bigint NOT NULL
);
INSERT INTO classification_names_generation (generation) VALUES (0);

CREATE FUNCTION bump_classification_names_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE classification_names_generation SET generation = generation + 1;
  RETURN NULL;
END
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['source', 'brand', 'category', 'parent_category', 'food_group', 'process_type'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE OF name ON %I FOR EACH ROW'
        || ' WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION bump_classification_names_generation()',
        t || '_renamed', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I FOR EACH ROW'
        || ' EXECUTE FUNCTION bump_classification_names_generation()', t || '_deleted', t);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT'
        || ' EXECUTE FUNCTION bump_classification_names_generation()', t || '_truncated', t);
  END LOOP;
END
$$;
