-- Version 4: the pair view kept up to date at ingest. Each pair's statement and event counts are
-- maintained by triggers on statement_pairs and event_pairs (every insert and delete: ingest,
-- re-ingest, merging), so the overview of pairs reads one row per pair instead of counting every
-- pair's items on each query.

CREATE TABLE pair_counts (
    pair       TEXT PRIMARY KEY,
    statements INTEGER NOT NULL DEFAULT 0,
    events     INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

INSERT INTO pair_counts (pair, statements, events)
SELECT pair, sum(s), sum(e) FROM (SELECT pair, count(*) AS s, 0 AS e FROM statement_pairs GROUP BY pair
                                  UNION ALL SELECT pair, 0, count(*) FROM event_pairs GROUP BY pair)
GROUP BY pair;

CREATE TRIGGER statement_pairs_counted AFTER INSERT ON statement_pairs BEGIN
    INSERT INTO pair_counts (pair, statements, events) VALUES (NEW.pair, 1, 0)
        ON CONFLICT (pair) DO UPDATE SET statements = statements + 1;
END;

CREATE TRIGGER statement_pairs_uncounted AFTER DELETE ON statement_pairs BEGIN
    UPDATE pair_counts SET statements = statements - 1 WHERE pair = OLD.pair;
END;

CREATE TRIGGER event_pairs_counted AFTER INSERT ON event_pairs BEGIN
    INSERT INTO pair_counts (pair, statements, events) VALUES (NEW.pair, 0, 1)
        ON CONFLICT (pair) DO UPDATE SET events = events + 1;
END;

CREATE TRIGGER event_pairs_uncounted AFTER DELETE ON event_pairs BEGIN
    UPDATE pair_counts SET events = events - 1 WHERE pair = OLD.pair;
END;
