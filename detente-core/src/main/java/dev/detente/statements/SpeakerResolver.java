package dev.detente.statements;

import dev.detente.actors.Actor;
import dev.detente.actors.ActorLayers;
import dev.detente.actors.Mention;
import dev.detente.doc.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a speaker phrase to a speaker. Through the actors layer when it has a mention inside the
 * phrase (actor id, fullest name, role, country); otherwise by the stage's own rules: a name to the
 * fullest form of that name in the document, "he"/"she" to the person most recently in focus (the
 * last speaker or sentence subject), "the spokesman" to the most recent person with that role,
 * "a ministry spokesperson" to the person with that role named next, an organisation to its text.
 * Resolve in text order: each resolved person becomes the focus for what follows.
 */
final class SpeakerResolver {
    private static final Set<String> GENERIC_ROLES = SpeechLexicon.words("official", "aide", "source", "diplomat",
            "representative");
    private static final Map<String, String> ROLE_FAMILY = Map.of("spokeswoman", "spokesman", "spokesperson",
            "spokesman", "fm", "minister", "pm", "minister", "premier", "minister", "advisor", "adviser");

    private final DocView v;
    private final PersonRegistry registry;
    private final Map<String, Actor> actors = new HashMap<>();
    private final List<Mention> mentions;
    private final List<PersonRegistry.Seen> focus = new ArrayList<>();

    SpeakerResolver(DocView v, PersonRegistry registry) {
        this.v = v;
        this.registry = registry;
        for (Actor a : v.doc.list(ActorLayers.ACTORS)) {
            actors.put(a.id(), a);
        }
        this.mentions = v.doc.list(ActorLayers.MENTIONS);
        focus.addAll(registry.subjects);
    }

    Speaker resolve(Phrase p) {
        if (p == null) {
            return null;
        }
        Speaker fromActors = throughMentions(p);
        if (fromActors != null) {
            return fromActors;
        }
        Speaker s = switch (p.kind()) {
            case PERSON -> person(registry.add(p.name(), p.role()), "name");
            case PRONOUN -> pronoun(p);
            case ROLE -> role(p);
            case GROUP, ORGANIZATION -> new Speaker("speaker:" + p.name().toLowerCase(Locale.ROOT), p.name(), null,
                    null, false, "organisation or group as named");
        };
        if (s != null && s.person()) {
            PersonRegistry.Person person = registry.find(s.name());
            if (person != null) {
                focus.add(new PersonRegistry.Seen(p.start(), person));
            }
        }
        return s;
    }

    private Speaker throughMentions(Phrase p) {
        if (mentions.isEmpty()) {
            return null;
        }
        Span span = new Span(v.tok(p.start()).start(), v.tok(p.end() - 1).end());
        Mention best = null;
        for (Mention m : mentions) {
            if (m.span().overlaps(span) && m.actorId() != null && actors.containsKey(m.actorId())) {
                best = m; // the last mention in the phrase is its head
            }
        }
        if (best == null) {
            return null;
        }
        Actor a = actors.get(best.actorId());
        boolean person = a.kind() == dev.detente.actors.ActorKind.PERSON;
        if (person) {
            focus.add(new PersonRegistry.Seen(p.start(), registry.add(a.name(), a.role())));
        }
        return new Speaker(a.id(), a.name(), a.role(), a.country(), person, "actors layer: " + best.form());
    }

    private Speaker person(PersonRegistry.Person p, String how) {
        PersonRegistry.Person full = registry.refresh(p);
        return new Speaker("speaker:" + full.key(), full.name(), full.role(), null, true, how);
    }

    private Speaker pronoun(Phrase p) {
        String w = v.lower(p.start());
        if (w.equals("they") || w.equals("their") || w.equals("them") || w.equals("it") || w.equals("we")) {
            return null;
        }
        PersonRegistry.Seen last = lastFocus(p.start(), null);
        return last == null ? null : person(last.person(), "pronoun '" + v.tok(p.start()).text() + "' → last person in focus");
    }

    private Speaker role(Phrase p) {
        String head = family(p.roleHead());
        boolean indefinite = v.is(p.start(), "a") || v.is(p.start(), "an");
        if (!indefinite) {
            PersonRegistry.Seen last = lastFocus(p.start(), head);
            if (last == null) {
                last = lastMention(p.start(), head);
            }
            if (last == null && GENERIC_ROLES.contains(head)) {
                last = lastFocus(p.start(), null);
            }
            if (last != null) {
                return person(last.person(), "role noun '" + p.roleHead() + "' → last person with that role");
            }
        }
        PersonRegistry.Seen next = nextMention(p.start(), head);
        if (next != null) {
            return person(next.person(), "role noun '" + p.roleHead() + "' → the person with that role named next");
        }
        // no name for this person: the role phrase itself is the speaker, and stays in focus for "he"/"she"
        focus.add(new PersonRegistry.Seen(p.start(), registry.add(p.name(), p.name())));
        return new Speaker("speaker:" + p.name().toLowerCase(Locale.ROOT), p.name(), p.name(), null, false,
                "role phrase, no person named");
    }

    private PersonRegistry.Seen lastFocus(int before, String roleHead) {
        PersonRegistry.Seen best = null;
        for (PersonRegistry.Seen s : focus) {
            if (s.token() < before && (best == null || s.token() >= best.token()) && matches(s.person(), roleHead)) {
                best = s;
            }
        }
        return best;
    }

    private PersonRegistry.Seen lastMention(int before, String roleHead) {
        PersonRegistry.Seen best = null;
        for (PersonRegistry.Seen s : registry.mentions) {
            if (s.token() < before && matches(s.person(), roleHead)) {
                best = s;
            }
        }
        return best;
    }

    private PersonRegistry.Seen nextMention(int after, String roleHead) {
        int paragraphLimit = v.paragraphOf(Math.min(after, v.size() - 1)) + 2;
        for (PersonRegistry.Seen s : registry.mentions) {
            if (s.token() > after && v.paragraphOf(s.token()) <= paragraphLimit && matches(s.person(), roleHead)) {
                return s;
            }
        }
        return null;
    }

    private boolean matches(PersonRegistry.Person p, String roleHead) {
        if (roleHead == null || GENERIC_ROLES.contains(roleHead)) {
            return true;
        }
        PersonRegistry.Person full = registry.refresh(p);
        if (full.role() == null) {
            return false;
        }
        for (String w : full.role().toLowerCase(Locale.ROOT).split("[\\s’']+")) {
            if (family(w).equals(roleHead)) {
                return true;
            }
        }
        return false;
    }

    private static String family(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.endsWith("s") && !l.endsWith("ss") && l.length() > 3) {
            l = l.substring(0, l.length() - 1);
        }
        return ROLE_FAMILY.getOrDefault(l, l);
    }
}
