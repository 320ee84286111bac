-- Which rules wrote the stored name forms (product.name_folded, name_search): a fingerprint of the Java
-- code that computes them (TextFolding, Abbreviations, and the JDK's Unicode tables, by its feature
-- version). At every start, after the migrations, NameForms compares it with the running code's and,
-- when they differ, recomputes the forms of the products whose forms differ, then stores the new one.
-- No row yet: the first start checks every product (the final sigma's folding changed with this version).
CREATE TABLE name_forms (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    fingerprint text NOT NULL
);
