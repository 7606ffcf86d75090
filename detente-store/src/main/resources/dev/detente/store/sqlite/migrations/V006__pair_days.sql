-- Version 6: the relations index's inputs kept up to date at ingest, so the timeline, the changes
-- and the overview of pairs read them instead of every statement and event of a pair.
-- pair_items: each item of each pair with the value and weight the index gives it (the items are the
-- statements with a stance about the pair, value stance / 2 and weight the confidence, and the
-- pair's events, value weight / 10 and weight 1; each value clamped to [-1, +1] and each weight at
-- least 0.001, as dev.detente.store.index.IndexItem does), by pair and day: what moved a change is a
-- range of it. pair_days: for each pair and day, the sums of its items
-- (dev.detente.store.index.Tally: how many, how many events, Σw, Σw², Σwv, Σwv²); a day whose last
-- item goes is deleted. Triggers follow every insert, delete and change of the columns read (ingest,
-- re-ingest, merging): on statements and events into pair_items, on pair_items into pair_days.

CREATE TABLE pair_items (
    pair TEXT NOT NULL,
    day  TEXT NOT NULL,
    kind TEXT NOT NULL, -- 's' statement, 'e' event
    id   INTEGER NOT NULL,
    v    REAL NOT NULL,
    w    REAL NOT NULL,
    PRIMARY KEY (pair, day, kind, id)
) WITHOUT ROWID;

INSERT INTO pair_items (pair, day, kind, id, v, w)
SELECT stance_pair, day, 's', id, max(-1.0, min(1.0, stance / 2.0)), CASE WHEN confidence > 0 THEN confidence ELSE 0.001 END
FROM statements WHERE stance_pair IS NOT NULL AND stance IS NOT NULL AND day IS NOT NULL;
INSERT INTO pair_items (pair, day, kind, id, v, w)
SELECT x.pair, e.day, 'e', e.id, max(-1.0, min(1.0, e.weight / 10.0)), 1.0
FROM event_pairs x JOIN events e ON e.id = x.event_id WHERE e.day IS NOT NULL;

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
SELECT pair, day, count(*), sum(kind = 'e'), sum(w), sum(w * w), sum(w * v), sum(w * v * v) FROM pair_items GROUP BY pair, day;

CREATE TRIGGER pair_items_in_pair_days AFTER INSERT ON pair_items BEGIN
    INSERT INTO pair_days (pair, day, items, events, sw, sw2, swv, swv2)
    VALUES (NEW.pair, NEW.day, 1, NEW.kind = 'e', NEW.w, NEW.w * NEW.w, NEW.w * NEW.v, NEW.w * NEW.v * NEW.v)
    ON CONFLICT (pair, day) DO UPDATE SET items = items + 1, events = events + excluded.events, sw = sw + excluded.sw,
        sw2 = sw2 + excluded.sw2, swv = swv + excluded.swv, swv2 = swv2 + excluded.swv2;
END;

CREATE TRIGGER pair_items_out_of_pair_days AFTER DELETE ON pair_items BEGIN
    UPDATE pair_days SET items = items - 1, events = events - (OLD.kind = 'e'), sw = sw - OLD.w, sw2 = sw2 - OLD.w * OLD.w,
        swv = swv - OLD.w * OLD.v, swv2 = swv2 - OLD.w * OLD.v * OLD.v
    WHERE pair = OLD.pair AND day = OLD.day;
    DELETE FROM pair_days WHERE pair = OLD.pair AND day = OLD.day AND items <= 0;
END;

-- statements: the pair is the statement's own stance_pair
CREATE TRIGGER statements_in_pair_items AFTER INSERT ON statements
WHEN NEW.stance_pair IS NOT NULL AND NEW.stance IS NOT NULL AND NEW.day IS NOT NULL BEGIN
    INSERT OR IGNORE INTO pair_items (pair, day, kind, id, v, w) VALUES (NEW.stance_pair, NEW.day, 's', NEW.id,
        max(-1.0, min(1.0, NEW.stance / 2.0)), CASE WHEN NEW.confidence > 0 THEN NEW.confidence ELSE 0.001 END);
END;

CREATE TRIGGER statements_out_of_pair_items AFTER DELETE ON statements WHEN OLD.stance_pair IS NOT NULL AND OLD.day IS NOT NULL BEGIN
    DELETE FROM pair_items WHERE pair = OLD.stance_pair AND day = OLD.day AND kind = 's' AND id = OLD.id;
END;

CREATE TRIGGER statements_moved_in_pair_items AFTER UPDATE OF stance_pair, stance, day, confidence ON statements BEGIN
    DELETE FROM pair_items WHERE pair = OLD.stance_pair AND day = OLD.day AND kind = 's' AND id = OLD.id;
    INSERT OR IGNORE INTO pair_items (pair, day, kind, id, v, w)
    SELECT NEW.stance_pair, NEW.day, 's', NEW.id, max(-1.0, min(1.0, NEW.stance / 2.0)),
        CASE WHEN NEW.confidence > 0 THEN NEW.confidence ELSE 0.001 END
    WHERE NEW.stance_pair IS NOT NULL AND NEW.stance IS NOT NULL AND NEW.day IS NOT NULL;
END;

-- events: an event counts for each of its pairs (event_pairs, written after the event); removing an
-- event deletes the event first and its pairs after: whichever goes first takes its items
CREATE TRIGGER event_pairs_in_pair_items AFTER INSERT ON event_pairs BEGIN
    INSERT OR IGNORE INTO pair_items (pair, day, kind, id, v, w)
    SELECT NEW.pair, day, 'e', id, max(-1.0, min(1.0, weight / 10.0)), 1.0 FROM events WHERE id = NEW.event_id AND day IS NOT NULL;
END;

CREATE TRIGGER event_pairs_out_of_pair_items AFTER DELETE ON event_pairs BEGIN
    DELETE FROM pair_items WHERE pair = OLD.pair AND kind = 'e' AND id = OLD.event_id
        AND day = (SELECT day FROM events WHERE id = OLD.event_id);
END;

CREATE TRIGGER events_out_of_pair_items AFTER DELETE ON events WHEN OLD.day IS NOT NULL BEGIN
    DELETE FROM pair_items WHERE day = OLD.day AND kind = 'e' AND id = OLD.id
        AND pair IN (SELECT pair FROM event_pairs WHERE event_id = OLD.id);
END;

CREATE TRIGGER events_moved_in_pair_items AFTER UPDATE OF day, weight ON events BEGIN
    DELETE FROM pair_items WHERE day = OLD.day AND kind = 'e' AND id = OLD.id
        AND pair IN (SELECT pair FROM event_pairs WHERE event_id = OLD.id);
    INSERT OR IGNORE INTO pair_items (pair, day, kind, id, v, w)
    SELECT pair, NEW.day, 'e', NEW.id, max(-1.0, min(1.0, NEW.weight / 10.0)), 1.0 FROM event_pairs
    WHERE event_id = NEW.id AND NEW.day IS NOT NULL;
END;
