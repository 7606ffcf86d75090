package dev.detente.events;

import dev.detente.actors.ActorKind;
import dev.detente.actors.Mention;
import dev.detente.doc.Span;
import dev.detente.nlp.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Place component: the place phrase right after a trigger or its parties: "in Riyadh", "in the
 * Russian city of St. Petersburg", "in Oman's capital, Muscat".
 */
final class PlacePicker {
    /** A place phrase: its tokens [first, end), span and name. */
    record PlacePhrase(int first, int end, Span span, String name) {
        boolean covers(Participant p) {
            return p.tokenStart() >= first && p.tokenEnd() <= end;
        }
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private final Set<String> placeNouns;
    private final Set<String> partyPhraseWords;
    private final Set<String> directions;
    private final EventRules rules;

    PlacePicker(EventRules rules) {
        this.rules = rules;
        this.placeNouns = rules.words("places", "place_nouns");
        this.partyPhraseWords = rules.words("places", "party_phrase_words");
        this.directions = rules.words("places", "directions");
    }

    /** "in Mali", "in northern Mali", "in the city of X": the party at token {@code start} names a place. */
    boolean namesPlace(String[] lower, int start) {
        if (start == 0) {
            return false;
        }
        String prev = lower[start - 1];
        if (rules.is(prev, EventWord.IN)) {
            return true;
        }
        if (start > 1 && rules.is(prev, EventWord.OF) && placeNouns.contains(lower[start - 2])) {
            return true;
        }
        int k = start - 1;
        if (directions.contains(lower[k])) {
            k--;
            if (k >= 0 && rules.is(lower[k], EventWord.THE)) {
                k--;
            }
            return k >= 0 && rules.is(lower[k], EventWord.IN);
        }
        return false;
    }

    PlacePhrase after(DocView v, int from, int ce) {
        List<Token> tokens = v.tokens;
        String[] lower = v.lower;
        for (int k = from; k < ce - 1; k++) {
            if (!rules.is(lower[k], EventWord.IN)) {
                continue;
            }
            if (!onlyPartyWords(tokens, lower, from, k)) {
                return null;
            }
            int j = k + 1;
            if (rules.is(lower[j], EventWord.THE)) {
                j++;
            }
            // "the Russian city of X": skip the descriptor
            int d = j;
            while (d < ce && d < j + 3 && !rules.is(lower[d], EventWord.OF)) {
                d++;
            }
            if (d < ce && rules.is(lower[d], EventWord.OF) && d > j && placeNouns.contains(lower[d - 1]) && d + 1 < ce) {
                j = d + 1;
            }
            int e = capitalizedRunEnd(tokens, j, ce);
            if (e == j || isTimeWord(tokens.get(j).lower())) { // the token's own word: "May" is "may:month" in lower
                continue;
            }
            // the actors layer knows where a place's name ends ("St. Petersburg", "Port-au-Prince")
            int named = mentionEnd(v, j);
            if (named > e && named <= ce) {
                e = named;
            }
            int listEnd = e;
            while (listEnd + 1 < ce && (lower[listEnd].equals(",") || rules.is(lower[listEnd], EventWord.AND))) {
                int next = capitalizedRunEnd(tokens, listEnd + 1, ce);
                if (next == listEnd + 1) {
                    break;
                }
                listEnd = next;
            }
            String name = WHITESPACE.matcher(v.doc.text().substring(tokens.get(j).start(), tokens.get(e - 1).end())).replaceAll(" ");
            return new PlacePhrase(k, listEnd, new Span(tokens.get(k).start(), tokens.get(e - 1).end()), name);
        }
        return null;
    }

    /** The token end of the actors layer's non-person mention that starts at token {@code start}, or -1. */
    private static int mentionEnd(DocView v, int start) {
        Token first = v.tokens.get(start);
        for (Mention m : v.actors.mentionsIn(new Span(first.start(), first.end()))) {
            boolean person = v.actors.actor(m.actorId()).map(a -> a.kind() == ActorKind.PERSON).orElse(true);
            if (m.span().start() == first.start() && !person) {
                return v.tix.firstAtOrAfter(m.span().end());
            }
        }
        return -1;
    }

    /** The place must follow the trigger or its parties directly, not some later phrase of the clause. */
    private boolean onlyPartyWords(List<Token> tokens, String[] lower, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!(tokens.get(k).isCapitalized() || partyPhraseWords.contains(lower[k]))) {
                return false;
            }
        }
        return true;
    }

    private static int capitalizedRunEnd(List<Token> tokens, int from, int limit) {
        int e = from;
        while (e < limit && tokens.get(e).isCapitalized() && tokens.get(e).isWord()) {
            e++;
        }
        return e;
    }

    /**
     * A month name or abbreviation ("May", "Sept."), a day word ("Monday", "today") or a number: "in"
     * before it opens a time phrase, not a place. Whole names only: "Augusta" and "Marchena" are places.
     */
    private boolean isTimeWord(String w) {
        String bare = w.length() > 1 && w.charAt(w.length() - 1) == '.' ? w.substring(0, w.length() - 1) : w;
        return rules.isMonth(bare) || rules.endsWith(w, EventWord.TIME_WORD_SUFFIXES) || Character.isDigit(w.charAt(0));
    }
}
