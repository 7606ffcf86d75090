-- Version 2: near-duplicate articles (dev.detente.text.NearDuplicateIndex signatures, persisted so a
-- later run still recognises a copy of an article stored by an earlier one). Only originals are
-- indexed, so every copy points at the first article of its story.

ALTER TABLE articles ADD COLUMN duplicate_similarity REAL;

CREATE TABLE article_signatures (
    seq        INTEGER PRIMARY KEY,
    min_hashes BLOB NOT NULL
);

-- one row per band of an original's MinHash signature: bkey = hash of the band's rows, band in its low 6 bits
CREATE TABLE article_bands (
    bkey INTEGER NOT NULL,
    seq  INTEGER NOT NULL,
    PRIMARY KEY (bkey, seq)
) WITHOUT ROWID;
