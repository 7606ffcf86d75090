package dev.detente.text;

import dev.detente.knowledge.Knowledge;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classifies one line of an article by general surface features: its length in words, whether it
 * ends like a sentence, its link density, separators, a date or clock time covering most of it, a
 * photo credit at its end, a byline opener, and how much of it is calls to action. Thresholds:
 * <ul>
 *   <li>date line: a full date plus at most {@value #DATE_LINE_OTHER_WORDS} other words;</li>
 *   <li>captions, bylines, labels: at most {@value #SHORT_LINE_WORDS} words and no sentence end
 *       before the credit;</li>
 *   <li>calls to action: at most {@value #CTA_MAX_WORDS} words, at least {@value #CTA_MIN_SHARE}
 *       of them from a general call-to-action lexicon, one of them a strong action word;</li>
 *   <li>link lists: link characters at least {@value #LINK_DENSITY} of the line's letters.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class BoilerplateClassifier {
    static final int DATE_LINE_OTHER_WORDS = 4;
    static final int SHORT_LINE_WORDS = 25;
    static final int CTA_MAX_WORDS = 8;
    static final double CTA_MIN_SHARE = 0.6;
    static final double LINK_DENSITY = 0.5;
    static final int SECTION_LABEL_WORDS = 2;
    /** Lines longer than this many words are body text whatever else they contain. */
    static final int LONG_LINE_WORDS = 2 * SHORT_LINE_WORDS;

    private static final Pattern TIME_ONLY = Pattern.compile(
            "(?i)\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:\\(?[A-Z]{2,5}\\)?|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern TIME_IN_LINE = Pattern.compile("(?i)\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?");
    private static final Pattern URL_LINE = Pattern.compile("(?i)(?:[\\p{L} ]{1,30}:\\s*)?(?:https?://|www\\.)\\S+");
    private static final Pattern CREDIT_TAIL = Pattern.compile(
            "(?:^|.*\\S)\\s+[-–—|/]\\s*([^-–—|/]{1,40})$");
    private static final Pattern DOMAIN_TAIL = Pattern.compile("(?i).*[.!?”\"]\\s+(?:[a-z0-9-]+\\.)+[a-z]{2,6}$");
    private static final Pattern BREADCRUMB = Pattern.compile(".*\\S\\s*[>»›/]\\s*\\S.*");

    /** Words of calls to action and page furniture; general web vocabulary, not any one site's. */
    private final Set<String> ctaWords;
    private final Set<String> ctaStrong;
    /** Words a date line may have besides its date ("updated", "on", weekday names). */
    private final Set<String> dateFillers;
    private final DateFinder dates;

    /** "5 minutes ago", "Updated 2 hours ago", "3 min read", "Reading time: 4 minutes". */
    private final Pattern relativeTime;
    /** Labels of related-link lists ("Related:", "Read more -", "Tags:"). */
    private final Pattern relatedLabel;
    /** Captions and credits that open with their label ("Photo: ...", "File image / ..."). */
    private final Pattern photoOpener;
    /** A line ending with a credit in brackets ("(Photo: Agency)"). */
    private final Pattern parenCreditTail;
    /** Bylines ("By ...", "Reported by ...", "Correspondent ..."). */
    private final Pattern bylineOpener;
    /** Production credits ("(Reporting by A; Editing by B)", "Source: Agency", "Editor: Name"). */
    private final Pattern creditLine;
    /** Copyright lines. */
    private final Pattern copyright;
    /** Words of photo and agency credits after a dash ("Name - AGENCYpix", "- Reuters"). */
    private final Pattern creditWords;

    /** A classifier with the word lists and month names of {@code knowledge}. */
    public BoilerplateClassifier(Knowledge knowledge) {
        this.relativeTime = knowledge.lexicon().pattern("text.patterns", "relative_time");
        this.relatedLabel = knowledge.lexicon().pattern("text.patterns", "related_label");
        this.photoOpener = knowledge.lexicon().pattern("text.patterns", "photo_opener");
        this.parenCreditTail = knowledge.lexicon().pattern("text.patterns", "paren_credit_tail");
        this.bylineOpener = knowledge.lexicon().pattern("text.patterns", "byline_opener");
        this.creditLine = knowledge.lexicon().pattern("text.patterns", "credit_line");
        this.copyright = knowledge.lexicon().pattern("text.patterns", "copyright");
        this.creditWords = knowledge.lexicon().pattern("text.patterns", "credit_words");
        this.ctaWords = knowledge.lexicon().words("text.cta_words");
        this.ctaStrong = knowledge.lexicon().words("text.cta_strong");
        this.dateFillers = knowledge.lexicon().words("text.date_fillers");
        this.dates = new DateFinder(knowledge);
    }

    /** Where a line stands: before the first body paragraph, and whether the next line is a URL. */
    public record Context(boolean beforeBody, boolean nextIsUrl, boolean hasNext) {
    }

    public LineKind classify(String line, int linkChars, Context ctx) {
        String s = line.strip();
        int letters = 0;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        if (letters + digits == 0) {
            return LineKind.SEPARATOR;
        }
        int n = wordCount(s);
        if (n > LONG_LINE_WORDS) {
            return LineKind.BODY; // every boilerplate rule below is for lines shorter than this
        }
        if (TIME_ONLY.matcher(s).matches() || n <= 8 && relativeTime.matcher(s).matches()) {
            return LineKind.TIMESTAMP;
        }
        if (URL_LINE.matcher(s).matches()) {
            return LineKind.URL;
        }
        if (ctx.nextIsUrl() && n <= 4 && s.endsWith(":")) {
            return LineKind.URL;
        }
        if (n <= SHORT_LINE_WORDS * 2 && relatedLabel.matcher(s).matches() && !endsSentence(s)) {
            return LineKind.RELATED_LINK;
        }
        if (letters > 0 && linkChars >= LINK_DENSITY * letters && n <= SHORT_LINE_WORDS) {
            return LineKind.RELATED_LINK;
        }
        if (n <= 12 && copyright.matcher(s).matches()) {
            return LineKind.COPYRIGHT;
        }
        if (n <= 10 && bylineOpener.matcher(s).matches() && !endsSentence(s)) {
            return LineKind.BYLINE; // "By X | March 11, 2026": a byline with its date (the byline's date is read too)
        }
        if (isDateLine(s, n)) {
            return LineKind.DATE;
        }
        if (n <= 20 && creditLine.matcher(s).matches() && dates.find(s) != null) {
            return LineKind.BYLINE; // "Source: Xinhua | 2025-03-12 14:05 | Editor: X": a source line with the story's date
        }
        if (n <= 8 && mostlyNumbers(s, n)) {
            return LineKind.TIMESTAMP; // "Published: 12/03/2024 14:05", "Issue 42 / 2024": numbers, not prose
        }
        if (n <= SHORT_LINE_WORDS && isCaption(s)) {
            return LineKind.CAPTION;
        }
        if (isByline(s, n)) {
            return LineKind.BYLINE;
        }
        if (n <= CTA_MAX_WORDS) {
            String[] words = words(s);
            if (isCallToAction(words)) {
                return LineKind.CALL_TO_ACTION;
            }
            if (ctx.beforeBody() && ctx.hasNext() && isSectionLabel(s, words)) {
                return LineKind.SECTION_LABEL;
            }
        }
        return LineKind.BODY;
    }

    /** A full date covering most of the line: "June 3, 2024", "Reuters) 10:20, June 03, 2024", "Sep 14, 2024 11:05 AM". */
    boolean isDateLine(String s, int words) {
        if (words > 2 * (DATE_LINE_OTHER_WORDS + 8)) { // room for two dates with their times ("Published: ... | Updated: ...")
            return false;
        }
        DateFinder.Found found = dates.find(s);
        if (found == null) {
            return false;
        }
        String rest = (s.substring(0, found.start()) + " " + s.substring(found.end()));
        // "First published: 14 January 2026 | Updated: 14 January 2026": every date of the line is its own
        for (DateFinder.Found more = dates.find(rest); more != null; more = dates.find(rest)) {
            rest = rest.substring(0, more.start()) + " " + rest.substring(more.end());
        }
        rest = TIME_IN_LINE.matcher(rest).replaceAll(" ");
        int other = 0;
        for (String w : words(rest)) {
            if (!isWeekdayOrFiller(w)) {
                other++;
            }
        }
        return other <= DATE_LINE_OTHER_WORDS && !(endsSentence(s) && other >= 3);
    }

    private boolean isWeekdayOrFiller(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.length() <= 2 && !Character.isLetter(l.charAt(0)) || dateFillers.contains(l);
    }

    /** A photo credit or caption: "Photo: Agency", "Name - AGENCYpix", "Caption. site.org", "(Photo: ...)". */
    boolean isCaption(String s) {
        if (photoOpener.matcher(s).matches()) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        if (Character.isLetter(last) && s.lastIndexOf('.') > 0 && DOMAIN_TAIL.matcher(s).matches()) {
            return true;
        }
        if (last == ')' && parenCreditTail.matcher(s).matches()) {
            return true;
        }
        if (!hasSpacedSeparator(s)) {
            return false;
        }
        var m = CREDIT_TAIL.matcher(s);
        if (m.matches()) {
            String credit = m.group(1).strip();
            String before = s.substring(0, m.start(1)).strip();
            if (endsSentence(credit) || before.endsWith(".") && !before.endsWith(".”")) {
                return false;
            }
            return hasUpperRun(credit, 3) && words(credit).length <= 3 || creditWords.matcher(credit).matches() && words(credit).length <= 4;
        }
        return false;
    }

    private static boolean hasSpacedSeparator(String s) {
        for (int i = 1; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '-' || c == '–' || c == '—' || c == '|' || c == '/') && (s.charAt(i - 1) == ' ' || s.charAt(i + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** A byline that names its writer with opening words ("By", "Written by") or as a credit ("Editor: X"). */
    boolean isLabelledByline(String s) {
        return bylineOpener.matcher(s).matches() || creditLine.matcher(s).matches();
    }

    private boolean isByline(String s, int n) {
        if (n <= 10 && bylineOpener.matcher(s).matches() && !endsSentence(s)) {
            return true;
        }
        if (n <= 20 && creditLine.matcher(s).matches()) {
            return true;
        }
        int separators = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '·' || c == '•' || c == '|') && (i == 0 || s.charAt(i - 1) == ' ')
                    && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) {
                separators++;
            }
        }
        if (separators >= 2 || separators >= 1 && n <= 6) {
            for (String segment : s.split("[·•|]")) {
                if (words(segment).length > 5) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private boolean isCallToAction(String[] words) {
        if (words.length == 0 || words.length > CTA_MAX_WORDS) {
            return false;
        }
        int lexicon = 0;
        boolean strong = false;
        boolean leadingStrong = false;
        for (int i = 0; i < words.length; i++) {
            String l = words[i].toLowerCase(Locale.ROOT);
            if (ctaWords.contains(l)) {
                lexicon++;
            }
            boolean s = ctaStrong.contains(l);
            strong |= s;
            leadingStrong |= s && i < 2;
        }
        // a call to action is an imperative ("Continue reading", "Sign up for ...") or nothing but page
        // words; a headline with one such verb further on ("Talks to continue") is not one
        return strong && lexicon >= CTA_MIN_SHARE * words.length && (leadingStrong || lexicon == words.length);
    }

    /** "News", "World", "Breaking News" above the headline; or a breadcrumb "World > Europe". */
    private static boolean isSectionLabel(String s, String[] words) {
        if (BREADCRUMB.matcher(s).matches() && words.length <= 6 && !endsSentence(s)) {
            return true;
        }
        if (words.length > SECTION_LABEL_WORDS) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != '&' && c != '-') {
                return false;
            }
        }
        return true;
    }

    static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && isClosingQuote(s.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = s.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';';
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']';
    }

    private static boolean hasUpperRun(String s, int min) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                if (++run >= min) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    private static boolean mostlyNumbers(String s, int words) {
        int numbers = 0;
        boolean inNumber = false;
        boolean letterSeen = false;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                letterSeen |= Character.isLetter(c);
                inNumber = true;
            } else if (inNumber) {
                numbers += letterSeen ? 0 : 1;
                inNumber = false;
                letterSeen = false;
            }
        }
        return numbers * 2 > words;
    }

    static int wordCount(String s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter || inWord && (s.charAt(i) == '\'' || s.charAt(i) == '’' || s.charAt(i) == '-');
        }
        return n;
    }

    /** Words: runs of letters, digits and inner apostrophes or hyphens. */
    static String[] words(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i))
                    || (s.charAt(i) == '\'' || s.charAt(i) == '’' || s.charAt(i) == '-') && i + 1 < s.length()
                    && Character.isLetterOrDigit(s.charAt(i + 1)))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out.toArray(new String[0]);
    }
}
