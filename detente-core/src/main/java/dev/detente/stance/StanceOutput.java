package dev.detente.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.detente.doc.Doc;
import dev.detente.pipeline.OutputContributor;
import dev.detente.pipeline.OutputOptions;
import dev.detente.stance.StanceLayers.SpeakerStance;
import dev.detente.stance.StanceLayers.StatementStance;
import dev.detente.statements.Statement;
import dev.detente.statements.StatementLayers;
import dev.detente.topics.TopicLayers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code stance[]} (per speaker and pair) and adds {@code topics} and {@code stance} to each
 * quote the statements contributor wrote, matched by its start/end offsets. Must run after the
 * statements contributor.
 */
public final class StanceOutput implements OutputContributor {
    @Override
    public void contribute(Doc doc, ObjectNode out, OutputOptions options) {
        if (doc.has(StanceLayers.SPEAKER_STANCE)) {
            ArrayNode stance = out.putArray("stance");
            for (SpeakerStance s : doc.list(StanceLayers.SPEAKER_STANCE)) {
                ObjectNode n = stance.addObject();
                n.put("speaker", s.speaker());
                ArrayNode countries = n.putArray("countries");
                s.countries().forEach(countries::add);
                n.put("score", s.score());
                n.put("statements", s.statements());
                ArrayNode cues = n.putArray("cues");
                s.cues().forEach(cues::add);
            }
        }
        JsonNode quotes = out.get("quotes");
        if (quotes == null || !quotes.isArray()) {
            return;
        }
        List<Statement> statements = doc.list(StatementLayers.STATEMENTS);
        List<List<String>> topics = doc.list(TopicLayers.STATEMENT_TOPICS);
        Map<Integer, StatementStance> stanceByStatement = new HashMap<>();
        for (StatementStance s : doc.list(StanceLayers.STATEMENT_STANCE)) {
            stanceByStatement.put(s.statementIndex(), s);
        }
        Map<Long, Integer> statementBySpan = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            statementBySpan.putIfAbsent(key(statements.get(i).span().start(), statements.get(i).span().end()), i);
        }
        for (JsonNode q : quotes) {
            if (!(q instanceof ObjectNode quote) || !q.has("start") || !q.has("end")) {
                continue;
            }
            Integer index = statementBySpan.get(key(q.get("start").asInt(), q.get("end").asInt()));
            if (index == null) {
                continue;
            }
            ArrayNode t = quote.putArray("topics");
            if (index < topics.size()) {
                topics.get(index).forEach(t::add);
            }
            StatementStance s = stanceByStatement.get(index);
            if (s != null) {
                ObjectNode n = quote.putObject("stance");
                n.put("score", s.score());
                ArrayNode countries = n.putArray("countries");
                s.countries().forEach(countries::add);
                ArrayNode cues = n.putArray("cues");
                s.cues().forEach(cues::add);
            }
        }
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }
}
