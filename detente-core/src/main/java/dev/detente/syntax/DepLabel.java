package dev.detente.syntax;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The dependency relations of the parse (CLEAR-style, as NLP4J labels them), a closed set: code
 * compares a word's relation with a constant, never with a label string. A label the parser gives
 * that is not listed here reads as {@link #OTHER}.
 */
public enum DepLabel {
    ACL, ACOMP, ADVCL, ADVMOD, AGENT, AMOD, APPOS, ATTR, AUX, AUXPASS, CASE, CC, CCOMP, COMPOUND, CONJ,
    CSUBJ, CSUBJPASS, DATIVE, DEP, DET, DISCOURSE, DOBJ, EXPL, GAP, INFMOD, IOBJ, MARK, META, NEG, NMOD,
    NPADVMOD, NSUBJ, NSUBJPASS, OPRD, PARATAXIS, PARTMOD, PASS, PCOMP, PMOD, POBJ, POSS, PRECONJ, PREDET,
    PREP, PRT, PUNCT, QMOD, RCMOD, REF, RELCL, RNR, ROOT, SUBJ, VOCATIVE, XCOMP, XSUBJ,
    /** A label outside this set. */
    OTHER;

    private static final Map<String, DepLabel> BY_NAME = new HashMap<>();

    static {
        for (DepLabel l : values()) {
            if (l != OTHER) {
                BY_NAME.put(l.label(), l);
            }
        }
    }

    /** The label as the parser writes it ("nsubj"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The relation a parser label names; {@link #OTHER} for one outside the set. */
    public static DepLabel of(String label) {
        DepLabel l = label == null ? null : BY_NAME.get(label);
        return l == null ? OTHER : l;
    }

    /** The relation of a known label; an unknown one is an error (for labels named in data files). */
    public static DepLabel named(String label) {
        DepLabel l = BY_NAME.get(label.toLowerCase(Locale.ROOT));
        if (l == null) {
            throw new IllegalArgumentException("no dependency relation '" + label + "'");
        }
        return l;
    }
}
