-- Version 5: the ledger's counts kept at ingest. `stats` (and every unfiltered list's total) reads
-- one row per count instead of counting every article, statement and event on each query; the
-- triggers follow every insert, delete and change of the counted columns. The sources (outlet, else
-- the URL's host, as SqliteLedgerReader.SOURCE) and languages are kept with their article counts
-- the same way (ledger_facets), so listing them reads a few rows, not every article.

CREATE TABLE ledger_counts (
    name TEXT PRIMARY KEY,
    n    INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO ledger_counts (name, n)
SELECT 'articles', count(*) FROM articles UNION ALL
SELECT 'duplicates', count(*) FROM articles WHERE duplicate_of IS NOT NULL UNION ALL
SELECT 'undated_articles', count(*) FROM articles WHERE published IS NULL UNION ALL
SELECT 'statements', count(*) FROM statements UNION ALL
SELECT 'undated_statements', count(*) FROM statements WHERE day IS NULL UNION ALL
SELECT 'inferred_statements', count(*) FROM statements WHERE day_inferred = 1 UNION ALL
SELECT 'events', count(*) FROM events UNION ALL
SELECT 'undated_events', count(*) FROM events WHERE day IS NULL UNION ALL
SELECT 'inferred_events', count(*) FROM events WHERE day_inferred = 1 UNION ALL
SELECT 'actors', count(*) FROM actors;

CREATE TABLE ledger_facets (
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    n     INTEGER NOT NULL,
    PRIMARY KEY (facet, value)
) WITHOUT ROWID;

INSERT INTO ledger_facets (facet, value, n)
SELECT 'source', src, count(*) FROM (SELECT coalesce(a.outlet, CASE WHEN a.url LIKE '%://%' THEN replace(substr(substr(a.url, instr(a.url, '://') + 3), 1, CASE WHEN instr(substr(a.url, instr(a.url, '://') + 3), '/') > 0 THEN instr(substr(a.url, instr(a.url, '://') + 3), '/') - 1 ELSE length(a.url) END), 'www.', '') END) AS src FROM articles a) WHERE src IS NOT NULL GROUP BY src UNION ALL
SELECT 'language', language, count(*) FROM articles WHERE language IS NOT NULL GROUP BY language;

CREATE TRIGGER articles_faceted AFTER INSERT ON articles BEGIN
    INSERT INTO ledger_facets (facet, value, n) SELECT 'source', coalesce(NEW.outlet, CASE WHEN NEW.url LIKE '%://%' THEN replace(substr(substr(NEW.url, instr(NEW.url, '://') + 3), 1, CASE WHEN instr(substr(NEW.url, instr(NEW.url, '://') + 3), '/') > 0 THEN instr(substr(NEW.url, instr(NEW.url, '://') + 3), '/') - 1 ELSE length(NEW.url) END), 'www.', '') END), 1 WHERE coalesce(NEW.outlet, CASE WHEN NEW.url LIKE '%://%' THEN replace(substr(substr(NEW.url, instr(NEW.url, '://') + 3), 1, CASE WHEN instr(substr(NEW.url, instr(NEW.url, '://') + 3), '/') > 0 THEN instr(substr(NEW.url, instr(NEW.url, '://') + 3), '/') - 1 ELSE length(NEW.url) END), 'www.', '') END) IS NOT NULL
        ON CONFLICT (facet, value) DO UPDATE SET n = n + 1;
    INSERT INTO ledger_facets (facet, value, n) SELECT 'language', NEW.language, 1 WHERE NEW.language IS NOT NULL
        ON CONFLICT (facet, value) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER articles_unfaceted AFTER DELETE ON articles BEGIN
    UPDATE ledger_facets SET n = n - 1 WHERE (facet = 'source' AND value = coalesce(OLD.outlet, CASE WHEN OLD.url LIKE '%://%' THEN replace(substr(substr(OLD.url, instr(OLD.url, '://') + 3), 1, CASE WHEN instr(substr(OLD.url, instr(OLD.url, '://') + 3), '/') > 0 THEN instr(substr(OLD.url, instr(OLD.url, '://') + 3), '/') - 1 ELSE length(OLD.url) END), 'www.', '') END)) OR (facet = 'language' AND value = OLD.language);
END;

CREATE TRIGGER articles_counted AFTER INSERT ON articles BEGIN
    UPDATE ledger_counts SET n = n + CASE name WHEN 'articles' THEN 1 WHEN 'duplicates' THEN NEW.duplicate_of IS NOT NULL
        ELSE NEW.published IS NULL END WHERE name IN ('articles', 'duplicates', 'undated_articles');
END;

CREATE TRIGGER articles_uncounted AFTER DELETE ON articles BEGIN
    UPDATE ledger_counts SET n = n - CASE name WHEN 'articles' THEN 1 WHEN 'duplicates' THEN OLD.duplicate_of IS NOT NULL
        ELSE OLD.published IS NULL END WHERE name IN ('articles', 'duplicates', 'undated_articles');
END;

CREATE TRIGGER articles_recounted AFTER UPDATE OF duplicate_of, published ON articles BEGIN
    UPDATE ledger_counts SET n = n + CASE name WHEN 'duplicates' THEN (NEW.duplicate_of IS NOT NULL) - (OLD.duplicate_of IS NOT NULL)
        ELSE (NEW.published IS NULL) - (OLD.published IS NULL) END WHERE name IN ('duplicates', 'undated_articles');
END;

CREATE TRIGGER statements_counted AFTER INSERT ON statements BEGIN
    UPDATE ledger_counts SET n = n + CASE name WHEN 'statements' THEN 1 WHEN 'undated_statements' THEN NEW.day IS NULL
        ELSE NEW.day_inferred = 1 END WHERE name IN ('statements', 'undated_statements', 'inferred_statements');
END;

CREATE TRIGGER statements_uncounted AFTER DELETE ON statements BEGIN
    UPDATE ledger_counts SET n = n - CASE name WHEN 'statements' THEN 1 WHEN 'undated_statements' THEN OLD.day IS NULL
        ELSE OLD.day_inferred = 1 END WHERE name IN ('statements', 'undated_statements', 'inferred_statements');
END;

CREATE TRIGGER statements_recounted AFTER UPDATE OF day, day_inferred ON statements BEGIN
    UPDATE ledger_counts SET n = n + CASE name WHEN 'undated_statements' THEN (NEW.day IS NULL) - (OLD.day IS NULL)
        ELSE (NEW.day_inferred = 1) - (OLD.day_inferred = 1) END WHERE name IN ('undated_statements', 'inferred_statements');
END;

CREATE TRIGGER events_counted AFTER INSERT ON events BEGIN
    UPDATE ledger_counts SET n = n + CASE name WHEN 'events' THEN 1 WHEN 'undated_events' THEN NEW.day IS NULL
        ELSE NEW.day_inferred = 1 END WHERE name IN ('events', 'undated_events', 'inferred_events');
END;

CREATE TRIGGER events_uncounted AFTER DELETE ON events BEGIN
    UPDATE ledger_counts SET n = n - CASE name WHEN 'events' THEN 1 WHEN 'undated_events' THEN OLD.day IS NULL
        ELSE OLD.day_inferred = 1 END WHERE name IN ('events', 'undated_events', 'inferred_events');
END;

CREATE TRIGGER events_recounted AFTER UPDATE OF day, day_inferred ON events BEGIN
    UPDATE ledger_counts SET n = n + CASE name WHEN 'undated_events' THEN (NEW.day IS NULL) - (OLD.day IS NULL)
        ELSE (NEW.day_inferred = 1) - (OLD.day_inferred = 1) END WHERE name IN ('undated_events', 'inferred_events');
END;

CREATE TRIGGER actors_counted AFTER INSERT ON actors BEGIN
    UPDATE ledger_counts SET n = n + 1 WHERE name = 'actors';
END;

CREATE TRIGGER actors_uncounted AFTER DELETE ON actors BEGIN
    UPDATE ledger_counts SET n = n - 1 WHERE name = 'actors';
END;
