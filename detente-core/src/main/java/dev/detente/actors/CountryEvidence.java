package dev.detente.actors;

import static dev.detente.actors.ActorWord.*;

import dev.detente.nlp.Paragraph;
import dev.detente.nlp.Sentence;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a document says about whose government an official or a body without a country belongs to.
 * It knows the dateline ("BEIJING, April 30 (Xinhua) -", a place the reporter writes from: its tokens
 * are no evidence, its country is the last resort), the country each generic body is tied to where it
 * is named with one ("Iran's Foreign Ministry", "the Foreign Office in Islamabad"), and which capitals
 * stand for their government ("Washington said"). For a role it looks, in this order, at the frame of
 * its sentence (the words outside what is reported: "Responding to Pakistan, spokesperson X said ..."),
 * the subject of the sentence before ("Pakistan summoned the envoy. Prime Minister X said ..."), the
 * reported words, the rest of the sentence before, then the dateline. Countries something is sent "to"
 * or happens "in", and outlets ("told French daily X"), are no evidence.
 */
final class CountryEvidence {
    /** How far into a sentence an opening adverbial ("On Monday,") may reach before its subject. */
    private static final int OPENING_ADVERBIAL = 6;

    private final ActorKnowledge knowledge;
    private final ActorWords words;
    private final TokenView v;
    private final boolean[] inRole;
    private final Map<String, String> bodyCountry = new HashMap<>();
    final String datelineCountry;
    /** Tokens [0, datelineEnd) are the dateline (place, date, outlet), no evidence about anyone. */
    private final int datelineEnd;

    CountryEvidence(ActorKnowledge knowledge, TokenView v, List<Paragraph> paragraphs, boolean[] inRole) {
        this.knowledge = knowledge;
        this.words = knowledge.words();
        this.v = v;
        this.inRole = inRole;
        String dateline = null;
        int end = 0;
        int sentence = 0;
        for (Paragraph p : paragraphs) {
            while (sentence < v.sentences.size() && v.sentences.get(sentence).end() <= p.start()) {
                sentence++;
            }
            if (sentence >= v.sentences.size()) {
                break;
            }
            Sentence s = v.sentences.get(sentence);
            int k = s.firstToken();
            Gazetteer.Match m = k < s.endToken() ? v.hit[k] : null;
            if (m != null && (m.has(GazetteerEntry.Type.CAPITAL) || m.has(GazetteerEntry.Type.CITY))
                    && isUpper(v.text(k)) && m.end() < s.endToken() && words.datelineEnds().contains(v.lower[m.end()])) {
                dateline = m.first().country();
                end = datelineEnd(s, m.end());
                break;
            }
        }
        datelineCountry = dateline;
        datelineEnd = end;
        for (int k = 0; k < v.size(); k++) {
            Gazetteer.Match m = v.hit[k];
            if (m != null && m.start() == k && m.has(GazetteerEntry.Type.GENERIC_BODY)) {
                String c = attachedCountry(m);
                if (c != null) {
                    bodyCountry.putIfAbsent(m.firstOf(GazetteerEntry.Type.GENERIC_BODY).canonical(), c);
                }
            }
        }
    }

    /** The end of a dateline's header: after its dash or colon when one comes soon ("PARIS, May 2 (AFP) -"). */
    private int datelineEnd(Sentence s, int afterPlace) {
        for (int k = afterPlace; k < s.endToken() && k < afterPlace + 12; k++) {
            String w = v.lower[k];
            if (w.equals("-") || w.equals("—") || w.equals("–") || w.equals(":") || w.equals("--")) {
                return k + 1;
            }
        }
        return afterPlace;
    }

    /**
     * The country of an unnamed generic body: the one it is named with elsewhere in the document, else
     * what its sentence and the one before say ({@link #forRole}, capitals counting), else the dateline's.
     */
    String countryOfBody(String genericBody, int sentence, int from, int to) {
        // the frame or the subject of the sentence before first: a bilateral story names both governments
        // ("Congo's government said ... Rwanda rejected the claims. Government spokeswoman X said")
        String c = sentence >= 0 ? search(sentence, from, to, true, Reach.SUBJECT_BEFORE) : null;
        if (c == null) {
            c = bodyCountry.get(genericBody);
        }
        if (c == null && sentence >= 0) {
            c = forRole(sentence, from, to, true);
        }
        return c != null ? c : datelineCountry;
    }

    /** How far a search for a role's country reaches (the evidence order of the class comment). */
    private enum Reach { FRAME, SUBJECT_BEFORE, ALL }

    /**
     * The government a role written in tokens [from, to) of a sentence speaks for, by the evidence
     * order of the class comment (the dateline left out); null when the text does not tell.
     * {@code capitals}: whether a capital named anywhere counts (for bodies: "the ministry in Beijing"),
     * not only one that acts or opens the sentence before.
     */
    String forRole(int sentence, int from, int to, boolean capitals) {
        return search(sentence, from, to, capitals, Reach.ALL);
    }

    /**
     * The government the frame of a sentence (outside what is reported) ties tokens [from, to) to: for
     * another mention of a person, where the sentence around it is weaker evidence than around the role.
     */
    String inFrame(int sentence, int from, int to) {
        return search(sentence, from, to, false, Reach.FRAME);
    }

    private String search(int sentence, int from, int to, boolean capitals, Reach reach) {
        Sentence s = v.sentences.get(sentence);
        int cue = -1;
        for (int k = to; k < s.endToken(); k++) {
            if (isCue(k)) {
                cue = k;
                break;
            }
        }
        int frameStart = s.firstToken();
        int frameEnd = s.endToken();
        int contentStart = s.endToken();
        int contentEnd = s.endToken();
        if (cue >= 0) {
            frameEnd = cue;
            contentStart = cue + 1;
        } else {
            for (int k = from - 1; k >= s.firstToken(); k--) {
                if (isCue(k) && k + 1 == from) { // "..., said Foreign Minister X": what is reported comes first
                    frameStart = k;
                    contentStart = s.firstToken();
                    contentEnd = k;
                    break;
                }
                if (isCue(k)) { // "The ministry said that spokesperson X had ...": the person is in what is reported
                    frameEnd = k;
                    contentStart = k + 1;
                    break;
                }
            }
        }
        // a quotation that opens the frame before the role ("'Sofia is holding us hostage,' Foreign Minister
        // X said") is what the person says, about whomever: not the frame's own words
        String c = firstCountry(frameStart, frameEnd, capitals, from);
        if (c == null) {
            c = firstBodyCountry(frameStart, frameEnd);
        }
        if (reach == Reach.FRAME) {
            return c;
        }
        if (c == null && sentence > 0) {
            c = subjectCountry(v.sentences.get(sentence - 1));
        }
        if (reach == Reach.SUBJECT_BEFORE) {
            return c;
        }
        if (c == null && cue >= 0) {
            // "Foreign Minister X said in Skopje that Sofia ...": where it was said, before what it is about
            c = placeCountry(cue, Math.min(cue + 3, s.endToken()));
        }
        if (c == null) {
            c = firstCountry(contentStart, contentEnd, capitals);
        }
        if (c == null && sentence > 0) {
            Sentence before = v.sentences.get(sentence - 1);
            c = firstCountry(before.firstToken(), before.endToken(), false);
            if (c == null && !capitals) { // "Not everyone in Lima was pleased. Opposition senator X said"
                c = placeCountry(before.firstToken(), before.endToken());
            }
        }
        return c;
    }

    private boolean isCue(int k) {
        String t = v.text(k);
        return !t.isEmpty() && Character.isLowerCase(t.charAt(0)) && knowledge.isPersonCue(v.lower[k]);
    }

    /** The country that opens a sentence as its subject ("Pakistan summoned", "On Monday, Beijing rejected"). */
    private String subjectCountry(Sentence s) {
        int k = Math.max(s.firstToken(), datelineEnd);
        for (int j = k; j < s.endToken() && j < k + OPENING_ADVERBIAL; j++) {
            if (v.hit[j] != null) {
                break;
            }
            if (v.is(j, ",")) {
                k = j + 1;
                break;
            }
        }
        while (k < s.endToken() && words.articles().contains(v.lower[k])) {
            k++;
        }
        if (k >= s.endToken() || v.hit[k] == null || inRole[k]) {
            return null;
        }
        Gazetteer.Match m = v.hit[k];
        String c = countryOf(m, true);
        return c != null ? c : bodyCountry(m); // "The Kremlin said"
    }

    /** The first country named in tokens [from, to) outside anyone's title, destinations, places and outlets. */
    private String firstCountry(int from, int to, boolean capitals) {
        return firstCountry(from, to, capitals, -1);
    }

    /** As {@link #firstCountry(int, int, boolean)}, quoted tokens before {@code quotesBefore} left out. */
    private String firstCountry(int from, int to, boolean capitals, int quotesBefore) {
        for (int k = Math.max(from, datelineEnd); k < to; k++) {
            Gazetteer.Match m = v.hit[k];
            if (m == null || inRole[k] || k < quotesBefore && v.inQuote[k]) {
                continue;
            }
            String c = countryOf(m, capitals || capitalActs(m));
            int p = v.is(m.start() - 1, ARTICLE_THE) ? m.start() - 2 : m.start() - 1;
            boolean target = p >= from && p >= 0 && words.targets().contains(v.lower[p]);
            int after = v.isPossessive(m.end()) ? m.end() + 1 : m.end();
            boolean outlet = after < v.size() && words.mediaNouns().contains(v.lower[after]);
            if (c != null && !target && !outlet && !otherSidesTitle(m)) {
                return c;
            }
            k = m.end() - 1;
        }
        return null;
    }

    /**
     * The country of the first place in tokens [from, to) that people are in ("in Lima", "across
     * Peru"): the last evidence before the dateline for whose politics a sentence is about.
     */
    private String placeCountry(int from, int to) {
        for (int k = Math.max(from, datelineEnd) + 1; k < to; k++) {
            Gazetteer.Match m = v.hit[k];
            if (m != null && m.start() == k && !inRole[k] && words.locatives().contains(v.lower[k - 1])
                    && (m.has(GazetteerEntry.Type.CAPITAL) || m.has(GazetteerEntry.Type.COUNTRY))) {
                return m.first().country();
            }
        }
        return null;
    }

    /** The country of the first government body named in tokens [from, to) ("The Foreign Office in Islamabad said"). */
    private String firstBodyCountry(int from, int to) {
        for (int k = Math.max(from, datelineEnd); k < to; k++) {
            Gazetteer.Match m = v.hit[k];
            if (m == null || inRole[k]) {
                continue;
            }
            String c = bodyCountry(m);
            if (c != null) {
                return c;
            }
            k = m.end() - 1;
        }
        return null;
    }

    /** A national body's country: an organisation's own, or the one the text ties a generic body to. */
    private String bodyCountry(Gazetteer.Match m) {
        GazetteerEntry org = m.firstOf(GazetteerEntry.Type.ORGANIZATION);
        if (org != null) {
            return "body".equals(org.orgKind()) ? org.country() : null;
        }
        GazetteerEntry generic = m.firstOf(GazetteerEntry.Type.GENERIC_BODY);
        return generic != null && generic.defaultCode() == null ? attachedCountry(m) : null;
    }

    /** "his Nigerian counterpart", "their Chinese hosts": a country that is another official's. */
    private boolean otherSidesTitle(Gazetteer.Match m) {
        int after = m.end();
        if (after >= v.size()) {
            return false;
        }
        boolean title = v.isHit(after, GazetteerEntry.Type.TITLE);
        return title && m.start() > 0 && words.possessivePronouns().contains(v.lower[m.start() - 1])
                || words.otherSideNouns().contains(v.lower[after]);
    }

    private static String countryOf(Gazetteer.Match m, boolean capitals) {
        GazetteerEntry c = m.firstOf(GazetteerEntry.Type.COUNTRY);
        if (c == null) {
            c = m.firstOf(GazetteerEntry.Type.DEMONYM);
        }
        if (c == null && capitals) {
            c = m.firstOf(GazetteerEntry.Type.CAPITAL);
        }
        return c == null ? null : c.country();
    }

    /**
     * "Iran's Foreign Ministry", "the Chinese foreign ministry", "Ministry of Foreign Affairs of Iran",
     * "the Foreign Office in Islamabad".
     */
    String attachedCountry(Gazetteer.Match m) {
        int k = m.start() - 1;
        if (v.isPossessive(k)) {
            k--;
        }
        if (k >= 0 && v.hit[k] != null
                && (v.hit[k].has(GazetteerEntry.Type.DEMONYM) || v.hit[k].has(GazetteerEntry.Type.COUNTRY))) {
            return v.hit[k].first().country();
        }
        int after = m.end();
        if (v.is(after, OF)) {
            int t = v.is(after + 1, ARTICLE_THE) ? after + 2 : after + 1;
            if (v.isHit(t, GazetteerEntry.Type.COUNTRY)) {
                return v.hit[t].firstOf(GazetteerEntry.Type.COUNTRY).country();
            }
        }
        if (v.is(after, IN) && v.isHit(after + 1, GazetteerEntry.Type.CAPITAL)) {
            return v.hit[after + 1].firstOf(GazetteerEntry.Type.CAPITAL).country();
        }
        return null;
    }

    /**
     * A capital that acts: not after a place preposition ("in Beijing") nor a dateline, and followed
     * by a verb of saying or acting, a modal or auxiliary, or a possessive ("Moscow's response").
     */
    boolean capitalActs(Gazetteer.Match m) {
        if (!m.has(GazetteerEntry.Type.CAPITAL)) {
            return false;
        }
        int before = m.start() - 1;
        Sentence s = v.sentence(m.start());
        if (before >= s.firstToken() && (words.capitalAsPlaceBefore().contains(v.lower[before])
                || v.hit[before] != null && v.hit[before].end() == m.start())) {
            return false;
        }
        int after = m.end();
        if (after >= s.endToken() || v.headline[v.sentenceOf[m.start()]]) {
            return false;
        }
        if (m.start() == s.firstToken() && words.datelineEnds().contains(v.lower[after])) {
            return false; // "BEIJING, March 3"
        }
        if (v.isPossessive(after)) {
            return true;
        }
        // "Washington and Beijing agreed", "between Washington and Beijing have": the pair acts
        while (v.is(after, AND) && after + 1 < s.endToken() && v.hit[after + 1] != null
                && (v.hit[after + 1].has(GazetteerEntry.Type.CAPITAL) || v.hit[after + 1].has(GazetteerEntry.Type.COUNTRY))) {
            after = v.hit[after + 1].end();
        }
        if (v.is(after, ON) && after + 2 < s.endToken() && Character.isUpperCase(v.text(after + 1).charAt(0))
                && knowledge.isCalendarWord(v.lower[after + 1])) {
            after += 2; // "Beijing on Tuesday rejected"
        }
        if (after >= s.endToken()) {
            return false;
        }
        for (int k = after; k < s.endToken() && k < after + 3; k++) {
            String w = v.text(k);
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
                return false;
            }
            String lower = v.lower[k];
            if (knowledge.isPersonCue(lower) || words.capitalAsActorVerbs().contains(lower)
                    || lower.length() > 4 && knowledge.grammar().endsWith(lower, VERB_SUFFIXES)
                    && !v.isHit(k, GazetteerEntry.Type.TITLE)) {
                return true;
            }
            if (!words.skippableBeforeCue().contains(lower) && !knowledge.grammar().endsWith(lower, MANNER_ADVERB_SUFFIX)) {
                return false; // "Beijing residents"
            }
        }
        return false;
    }

    private static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
    }
}
