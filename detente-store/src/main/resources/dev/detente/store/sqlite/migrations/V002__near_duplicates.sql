-- Version 2: actor names by frequency, and near-duplicate articles (dev.detente.text.NearDuplicateIndex signatures, persisted so a
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

-- every name an actor was given, and how many articles gave it: the actor's name is the most given
CREATE TABLE actor_names (
    actor_key TEXT NOT NULL,
    name      TEXT NOT NULL,
    seen      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (actor_key, name)
) WITHOUT ROWID;

-- the name each article gave an actor, so replacing the article takes its name count back
ALTER TABLE article_actors ADD COLUMN name TEXT;
