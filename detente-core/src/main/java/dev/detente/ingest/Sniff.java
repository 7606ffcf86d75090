package dev.detente.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Content sniffing on an input's first bytes. */
final class Sniff {
    private Sniff() {
    }

    /** The head as lower-case text without a BOM and leading whitespace (first 1 KB). */
    static String start(byte[] head) {
        int from = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        String s = new String(head, from, Math.max(0, Math.min(head.length, 1024) - from), StandardCharsets.ISO_8859_1);
        return s.stripLeading().toLowerCase(Locale.ROOT);
    }

    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }
}
