-- Version 6: the relations index's inputs kept up to date at ingest. For each pair and day, the sums
-- of its dated items (dev.detente.store.index.Tally: how many, how many events, Σw, Σw², Σwv, Σwv²),
-- the items being those the index reads: statements with a stance about the pair (value stance / 2,
-- weight the confidence) and the pair's events (value weight / 10, weight 1), each value clamped to
-- [-1, +1] and each weight at least 0.001 as dev.detente.store.index.IndexItem does. The timeline,
-- the changes and the overview of pairs read these rows instead of every item of the pair; the
-- triggers follow every insert, delete and change of the columns read (ingest, re-ingest, merging).
-- A day whose last item goes is deleted. An event's pairs carry its day (event_pairs.day, written
-- with them), so a pair's events of a period (what moved a change) are read by index.

ALTER TABLE event_pairs ADD COLUMN day TEXT;
UPDATE event_pairs SET day = (SELECT day FROM events WHERE id = event_id);
CREATE INDEX event_pairs_day ON event_pairs(pair, day);

CREATE TABLE pair_days (
    pair   TEXT NOT NULL,
    day    TEXT NOT NULL,
    items  INTEGER NOT NULL,
    events INTEGER NOT NULL,
    sw     REAL NOT NULL,
    sw2    REAL NOT NULL,
    swv    REAL NOT NULL,
    swv2   REAL NOT NULL,
    PRIMARY KEY (pair, day)
) WITHOUT ROWID;

INSERT INTO pair_days (pair, day, items, events, sw, sw2, swv, swv2)
SELECT pair, day, count(*), sum(ev), sum(w), sum(w * w), sum(w * v), sum(w * v * v) FROM (
    SELECT stance_pair AS pair, day, 0 AS ev, CASE WHEN confidence > 0 THEN confidence ELSE 0.001 END AS w,
           max(-1.0, min(1.0, stance / 2.0)) AS v
    FROM statements WHERE stance_pair IS NOT NULL AND stance IS NOT NULL AND day IS NOT NULL
    UNION ALL
    SELECT x.pair, e.day, 1, 1.0, max(-1.0, min(1.0, e.weight / 10.0))
    FROM event_pairs x JOIN events e ON e.id = x.event_id WHERE e.day IS NOT NULL)
GROUP BY pair, day;

-- statements: the pair is the statement's own stance_pair
CREATE TRIGGER statements_in_pair_days AFTER INSERT ON statements
WHEN NEW.stance_pair IS NOT NULL AND NEW.stance IS NOT NULL AND NEW.day IS NOT NULL BEGIN
    INSERT INTO pair_days (pair, day, items, events, sw, sw2, swv, swv2)
    SELECT NEW.stance_pair, NEW.day, 1, 0, w, w * w, w * v, w * v * v
    FROM (SELECT CASE WHEN NEW.confidence > 0 THEN NEW.confidence ELSE 0.001 END AS w, max(-1.0, min(1.0, NEW.stance / 2.0)) AS v) WHERE true
    ON CONFLICT (pair, day) DO UPDATE SET items = items + 1, sw = sw + excluded.sw, sw2 = sw2 + excluded.sw2,
        swv = swv + excluded.swv, swv2 = swv2 + excluded.swv2;
END;

CREATE TRIGGER statements_out_of_pair_days AFTER DELETE ON statements
WHEN OLD.stance_pair IS NOT NULL AND OLD.stance IS NOT NULL AND OLD.day IS NOT NULL BEGIN
    UPDATE pair_days SET items = items - 1, sw = sw - t.w, sw2 = sw2 - t.w * t.w, swv = swv - t.w * t.v, swv2 = swv2 - t.w * t.v * t.v
    FROM (SELECT CASE WHEN OLD.confidence > 0 THEN OLD.confidence ELSE 0.001 END AS w, max(-1.0, min(1.0, OLD.stance / 2.0)) AS v) t
    WHERE pair = OLD.stance_pair AND day = OLD.day;
    DELETE FROM pair_days WHERE pair = OLD.stance_pair AND day = OLD.day AND items <= 0;
END;

CREATE TRIGGER statements_moved_in_pair_days AFTER UPDATE OF stance_pair, stance, day, confidence ON statements BEGIN
    UPDATE pair_days SET items = items - 1, sw = sw - t.w, sw2 = sw2 - t.w * t.w, swv = swv - t.w * t.v, swv2 = swv2 - t.w * t.v * t.v
    FROM (SELECT CASE WHEN OLD.confidence > 0 THEN OLD.confidence ELSE 0.001 END AS w, max(-1.0, min(1.0, OLD.stance / 2.0)) AS v) t
    WHERE pair = OLD.stance_pair AND day = OLD.day AND OLD.stance IS NOT NULL;
    DELETE FROM pair_days WHERE pair = OLD.stance_pair AND day = OLD.day AND items <= 0;
    INSERT INTO pair_days (pair, day, items, events, sw, sw2, swv, swv2)
    SELECT NEW.stance_pair, NEW.day, 1, 0, w, w * w, w * v, w * v * v
    FROM (SELECT CASE WHEN NEW.confidence > 0 THEN NEW.confidence ELSE 0.001 END AS w, max(-1.0, min(1.0, NEW.stance / 2.0)) AS v)
    WHERE NEW.stance_pair IS NOT NULL AND NEW.stance IS NOT NULL AND NEW.day IS NOT NULL
    ON CONFLICT (pair, day) DO UPDATE SET items = items + 1, sw = sw + excluded.sw, sw2 = sw2 + excluded.sw2,
        swv = swv + excluded.swv, swv2 = swv2 + excluded.swv2;
END;

-- events: an event counts for each of its pairs (event_pairs, written after the event); removing an
-- event deletes the event first and its pairs after, so each side takes out what is still joined
CREATE TRIGGER event_pairs_in_pair_days AFTER INSERT ON event_pairs BEGIN
    INSERT INTO pair_days (pair, day, items, events, sw, sw2, swv, swv2)
    SELECT NEW.pair, day, 1, 1, 1.0, 1.0, v, v * v
    FROM (SELECT day, max(-1.0, min(1.0, weight / 10.0)) AS v FROM events WHERE id = NEW.event_id AND day IS NOT NULL) WHERE true
    ON CONFLICT (pair, day) DO UPDATE SET items = items + 1, events = events + 1, sw = sw + 1.0, sw2 = sw2 + 1.0,
        swv = swv + excluded.swv, swv2 = swv2 + excluded.swv2;
END;

CREATE TRIGGER event_pairs_out_of_pair_days AFTER DELETE ON event_pairs BEGIN
    UPDATE pair_days SET items = items - 1, events = events - 1, sw = sw - 1.0, sw2 = sw2 - 1.0, swv = swv - t.v, swv2 = swv2 - t.v * t.v
    FROM (SELECT day, max(-1.0, min(1.0, weight / 10.0)) AS v FROM events WHERE id = OLD.event_id) t
    WHERE pair = OLD.pair AND pair_days.day = t.day;
    DELETE FROM pair_days WHERE pair = OLD.pair AND day = (SELECT day FROM events WHERE id = OLD.event_id) AND items <= 0;
END;

CREATE TRIGGER events_out_of_pair_days AFTER DELETE ON events WHEN OLD.day IS NOT NULL BEGIN
    UPDATE pair_days SET items = items - 1, events = events - 1, sw = sw - 1.0, sw2 = sw2 - 1.0,
        swv = swv - max(-1.0, min(1.0, OLD.weight / 10.0)), swv2 = swv2 - max(-1.0, min(1.0, OLD.weight / 10.0)) * max(-1.0, min(1.0, OLD.weight / 10.0))
    WHERE day = OLD.day AND pair IN (SELECT pair FROM event_pairs WHERE event_id = OLD.id);
    DELETE FROM pair_days WHERE day = OLD.day AND pair IN (SELECT pair FROM event_pairs WHERE event_id = OLD.id) AND items <= 0;
END;

CREATE TRIGGER events_moved_in_pair_days AFTER UPDATE OF day, weight ON events BEGIN
    UPDATE event_pairs SET day = NEW.day WHERE event_id = NEW.id AND day IS NOT NEW.day;
    UPDATE pair_days SET items = items - 1, events = events - 1, sw = sw - 1.0, sw2 = sw2 - 1.0,
        swv = swv - max(-1.0, min(1.0, OLD.weight / 10.0)), swv2 = swv2 - max(-1.0, min(1.0, OLD.weight / 10.0)) * max(-1.0, min(1.0, OLD.weight / 10.0))
    WHERE day = OLD.day AND pair IN (SELECT pair FROM event_pairs WHERE event_id = OLD.id);
    DELETE FROM pair_days WHERE day = OLD.day AND pair IN (SELECT pair FROM event_pairs WHERE event_id = OLD.id) AND items <= 0;
    INSERT INTO pair_days (pair, day, items, events, sw, sw2, swv, swv2)
    SELECT pair, NEW.day, 1, 1, 1.0, 1.0, max(-1.0, min(1.0, NEW.weight / 10.0)), max(-1.0, min(1.0, NEW.weight / 10.0)) * max(-1.0, min(1.0, NEW.weight / 10.0))
    FROM event_pairs WHERE event_id = NEW.id AND NEW.day IS NOT NULL
    ON CONFLICT (pair, day) DO UPDATE SET items = items + 1, events = events + 1, sw = sw + 1.0, sw2 = sw2 + 1.0,
        swv = swv + excluded.swv, swv2 = swv2 + excluded.swv2;
END;
