package dev.detente.events;

import dev.detente.doc.Span;
import dev.detente.nlp.Token;
import java.util.List;
import java.util.Set;

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

    private final Set<String> placeNouns;
    private final Set<String> partyPhraseWords;
    private final Set<String> directions;

    PlacePicker(EventRules rules) {
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
        if (prev.equals("in")) {
            return true;
        }
        if (start > 1 && prev.equals("of") && placeNouns.contains(lower[start - 2])) {
            return true;
        }
        int k = start - 1;
        if (directions.contains(lower[k])) {
            k--;
            if (k >= 0 && lower[k].equals("the")) {
                k--;
            }
            return k >= 0 && lower[k].equals("in");
        }
        return false;
    }

    PlacePhrase after(List<Token> tokens, String[] lower, int from, int ce) {
        for (int k = from; k < ce - 1; k++) {
            if (!lower[k].equals("in")) {
                continue;
            }
            if (!onlyPartyWords(tokens, lower, from, k)) {
                return null;
            }
            int j = k + 1;
            if (lower[j].equals("the")) {
                j++;
            }
            // "the Russian city of X": skip the descriptor
            int d = j;
            while (d < ce && d < j + 3 && !lower[d].equals("of")) {
                d++;
            }
            if (d < ce && lower[d].equals("of") && d > j && placeNouns.contains(lower[d - 1]) && d + 1 < ce) {
                j = d + 1;
            }
            int e = capitalizedRunEnd(tokens, j, ce);
            if (e == j || isTimeWord(lower[j])) {
                continue;
            }
            int listEnd = e;
            while (listEnd + 1 < ce && (lower[listEnd].equals(",") || lower[listEnd].equals("and"))) {
                int next = capitalizedRunEnd(tokens, listEnd + 1, ce);
                if (next == listEnd + 1) {
                    break;
                }
                listEnd = next;
            }
            StringBuilder name = new StringBuilder();
            for (int q = j; q < e; q++) {
                if (q > j) {
                    name.append(' ');
                }
                name.append(tokens.get(q).text());
            }
            return new PlacePhrase(k, listEnd, new Span(tokens.get(k).start(), tokens.get(e - 1).end()), name.toString());
        }
        return null;
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

    private static boolean isTimeWord(String w) {
        return w.startsWith("jan") || w.startsWith("feb") || w.equals("march") || w.startsWith("apr") || w.startsWith("may")
                || w.startsWith("jun") || w.startsWith("jul") || w.startsWith("aug") || w.startsWith("sep")
                || w.startsWith("oct") || w.startsWith("nov") || w.startsWith("dec") || w.endsWith("day")
                || Character.isDigit(w.charAt(0));
    }
}
