package dev.detente.statements;

/** How a speech cue reports (see speech-cues.tsv for the meaning of each kind). */
enum CueKind {
    SAY, THAT, TOLD, FRAGMENT, PSAY, PTHAT, PFRAG, NOUN, ACCORDING, QUOTE, PQUOTE;

    /** A participle: its speaker is the subject of the main clause it is attached to. */
    boolean participle() {
        return this == PSAY || this == PTHAT || this == PFRAG || this == PQUOTE;
    }

    /** Reports a clause only when "that" follows. */
    boolean needsThat() {
        return this == THAT || this == PTHAT;
    }

    /** Never reports a clause of its own (quoted fragments only). */
    boolean fragmentOnly() {
        return this == FRAGMENT || this == PFRAG || this == QUOTE || this == PQUOTE;
    }
}
