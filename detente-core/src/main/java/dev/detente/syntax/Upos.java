package dev.detente.syntax;

/** Universal Dependencies part-of-speech tags (UPOS). */
public enum Upos {
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X;

    /** The tag named {@code tag}, X for anything else. */
    public static Upos of(String tag) {
        try {
            return valueOf(tag);
        } catch (IllegalArgumentException e) {
            return X;
        }
    }

    public boolean isNominal() {
        return this == NOUN || this == PROPN || this == PRON || this == NUM;
    }

    public boolean isVerbal() {
        return this == VERB || this == AUX;
    }
}
