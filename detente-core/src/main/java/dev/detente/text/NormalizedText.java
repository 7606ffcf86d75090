package dev.detente.text;

import java.util.BitSet;

/**
 * Text after {@link TextNormalizer}: the text, where each of its characters came from in the
 * input, and which characters were link text (Markdown links), a boilerplate feature.
 */
public record NormalizedText(String text, OffsetMap map, BitSet linkChars) {
    public NormalizedText {
        linkChars = (BitSet) linkChars.clone();
    }

    public boolean isLink(int offset) {
        return linkChars.get(offset);
    }

    /** Number of link characters in [start, end). */
    public int linkChars(int start, int end) {
        return linkChars.get(start, end).cardinality();
    }
}
