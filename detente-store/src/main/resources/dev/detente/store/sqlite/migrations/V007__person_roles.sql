-- Who held which role when, with the evidence: one row per person, role (as the article writes it in
-- full), country and article that gives it, dated by the article's publication day, with the offsets
-- of the person's first mention there. actor_roles keeps each role's first and last day; this table
-- is what they are read from again when an article is replaced, and what a role's evidence links to.
-- Ledgers from before this migration get rows as articles are ingested again.
CREATE TABLE person_roles (
    actor_key  TEXT NOT NULL,
    role       TEXT NOT NULL,
    country    TEXT NOT NULL DEFAULT '',
    article_id TEXT NOT NULL,
    day        TEXT,
    span_start INTEGER,
    span_end   INTEGER,
    PRIMARY KEY (actor_key, role, country, article_id)
) WITHOUT ROWID;
CREATE INDEX person_roles_article ON person_roles(article_id);
