package dev.detente.text;

import java.util.Arrays;

/**
 * Maps offsets of a derived text (normalised, boilerplate removed) back to the text the reader
 * produced. Stored as runs: inside a run the two texts advance together, so a document with a few
 * collapsed spaces needs a few runs, not one int per character. Immutable.
 */
public final class OffsetMap {
    private final int[] runStarts;
    private final int[] runOriginals;
    private final int length;
    private final int originalLength;

    private OffsetMap(int[] runStarts, int[] runOriginals, int length, int originalLength) {
        this.runStarts = runStarts;
        this.runOriginals = runOriginals;
        this.length = length;
        this.originalLength = originalLength;
    }

    /** The identity map of a text of this length. */
    public static OffsetMap identity(int length) {
        return new OffsetMap(new int[] {0}, new int[] {0}, length, length);
    }

    /** Compresses a per-character map ({@code originals[i]} = original offset of character i). */
    public static OffsetMap of(int[] originals, int length, int originalLength) {
        int[] starts = new int[Math.max(1, length)];
        int[] origs = new int[Math.max(1, length)];
        int runs = 0;
        for (int i = 0; i < length; i++) {
            if (runs == 0 || originals[i] != origs[runs - 1] + (i - starts[runs - 1])) {
                starts[runs] = i;
                origs[runs] = originals[i];
                runs++;
            }
        }
        if (runs == 0) {
            return new OffsetMap(new int[] {0}, new int[] {0}, 0, originalLength);
        }
        return new OffsetMap(Arrays.copyOf(starts, runs), Arrays.copyOf(origs, runs), length, originalLength);
    }

    /** Length of the derived text. */
    public int length() {
        return length;
    }

    /** The original offset of the character at {@code offset}; the end of the original text for {@code offset == length()}. */
    public int toOriginal(int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + length + "]");
        }
        if (offset == length) {
            return length == 0 ? 0 : toOriginal(offset - 1) + 1;
        }
        int run = Arrays.binarySearch(runStarts, offset);
        if (run < 0) {
            run = -run - 2;
        }
        return runOriginals[run] + (offset - runStarts[run]);
    }

    /** The original [start, end) of a derived [start, end): end maps past the original of its last character. */
    public int[] toOriginal(int start, int end) {
        int s = toOriginal(start);
        int e = end <= start ? s : toOriginal(end - 1) + 1;
        return new int[] {s, Math.min(e, Math.max(originalLength, e))};
    }

    /** The per-character originals, for composing this map with a further derivation. */
    int[] expand() {
        int[] out = new int[length];
        for (int r = 0; r < runStarts.length; r++) {
            int end = r + 1 < runStarts.length ? runStarts[r + 1] : length;
            for (int i = runStarts[r]; i < end; i++) {
                out[i] = runOriginals[r] + (i - runStarts[r]);
            }
        }
        return out;
    }

    int originalLength() {
        return originalLength;
    }

    /** Number of runs (a measure of how much the derivation changed the text). */
    public int runs() {
        return runStarts.length;
    }
}
