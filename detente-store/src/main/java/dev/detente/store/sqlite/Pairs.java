package dev.detente.store.sqlite;

import java.util.Locale;
import java.util.regex.Pattern;

/** Country pairs as "RUS-USA": two alpha-3 codes, sorted, so either order names the same pair. */
public final class Pairs {
    private static final Pattern PAIR = Pattern.compile("([A-Za-z]{3})\\s*[-/,:]\\s*([A-Za-z]{3})");

    private Pairs() {
    }

    public static String[] split(String pair) {
        var m = PAIR.matcher(pair == null ? "" : pair.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("a pair is two alpha-3 country codes like RUS-USA, not '" + pair + "'");
        }
        String a = m.group(1).toUpperCase(Locale.ROOT);
        String b = m.group(2).toUpperCase(Locale.ROOT);
        return a.compareTo(b) <= 0 ? new String[] {a, b} : new String[] {b, a};
    }

    public static String normalise(String pair) {
        String[] p = split(pair);
        return p[0] + "-" + p[1];
    }
}
