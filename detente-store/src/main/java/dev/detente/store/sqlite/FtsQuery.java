package dev.detente.store.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's search as an FTS5 query. The FTS5 syntax is kept: {@code OR}, {@code AND}, {@code NOT}
 * (upper case, between terms), {@code "phrases"}, prefixes ({@code sanction*}) and parentheses;
 * words next to each other must all occur. Each word is quoted, so punctuation in it ("U.S.",
 * "Peskov's") is a phrase of its parts rather than a syntax error. A malformed query (an operator
 * without a term on each side, unbalanced parentheses or quotes) is read as plain words, all
 * required ({@link #lenient}); {@link #parse} says what is wrong instead.
 */
public final class FtsQuery {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A term to find: its words (one, or a phrase's) and whether the last is a prefix. */
    public record Term(List<String> words, boolean prefix) {
    }

    private final String match;
    private final List<Term> terms;

    private FtsQuery(String match, List<Term> terms) {
        this.match = match;
        this.terms = List.copyOf(terms);
    }

    /** The FTS5 MATCH expression. */
    public String match() {
        return match;
    }

    /** The terms to highlight (those under NOT included: they match nothing shown). */
    public List<Term> terms() {
        return terms;
    }

    /** The query, or, when malformed, its words as plain terms (all required); never fails. */
    public static FtsQuery lenient(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return parse(String.join(" ", WORD.matcher(text == null ? "" : text).results().map(m -> "\"" + m.group() + "\"").toList()));
        }
    }

    /** The query; an {@link IllegalArgumentException} saying what is wrong when it is malformed. */
    public static FtsQuery parse(String text) {
        List<String> out = new ArrayList<>();
        List<Term> terms = new ArrayList<>();
        int depth = 0;
        boolean needTerm = true; // at the start, after an operator or '('
        boolean afterNot = false;
        int i = 0;
        String s = text == null ? "" : text;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
                continue;
            }
            if (ch == '(') {
                out.add("(");
                depth++;
                needTerm = true;
                i++;
                continue;
            }
            if (ch == ')') {
                if (depth == 0 || needTerm) {
                    throw new IllegalArgumentException("')' without a matching '(' or with nothing before it in '" + s + "'");
                }
                out.add(")");
                depth--;
                i++;
                continue;
            }
            String token;
            boolean quoted = ch == '"';
            if (quoted) {
                int end = s.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("a phrase's closing \" is missing in '" + s + "'");
                }
                token = s.substring(i + 1, end);
                i = end + 1;
            } else {
                int end = i;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && "()\"".indexOf(s.charAt(end)) < 0) {
                    end++;
                }
                token = s.substring(i, end);
                i = end;
            }
            boolean prefix = false;
            if (i < s.length() && s.charAt(i) == '*') {
                prefix = true;
                i++;
            }
            if (!quoted && (token.equals("OR") || token.equals("AND") || token.equals("NOT"))) {
                if (needTerm) {
                    throw new IllegalArgumentException("" + token + " needs a term on each side (e.g. 'nato " + token
                            + " sanctions') in '" + s + "'");
                }
                out.add(token);
                needTerm = true;
                afterNot = token.equals("NOT");
                continue;
            }
            if (!quoted && token.endsWith("*")) {
                prefix = true;
                token = token.substring(0, token.length() - 1);
            }
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(token);
            while (m.find()) {
                words.add(m.group());
            }
            if (words.isEmpty()) {
                continue;
            }
            out.add("\"" + String.join(" ", words) + "\"" + (prefix ? "*" : ""));
            if (!afterNot) {
                terms.add(new Term(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList(), prefix));
            }
            needTerm = false;
            afterNot = false;
        }
        if (depth != 0) {
            throw new IllegalArgumentException("a '(' is not closed in '" + s + "'");
        }
        if (needTerm && !out.isEmpty()) {
            throw new IllegalArgumentException("the query ends with an operator in '" + s + "'");
        }
        return new FtsQuery(out.isEmpty() ? "\"\"" : String.join(" ", out), terms);
    }

    /** Where the terms occur in a text: [start, end) pairs in order, not overlapping. */
    public List<int[]> matches(String text) {
        List<int[]> spans = new ArrayList<>();
        if (text == null || terms.isEmpty()) {
            return spans;
        }
        List<String> alternatives = new ArrayList<>();
        for (Term t : terms) {
            for (int w = 0; w < t.words().size(); w++) {
                boolean last = w == t.words().size() - 1;
                alternatives.add(Pattern.quote(t.words().get(w)) + (last && t.prefix() ? "[\\p{L}\\p{N}]*" : ""));
            }
        }
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher m = p.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    /** The text with each match wrapped in {@code open}/{@code close}. */
    public String highlight(String text, String open, String close) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int[] span : matches(text)) {
            b.append(text, at, span[0]).append(open).append(text, span[0], span[1]).append(close);
            at = span[1];
        }
        return b.append(text.substring(at)).toString();
    }
}
