-- Version 1 of the ledger. Lists (topics, countries, actor keys) are stored as '|a|b|' strings so a
-- filter is one LIKE '%|RUS|%'; offsets are span_start/span_end ([start, end) in the article text).

CREATE TABLE articles (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    url          TEXT,
    title        TEXT,
    published    TEXT,
    outlet       TEXT,
    author       TEXT,
    language     TEXT,
    origin       TEXT,
    text         TEXT NOT NULL,
    record       TEXT NOT NULL,
    duplicate_of TEXT,
    statements   INTEGER NOT NULL DEFAULT 0,
    events       INTEGER NOT NULL DEFAULT 0,
    ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE actors (
    key        TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT,
    country    TEXT,
    code       TEXT,
    first_seen TEXT,
    last_seen  TEXT
) WITHOUT ROWID;

CREATE TABLE actor_aliases (
    actor_key TEXT NOT NULL,
    alias     TEXT NOT NULL,
    PRIMARY KEY (actor_key, alias)
) WITHOUT ROWID;

CREATE TABLE actor_roles (
    actor_key  TEXT NOT NULL,
    role       TEXT NOT NULL,
    country    TEXT NOT NULL DEFAULT '',
    first_seen TEXT,
    last_seen  TEXT,
    PRIMARY KEY (actor_key, role, country)
) WITHOUT ROWID;

CREATE TABLE article_actors (
    article_id TEXT NOT NULL,
    actor_key  TEXT NOT NULL,
    PRIMARY KEY (article_id, actor_key)
) WITHOUT ROWID;
CREATE INDEX article_actors_actor ON article_actors(actor_key);

CREATE TABLE statements (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id      TEXT NOT NULL,
    direct          INTEGER NOT NULL,
    text            TEXT NOT NULL,
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    speaker_key     TEXT,
    speaker_name    TEXT,
    speaker_role    TEXT,
    speaker_country TEXT,
    cue             TEXT,
    said_on         TEXT,
    day             TEXT,
    topics          TEXT NOT NULL DEFAULT '',
    stance          REAL,
    stance_pair     TEXT,
    countries       TEXT NOT NULL DEFAULT '',
    confidence      REAL NOT NULL DEFAULT 1,
    tokens          TEXT NOT NULL DEFAULT '',
    first_seq       INTEGER NOT NULL
);
CREATE INDEX statements_speaker ON statements(speaker_key, day);
CREATE INDEX statements_day ON statements(day);
CREATE INDEX statements_article ON statements(article_id);
CREATE INDEX statements_pair ON statements(stance_pair, day);

CREATE TABLE statement_sources (
    statement_id INTEGER NOT NULL,
    article_id   TEXT NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    published    TEXT,
    article_seq  INTEGER NOT NULL,
    PRIMARY KEY (statement_id, article_id, span_start)
) WITHOUT ROWID;
CREATE INDEX statement_sources_article ON statement_sources(article_id);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id  TEXT NOT NULL,
    type        TEXT NOT NULL,
    actors      TEXT NOT NULL DEFAULT '[]',
    actor_keys  TEXT NOT NULL DEFAULT '',
    source      TEXT,
    target      TEXT,
    date        TEXT,
    day         TEXT,
    place       TEXT,
    evidence    TEXT,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    weight      REAL NOT NULL DEFAULT 0,
    mode        TEXT NOT NULL DEFAULT 'asserted',
    countries   TEXT NOT NULL DEFAULT '',
    topics      TEXT NOT NULL DEFAULT '',
    merge_key   TEXT NOT NULL,
    first_seq   INTEGER NOT NULL
);
CREATE INDEX events_merge ON events(merge_key);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_article ON events(article_id);

CREATE TABLE event_sources (
    event_id    INTEGER NOT NULL,
    article_id  TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    published   TEXT,
    article_seq INTEGER NOT NULL,
    PRIMARY KEY (event_id, article_id, span_start)
) WITHOUT ROWID;
CREATE INDEX event_sources_article ON event_sources(article_id);

-- Full-text search: rowid = articles.seq and statements.id, so a row is deleted by rowid. Contentless
-- (the text is already in articles/statements): the index alone, half the writing.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE statements_fts USING fts5(text, speaker, content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2');
