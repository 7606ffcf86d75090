package dev.detente.statements;

import dev.detente.actors.Actor;
import dev.detente.actors.ActorKind;
import dev.detente.actors.ActorLayers;
import dev.detente.actors.Mention;
import dev.detente.actors.MentionForm;
import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a statement is about: the countries and actors its own words mention (a capital stands for its
 * country, a demonym for its country too: "Russian troops"), apart from the speaker and the speaker's
 * own country. Countries and coded bodies by their code (alpha-3, "NATO"), people by name (an
 * organisation the registry does not know, "the embassy", is left out). Reads the
 * actors layer; without it, nothing.
 */
final class AboutFinder {
    private final List<Mention> mentions;
    private final Map<String, Actor> actors = new HashMap<>();

    AboutFinder(Doc doc) {
        this.mentions = doc.list(ActorLayers.MENTIONS);
        for (Actor a : doc.list(ActorLayers.ACTORS)) {
            actors.put(a.id(), a);
        }
    }

    List<String> about(Span statement, String speakerId, String speakerCountry) {
        if (mentions.isEmpty()) {
            return List.of();
        }
        Actor speaker = speakerId == null ? null : actors.get(speakerId);
        Set<String> own = new LinkedHashSet<>();
        if (speakerCountry != null) {
            own.add(speakerCountry);
        }
        if (speaker != null) {
            own.add(key(speaker));
            if (speaker.country() != null) {
                own.add(speaker.country());
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.actorId() == null || !statement.contains(m.span()) || m.actorId().equals(speakerId)) {
                continue;
            }
            Actor a = actors.get(m.actorId());
            if (a == null || (a.kind() == ActorKind.PLACE || a.kind() == ActorKind.ORGANIZATION) && a.code() == null
                    || a.kind() == ActorKind.PERSON && m.form() == MentionForm.PRONOUN) {
                continue;
            }
            String k = key(a);
            if (k != null && !own.contains(k)) {
                out.add(k);
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(new ArrayList<>(out));
    }

    private static String key(Actor a) {
        return a.code() != null ? a.code() : a.name();
    }
}
