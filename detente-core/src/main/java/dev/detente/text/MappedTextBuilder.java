package dev.detente.text;

import java.util.Arrays;

/** Builds a derived text one character at a time, remembering each character's original offset. */
final class MappedTextBuilder {
    private final StringBuilder text;
    private int[] originals;
    private final int originalLength;

    MappedTextBuilder(int capacity, int originalLength) {
        this.text = new StringBuilder(capacity);
        this.originals = new int[Math.max(16, capacity)];
        this.originalLength = originalLength;
    }

    void append(char c, int original) {
        if (text.length() == originals.length) {
            originals = Arrays.copyOf(originals, originals.length * 2);
        }
        originals[text.length()] = original;
        text.append(c);
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    int originalAt(int i) {
        return originals[i];
    }

    /** Drops characters from {@code newLength} on (e.g. trailing spaces of a line). */
    void truncate(int newLength) {
        text.setLength(newLength);
    }

    String text() {
        return text.toString();
    }

    OffsetMap map() {
        return OffsetMap.of(originals, text.length(), originalLength);
    }
}
