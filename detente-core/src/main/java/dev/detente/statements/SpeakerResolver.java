package dev.detente.statements;

import static dev.detente.statements.StatementWord.*;

import dev.detente.actors.Actor;
import dev.detente.actors.ActorLayers;
import dev.detente.actors.Mention;
import dev.detente.doc.Span;
import dev.detente.nlp.Token;
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
    /** Role heads too general to pick out one earlier person ("an official"). */
    private final Set<String> genericRoles;
    /** Role words of one family ("spokeswoman" is a "spokesman"). */
    private final Map<String, String> roleFamily;

    private final DocView v;
    private final PersonRegistry registry;
    /** Acronyms spoken as speakers, written out as the document spells them (empty: nowhere). */
    private final Map<String, String> expansions = new HashMap<>();
    private final Map<String, Actor> actors = new HashMap<>();
    /** Person actors by last name, to give the stage's own resolutions the actors layer's id. */
    private final Map<String, Actor> personActors = new HashMap<>();
    private final List<Mention> mentions;
    private final List<PersonRegistry.Seen> focus = new ArrayList<>();
    /** Organisations resolved as speakers so far, for a later "it said". */
    private final List<BodySeen> bodies = new ArrayList<>();
    private static final int BODY_WINDOW = 60;
    private final SpeechLexicon lexicon;

    private record BodySeen(int token, Speaker speaker) {
    }

    SpeakerResolver(DocView v, PersonRegistry registry, SpeechLexicon lexicon) {
        this.v = v;
        this.lexicon = lexicon;
        this.genericRoles = lexicon.list("generic_roles");
        this.roleFamily = lexicon.table("role_family");
        this.registry = registry;
        for (Actor a : v.doc.list(ActorLayers.ACTORS)) {
            actors.put(a.id(), a);
            if (a.kind() == dev.detente.actors.ActorKind.PERSON && a.name() != null) {
                personActors.putIfAbsent(PersonRegistry.key(a.name()), a);
            }
        }
        this.mentions = v.doc.list(ActorLayers.MENTIONS);
        focus.addAll(registry.subjects);
    }

    Speaker resolve(Phrase p) {
        Speaker s = resolveNamed(p);
        if (s == null || s.person() || !isAcronym(s.name())) {
            return s;
        }
        String full = expansions.computeIfAbsent(s.name(), this::expansion);
        return full.isEmpty() ? s : new Speaker(s.id(), full, s.role(), s.country(), false, s.how() + ", acronym written out");
    }

    /** "AP", "NATO": two to six capitals. */
    private static boolean isAcronym(String name) {
        return name.length() >= 2 && name.length() <= 6 && name.chars().allMatch(Character::isUpperCase);
    }

    /**
     * The document's own spelling of an acronym: the first run of capitalised words whose initials
     * spell it ("The Associated Press" for "AP", "North Atlantic Treaty Organization" for "NATO"),
     * linking words ("of", "for", "and") skipped; empty when the text spells it nowhere.
     */
    private String expansion(String acronym) {
        int n = acronym.length();
        for (int i = 0; i + n <= v.size(); i++) {
            int k = i;
            int matched = 0;
            while (k < v.size() && matched < n) {
                Token t = v.tok(k);
                if (t.isCapitalized() && t.text().length() > 1 && t.text().charAt(0) == acronym.charAt(matched)
                        && !isAcronym(t.text())) {
                    matched++;
                    k++;
                } else if (matched > 0 && (v.is(k, OF) || v.is(k, FOR) || v.is(k, AND))) {
                    k++;
                } else {
                    break;
                }
            }
            if (matched == n && (k >= v.size() || !v.tok(k).isCapitalized())) {
                return v.text.substring(v.tok(i).start(), v.tok(k - 1).end());
            }
        }
        return "";
    }

    private Speaker resolveNamed(Phrase p) {
        if (p == null) {
            return null;
        }
        if (p.kind() == Phrase.Kind.PRONOUN) {
            // the speech chain (the last speaker in focus) is the better antecedent for a speech verb's
            // pronoun subject than the last person mentioned; the actors layer decides only when it is empty
            Speaker own = pronoun(p);
            return own != null ? own : throughMentions(p);
        }
        if (p.kind() != Phrase.Kind.GROUP) {
            Speaker fromActors = throughMentions(p);
            if (fromActors != null) {
                if (!fromActors.person()) {
                    bodies.add(new BodySeen(p.start(), fromActors));
                }
                return fromActors;
            }
        }
        if (p.kind() == Phrase.Kind.ORGANIZATION) {
            Speaker named = bodyByHead(p);
            if (named != null) {
                return named;
            }
        }
        Speaker s = switch (p.kind()) {
            case PERSON -> person(registry.add(p.name(), p.role()), "name");
            case PRONOUN -> pronoun(p);
            case ROLE -> role(p);
            case GROUP, ORGANIZATION -> new Speaker("speaker:" + p.name().toLowerCase(Locale.ROOT), p.name(), null,
                    countryInPhrase(p), false, "organisation or group as named");
        };
        if (s != null && p.kind() == Phrase.Kind.ORGANIZATION) {
            bodies.add(new BodySeen(p.start(), s));
        }
        if (s != null && s.person()) {
            PersonRegistry.Person person = registry.find(s.name());
            if (person != null) {
                focus.add(new PersonRegistry.Seen(p.start(), person));
            }
        }
        return s;
    }

    /**
     * The one country a group or body named without an actor of its own belongs to, as the actors
     * layer reads the phrase ("Chinese officials", "Iran's negotiators", "officials in Seoul"): null
     * when the phrase names no country or more than one ("officials of both sides", "U.S. and
     * Japanese diplomats").
     */
    private String countryInPhrase(Phrase p) {
        int from = v.tok(p.start()).start();
        int to = v.tok(p.end() - 1).end();
        String country = null;
        for (Mention m : mentions) {
            if (m.span().start() < from || m.span().end() > to || m.actorId() == null) {
                continue;
            }
            Actor a = actors.get(m.actorId());
            String code = a == null ? null : a.countryCode();
            if (code == null || code.isBlank()) {
                continue;
            }
            if (country != null && !country.equals(code)) {
                return null;
            }
            country = code;
        }
        return country;
    }

    private Speaker throughMentions(Phrase p) {
        if (mentions.isEmpty()) {
            return null;
        }
        // only a mention of the phrase's head counts: "Chinese officials" is not China, "the Omani
        // official" not Oman; a role phrase or a name must resolve to a person
        Span head = v.tok(headToken(p)).span();
        Mention best = null;
        for (Mention m : mentions) {
            if (m.span().overlaps(head) && m.actorId() != null && actors.containsKey(m.actorId())) {
                best = m;
            }
        }
        if (best == null || best.form() == dev.detente.actors.MentionForm.DEMONYM) {
            return null;
        }
        Actor a = actors.get(best.actorId());
        boolean person = a.kind() == dev.detente.actors.ActorKind.PERSON;
        if (!person && (p.kind() == Phrase.Kind.PERSON || p.kind() == Phrase.Kind.ROLE
                || p.kind() == Phrase.Kind.PRONOUN)) {
            return null;
        }
        if (person) {
            focus.add(new PersonRegistry.Seen(p.start(), registry.add(a.name(), a.role())));
        }
        String name = a.name();
        boolean byName = best.form() == dev.detente.actors.MentionForm.NAME
                || best.form() == dev.detente.actors.MentionForm.PARTIAL_NAME;
        if (!byName) {
            // the actors layer reads the phrase as a title or role noun of this person ("the former
            // governor of Vermont"): its words are no spelling of the name
            return new Speaker(a.id(), name, a.role(), a.country(), person, "actors layer: " + best.form());
        }
        if (p.kind() == Phrase.Kind.PERSON && !PersonRegistry.key(p.name()).equals(PersonRegistry.key(name))) {
            // a variant spelling of the same person stays as the text spells it here
            PersonRegistry.Person spelled = registry.find(p.name());
            name = spelled != null ? spelled.name() : p.name();
        } else if (p.kind() == Phrase.Kind.PERSON) {
            PersonRegistry.Person fuller = registry.find(p.name());
            if (fuller != null && fuller.name().length() > name.length()) {
                name = fuller.name(); // "Kim" → "Kim Yong-hyun" when the actors layer kept them apart
            }
        }
        return new Speaker(a.id(), name, a.role(), a.country(), person, "actors layer: " + best.form());
    }

    /**
     * The phrase's head: its last token, or for a person the last token of the name ("Lee Zeldin"
     * in "Rep. Lee Zeldin of New York").
     */
    private int headToken(Phrase p) {
        int last = p.end() - 1;
        if (p.kind() != Phrase.Kind.PERSON || p.name() == null) {
            return last;
        }
        int from = v.tok(p.start()).start();
        int at = v.text.indexOf(p.name(), from);
        if (at < 0 || at >= v.tok(last).end()) {
            return last;
        }
        int nameEnd = at + p.name().length();
        for (int k = p.start(); k <= last; k++) {
            if (v.tok(k).end() == nameEnd) {
                return k;
            }
        }
        return last;
    }

    private Speaker person(PersonRegistry.Person p, String how) {
        PersonRegistry.Person full = registry.refresh(p);
        Actor a = personActors.get(full.key());
        if (a != null) {
            // the same person as the actors layer knows them: one id, their role and country
            return new Speaker(a.id(), full.name().length() > a.name().length() ? full.name() : a.name(),
                    a.role() != null ? a.role() : full.role(), a.country(), true, how + ", actor " + a.id());
        }
        return new Speaker("speaker:" + full.key(), full.name(), full.role(), null, true, how);
    }

    private Speaker pronoun(Phrase p) {
        int w = p.start();
        if (v.is(w, IT)) {
            return lastBody(p.start());
        }
        if (v.is(w, PLURAL_PRONOUN)) {
            return null;
        }
        char g = v.is(w, FEMALE_PRONOUN) ? 'f' : 'm';
        PersonRegistry.Seen last = lastFocusAgreeing(p.start(), g);
        if (last == null) {
            return null;
        }
        registry.noteGender(registry.refresh(last.person()), g);
        return person(last.person(), "pronoun '" + v.tok(p.start()).text() + "' → last person in focus");
    }

    /**
     * "the ministry said": a bare, lower-case organisation word stands for the body named just before
     * whose name has that word ("Kenya's Ministry of Foreign Affairs ... the ministry said").
     */
    private Speaker bodyByHead(Phrase p) {
        String word = p.name().toLowerCase(Locale.ROOT);
        if (word.indexOf(' ') >= 0 || !word.equals(p.name()) || !lexicon.isOrg(word)) {
            return null;
        }
        Speaker best = null;
        int bestToken = -1;
        for (BodySeen b : bodies) {
            if (b.token() < p.start() && b.token() > bestToken && hasWord(b.speaker().name(), word)) {
                best = b.speaker();
                bestToken = b.token();
            }
        }
        int floor = Math.max(0, p.start() - BODY_WINDOW);
        int beforeChar = v.tok(p.start()).start();
        for (Mention m : mentions) {
            Actor a = m.actorId() == null ? null : actors.get(m.actorId());
            if (a == null || a.kind() != dev.detente.actors.ActorKind.ORGANIZATION || m.span().start() >= beforeChar
                    || m.span().start() < v.tok(floor).start() || !hasWord(a.name(), word)) {
                continue;
            }
            int token = v.tokenAt(m.span().start());
            if (token > bestToken) {
                best = new Speaker(a.id(), a.name(), a.role(), a.country(), false, "'the " + word + "' → last body so named");
                bestToken = token;
            }
        }
        return bestToken >= floor ? best : null;
    }

    private static boolean hasWord(String name, String word) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s'’-]+")) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "it said": the organisation or government that last spoke, or was last mentioned as an actor,
     * in the sentences just before the pronoun.
     */
    private Speaker lastBody(int before) {
        Speaker best = null;
        int bestToken = -1;
        for (BodySeen b : bodies) {
            if (b.token() < before && b.token() > bestToken) {
                best = b.speaker();
                bestToken = b.token();
            }
        }
        int floor = Math.max(0, before - BODY_WINDOW);
        int beforeChar = v.tok(before).start();
        for (Mention m : mentions) {
            Actor a = m.actorId() == null ? null : actors.get(m.actorId());
            if (a == null || m.span().start() >= beforeChar || m.span().start() < v.tok(floor).start()
                    || a.kind() != dev.detente.actors.ActorKind.ORGANIZATION
                    && a.kind() != dev.detente.actors.ActorKind.COUNTRY
                    || m.form() == dev.detente.actors.MentionForm.DEMONYM) {
                continue;
            }
            int token = v.tokenAt(m.span().start());
            if (token > bestToken) {
                best = new Speaker(a.id(), a.name(), a.role(), a.country(), false, "pronoun 'it' → last organisation");
                bestToken = token;
            }
        }
        return bestToken >= floor ? best : null;
    }

    private Speaker role(Phrase p) {
        String head = family(p.roleHead());
        boolean indefinite = v.is(p.start(), INDEFINITE_ARTICLE);
        if (!indefinite) {
            PersonRegistry.Seen last = lastFocus(p.start(), head);
            if (last == null) {
                last = lastMention(p.start(), head);
            }
            if (last == null && genericRoles.contains(head)) {
                last = lastFocus(p.start(), null);
            }
            if (last != null) {
                return person(last.person(), "role noun '" + p.roleHead() + "' → last person with that role");
            }
        }
        // an anonymous "a senior official" is no one named later; "a ministry spokesperson" may be
        PersonRegistry.Seen next = genericRoles.contains(head) ? null : nextMention(p.start(), head);
        if (next != null) {
            return person(next.person(), "role noun '" + p.roleHead() + "' → the person with that role named next");
        }
        // no name for this person: the role phrase itself is the speaker, and stays in focus for "he"/"she"
        focus.add(new PersonRegistry.Seen(p.start(), registry.add(p.name(), p.name())));
        return new Speaker("speaker:" + p.name().toLowerCase(Locale.ROOT), p.name(), p.name(), null, false,
                "role phrase, no person named");
    }

    /** The last person in focus whose gender, as far as the text shows it, agrees with the pronoun's. */
    private PersonRegistry.Seen lastFocusAgreeing(int before, char g) {
        PersonRegistry.Seen best = null;
        for (PersonRegistry.Seen s : focus) {
            if (s.token() < before && (best == null || s.token() >= best.token())) {
                Character known = registry.genderOf(registry.refresh(s.person()));
                if (known == null || known == g) {
                    best = s;
                }
            }
        }
        return best;
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
        if (roleHead == null || genericRoles.contains(roleHead)) {
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

    private String family(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (lexicon.endsWith(l, PLURAL_SUFFIX) && !lexicon.endsWith(l, DOUBLE_S) && l.length() > 3) {
            l = l.substring(0, l.length() - 1);
        }
        return roleFamily.getOrDefault(l, l);
    }
}
