package dev.detente.actors;

import static dev.detente.actors.ActorWord.*;

import dev.detente.knowledge.Knowledge;
import dev.detente.nlp.Sentence;
import java.util.Set;

/**
 * Reads the role a text gives a named person and the country the role belongs to, from (in this
 * order) a title before the name ("Kremlin spokesman X", "Iran's Foreign Minister X", "Smith's envoy
 * X"), an apposition after it ("X, Norway's special envoy for ..., said"), a title set off before it
 * ("the U.S. Ambassador to Peru, X,") or an "as" phrase ("X took office as prime minister"). The country
 * is the role's own demonym or country (not one it is sent "to"), else the country of a government
 * body in it ("Kremlin" → RUS); a generic body ("foreign ministry") leaves it to the document's context.
 */
final class RoleReader {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final int NO_POSSESSOR = Integer.MIN_VALUE;

    /** The affiliation a span of tokens gives: explicit country, else a body's, else a generic body to resolve. */
    record Affiliation(String country, String genericBody, boolean international) {
        static final Affiliation NONE = new Affiliation(null, null, false);
    }

    /**
     * A role read for one name: tokens [start, end) of its text; {@code text} as the role is written
     * (a possessor's surname kept: "Smith's envoy"); {@code relativeRun} the name run of a possessor,
     * {@code relativePronoun} the token of a possessive pronoun ("his deputies"); {@code plural} when
     * the title named several people ("his deputies X and Y").
     */
    record Role(int start, int end, String text, Affiliation affiliation, int relativeRun, int relativePronoun,
                boolean plural, String head) {
    }

    private final ActorKnowledge knowledge;
    private final ActorWords words;
    private final String docText;
    private final TokenView v;
    private final int[] runEndingAt;
    private final int[] runStartingAt;
    private final NameRecognizer.Result names;

    RoleReader(ActorKnowledge knowledge, String docText, TokenView v, NameRecognizer.Result names) {
        this.knowledge = knowledge;
        this.words = knowledge.words();
        this.docText = docText;
        this.v = v;
        this.names = names;
        runEndingAt = new int[v.size() + 1];
        runStartingAt = new int[v.size() + 1];
        java.util.Arrays.fill(runEndingAt, -1);
        java.util.Arrays.fill(runStartingAt, -1);
        for (int r = 0; r < names.runs().size(); r++) {
            NameRecognizer.Run run = names.runs().get(r);
            if (names.clusterOfRun()[r] >= 0) {
                runEndingAt[run.end() - 1] = r;
                runStartingAt[run.start()] = r;
            }
        }
    }

    Role read(NameRecognizer.Run run) {
        Role r = preName(run);
        if (r == null) {
            r = apposition(run);
        }
        if (r == null) {
            r = setOffBefore(run);
        }
        if (r == null) {
            r = asPhrase(run);
        }
        return r;
    }

    /** The person run ending at token i, or -1. */
    int personRunEndingAt(int i) {
        return i >= 0 && i < runEndingAt.length ? runEndingAt[i] : -1;
    }

    private Role preName(NameRecognizer.Run run) {
        Sentence s = v.sentence(run.start());
        int last = beforeHonorifics(run.start() - 1, s.firstToken());
        if (last < s.firstToken()) {
            return null;
        }
        if (last < run.start() - 1) {
            // "Kenyan President Dr. X", "Minister Hon. Dr. X": the title before the honorifics
            if (!v.isHit(last, GazetteerEntry.Type.TITLE)) {
                return null; // "Mr. Smith": an honorific, not a role
            }
        } else if (v.is(last, ".")) {
            return null;
        }
        if (!v.isHit(last, GazetteerEntry.Type.TITLE) && !titleWithComplement(last, s.firstToken())) {
            return null;
        }
        return scanBack(last, s.firstToken());
    }

    /** "Ambassador to China X", "Cabinet Secretary for Foreign Affairs X": a head, a preposition, its object. */
    private boolean titleWithComplement(int last, int first) {
        if (!(v.hit[last] != null && v.isAffiliation(last) || knowledge.isTitleModifier(v.lower[last]))) {
            return false;
        }
        int k = last;
        int steps = 0; // a gazetteer hit is one step: "of the Republic of Uzbekistan" is as short as "of Uzbekistan"
        while (k >= first && steps++ < 6 && (v.hit[k] != null && v.isAffiliation(k)
                || knowledge.isTitleModifier(v.lower[k]) || v.is(k, ARTICLE_THE)
                || v.is(k, OF) && k > first && (knowledge.isTitleModifier(v.lower[k - 1]) || v.hit[k - 1] != null && v.isAffiliation(k - 1))
                        && !v.isHit(k - 1, GazetteerEntry.Type.TITLE))) {
            // "Deputy Chairman of the Cabinet of Ministers of Turkmenistan X": a body, then its country
            // "Foreign Minister of the Republic of Uzbekistan X": "Republic of" inside the complement
            k = v.hit[k] != null ? v.hit[k].start() - 1 : k - 1;
        }
        return k < last && k - 1 >= first && (v.is(k, TO) || v.is(k, FOR) || v.is(k, OF))
                && v.isHit(k - 1, GazetteerEntry.Type.TITLE);
    }

    private Role setOffBefore(NameRecognizer.Run run) {
        Sentence s = v.sentence(run.start());
        int comma = beforeHonorifics(run.start() - 1, s.firstToken());
        int after = afterParenthesis(run.end(), s.endToken());
        if (comma - 1 < s.firstToken() || !v.is(comma, ",")
                || !(after >= s.endToken() || v.is(after, ",") || v.is(after, "."))) {
            return null;
        }
        Role r = scanBack(comma - 1, s.firstToken());
        if (r == null) {
            r = withComplementBefore(comma, s.firstToken());
        }
        if (r == null || r.relativeRun() >= 0) {
            return null;
        }
        int before = r.relativePronoun() >= 0 ? r.relativePronoun() : r.start() - 1;
        while (before >= s.firstToken() && words.articles().contains(v.lower[before])) {
            before--;
        }
        boolean np = opensNounPhrase(before, s.firstToken()) || words.articles().contains(v.lower[r.start() - 1]);
        if (!np && v.is(before, POSSESSIVE_CLITIC)) {
            int opener = beforePossessor(before - 1, s.firstToken()); // "Kerala's finance minister, X,"
            np = opener != NO_POSSESSOR && opensNounPhrase(opener, s.firstToken());
        }
        return np ? r : null;
    }

    /** Whether token {@code before} (or the sentence start) can open the noun phrase that follows it. */
    private boolean opensNounPhrase(int before, int first) {
        return before < first || v.is(before, BY) || v.is(before, ",") || v.is(before, WITH)
                || isDashOrBullet(v.text(before))
                || v.is(before, AND) || v.is(before, ":") || words.possessivePronouns().contains(v.lower[before])
                || words.nounPhraseOpeners().contains(v.lower[before]); // "according to Peru's minister, X", "said that X's ambassador, Y,"
    }

    /**
     * The token before a possessor the gazetteer does not know that ends at {@code i}: a run of
     * capitalised words ("Tamil Nadu's") or one common noun after an article ("the group's") when
     * it is neither ({@link #NO_POSSESSOR}; a person's name is read as a possessor elsewhere).
     */
    private int beforePossessor(int i, int first) {
        int k = i;
        if (k < first || !Character.isLetter(v.text(k).charAt(0)) || runEndingAt[k] >= 0) {
            return NO_POSSESSOR;
        }
        if (Character.isUpperCase(v.text(k).charAt(0))) {
            while (k >= first && Character.isUpperCase(v.text(k).charAt(0)) && runEndingAt[k] < 0) {
                k--;
            }
            return k < first || !words.articles().contains(v.lower[k]) ? k : k - 1;
        }
        return k - 1 >= first && words.articles().contains(v.lower[k - 1]) ? k - 2 : NO_POSSESSOR;
    }

    /** The last token before the honorifics ("Hon. Dr.") that end at {@code i}; {@code i} when there are none. */
    private int beforeHonorifics(int i, int first) {
        int k = i;
        while (k >= first) {
            int word = v.is(k, ".") ? k - 1 : k;
            if (word < first || !knowledge.isHonorific(v.text(word))) {
                break;
            }
            k = word - 1;
        }
        return k;
    }

    /** The token after a short parenthesis that follows a name ("X (MP),"), else {@code after}. */
    private int afterParenthesis(int after, int end) {
        if (after < end && v.is(after, "(")) {
            for (int k = after + 1; k < end && k <= after + 4; k++) {
                if (v.is(k, ")")) {
                    return k + 1;
                }
            }
        }
        return after;
    }

    /** "11:15 — Peru's foreign minister, X, says": a dash or bullet opens a noun phrase. */
    private static boolean isDashOrBullet(String token) {
        return token.length() == 1 && (Character.getType(token.charAt(0)) == Character.DASH_PUNCTUATION
                || token.charAt(0) == '\u2022' || token.charAt(0) == '\u00b7');
    }

    /**
     * "the EU's special envoy for the Belgrade-Pristina dialogue, X", "the mayor of Ancomarca, X": a title, then a short "for/to/on/in/of"
     * complement ending at the comma before the name; the role keeps the complement.
     */
    private Role withComplementBefore(int comma, int first) {
        for (int k = comma - 2; k > first && comma - k <= 7; k--) {
            if (v.is(k, ",") || runStartingAt[k] >= 0 || knowledge.isPersonCue(v.lower[k])
                    || !Character.isLetterOrDigit(v.text(k).charAt(0))) {
                return null;
            }
            if ((v.is(k, FOR) || v.is(k, TO) || v.is(k, ON) || v.is(k, IN) || v.is(k, OF)) && v.isHit(k - 1, GazetteerEntry.Type.TITLE)) {
                Role head = scanBack(k - 1, first);
                return head == null ? null : role(head.start(), comma, head.relativeRun(), head.relativePronoun());
            }
        }
        return null;
    }

    /** The title-like tokens ending at {@code last}, going left; null when they hold no title. */
    private Role scanBack(int last, int first) {
        int start = last + 1;
        int relativeRun = -1;
        int relativePronoun = -1;
        int k = last;
        while (k >= first) {
            Gazetteer.Match m = v.hit[k];
            if (m != null && (m.has(GazetteerEntry.Type.TITLE) || v.isAffiliation(k))) {
                start = Math.max(m.start(), first);
                k = m.start() - 1;
                continue;
            }
            String w = v.lower[k];
            if (knowledge.isTitleModifier(w) && personRunEndingAt(k) < 0) {
                start = k--;
                continue;
            }
            if (v.is(k, POSSESSIVE_CLITIC) && k - 1 >= first && words.countryNouns().contains(v.lower[k - 1]) && v.hit[k - 1] == null
                    && Character.isLowerCase(v.text(k - 1).charAt(0))) {
                start = k - 1; // "the country's president": the country the text is about
                break;
            }
            if (v.is(k, POSSESSIVE_CLITIC)) {
                int owner = personRunEndingAt(k - 1);
                if (owner >= 0) {
                    relativeRun = owner;
                    break;
                }
                if (k - 1 >= first && v.hit[k - 1] != null) {
                    start = k--;
                    continue;
                }
                break;
            }
            if (words.possessivePronouns().contains(w)) {
                relativePronoun = k;
                break;
            }
            if (!v.is(k, ARTICLE_THE) && words.connectors().contains(w) && containsTitle(k + 1, last + 1)) {
                break; // "a spokesperson for President X": the title after "for" is X's, the one before another's
            }
            if (words.connectors().contains(w) && k > first && (v.hit[k - 1] != null || knowledge.isTitleModifier(v.lower[k - 1])
                    || v.is(k, ARTICLE_THE))) {
                start = k--;
                continue;
            }
            if (v.is(k, AND) && k > first && knowledge.isTitleModifier(v.lower[k - 1]) && v.hit[k - 1] == null
                    && k + 1 <= last && knowledge.isTitleModifier(v.lower[k + 1]) && v.hit[k + 1] == null) {
                start = k--;
                continue;
            }
            if (v.is(k, AND) && k > first && start == k + 1 && v.isHit(k - 1, GazetteerEntry.Type.TITLE)
                    && Character.isUpperCase(v.text(k - 1).charAt(0)) && Character.isUpperCase(v.text(k + 1).charAt(0))
                    && personRunEndingAt(k - 1) < 0) {
                start = k--; // "Deputy Prime Minister and Foreign Minister X": one person's two offices
                continue;
            }
            if (w.equals("(") || w.equals(")")) {
                k--;
                continue;
            }
            break;
        }
        while (start <= last && (words.connectors().contains(v.lower[start]) || words.articles().contains(v.lower[start])
                || v.is(start, AND) || v.is(start, POSSESSIVE_CLITIC) || v.is(start, "(") || v.is(start, ")"))) {
            start++;
        }
        if (start > last || !containsTitle(start, last + 1)) {
            return null;
        }
        return role(start, last + 1, relativeRun, relativePronoun);
    }

    private Role apposition(NameRecognizer.Run run) {
        Sentence s = v.sentence(run.start());
        int k = run.end();
        if (k >= s.endToken() || !v.is(k, ",")) {
            return null;
        }
        k++;
        if (k + 1 < s.endToken() && isNumber(v.text(k)) && v.is(k + 1, ",")) {
            k += 2; // "X, 54, Chile's foreign minister,": the age comes first
        }
        if (v.is(k, AND) || v.is(k, OR)) {
            return null; // "X, and Bolivia's minister, Y,": a second person, not X's apposition
        }
        if (k + 1 < s.endToken() && words.relativeBeforeRole().contains(v.lower[k])
                && words.relativeRoleVerbs().containsKey(v.lower[k + 1])) {
            return headsPhrase(s, k + 1); // "X, who heads the Kenya Revenue Authority,"
        }
        if (k < s.endToken() && words.relativeBeforeRole().contains(v.lower[k])) {
            k++; // "X, who is Pakistan's foreign minister,"
            while (k < s.endToken() && words.copulas().contains(v.lower[k])) {
                k++;
            }
        }
        while (k < s.endToken() && words.articles().contains(v.lower[k])) {
            k++;
        }
        int relativeRun = -1;
        if (k < s.endToken() && runStartingAt[k] >= 0 && v.isPossessive(names.runs().get(runStartingAt[k]).end())) {
            relativeRun = runStartingAt[k]; // "X, Putin's special envoy,": the role is relative to the possessor
            k = names.runs().get(relativeRun).end() + 1;
        }
        int start = k;
        boolean seenTitle = false;
        int otherWords = 0;
        int limit = Math.min(s.endToken(), start + 18);
        while (k < limit) {
            String w = v.lower[k];
            if (runStartingAt[k] >= 0 && seenTitle && v.is(k - 1, OF) && words.placeOffices().contains(v.lower[k - 2])) {
                k = names.runs().get(runStartingAt[k]).end(); // "X, the mayor of Novi Grad,": a place in the role
                continue;
            }
            if (words.appositionStops().contains(w) || knowledge.isPersonCue(w) && !seenTitle || runStartingAt[k] >= 0) {
                break;
            }
            if (v.is(k, AND) && k + 1 < limit && (words.articles().contains(v.lower[k + 1])
                    || words.possessivePronouns().contains(v.lower[k + 1]))) {
                break;
            }
            Gazetteer.Match m = v.hit[k];
            if (m != null && m.has(GazetteerEntry.Type.TITLE)) {
                seenTitle = true;
            } else if (!seenTitle && !(m != null && v.isAffiliation(k)) && !knowledge.isTitleModifier(w)
                    && !v.is(k, POSSESSIVE_CLITIC) && !words.connectors().contains(w) && ++otherWords > 2) {
                return null; // words before the head must be title-like, but for two ("Africa program director")
            }
            k = m != null ? m.end() : k + 1;
        }
        if (!seenTitle || runStartingAt[Math.min(k, v.size())] >= 0 && k < s.endToken() && !v.is(k - 1, ",")) {
            return null;
        }
        if (k < s.endToken() && !words.appositionStops().contains(v.lower[k]) && !v.is(k, AND)) {
            return null;
        }
        return role(start, k, relativeRun, -1);
    }

    /**
     * "who heads the Kenya Revenue Authority": the role is the verb's head noun of its object ("head of
     * the Kenya Revenue Authority"), when the object names something (a capitalised word or a country)
     * and ends the clause within a few words.
     */
    private Role headsPhrase(Sentence s, int verb) {
        int start = verb + 1;
        int k = start;
        boolean named = false;
        int limit = Math.min(s.endToken(), start + 10);
        while (k < limit && !words.appositionStops().contains(v.lower[k])) {
            String t = v.text(k);
            named |= !t.isEmpty() && Character.isUpperCase(t.charAt(0)) || v.hit[k] != null && v.isAffiliation(k);
            k++;
        }
        if (!named || k == start || k >= limit && k < s.endToken()) {
            return null;
        }
        String object = docText.substring(v.tokens.get(start).start(), v.tokens.get(k - 1).end());
        String head = words.relativeRoleVerbs().get(v.lower[verb]);
        return new Role(start, k, head + " of " + object, affiliation(start, k), -1, -1, false, head);
    }

    private static boolean isNumber(String t) {
        return !t.isEmpty() && t.length() <= 3 && t.chars().allMatch(Character::isDigit);
    }

    private Role asPhrase(NameRecognizer.Run run) {
        Sentence s = v.sentence(run.start());
        int k = run.end();
        int limit = Math.min(s.endToken(), k + 4);
        if (k < s.endToken() && words.roleCopulas().contains(v.lower[k])) {
            Role r = copulaRole(s, k); // "X became Chile's foreign minister in March"
            if (r != null) {
                return r;
            }
        }
        while (k < limit && !v.is(k, AS)) {
            String w = v.lower[k];
            if (!(v.is(k, POSSESSIVE_CLITIC) || Character.isLowerCase(v.text(k).charAt(0)) && !knowledge.isPersonCue(w))) {
                return null;
            }
            k++;
        }
        if (k >= limit || !v.is(k, AS)) {
            return null;
        }
        return roleAfter(s, k + 1);
    }

    /** "X became / was named / is Chile's foreign minister": the role after the verbs, as after "as". */
    private Role copulaRole(Sentence s, int k) {
        while (k < s.endToken() && (words.roleCopulas().contains(v.lower[k]) || words.copulas().contains(v.lower[k]))) {
            k++;
        }
        return roleAfter(s, k);
    }

    /** The role that starts at token k (after "as" or a copula): title words, affiliations, "of"/"to" a country. */
    private Role roleAfter(Sentence s, int k) {
        while (k < s.endToken() && words.articles().contains(v.lower[k])) {
            k++;
        }
        int start = k;
        int headEnd = -1;
        while (k < s.endToken()) {
            Gazetteer.Match m = v.hit[k];
            if (m != null && m.has(GazetteerEntry.Type.TITLE)) {
                headEnd = m.end();
                k = m.end();
            } else if (m != null && v.isAffiliation(k)) {
                k = m.end();
            } else if (knowledge.isTitleModifier(v.lower[k]) || v.is(k, POSSESSIVE_CLITIC)) {
                k++;
            } else {
                break;
            }
        }
        if (headEnd < 0) {
            return null;
        }
        int end = headEnd;
        if (end + 1 < s.endToken() && words.targetPrepositions().contains(v.lower[end]) || v.is(end, OF)) {
            int t = end + 1;
            if (v.is(t, ARTICLE_THE)) {
                t++;
            }
            if (t < s.endToken() && v.hit[t] != null && v.isAffiliation(t)) {
                end = v.hit[t].end();
            }
        }
        return role(start, end, -1, -1);
    }

    private boolean containsTitle(int start, int end) {
        for (int k = start; k < end; k++) {
            if (v.isHit(k, GazetteerEntry.Type.TITLE)) {
                return true;
            }
        }
        return false;
    }

    private Role role(int start, int end, int relativeRun, int relativePronoun) {
        int headStart = -1;
        int headEnd = -1;
        for (int k = start; k < end; k++) {
            if (v.isHit(k, GazetteerEntry.Type.TITLE)) {
                boolean honorary = knowledge.isHonoraryTitle(v.hit[k].firstOf(GazetteerEntry.Type.TITLE).canonical());
                if (honorary && headEnd >= 0 && v.hit[k].end() == end) {
                    end = headEnd; // "Saudi Foreign Minister Prince X": the prince goes with the name
                    break;
                }
                headStart = v.hit[k].start();
                headEnd = v.hit[k].end();
                k = headEnd - 1;
            }
        }
        String head = docText.substring(v.tokens.get(headStart).start(), v.tokens.get(headEnd - 1).end());
        String canonical = v.hit[headStart].firstOf(GazetteerEntry.Type.TITLE).canonical();
        String expansion = knowledge.expansionOf(canonical);
        boolean plural = expansion == null && !Gazetteer.normalize(head).equals(canonical) && headEnd == end;
        String text = docText.substring(v.tokens.get(start).start(), v.tokens.get(end - 1).end());
        if (plural) {
            text = docText.substring(v.tokens.get(start).start(), v.tokens.get(headStart).start()) + canonical;
        } else if (expansion != null) {
            text = docText.substring(v.tokens.get(start).start(), v.tokens.get(headStart).start()) + expansion
                    + docText.substring(v.tokens.get(headEnd - 1).end(), v.tokens.get(end - 1).end());
        }
        for (int k = start; k < end; k++) {
            String expanded = knowledge.bodyExpansionOf(v.text(k));
            if (expanded != null && v.is(k - 1, "(") && v.is(k + 1, ")")) {
                expanded = ""; // "Foreign Office (FO) spokesperson": the body is written out already
            }
            if (expanded != null) { // "Ukrainian MFA spokesman": the body written out
                text = text.replaceFirst("\\b" + java.util.regex.Pattern.quote(v.text(k)) + "\\b",
                        java.util.regex.Matcher.quoteReplacement(expanded));
            }
        }
        if (relativeRun >= 0) {
            text = names.runs().get(relativeRun).surname() + "'s " + text;
        }
        return new Role(start, end, SPACES.matcher(text.replace("(", "").replace(")", "")).replaceAll(" ").strip(), affiliation(start, end), relativeRun,
                relativePronoun, plural, canonical);
    }

    /** Whether the place at token k follows "in" after a named institution ("... Institute in Lyon"). */
    private boolean institutionPlace(int k) {
        int before = k - 2;
        return v.is(k - 1, IN) && before >= 0 && words.institutionHeads().contains(v.lower[before])
                && Character.isUpperCase(v.text(before).charAt(0));
    }

    /** What a span of tokens says the role belongs to. */
    Affiliation affiliation(int start, int end) {
        String explicit = null;
        String body = null;
        String generic = null;
        boolean international = false;
        for (int k = start; k < end; ) {
            Gazetteer.Match m = v.hit[k];
            if (m == null) {
                k++;
                continue;
            }
            GazetteerEntry country = m.firstOf(GazetteerEntry.Type.DEMONYM);
            // a demonym is an adjective ("for the Russian Foreign Ministry") unless it ends the role as a
            // noun: "envoy to Laos" (a name that also reads as a demonym's plural) is a country sent to
            boolean asNoun = country == null || m.end() >= end;
            if (country == null) {
                country = m.firstOf(GazetteerEntry.Type.COUNTRY);
            }
            int p = v.is(k - 1, ARTICLE_THE) ? k - 2 : k - 1;
            // a preposition inside the role ("envoy to Kenya"); one right before it is no part of it ("spoke to Kenya's X")
            boolean target = country != null && asNoun && !v.isPossessive(m.end()) && p >= start
                    && words.targetPrepositions().contains(v.lower[p]);
            GazetteerEntry org = m.firstOf(GazetteerEntry.Type.ORGANIZATION);
            GazetteerEntry gen = m.firstOf(GazetteerEntry.Type.GENERIC_BODY);
            GazetteerEntry capital = m.firstOf(GazetteerEntry.Type.CAPITAL);
            if (capital == null) {
                capital = m.firstOf(GazetteerEntry.Type.CITY); // "Mumbai police chief": a city's office is its country's
            }
            if (country != null && !target && explicit == null) {
                explicit = country.code();
            } else if (org != null && body == null) {
                if ("igo".equals(org.orgKind())) {
                    international = true;
                } else if (org.country() != null) {
                    body = org.country();
                }
            } else if (gen != null && generic == null) {
                generic = gen.canonical();
                if (gen.defaultCode() != null) {
                    international = true;
                }
            } else if (capital != null && body == null && !v.is(k - 1, IN)) {
                body = capital.country();
            } else if (body == null && m.first().isPlace() && institutionPlace(k)) {
                body = m.first().country(); // "a professor at Fudan University in Shanghai"
            }
            k = m.end();
        }
        String c = explicit != null ? explicit : body;
        if (c == null && v.is(start + 1, POSSESSIVE_CLITIC) && words.countryNouns().contains(v.lower[start])) {
            c = countryNamedBefore(start); // "the country's deputy foreign minister": the country just named
        }
        if (c != null) {
            return new Affiliation(c, null, false);
        }
        return new Affiliation(null, international ? null : generic, international);
    }

    /** How far back "the country's" looks for the country it stands for. */
    private static final int COUNTRY_REFERENCE_TOKENS = 80;

    /** The country (by name or demonym) named last before token {@code k}, within a few sentences; null if none. */
    private String countryNamedBefore(int k) {
        for (int i = k - 1; i >= 0 && k - i <= COUNTRY_REFERENCE_TOKENS; i--) {
            Gazetteer.Match m = v.hit[i];
            if (m == null) {
                continue;
            }
            GazetteerEntry country = m.firstOf(GazetteerEntry.Type.COUNTRY);
            if (country == null) {
                country = m.firstOf(GazetteerEntry.Type.DEMONYM);
            }
            if (country != null) {
                return country.code();
            }
            i = m.start();
        }
        return null;
    }
}
