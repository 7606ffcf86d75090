package dev.detente.actors;

import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read access to one document's actors and mentions, for the stages after the actors stage (who
 * speaks at this span? who was the last person named before this offset?). Build it once per
 * document with {@link #of(Doc)}; it is immutable and cheap (a sorted copy of the mentions).
 *
 * <ul>
 *   <li>{@link #actor(String)}: the actor with a document-local id ("p1", "o2", "c1", "l1").</li>
 *   <li>{@link #mentionAt(Span)}: the mention that best covers a span — persons before other actors,
 *       then names before titles, role nouns and pronouns, then the largest overlap.</li>
 *   <li>{@link #actorAt(Span)}: the actor of {@link #mentionAt(Span)}.</li>
 *   <li>{@link #mentionsIn(Span)}: every mention overlapping a span, in text order.</li>
 *   <li>{@link #mentionsOf(String)}: every mention of one actor, in text order.</li>
 *   <li>{@link #lastPersonBefore(int)}: the person of the last person mention ending at or before an
 *       offset (pronouns and role nouns count, being resolved already).</li>
 *   <li>{@link #persons()}, {@link #actors()}.</li>
 * </ul>
 * Ids are local to the document; {@link ActorRegistry} maps them to ids across documents.
 */
public final class ActorIndex {
    private final List<Actor> actors;
    private final Map<String, Actor> byId;
    private final List<Mention> mentions;

    private ActorIndex(List<Actor> actors, List<Mention> mentions) {
        this.actors = List.copyOf(actors);
        Map<String, Actor> ids = new HashMap<>(actors.size() * 2);
        for (Actor a : actors) {
            ids.put(a.id(), a);
        }
        this.byId = Map.copyOf(ids);
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort((a, b) -> a.span().compareTo(b.span()));
        this.mentions = List.copyOf(sorted);
    }

    /** The index of a document the actors stage has processed (empty when it has not). */
    public static ActorIndex of(Doc doc) {
        return new ActorIndex(doc.list(ActorLayers.ACTORS), doc.list(ActorLayers.MENTIONS));
    }

    public List<Actor> actors() {
        return actors;
    }

    public List<Actor> persons() {
        return actors.stream().filter(a -> a.kind() == ActorKind.PERSON).toList();
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public List<Mention> mentionsOf(String actorId) {
        return mentions.stream().filter(m -> m.actorId().equals(actorId)).toList();
    }

    public List<Mention> mentionsIn(Span span) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.span().start() >= span.end() && span.length() > 0) {
                break; // sorted by start: nothing later can overlap
            }
            if (m.span().overlaps(span) || span.length() == 0 && m.span().contains(span.start())) {
                out.add(m);
            }
        }
        return out;
    }

    public Optional<Mention> mentionAt(Span span) {
        Mention best = null;
        for (Mention m : mentionsIn(span)) {
            if (best == null || better(m, best, span)) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    public Optional<Actor> actorAt(Span span) {
        return mentionAt(span).flatMap(m -> actor(m.actorId()));
    }

    public Optional<Actor> lastPersonBefore(int offset) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.span().end() <= offset && isPerson(m)) {
                return actor(m.actorId());
            }
        }
        return Optional.empty();
    }

    private boolean isPerson(Mention m) {
        Actor a = byId.get(m.actorId());
        return a != null && a.kind() == ActorKind.PERSON;
    }

    private boolean better(Mention a, Mention b, Span span) {
        boolean pa = isPerson(a);
        boolean pb = isPerson(b);
        if (pa != pb) {
            return pa;
        }
        int ra = rank(a.form());
        int rb = rank(b.form());
        if (ra != rb) {
            return ra < rb;
        }
        return overlap(a.span(), span) > overlap(b.span(), span);
    }

    private static int rank(MentionForm form) {
        return switch (form) {
            case NAME, PARTIAL_NAME -> 0;
            case PRONOUN, ROLE_NOUN -> 1;
            case TITLE -> 2;
            case DEMONYM -> 3;
        };
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

}
