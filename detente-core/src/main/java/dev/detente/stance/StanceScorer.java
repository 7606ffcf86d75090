package dev.detente.stance;

import dev.detente.events.lexicon.PhraseIndex;
import dev.detente.knowledge.Knowledge;
import dev.detente.knowledge.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scores a stretch of words for how it characterises relations: the sum of its cues' values in
 * [-2, +2], each cue scaled by the modifiers before it (or inside its gap) and flipped by a
 * negator up to three words before it in the same clause. Returns the cues as read, for
 * explanation ("not going well → -1.2").
 */
public final class StanceScorer {
    private static final int NEGATION_REACH = 4;
    /** "We will not be intimidated" says less than "they intimidate us", but in the same direction. */
    private static final double DEFIANCE_FACTOR = 0.6;
    private static final int MODIFIER_REACH = 2;
    /** How far back a "not" reaches a cue that a following "but" answers ("not as a source of threats but"). */
    private static final int CORRELATIVE_REACH = 7;
    /** How many words the topic of a denied exchange runs ("no talks on a lasting peace agreement"). */
    private static final int TOPIC_REACH = 4;
    /** How far after a harm verb its object reaches ("undermine the good relations between the two"). */
    private static final int HARMED_OBJECT_REACH = 5;
    private static final double PAST_FACTOR = 0.3;
    private static final double IRREALIS_FACTOR = 0.3;
    /** A positive cue the speaker says they want or are ready for ("we want good relations"). */
    private static final double VOLITION_FACTOR = 0.8;
    /** A wish for good relations qualified by a following "but" reads as a reservation. */
    private static final double QUALIFIED_WISH = -0.5;
    private static final int CONTEXT_REACH = 8;
    private final Set<String> contrasts;
    private final Set<String> deontic;
    /** Negative cues whose negation is defiance ("will not be blackmailed"): they keep their sign. */
    private final Set<String> defiantWhenNegated;
    /** "will not tolerate X": the negation refuses the verb, and a negative X keeps its sign. */
    private final Set<String> refusalVerbs;
    /** Tokens that end a sentence for the contrast and context reach (".", "!", "?", ";"). */
    private final Set<String> sentenceEnds;
    /** Words that put a cue in the past ("the damage done under the previous administration"). */
    private final Set<String> past;
    /** Words that make a cue wished for or conditional rather than asserted ("to show progress", "if"). */
    private final Set<String> irrealis;
    /** Words that state the speaker's own will toward a cue ("want", "ready"). */
    private final Set<String> volition;
    private final Set<String> infinitiveMarkers;
    /** A verb between a negator and a cue that only counts negated: "do not seek endless talks" denies no talks. */
    private final Set<String> negationStoppers;
    private final Set<String> scopeBreaks;
    /** Prepositions that open the topic of an exchange ("talks on", "negotiations about"). */
    private final Set<String> topicPrepositions;
    /** Modals that assert when a negation follows them before the cue ("could be no", "would never"). */
    private final Set<String> assertiveWhenNegated;
    private final Set<String> harmVerbs;
    private final StanceLexicon lexicon;

    /** A score and the cues that make it; {@code mixed} when cues of both signs were read. */
    public record Result(double score, List<String> cues, boolean mixed) {
        public boolean hasCues() {
            return !cues.isEmpty();
        }
    }

    /** A scorer with the cue lexicon and word lists of {@code knowledge}. */
    public StanceScorer(Knowledge knowledge) {
        Lexicon words = knowledge.lexicon();
        this.lexicon = StanceLexicon.of(knowledge);
        this.contrasts = words.words("stance.contrasts");
        this.deontic = words.words("stance.deontic");
        this.defiantWhenNegated = words.words("stance.defiant_when_negated");
        this.refusalVerbs = words.words("stance.refusal_verbs");
        this.sentenceEnds = words.words("stance.sentence_ends");
        this.past = words.words("stance.past");
        this.irrealis = words.words("stance.irrealis");
        this.volition = words.words("stance.volition");
        this.infinitiveMarkers = words.words("stance.infinitive_markers");
        this.negationStoppers = words.words("stance.negation_stoppers");
        this.scopeBreaks = words.words("stance.scope_breaks");
        this.topicPrepositions = words.words("stance.topic_prepositions");
        this.assertiveWhenNegated = words.words("stance.assertive_when_negated");
        this.harmVerbs = words.words("stance.harm_verbs");
    }

    public Result score(String[] lower, int from, int to) {
        double sum = 0;
        boolean up = false;
        boolean down = false;
        List<String> cues = new ArrayList<>(2);
        PhraseIndex<StanceLexicon.Cue> index = lexicon.cues();
        int harmEnd = -1; // end of the last harm verb read ("poison relations between brotherly peoples")
        for (int i = from; i < to; i++) {
            if (!index.startsPhrase(lower[i])) {
                continue;
            }
            PhraseIndex.Match<StanceLexicon.Cue> m = index.longestAt(lower, i, to);
            if (m == null) {
                continue;
            }
            StanceLexicon.Cue cue = m.value();
            if (cue.value() > 0 && harmEnd >= 0 && inHarmedObject(lower, harmEnd, i)) {
                i = m.end() - 1; // the good that is harmed: the harm is the judgement, the object's praise is not
                continue;
            }
            boolean negated = negatedBefore(lower, from, i, cue.negatedOnly())
                    || !cue.negatedOnly() && deniedBeforeContrast(lower, from, to, i, m.end());
            if (cue.negatedOnly() && !negated) {
                i = m.end() - 1;
                continue;
            }
            double factor = 1;
            StringBuilder read = new StringBuilder();
            for (int k = Math.max(from, i - MODIFIER_REACH); k < i; k++) {
                double f = lexicon.modifier(lower[k]);
                if (f != 1) {
                    factor *= f;
                    read.append(lower[k]).append(' ');
                }
            }
            for (int k : m.gapTokens()) {
                factor *= lexicon.modifier(lower[k]);
            }
            double value;
            if (cue.negatedOnly()) {
                value = cue.value();
            } else if (negated && cue.value() < 0 && (defiantWhenNegated.contains(lower[i]) || refusalBefore(lower, from, i))) {
                value = DEFIANCE_FACTOR * cue.value() * factor;
            } else if (negated) {
                value = cue.value() > 0 ? -0.8 * cue.value() * factor : -0.4 * cue.value() * factor;
            } else {
                value = cue.value() * factor;
            }
            double contrast = contrastWeight(lower, from, to, i, m.end());
            if (negated && cue.value() < 0 && value > 0) {
                contrast = Math.min(contrast, 1); // "difficult but not broken": a denied harm limits, it does not outweigh
            }
            double context = contextWeight(lower, from, to, i, m.end(), value);
            value = value > 0 && contrast < 1 && (context == IRREALIS_FACTOR || context == VOLITION_FACTOR)
                    ? QUALIFIED_WISH // "we want good relations, but ...": the reservation is the point
                    : clamp(value * contrast * context);
            sum += value;
            up |= value > 0;
            down |= value < 0;
            cues.add((negated ? "not " : "") + read + phrase(lower, m) + " " + format(value));
            if (!negated && cue.value() < 0 && harmVerbs.contains(lower[i])) {
                harmEnd = m.end();
            }
            i = m.end() - 1;
            if (cue.negatedOnly()) {
                i = endOfTopic(lower, m.end(), to) - 1; // "no talks on a peace agreement": the agreement is what is not talked about
            }
        }
        return new Result(cues.isEmpty() ? 0 : Math.round(clamp(sum) * 100) / 100.0, List.copyOf(cues), up && down);
    }

    /** A cue at {@code cue} within reach after a harm verb's end, in the same clause: the harmed thing. */
    private boolean inHarmedObject(String[] lower, int harmEnd, int cue) {
        if (cue - harmEnd > HARMED_OBJECT_REACH) {
            return false;
        }
        for (int k = harmEnd; k < cue; k++) {
            if (scopeBreaks.contains(lower[k]) || sentenceEnds.contains(lower[k])) {
                return false;
            }
        }
        return true;
    }

    /** A negator in [from, to): "there could be no normalisation" denies, it does not suppose. */
    private boolean negatorBetween(String[] lower, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lexicon.isNegator(lower[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "not as a threat but as a partner", "not a rival, but family": a negator opens the clause, the
     * cue stands before the contrast that answers it, so the negation reaches the cue from further
     * away than {@code NEGATION_REACH}.
     */
    private boolean deniedBeforeContrast(String[] lower, int from, int to, int cueStart, int cueEnd) {
        boolean contrastFollows = false;
        for (int k = cueEnd; k < Math.min(to, cueEnd + 2); k++) {
            if (contrasts.contains(lower[k]) || ",".equals(lower[k]) && k + 1 < to && contrasts.contains(lower[k + 1])) {
                contrastFollows = true;
                break;
            }
        }
        if (!contrastFollows) {
            return false;
        }
        for (int k = cueStart - 1; k >= Math.max(from, cueStart - CORRELATIVE_REACH); k--) {
            if (scopeBreaks.contains(lower[k]) || sentenceEnds.contains(lower[k])) {
                return false;
            }
            if (lexicon.isNegator(lower[k])) {
                return !(k > from && deontic.contains(lower[k - 1]));
            }
        }
        return false;
    }

    /**
     * The end of the topic a denied exchange is about ("no negotiations on a peace agreement", "no
     * talks about a reset"): a topic preposition right after the exchange opens it, and it runs to
     * the clause's end, at most {@code TOPIC_REACH} words.
     */
    private int endOfTopic(String[] lower, int at, int to) {
        if (at >= to || !topicPrepositions.contains(lower[at])) {
            return at;
        }
        int k = at + 1;
        while (k < to && k <= at + TOPIC_REACH && !scopeBreaks.contains(lower[k]) && !sentenceEnds.contains(lower[k])) {
            k++;
        }
        return k;
    }

    /** A refusal verb within the negation's reach before the cue ("not tolerate foreign interference"). */
    private boolean refusalBefore(String[] lower, int from, int i) {
        for (int k = i - 1; k >= Math.max(from, i - NEGATION_REACH); k--) {
            if (refusalVerbs.contains(lower[k])) {
                return true;
            }
        }
        return false;
    }

    private boolean negatedBefore(String[] lower, int from, int i, boolean negatedOnly) {
        for (int k = i - 1; k >= Math.max(from, i - NEGATION_REACH); k--) {
            if (scopeBreaks.contains(lower[k]) || negatedOnly && negationStoppers.contains(lower[k])) {
                return false;
            }
            if (lexicon.isNegator(lower[k])) {
                return !(k > from && deontic.contains(lower[k - 1]));
            }
        }
        return false;
    }

    /**
     * A cue about the past (a negative one near "previous", "former"...) says less about relations
     * now; a cue that is conditional or a purpose ("to show progress", "if there is progress")
     * asserts nothing; both are discounted. A positive cue the speaker wants or is ready for ("we
     * want good relations", "ready to restore ties") states their stance, and weighs nearly in full.
     */
    private double contextWeight(String[] lower, int from, int to, int cueStart, int cueEnd, double value) {
        boolean willed = false;
        boolean conditional = false;
        for (int k = Math.max(from, cueStart - 4); k < cueStart; k++) {
            if (volition.contains(lower[k])) {
                willed = true;
            } else if (irrealis.contains(lower[k]) && !(k + 1 < cueStart && lexicon.isNegator(lower[k + 1]))
                    && !(assertiveWhenNegated.contains(lower[k]) && negatorBetween(lower, k + 1, cueStart))) {
                // "could not be trusted" asserts; "to" after a word of will is its infinitive ("ready to restore")
                conditional |= !(willed && infinitiveMarkers.contains(lower[k]));
            }
        }
        if (conditional) {
            return IRREALIS_FACTOR;
        }
        if (willed) {
            return value > 0 ? VOLITION_FACTOR : IRREALIS_FACTOR;
        }
        if (value < 0) {
            for (int k = Math.max(from, cueStart - CONTEXT_REACH); k < Math.min(to, cueEnd + CONTEXT_REACH); k++) {
                if (sentenceEnds.contains(lower[k]) && k >= cueEnd) {
                    break;
                }
                if (past.contains(lower[k])) {
                    return PAST_FACTOR;
                }
            }
        }
        return 1;
    }

    /**
     * "A, but B": B is the point. Cues before a contrast in their sentence weigh 0.5, after one 1.5;
     * a sentence that opens with "But" answers another sentence and is weighed as it is.
     */
    private double contrastWeight(String[] lower, int from, int to, int cueStart, int cueEnd) {
        for (int k = cueEnd; k < to && !sentenceEnds.contains(lower[k]); k++) {
            if (contrasts.contains(lower[k])) {
                return 0.5;
            }
        }
        for (int k = cueStart - 1; k >= from && !sentenceEnds.contains(lower[k]); k--) {
            if (contrasts.contains(lower[k])) {
                boolean opensSentence = k == from || sentenceEnds.contains(lower[k - 1]);
                return opensSentence ? 1 : 1.5;
            }
        }
        return 1;
    }

    private static String phrase(String[] lower, PhraseIndex.Match<StanceLexicon.Cue> m) {
        StringBuilder sb = new StringBuilder();
        for (int k = m.first(); k < m.end(); k++) {
            if (k > m.first()) {
                sb.append(' ');
            }
            sb.append(lower[k]);
        }
        return sb.toString();
    }

    private static String format(double v) {
        String s = String.valueOf(Math.round(v * 100) / 100.0);
        return v > 0 ? "+" + s : s;
    }

    private static double clamp(double v) {
        return Math.max(-2, Math.min(2, v));
    }
}
