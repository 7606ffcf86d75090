package dev.detente.actors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.detente.doc.Doc;
import dev.detente.pipeline.OutputContributor;
import dev.detente.pipeline.OutputOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code people[]} (persons only: name, role, country, id, mentions) and {@code actors[]}
 * (every actor: id, kind, name, role, country, code, mentions); mentions as {start, end, form}.
 */
public final class ActorOutput implements OutputContributor {
    @Override
    public void contribute(Doc doc, ObjectNode out, OutputOptions options) {
        List<Actor> actors = doc.list(ActorLayers.ACTORS);
        Map<String, List<Mention>> byActor = new HashMap<>();
        for (Mention m : doc.list(ActorLayers.MENTIONS)) {
            byActor.computeIfAbsent(m.actorId(), k -> new ArrayList<>()).add(m);
        }
        ArrayNode people = out.putArray("people");
        ArrayNode all = out.putArray("actors");
        for (Actor a : actors) {
            List<Mention> mentions = byActor.getOrDefault(a.id(), List.of());
            if (a.kind() == ActorKind.PERSON) {
                ObjectNode p = people.addObject();
                p.put("name", a.name());
                p.put("role", a.role());
                p.put("country", a.country());
                p.put("id", a.id());
                writeMentions(p, mentions);
            }
            ObjectNode o = all.addObject();
            o.put("id", a.id());
            o.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
            o.put("name", a.name());
            o.put("role", a.role());
            o.put("country", a.country());
            o.put("code", a.code());
            writeMentions(o, mentions);
        }
    }

    private static void writeMentions(ObjectNode node, List<Mention> mentions) {
        ArrayNode arr = node.putArray("mentions");
        for (Mention m : mentions) {
            ObjectNode mo = arr.addObject();
            mo.put("start", m.span().start());
            mo.put("end", m.span().end());
            mo.put("form", m.form().name().toLowerCase(Locale.ROOT));
        }
    }
}
