package dev.detente.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.detente.doc.Doc;
import dev.detente.pipeline.OutputContributor;
import dev.detente.pipeline.OutputOptions;
import dev.detente.topics.TopicLayers;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code events} (asserted) and {@code events_not_counted} (denied, negated, hypothetical,
 * future, demanded); with {@code --explain}, which component decided type, mode, sides and date.
 */
public final class EventOutput implements OutputContributor {
    @Override
    public void contribute(Doc doc, ObjectNode out, OutputOptions options) {
        if (!doc.has(EventLayers.EVENTS)) {
            return;
        }
        List<Event> events = doc.list(EventLayers.EVENTS);
        List<List<String>> topics = doc.list(TopicLayers.EVENT_TOPICS);
        ArrayNode counted = out.putArray("events");
        ArrayNode notCounted = out.putArray("events_not_counted");
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            ObjectNode n = (e.happened() ? counted : notCounted).addObject();
            n.put("type", e.type());
            ArrayNode actors = n.putArray("actors");
            e.actors().forEach(actors::add);
            n.put("date", e.date());
            n.put("place", e.place());
            n.put("evidence", doc.text(e.evidence()));
            n.put("start", e.evidence().start());
            n.put("end", e.evidence().end());
            n.put("source", e.sourceId());
            n.put("target", e.targetId());
            ArrayNode countries = n.putArray("countries");
            e.countries().forEach(countries::add);
            n.put("mode", e.mode().name().toLowerCase(Locale.ROOT));
            n.put("weight", e.weight());
            ArrayNode t = n.putArray("topics");
            if (i < topics.size()) {
                topics.get(i).forEach(t::add);
            }
            n.put("rule", e.rule());
            if (options.explain()) {
                ObjectNode why = n.putObject("explain");
                why.put("type", e.explanation().type());
                why.put("mode", e.explanation().mode());
                why.put("sides", e.explanation().sides());
                why.put("date", e.explanation().date());
            }
        }
    }
}
