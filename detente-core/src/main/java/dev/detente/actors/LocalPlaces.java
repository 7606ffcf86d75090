package dev.detente.actors;

import java.util.HashMap;
import java.util.Map;

/**
 * Small places the gazetteer does not know, with the country the document itself gives them: "the
 * Polish town of X", "X, a town in Poland", "X on the Polish bank" (of a border river). A mayor or
 * governor titled by such a place ("X mayor Y", "the mayor of X, Y") is that country's official.
 */
final class LocalPlaces {
    private final TokenView v;
    private final ActorWords words;
    /** Lower-cased place name → ISO code. */
    private final Map<String, String> countries = new HashMap<>();

    LocalPlaces(ActorKnowledge knowledge, TokenView v) {
        this.v = v;
        this.words = knowledge.words();
        for (int k = 0; k + 2 < v.size(); k++) {
            readPlaceOf(k);
            readPlaceInCountry(k);
            readOnTheBank(k);
        }
    }

    /** The country the document gives the unknown place written at token k, or null. */
    String countryOf(int k) {
        return k >= 0 && k < v.size() && unknownName(k) ? countries.get(v.lower[k]) : null;
    }

    /** "the Polish (border) town of X": demonym, up to two words, a settlement noun, "of", the name. */
    private void readPlaceOf(int k) {
        String c = demonymAt(k);
        if (c == null) {
            return;
        }
        int j = v.hit[k].end();
        for (int n = 0; n < 3 && j + 2 < v.size(); n++, j++) {
            if (words.settlementNouns().contains(v.lower[j]) && v.is(j + 1, ActorWord.OF) && unknownName(j + 2)) {
                countries.putIfAbsent(v.lower[j + 2], c);
                return;
            }
        }
    }

    /** "X, a (small) town in Poland": the name, a comma, an article, a settlement noun, "in", a country. */
    private void readPlaceInCountry(int k) {
        if (!unknownName(k) || !v.is(k + 1, ",")) {
            return;
        }
        int j = k + 2;
        if (j < v.size() && words.articles().contains(v.lower[j])) {
            j++;
        }
        for (int n = 0; n < 3 && j + 2 < v.size(); n++, j++) {
            if (words.settlementNouns().contains(v.lower[j])) {
                if (v.is(j + 1, ActorWord.IN) && countryAt(j + 2) != null) {
                    countries.putIfAbsent(v.lower[k], countryAt(j + 2));
                }
                return;
            }
        }
    }

    /** "X on the Polish bank", "X, on the Polish side": the name, "on the", a demonym, a side noun. */
    private void readOnTheBank(int k) {
        if (!unknownName(k)) {
            return;
        }
        int j = v.is(k + 1, ",") ? k + 2 : k + 1;
        if (!v.is(j, ActorWord.ON) || !v.is(j + 1, ActorWord.ARTICLE_THE)) {
            return;
        }
        String c = demonymAt(j + 2);
        if (c != null && v.hit[j + 2].end() < v.size() && words.sideNouns().contains(v.lower[v.hit[j + 2].end()])) {
            countries.putIfAbsent(v.lower[k], c);
        }
    }

    private String demonymAt(int k) {
        return countryOfEntryAt(k, GazetteerEntry.Type.DEMONYM);
    }

    private String countryAt(int k) {
        return countryOfEntryAt(k, GazetteerEntry.Type.COUNTRY);
    }

    /** The country of the gazetteer entry of {@code type} that starts at token k, else null. */
    private String countryOfEntryAt(int k, GazetteerEntry.Type type) {
        Gazetteer.Match m = k >= 0 && k < v.size() ? v.hit[k] : null;
        if (m == null || m.start() != k) {
            return null;
        }
        GazetteerEntry e = m.firstOf(type);
        return e == null ? null : e.country();
    }

    private boolean unknownName(int k) {
        String t = v.text(k);
        return v.hit[k] == null && t.length() > 2 && Character.isUpperCase(t.charAt(0))
                && t.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-');
    }
}
