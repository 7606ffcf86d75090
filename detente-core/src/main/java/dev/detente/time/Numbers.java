package dev.detente.time;

/** Reading day numbers, years and counts from single lower-case tokens, without regexes. */
final class Numbers {
    /** Marks an unspecified count ("a few", "several"): durations get "X" in place of the number. */
    static final int VAGUE = -2;

    private Numbers() {
    }

    static boolean allDigits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static int digits(String s, int from, int to) {
        return allDigits(s, from, to) && to - from <= 9 ? Integer.parseInt(s.substring(from, to)) : -1;
    }

    /** "10", "03", "10th", "1st", "22nd", "3rd" (with {@code ordinalSuffixes}) → 1..31; -1 otherwise. */
    static int dayOfMonth(String w, java.util.Set<String> ordinalSuffixes) {
        int end = digitsEnd(w);
        if (end < w.length() && !ordinalSuffixes.contains(w.substring(end))) {
            return -1;
        }
        if (end < 1 || end > 2) {
            return -1;
        }
        int d = digits(w, 0, end);
        return d >= 1 && d <= 31 ? d : -1;
    }

    /** Where the leading digits of {@code w} end. */
    static int digitsEnd(String w) {
        int end = 0;
        while (end < w.length() && w.charAt(end) >= '0' && w.charAt(end) <= '9') {
            end++;
        }
        return end;
    }

    /** A four-digit year 1000..2199; -1 otherwise. */
    static int year(String w) {
        if (w.length() != 4) {
            return -1;
        }
        int y = digits(w, 0, 4);
        return y >= 1000 && y <= 2199 ? y : -1;
    }

    /** A count: digits (up to 4), a number word, "a"/"an"; -1 otherwise. */
    static int count(TimeLexicon lex, String w) {
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
            return w.length() <= 4 ? digits(w, 0, w.length()) : -1;
        }
        Integer n = lex.numbers.get(w);
        if (n != null) {
            return n;
        }
        return lex.vagueCounts.contains(w) ? VAGUE : -1;
    }

    static String text(int n) {
        return n == VAGUE ? "X" : Integer.toString(n);
    }
}
