-- Version 3: lists in indexed tables, so every filter (country, pair, actor, topic, speaker country,
-- about) is an index lookup instead of a LIKE over every row; dates inferred from the publication
-- date are marked; the actor registry's people are persisted instead of replayed on every open.

ALTER TABLE statements ADD COLUMN day_inferred INTEGER NOT NULL DEFAULT 0;
ALTER TABLE statements ADD COLUMN about TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN day_inferred INTEGER NOT NULL DEFAULT 0;

-- role: 'speaker' (the speaker's country), 'about' (what the statement is about), 'mention' (any)
CREATE TABLE statement_countries (
    country      TEXT NOT NULL,
    role         TEXT NOT NULL,
    statement_id INTEGER NOT NULL,
    PRIMARY KEY (country, role, statement_id)
) WITHOUT ROWID;
CREATE INDEX statement_countries_statement ON statement_countries(statement_id);

CREATE TABLE statement_topics (
    topic        TEXT NOT NULL,
    statement_id INTEGER NOT NULL,
    PRIMARY KEY (topic, statement_id)
) WITHOUT ROWID;
CREATE INDEX statement_topics_statement ON statement_topics(statement_id);

-- a statement belongs to a pair when its stance is about the pair or one side speaks about the other
CREATE TABLE statement_pairs (
    pair         TEXT NOT NULL,
    statement_id INTEGER NOT NULL,
    PRIMARY KEY (pair, statement_id)
) WITHOUT ROWID;
CREATE INDEX statement_pairs_statement ON statement_pairs(statement_id);

CREATE TABLE event_countries (
    country  TEXT NOT NULL,
    event_id INTEGER NOT NULL,
    PRIMARY KEY (country, event_id)
) WITHOUT ROWID;
CREATE INDEX event_countries_event ON event_countries(event_id);

CREATE TABLE event_actors (
    actor_key TEXT NOT NULL,
    event_id  INTEGER NOT NULL,
    PRIMARY KEY (actor_key, event_id)
) WITHOUT ROWID;
CREATE INDEX event_actors_event ON event_actors(event_id);

CREATE TABLE event_topics (
    topic    TEXT NOT NULL,
    event_id INTEGER NOT NULL,
    PRIMARY KEY (topic, event_id)
) WITHOUT ROWID;
CREATE INDEX event_topics_event ON event_topics(event_id);

-- every pair of two distinct countries among an event's parties
CREATE TABLE event_pairs (
    pair     TEXT NOT NULL,
    event_id INTEGER NOT NULL,
    PRIMARY KEY (pair, event_id)
) WITHOUT ROWID;
CREATE INDEX event_pairs_event ON event_pairs(event_id);

-- the people of dev.detente.actors.ActorRegistry in registration order, with the ledger key each maps to
CREATE TABLE registry_people (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    words      TEXT NOT NULL,
    country    TEXT,
    ambiguous  INTEGER NOT NULL DEFAULT 0,
    ledger_key TEXT
);

CREATE INDEX statements_speaker_country ON statements(speaker_country, day);
-- a speaker's latest statements, newest first (the merge candidates of an undated statement)
CREATE INDEX statements_speaker_latest ON statements(speaker_key, id);
-- how many articles mention each actor, kept at ingest: "most mentioned first" without counting
ALTER TABLE actors ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
UPDATE actors SET articles = (SELECT count(*) FROM article_actors x WHERE x.actor_key = actors.key);
CREATE INDEX actors_mentioned ON actors(articles DESC, name);
CREATE INDEX articles_language ON articles(language);
-- the source of an article: its outlet, else its URL's host (the expression SqliteLedgerReader.SOURCE)
CREATE INDEX articles_source ON articles(coalesce(outlet, CASE WHEN url LIKE '%://%' THEN replace(substr(substr(url, instr(url, '://') + 3), 1, CASE WHEN instr(substr(url, instr(url, '://') + 3), '/') > 0 THEN instr(substr(url, instr(url, '://') + 3), '/') - 1 ELSE length(url) END), 'www.', '') END));
CREATE INDEX articles_duplicate ON articles(duplicate_of);
CREATE INDEX events_type ON events(type, day);
CREATE INDEX statements_inferred ON statements(day_inferred) WHERE day_inferred = 1;
CREATE INDEX events_inferred ON events(day_inferred) WHERE day_inferred = 1;

-- backfill of a ledger written by version 2
UPDATE statements SET day_inferred = 1 WHERE day IS NOT NULL AND (said_on IS NULL OR substr(said_on, 1, 10) <> day);
UPDATE events SET day_inferred = 1 WHERE day IS NOT NULL AND (date IS NULL OR substr(date, 1, 10) <> day);
UPDATE statements SET about = '|' || substr(stance_pair, 1, 3) || '|' WHERE stance_pair IS NOT NULL AND speaker_country = substr(stance_pair, 5, 3);
UPDATE statements SET about = '|' || substr(stance_pair, 5, 3) || '|' WHERE stance_pair IS NOT NULL AND speaker_country = substr(stance_pair, 1, 3);
UPDATE statements SET about = '|' || substr(stance_pair, 1, 3) || '|' || substr(stance_pair, 5, 3) || '|' WHERE stance_pair IS NOT NULL AND about = '';
WITH RECURSIVE split(id, rest, item) AS (
    SELECT id, substr(countries, 2), NULL FROM statements WHERE countries <> ''
    UNION ALL SELECT id, substr(rest, instr(rest, '|') + 1), substr(rest, 1, instr(rest, '|') - 1) FROM split WHERE rest <> ''
) INSERT OR IGNORE INTO statement_countries SELECT item, 'mention', id FROM split WHERE item IS NOT NULL AND item <> '';
WITH RECURSIVE split(id, rest, item) AS (
    SELECT id, substr(about, 2), NULL FROM statements WHERE about <> ''
    UNION ALL SELECT id, substr(rest, instr(rest, '|') + 1), substr(rest, 1, instr(rest, '|') - 1) FROM split WHERE rest <> ''
) INSERT OR IGNORE INTO statement_countries SELECT item, 'about', id FROM split WHERE item IS NOT NULL AND item <> '';
INSERT OR IGNORE INTO statement_countries SELECT speaker_country, 'speaker', id FROM statements WHERE speaker_country IS NOT NULL;
WITH RECURSIVE split(id, rest, item) AS (
    SELECT id, substr(topics, 2), NULL FROM statements WHERE topics <> ''
    UNION ALL SELECT id, substr(rest, instr(rest, '|') + 1), substr(rest, 1, instr(rest, '|') - 1) FROM split WHERE rest <> ''
) INSERT OR IGNORE INTO statement_topics SELECT item, id FROM split WHERE item IS NOT NULL AND item <> '';
INSERT OR IGNORE INTO statement_pairs SELECT stance_pair, id FROM statements WHERE stance_pair IS NOT NULL;
INSERT OR IGNORE INTO statement_pairs SELECT min(s.country, a.country) || '-' || max(s.country, a.country), s.statement_id
    FROM statement_countries s JOIN statement_countries a ON a.statement_id = s.statement_id AND a.role = 'about'
    WHERE s.role = 'speaker' AND a.country <> s.country;
WITH RECURSIVE split(id, rest, item) AS (
    SELECT id, substr(countries, 2), NULL FROM events WHERE countries <> ''
    UNION ALL SELECT id, substr(rest, instr(rest, '|') + 1), substr(rest, 1, instr(rest, '|') - 1) FROM split WHERE rest <> ''
) INSERT OR IGNORE INTO event_countries SELECT item, id FROM split WHERE item IS NOT NULL AND item <> '';
WITH RECURSIVE split(id, rest, item) AS (
    SELECT id, substr(actor_keys, 2), NULL FROM events WHERE actor_keys <> ''
    UNION ALL SELECT id, substr(rest, instr(rest, '|') + 1), substr(rest, 1, instr(rest, '|') - 1) FROM split WHERE rest <> ''
) INSERT OR IGNORE INTO event_actors SELECT item, id FROM split WHERE item IS NOT NULL AND item <> '';
WITH RECURSIVE split(id, rest, item) AS (
    SELECT id, substr(topics, 2), NULL FROM events WHERE topics <> ''
    UNION ALL SELECT id, substr(rest, instr(rest, '|') + 1), substr(rest, 1, instr(rest, '|') - 1) FROM split WHERE rest <> ''
) INSERT OR IGNORE INTO event_topics SELECT item, id FROM split WHERE item IS NOT NULL AND item <> '';
INSERT OR IGNORE INTO event_pairs SELECT a.country || '-' || b.country, a.event_id
    FROM event_countries a JOIN event_countries b ON b.event_id = a.event_id AND a.country < b.country;
