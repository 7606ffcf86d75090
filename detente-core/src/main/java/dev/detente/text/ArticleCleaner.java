package dev.detente.text;

import dev.detente.knowledge.Knowledge;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits normalised text into lines, classifies each ({@link BoilerplateClassifier}), finds the
 * headline among the lines above the first body paragraph, and joins the body lines into the
 * document text, keeping paragraph breaks (a blank line in the input stays a blank line).
 *
 * <p>The headline is a line above the body that reads like one: {@value #TITLE_MIN_WORDS} to
 * {@value #TITLE_MAX_WORDS} words, starting with a capital, digit or quote, not ending like a
 * sentence (a question or exclamation up to {@value #TITLE_MAX_WORDS_QUESTION} words is allowed),
 * and followed by a body line that does not continue it in lower case. It is not part of the body.
 * Thread-safe.
 */
public final class ArticleCleaner {
    static final int TITLE_MIN_WORDS = 3;
    static final int TITLE_MAX_WORDS = 30;
    static final int TITLE_MAX_WORDS_QUESTION = 20;
    static final int TITLE_MAX_CHARS = 250;
    /** Lines looked at for a top date line, counted from the first line. */
    static final int TOP_LINES = 8;

    /** "WASHINGTON, April 30, 2025 (Reuters) -": an upper-case place, then a full date. */
    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s*[\\p{L} .]{2,30})?,\\s+(.{6,30}?)\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:--|—|–|-|:)\\s.*");
    /** The dash that closes a dateline of a date alone: "March 3, 2025 — ". */
    private static final Pattern DATE_ONLY_DATELINE_DASH = Pattern.compile("\\s*(?:--|—|–|-)\\s");
    private static final Pattern HTTP_URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");

    private final BoilerplateClassifier classifier;
    private final DateFinder dates;

    /** A metadata line "Published: 2024-05-03" (the date is group 1). */
    private final Pattern dateField;
    /** A date line that dates an update, not the publication. */
    private final Pattern updated;

    /** A cleaner with the word lists and month names of {@code knowledge}. */
    public ArticleCleaner(Knowledge knowledge) {
        this.dateField = knowledge.lexicon().pattern("text.patterns", "date_field");
        this.updated = knowledge.lexicon().pattern("text.patterns", "updated");
        this.classifier = new BoilerplateClassifier(knowledge);
        this.dates = new DateFinder(knowledge);
    }

    /** Cleans {@code text}; {@code knownTitle} (from the source's metadata) is removed where the body repeats it. */
    public CleanedArticle clean(NormalizedText text, String knownTitle) {
        List<int[]> lines = lines(text.text());
        String s = text.text();
        LocalDate fieldDate = null;
        LocalDate topDate = null;
        boolean topDateIsUpdate = false;
        LocalDate datelineDate = null;
        java.time.MonthDay datelineMonthDay = null;
        String title = null;
        String byline = null;
        List<String> urls = new ArrayList<>();
        List<CleanedArticle.ClassifiedLine> classified = new ArrayList<>();
        boolean beforeBody = true;
        String knownKey = knownTitle == null ? null : key(knownTitle);
        for (int i = 0; i < lines.size(); i++) {
            int[] line = lines.get(i);
            if (beforeBody) {
                Matcher f = dateField.matcher(s).region(line[0], line[1]);
                if (f.lookingAt()) {
                    LocalDate d = DateFinder.isoDate(f.group(1));
                    if (d != null && fieldDate == null) {
                        fieldDate = d;
                    }
                    if (d != null) {
                        classified.add(new CleanedArticle.ClassifiedLine(line[0], f.end(), s.substring(line[0], f.end()), LineKind.DATE));
                        line[0] = f.end();
                        if (line[0] >= line[1]) {
                            continue;
                        }
                    }
                }
            }
            String lineText = s.substring(line[0], line[1]);
            int[] next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            boolean nextIsUrl = next != null && HTTP_URL.matcher(s).region(next[0], next[1]).lookingAt();
            LineKind kind = classifier.classify(lineText, text.linkChars(line[0], line[1]),
                    new BoilerplateClassifier.Context(beforeBody, nextIsUrl, next != null));
            if (kind == LineKind.BYLINE && title == null && knownTitle == null && !classifier.isLabelledByline(lineText)
                    && next != null && isHeadline(s.substring(next[0], next[1]), lineText)) {
                kind = LineKind.SECTION_LABEL; // "EUROPE | Western Balkans" above the headline: a breadcrumb, not a writer
            }
            if (kind == LineKind.BODY && beforeBody) {
                if (knownKey != null && key(lineText).equals(knownKey)) {
                    kind = LineKind.TITLE;
                } else if (title == null && knownTitle == null && isHeadline(lineText, next == null ? null
                        : continues(text, next, s) ? "" : s.substring(next[0], next[1]))) {
                    kind = LineKind.TITLE;
                    title = lineText;
                } else {
                    beforeBody = false;
                    datelineDate = dateline(lineText);
                    datelineMonthDay = datelineMonthDay(lineText);
                }
            }
            switch (kind) {
                case DATE -> {
                    // An "Updated ..." line is a fallback: the first publication date is wanted.
                    if (i < TOP_LINES && (topDate == null || topDateIsUpdate)) {
                        DateFinder.Found found = dates.find(lineText);
                        boolean update = updated.matcher(lineText).find();
                        if (found != null && (topDate == null || !update)) {
                            topDate = found.date();
                            topDateIsUpdate = update;
                        }
                    }
                }
                case URL -> {
                    Matcher u = HTTP_URL.matcher(lineText);
                    if (u.find()) {
                        urls.add(u.group());
                    }
                }
                case BYLINE -> {
                    if (byline == null) {
                        byline = lineText;
                    }
                    // "Source: X | 2025-03-11 19:42 | Editor: Y", "By X, March 3, 2024": the line's date is the story's
                    DateFinder.Found found = i < TOP_LINES && topDate == null ? dates.find(lineText) : null;
                    if (found != null) {
                        topDate = found.date();
                    }
                }
                default -> {
                }
            }
            classified.add(new CleanedArticle.ClassifiedLine(line[0], line[1], lineText, kind));
        }
        return assemble(text, classified, title, fieldDate, topDate, datelineDate, datelineMonthDay, urls, byline);
    }

    private CleanedArticle assemble(NormalizedText text, List<CleanedArticle.ClassifiedLine> classified, String title,
            LocalDate fieldDate, LocalDate topDate, LocalDate datelineDate, java.time.MonthDay datelineMonthDay,
            List<String> urls, String byline) {
        String s = text.text();
        OffsetMap normMap = text.map();
        int[] originals = normMap.expand();
        MappedTextBuilder body = new MappedTextBuilder(s.length(), normMap.originalLength());
        int previousEnd = -1;
        for (CleanedArticle.ClassifiedLine line : classified) {
            if (line.kind() != LineKind.BODY) {
                continue;
            }
            if (previousEnd >= 0) {
                int breakAt = line.start() - 1;
                boolean blank = hasBlankLine(s, previousEnd, line.start());
                int orig = originals[Math.max(0, breakAt)];
                body.append('\n', orig);
                if (blank) {
                    body.append('\n', orig);
                }
            }
            for (int k = line.start(); k < line.end(); k++) {
                body.append(s.charAt(k), originals[k]);
            }
            previousEnd = line.end();
        }
        return new CleanedArticle(body.text(), body.map(), title, fieldDate, topDate, datelineDate, datelineMonthDay, urls,
                byline, classified);
    }

    private static boolean hasBlankLine(String s, int from, int to) {
        boolean newline = false;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                if (newline) {
                    return true;
                }
                newline = true;
            } else if (s.charAt(k) != ' ') {
                newline = false;
            }
        }
        return false;
    }

    /** Non-blank lines as [start, end) without surrounding spaces. */
    static List<int[]> lines(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i <= s.length()) {
            int eol = s.indexOf('\n', i);
            if (eol < 0) {
                eol = s.length();
            }
            int a = i;
            int b = eol;
            while (a < b && s.charAt(a) == ' ') {
                a++;
            }
            while (b > a && s.charAt(b - 1) == ' ') {
                b--;
            }
            if (b > a) {
                out.add(new int[] {a, b});
            }
            i = eol + 1;
        }
        return out;
    }

    /** Whether the next line continues a sentence: it starts in lower case and is body text, not a byline. */
    private boolean continues(NormalizedText text, int[] next, String s) {
        if (!Character.isLowerCase(s.charAt(next[0]))) {
            return false;
        }
        LineKind kind = classifier.classify(s.substring(next[0], next[1]), text.linkChars(next[0], next[1]),
                new BoilerplateClassifier.Context(true, false, true));
        return kind == LineKind.BODY;
    }

    /** {@code next} is the following line, "" when it continues this one's sentence, null at the end. */
    static boolean isHeadline(String line, String next) {
        if (next == null || next.isEmpty() || line.length() > TITLE_MAX_CHARS) {
            return false;
        }
        String[] words = BoilerplateClassifier.words(line);
        if (words.length < TITLE_MIN_WORDS || words.length > TITLE_MAX_WORDS) {
            return false;
        }
        char first = line.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'«".indexOf(first) >= 0)) {
            return false;
        }
        char last = lastNonQuote(line);
        if (last == '?' || last == '!') {
            if (words.length > TITLE_MAX_WORDS_QUESTION) {
                return false;
            }
        } else if (!Character.isLetterOrDigit(last) && last != '%' && last != ')') {
            return false;
        }
        return true;
    }

    private static char lastNonQuote(String s) {
        int i = s.length() - 1;
        while (i > 0 && "\"”’'»".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return s.charAt(i);
    }

    private LocalDate dateline(String line) {
        Matcher m = DATELINE.matcher(line.length() > 200 ? line.substring(0, 200) : line);
        if (!m.matches()) {
            return dateOnlyDateline(line);
        }
        DateFinder.Found found = dates.find(m.group(1));
        return found == null ? null : found.date();
    }

    /** "March 3, 2025 — The ministry said ...": a dateline of a full date alone, before its dash; else null. */
    private LocalDate dateOnlyDateline(String line) {
        DateFinder.Found found = dates.find(line.length() > 60 ? line.substring(0, 60) : line);
        if (found == null || !line.substring(0, found.start()).isBlank()) {
            return null;
        }
        return DATE_ONLY_DATELINE_DASH.matcher(line).region(found.end(), line.length()).lookingAt() ? found.date() : null;
    }

    /** "BEIJING, March 3 (Xinhua) --": the month and day of a dateline without a year, or null. */
    private java.time.MonthDay datelineMonthDay(String line) {
        Matcher m = DATELINE.matcher(line.length() > 200 ? line.substring(0, 200) : line);
        return m.matches() ? dates.monthDay(m.group(1)) : null;
    }

    /** Comparison key for titles: NFC, lower case, letters and digits only. */
    static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            if (Character.isLetterOrDigit(n.charAt(i))) {
                b.append(n.charAt(i));
            }
        }
        return b.toString();
    }
}
