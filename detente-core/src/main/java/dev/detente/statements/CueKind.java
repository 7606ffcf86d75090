package dev.detente.statements;

/** How a speech cue reports (see speech_cues in statements-words.yaml for the meaning of each kind). */
enum CueKind {
    SAY, THAT, TOLD, ASK, FRAGMENT, PSAY, PTHAT, PTOLD, PASK, PFRAG, NOUN, ACCORDING, QUOTE, PQUOTE;

    /** The finite verb of a participle ("is telling" reports as "tells"); other kinds as they are. */
    CueKind finite() {
        return switch (this) {
            case PSAY -> SAY;
            case PTHAT -> THAT;
            case PTOLD -> TOLD;
            case PASK -> ASK;
            case PFRAG -> FRAGMENT;
            case PQUOTE -> QUOTE;
            default -> this;
        };
    }

    /** A participle: its speaker is the subject of the main clause it is attached to. */
    boolean participle() {
        return this == PSAY || this == PTHAT || this == PTOLD || this == PASK || this == PFRAG || this == PQUOTE;
    }

    /** Reports a clause only when "that" follows. */
    boolean needsThat() {
        return this == THAT || this == PTHAT;
    }

    /** Has an addressee before its clause ("told reporters that", "telling them to"). */
    boolean tells() {
        return this == TOLD || this == PTOLD;
    }

    /** Reports a question or a request ("asked whether", "asking them to"). */
    boolean asks() {
        return this == ASK || this == PASK;
    }

    /** Never reports a clause of its own (quoted fragments only). */
    boolean fragmentOnly() {
        return this == FRAGMENT || this == PFRAG || this == QUOTE || this == PQUOTE;
    }
}
