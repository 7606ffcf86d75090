package dev.detente.nlp;

import dev.detente.knowledge.CalendarWords;
import dev.detente.knowledge.Countries;
import dev.detente.knowledge.Knowledge;
import dev.detente.doc.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule-based sentence boundaries for news English: terminal punctuation followed by closing quotes
 * or brackets, space and a capital, digit or opening quote; abbreviations, initials and titles do
 * not end a sentence. Paragraphs end sentences unless the text was broken mid-sentence (a line
 * without terminal punctuation followed by one starting in lower case).
 */
public final class SentenceSplitter {

    /** Words written with a dot that do not end a sentence ("Dr.", "St."), month abbreviations included. */
    private final Set<String> abbreviations;

    /** Words that begin a new sentence even after an initialism such as "U.S." */
    private final Set<String> sentenceStarters;

    /** Country names and capitals, which open sentences after "U.S." ("... by the U.S. Moscow said"). */
    private final Set<String> countryWords;

    /** A splitter with the word lists of {@code knowledge} (abbreviations a --knowledge file adds included). */
    public SentenceSplitter(Knowledge knowledge) {
        Set<String> all = new java.util.HashSet<>(knowledge.lexicon().words("nlp.abbreviations"));
        all.addAll(CalendarWords.of(knowledge).monthAbbreviations());
        this.abbreviations = java.util.Collections.unmodifiableSet(all);
        this.sentenceStarters = knowledge.lexicon().words("nlp.sentence_starters");
        this.countryWords = Countries.of(knowledge).namesAndCapitals();
    }

    public record Result(List<Paragraph> paragraphs, List<Span> sentences) {
    }

    public Result split(String text) {
        List<Paragraph> paragraphs = paragraphs(text);
        List<Span> sentences = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            splitRange(text, p.start(), p.end(), sentences);
        }
        return new Result(paragraphs, sentences);
    }

    /** Non-blank lines; a line broken mid-sentence is joined with the next (across blank lines too). */
    static List<Paragraph> paragraphs(String text) {
        List<int[]> lines = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int eol = text.indexOf('\n', i);
            if (eol < 0) {
                eol = n;
            }
            int s = i;
            int e = eol;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                lines.add(new int[] {s, e});
            }
            i = eol + 1;
        }
        List<Paragraph> out = new ArrayList<>();
        int k = 0;
        while (k < lines.size()) {
            int start = lines.get(k)[0];
            int end = lines.get(k)[1];
            while (k + 1 < lines.size() && continuesSentence(text, end, lines.get(k + 1)[0])) {
                k++;
                end = lines.get(k)[1];
            }
            out.add(new Paragraph(out.size(), start, end));
            k++;
        }
        return out;
    }

    private static boolean continuesSentence(String text, int prevEnd, int nextStart) {
        char last = text.charAt(prevEnd - 1);
        char first = text.charAt(nextStart);
        return Character.isLowerCase(first) && Character.isLetter(last) && !isTerminal(last);
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '\u00BB'
                || c == '\u201C'; // some outlets close with a second opening mark
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '(' || c == '[' || c == '\u00AB';
    }

    private void splitRange(String text, int from, int to, List<Span> out) {
        int sentenceStart = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isTerminal(c) && i + 1 <= to) {
                int end = i + 1;
                while (end < to && (isTerminal(text.charAt(end)) || isCloser(text.charAt(end)))) {
                    end++;
                }
                int next = end;
                while (next < to && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next >= to) {
                    break;
                }
                if (next > end && startsSentence(text, next) && !abbreviationBefore(text, i, next, from)) {
                    out.add(new Span(sentenceStart, end));
                    sentenceStart = next;
                }
                i = next;
                continue;
            }
            i++;
        }
        if (sentenceStart < to) {
            out.add(new Span(sentenceStart, to));
        }
    }

    private static boolean startsSentence(String text, int at) {
        char c = text.charAt(at);
        return Character.isUpperCase(c) || Character.isDigit(c) || isOpener(c);
    }

    private boolean abbreviationBefore(String text, int dot, int next, int from) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int ws = dot;
        while (ws > from && (Character.isLetter(text.charAt(ws - 1)) || text.charAt(ws - 1) == '.')) {
            ws--;
        }
        String word = text.substring(ws, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "John F. Kennedy"
        }
        if (word.indexOf('.') > 0) {
            // an initialism such as "U.S." ends a sentence only before a typical sentence opener
            String following = nextWord(text, next);
            return !sentenceStarters.contains(following) && !countryWords.contains(following);
        }
        return abbreviations.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static String nextWord(String text, int at) {
        int e = at;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(at, e).toLowerCase(java.util.Locale.ROOT);
    }
}
