package dev.detente.statements;

/**
 * A statement as found, before its speaker is resolved: text [start, end), the speaker phrase
 * (null when the speaker is that of statement {@code sameSpeakerAs}, an index into the draft list,
 * or unknown), the cue token range and how it was found.
 */
record Draft(int start, int end, boolean direct, Phrase speaker, int sameSpeakerAs, int cueToken, int cueLength,
             String rule, String why, double confidence) {

    int length() {
        return end - start;
    }

    Draft withSameSpeakerAs(int index) {
        return new Draft(start, end, direct, speaker, index, cueToken, cueLength, rule, why, confidence);
    }
}
