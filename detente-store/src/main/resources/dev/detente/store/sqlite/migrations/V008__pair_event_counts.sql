-- Version 8: a pair's event counts kept at ingest, so who acts on whom (flows) and the events per
-- month and type read a few rows instead of grouping every event of the pair.
-- pair_flows: events per pair, source and target actor and PLOVER type; pair_event_months: events
-- per pair, month ("2025-07") and type. '' stands for an unknown side or an undated event (a key
-- column holds no NULL). A row whose count falls to 0 is deleted. Triggers follow the pairs an
-- event gets and loses and every change of its sides, type or day; removing an event deletes the
-- event first and its pairs after (as V006 says): whichever goes first takes its counts.

CREATE TABLE pair_flows (
    pair   TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    type   TEXT NOT NULL,
    events INTEGER NOT NULL,
    PRIMARY KEY (pair, source, target, type)
) WITHOUT ROWID;

CREATE TABLE pair_event_months (
    pair   TEXT NOT NULL,
    month  TEXT NOT NULL,
    type   TEXT NOT NULL,
    events INTEGER NOT NULL,
    PRIMARY KEY (pair, month, type)
) WITHOUT ROWID;

INSERT INTO pair_flows (pair, source, target, type, events)
SELECT x.pair, coalesce(e.source, ''), coalesce(e.target, ''), coalesce(e.type, ''), count(*)
FROM event_pairs x JOIN events e ON e.id = x.event_id GROUP BY 1, 2, 3, 4;

INSERT INTO pair_event_months (pair, month, type, events)
SELECT x.pair, coalesce(substr(e.day, 1, 7), ''), coalesce(e.type, ''), count(*)
FROM event_pairs x JOIN events e ON e.id = x.event_id GROUP BY 1, 2, 3;

CREATE TRIGGER event_pairs_in_event_counts AFTER INSERT ON event_pairs BEGIN
    INSERT INTO pair_flows (pair, source, target, type, events)
    SELECT NEW.pair, coalesce(source, ''), coalesce(target, ''), coalesce(type, ''), 1 FROM events WHERE id = NEW.event_id
    ON CONFLICT (pair, source, target, type) DO UPDATE SET events = events + 1;
    INSERT INTO pair_event_months (pair, month, type, events)
    SELECT NEW.pair, coalesce(substr(day, 1, 7), ''), coalesce(type, ''), 1 FROM events WHERE id = NEW.event_id
    ON CONFLICT (pair, month, type) DO UPDATE SET events = events + 1;
END;

CREATE TRIGGER event_pairs_out_of_event_counts AFTER DELETE ON event_pairs BEGIN
    UPDATE pair_flows SET events = events - 1 WHERE pair = OLD.pair
        AND (source, target, type) = (SELECT coalesce(source, ''), coalesce(target, ''), coalesce(type, '') FROM events WHERE id = OLD.event_id);
    UPDATE pair_event_months SET events = events - 1 WHERE pair = OLD.pair
        AND (month, type) = (SELECT coalesce(substr(day, 1, 7), ''), coalesce(type, '') FROM events WHERE id = OLD.event_id);
    DELETE FROM pair_flows WHERE pair = OLD.pair AND events <= 0;
    DELETE FROM pair_event_months WHERE pair = OLD.pair AND events <= 0;
END;

CREATE TRIGGER events_out_of_event_counts AFTER DELETE ON events BEGIN
    UPDATE pair_flows SET events = events - (SELECT count(*) FROM event_pairs x WHERE x.event_id = OLD.id AND x.pair = pair_flows.pair)
    WHERE pair IN (SELECT pair FROM event_pairs WHERE event_id = OLD.id)
        AND source = coalesce(OLD.source, '') AND target = coalesce(OLD.target, '') AND type = coalesce(OLD.type, '');
    UPDATE pair_event_months SET events = events - (SELECT count(*) FROM event_pairs x WHERE x.event_id = OLD.id AND x.pair = pair_event_months.pair)
    WHERE pair IN (SELECT pair FROM event_pairs WHERE event_id = OLD.id)
        AND month = coalesce(substr(OLD.day, 1, 7), '') AND type = coalesce(OLD.type, '');
    DELETE FROM pair_flows WHERE pair IN (SELECT pair FROM event_pairs WHERE event_id = OLD.id) AND events <= 0;
    DELETE FROM pair_event_months WHERE pair IN (SELECT pair FROM event_pairs WHERE event_id = OLD.id) AND events <= 0;
END;

CREATE TRIGGER events_moved_in_event_counts AFTER UPDATE OF source, target, type, day ON events BEGIN
    UPDATE pair_flows SET events = events - (SELECT count(*) FROM event_pairs x WHERE x.event_id = OLD.id AND x.pair = pair_flows.pair)
    WHERE pair IN (SELECT pair FROM event_pairs WHERE event_id = OLD.id)
        AND source = coalesce(OLD.source, '') AND target = coalesce(OLD.target, '') AND type = coalesce(OLD.type, '');
    UPDATE pair_event_months SET events = events - (SELECT count(*) FROM event_pairs x WHERE x.event_id = OLD.id AND x.pair = pair_event_months.pair)
    WHERE pair IN (SELECT pair FROM event_pairs WHERE event_id = OLD.id)
        AND month = coalesce(substr(OLD.day, 1, 7), '') AND type = coalesce(OLD.type, '');
    INSERT INTO pair_flows (pair, source, target, type, events)
    SELECT pair, coalesce(NEW.source, ''), coalesce(NEW.target, ''), coalesce(NEW.type, ''), count(*) FROM event_pairs
    WHERE event_id = NEW.id GROUP BY pair
    ON CONFLICT (pair, source, target, type) DO UPDATE SET events = events + excluded.events;
    INSERT INTO pair_event_months (pair, month, type, events)
    SELECT pair, coalesce(substr(NEW.day, 1, 7), ''), coalesce(NEW.type, ''), count(*) FROM event_pairs
    WHERE event_id = NEW.id GROUP BY pair
    ON CONFLICT (pair, month, type) DO UPDATE SET events = events + excluded.events;
    DELETE FROM pair_flows WHERE pair IN (SELECT pair FROM event_pairs WHERE event_id = OLD.id) AND events <= 0;
    DELETE FROM pair_event_months WHERE pair IN (SELECT pair FROM event_pairs WHERE event_id = OLD.id) AND events <= 0;
END;
