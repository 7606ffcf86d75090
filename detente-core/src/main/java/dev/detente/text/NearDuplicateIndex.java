package dev.detente.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds documents seen before with the same text (exact: SHA-256 of the text's lower-cased words)
 * or nearly the same (MinHash over word {@value #SHINGLE_WORDS}-grams, {@value #HASHES} hash
 * functions, banded into {@value #BANDS} bands of {@value #ROWS} rows for candidate lookup).
 *
 * <p>Threshold: a candidate is a near duplicate when the estimated Jaccard similarity of the two
 * shingle sets is at least {@value #THRESHOLD}. Rewritten stories from different reporters share
 * few 5-word runs (well under 0.2), while one wire story republished by two outlets — with
 * different headlines, bylines or a trimmed last paragraph — shares most of them. With 32 bands
 * of 4 rows a pair at Jaccard 0.5 becomes a candidate with probability 0.87, at 0.6 with 0.99.
 *
 * <p>Duplicates are not added, so every later copy points at the first one seen. Thread-safe:
 * signatures are computed without a lock, the index is updated under one.
 */
public final class NearDuplicateIndex {
    public static final int SHINGLE_WORDS = 5;
    public static final int HASHES = 128;
    public static final int BANDS = 32;
    public static final int ROWS = HASHES / BANDS;
    public static final double THRESHOLD = 0.5;
    private static final long[] SEEDS = seeds();

    private final Map<String, String> exact = new HashMap<>();
    private final List<Map<Long, List<Entry>>> bands = new ArrayList<>();

    /** What a document is compared by: the hash of its words and its MinHash signature (null for no words). */
    public record Signature(String contentHash, int[] minHashes) {
    }

    /** An earlier document this one duplicates; {@code exact} when the words are the same. */
    public record Match(String id, double similarity, boolean exact) {
    }

    private record Entry(String id, int[] minHashes) {
    }

    public NearDuplicateIndex() {
        for (int b = 0; b < BANDS; b++) {
            bands.add(new HashMap<>());
        }
    }

    /** The signature of a text; pure and thread-safe, so it can run on worker threads. */
    public static Signature signature(String text) {
        List<String> words = words(text);
        String hash = sha256(String.join(" ", words));
        if (words.isEmpty()) {
            return new Signature(hash, null);
        }
        int[] min = new int[HASHES];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        int span = Math.min(SHINGLE_WORDS, words.size());
        for (int i = 0; i + span <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + span; k++) {
                h = 31 * h + words.get(k).hashCode();
                h = mix(h);
            }
            for (int j = 0; j < HASHES; j++) {
                int v = (int) (((h ^ SEEDS[j]) * 0x9E3779B97F4A7C15L) >>> 32); // multiply-shift hashing
                if (v < min[j]) {
                    min[j] = v;
                }
            }
        }
        return new Signature(hash, min);
    }

    /** The earlier document {@code id}'s text duplicates, if any; otherwise the document is added. */
    public Optional<Match> addOrMatch(String id, Signature signature) {
        synchronized (this) {
            String same = exact.get(signature.contentHash());
            if (same != null) {
                return Optional.of(new Match(same, 1.0, true));
            }
            if (signature.minHashes() == null) {
                exact.put(signature.contentHash(), id);
                return Optional.empty();
            }
            Match best = null;
            for (int b = 0; b < BANDS; b++) {
                List<Entry> bucket = bands.get(b).get(bandKey(signature.minHashes(), b));
                if (bucket == null) {
                    continue;
                }
                for (Entry e : bucket) {
                    double sim = similarity(signature.minHashes(), e.minHashes());
                    if (sim >= THRESHOLD && (best == null || sim > best.similarity())) {
                        best = new Match(e.id(), sim, false);
                    }
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
            exact.put(signature.contentHash(), id);
            Entry entry = new Entry(id, signature.minHashes());
            for (int b = 0; b < BANDS; b++) {
                bands.get(b).computeIfAbsent(bandKey(signature.minHashes(), b), k -> new ArrayList<>(1)).add(entry);
            }
            return Optional.empty();
        }
    }

    /** Estimated Jaccard similarity of two signatures: the share of equal minima. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    private static long bandKey(int[] min, int band) {
        long key = band;
        for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
            key = mix(key * 31 + min[r]);
        }
        return key;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>(text.length() / 6 + 1);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        return out;
    }

    /** SplitMix64 finaliser: a fast, well-mixed 64-bit hash step. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = mix(x);
        }
        return s;
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
