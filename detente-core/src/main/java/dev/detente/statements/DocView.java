package dev.detente.statements;

import dev.detente.doc.Doc;
import dev.detente.knowledge.Grammar;
import dev.detente.nlp.Paragraph;
import dev.detente.nlp.Sentence;
import dev.detente.nlp.TextLayers;
import dev.detente.nlp.Token;
import dev.detente.nlp.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One document as the statements stage reads it: tokens with their sentence, paragraph and the
 * quotation they stand in, and which paragraphs are headlines (never annotated). Built once per
 * document with array lookups so that every rule runs in time linear in the tokens.
 */
final class DocView {
    private static final int HEADLINE_MAX_TOKENS = 30;

    final Doc doc;
    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final List<Paragraph> paragraphs;
    final List<Quote> quotes;
    /** For each token: the index of the quote whose marks enclose it (marks included), or -1. */
    final int[] quoteOf;
    final int[] sentenceOf;
    final boolean[] headline;
    /** Per-token answers of {@link SpeakerPhrases}, cached: 0 not yet asked, 1 no, 2 yes. */
    final byte[] nameWordCache;
    final byte[] personWordCache;
    final byte[] npTokenCache;
    /** Each token in lower case, computed once (the rules compare words many times). */
    private final String[] lowered;
    /** Each token's grammar parts ({@link StatementWord} bits), looked up once. */
    private final long[] parts;

    DocView(Doc doc, QuoteScanner scanner, SpeechLexicon lexicon) {
        this.doc = doc;
        this.text = doc.text();
        List<Token> all = doc.list(TextLayers.TOKENS);
        boolean[] drop = markupTokens(all, doc.text());
        this.tokens = new ArrayList<>(all.size());
        int[] newIndex = new int[all.size() + 1];
        for (int i = 0; i < all.size(); i++) {
            newIndex[i] = tokens.size();
            if (!drop[i]) {
                tokens.add(all.get(i));
            }
        }
        newIndex[all.size()] = tokens.size();
        List<Sentence> remapped = new ArrayList<>();
        for (Sentence s : doc.list(TextLayers.SENTENCES)) {
            remapped.add(new Sentence(s.index(), s.start(), s.end(), s.paragraph(), newIndex[s.firstToken()],
                    newIndex[s.endToken()]));
        }
        this.sentences = remapped;
        this.nameWordCache = new byte[tokens.size()];
        this.personWordCache = new byte[tokens.size()];
        this.npTokenCache = new byte[tokens.size()];
        this.lowered = new String[tokens.size()];
        this.parts = new long[tokens.size()];
        for (int i = 0; i < lowered.length; i++) {
            lowered[i] = tokens.get(i).lower();
            parts[i] = lexicon.parts(lowered[i]);
        }
        this.paragraphs = doc.list(TextLayers.PARAGRAPHS);
        this.headline = new boolean[paragraphs.size()];
        markHeadlines();
        List<Quote> found = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (!headline[p.index()]) {
                found.addAll(scanner.scan(text, p.start(), p.end(), p.index()));
            }
        }
        this.quotes = List.copyOf(found);
        this.quoteOf = new int[tokens.size()];
        Arrays.fill(quoteOf, -1);
        int q = 0;
        for (int i = 0; i < tokens.size() && q < quotes.size(); i++) {
            int s = tokens.get(i).start();
            while (q < quotes.size() && quotes.get(q).outerEnd() <= s) {
                q++;
            }
            if (q < quotes.size() && quotes.get(q).outerStart() <= s) {
                quoteOf[i] = q;
            }
        }
        this.sentenceOf = new int[tokens.size()];
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                sentenceOf[i] = s.index();
            }
        }
    }

    /**
     * Link markup left by HTML-to-text conversion ("[said](#)", "[text](https://...)"): its brackets
     * and target are not words of the sentence, so the rules read through them.
     */
    private static boolean[] markupTokens(List<Token> all, String text) {
        boolean[] drop = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).text().equals("[")) {
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < Math.min(all.size(), i + 12); j++) {
                if (all.get(j).text().equals("]")) {
                    close = j;
                    break;
                }
            }
            if (close < 0 || close + 1 >= all.size() || !all.get(close + 1).text().equals("(")
                    || all.get(close + 1).start() != all.get(close).end()) {
                continue;
            }
            int paren = text.indexOf(')', all.get(close + 1).end());
            if (paren < 0 || paren - all.get(close + 1).end() > 300
                    || text.substring(all.get(close + 1).end(), paren).chars().anyMatch(Character::isWhitespace)) {
                continue;
            }
            drop[i] = true;
            for (int k = close; k < all.size() && all.get(k).start() <= paren; k++) {
                drop[k] = true;
            }
        }
        return drop;
    }

    /**
     * Headlines are not annotated: the title the ingest stage found, and a leading short line without
     * terminal punctuation (a headline, a caption, a "Related article:" line).
     */
    private void markHeadlines() {
        String title = doc.meta().title() == null ? null : squash(doc.meta().title());
        int[] sentenceCount = new int[paragraphs.size()];
        int[] tokenCount = new int[paragraphs.size()];
        for (Sentence s : sentences) {
            if (s.paragraph() < paragraphs.size()) {
                sentenceCount[s.paragraph()]++;
                tokenCount[s.paragraph()] += s.tokenCount();
            }
        }
        for (Paragraph p : paragraphs) {
            if (title != null && !title.isEmpty() && p.index() < 4
                    && squash(text.substring(p.start(), p.end())).endsWith(title)) {
                headline[p.index()] = true;
                continue;
            }
            headline[p.index()] = sentenceCount[p.index()] <= 1 && tokenCount[p.index()] <= HEADLINE_MAX_TOKENS
                    && !endsLikeSentence(p) && balancedDoubleMarks(p) && !quoteThenDash(p);
        }
    }

    /** A quotation signed with a dash and a name ('"..." — Olga Marin, Foreign Minister'): no headline. */
    private boolean quoteThenDash(Paragraph p) {
        if (p.end() - p.start() < 3 || !QuoteScanner.isDouble(text.charAt(p.start()))) {
            return false;
        }
        for (int i = p.start() + 1; i + 2 < p.end(); i++) {
            if (QuoteScanner.isDouble(text.charAt(i)) && text.charAt(i + 1) == ' '
                    && (text.charAt(i + 2) == '\u2014' || text.charAt(i + 2) == '\u2013')) {
                return true;
            }
        }
        return false;
    }

    /** Headlines quote in pairs; a line with a quote left open is the start of a quotation. */
    private boolean balancedDoubleMarks(Paragraph p) {
        int marks = 0;
        for (int i = p.start(); i < p.end(); i++) {
            if (QuoteScanner.isDouble(text.charAt(i))) {
                marks++;
            }
        }
        return marks % 2 == 0;
    }

    private boolean endsLikeSentence(Paragraph p) {
        int e = p.end();
        while (e > p.start() && isCloser(text.charAt(e - 1))) {
            e--;
        }
        if (e == p.start()) {
            return false;
        }
        char c = text.charAt(e - 1);
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == ':' || c == ',';
    }

    private static boolean isCloser(char c) {
        return QuoteScanner.isMark(c) || c == ')' || c == ']' || Character.isWhitespace(c);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    Token tok(int i) {
        return tokens.get(i);
    }

    String lower(int i) {
        return lowered[i];
    }

    int size() {
        return tokens.size();
    }

    Sentence sentence(int token) {
        return sentences.get(sentenceOf[token]);
    }

    int paragraphOf(int token) {
        return sentence(token).paragraph();
    }

    boolean inQuote(int token) {
        return quoteOf[token] >= 0;
    }

    /**
     * An em or en dash, or the ASCII hyphens that stand for one: a hyphen set apart by spaces
     * ("DFA - which ...") or either hyphen of a spaced double hyphen ("Reed -- who ..."), which the
     * tokenizer gives as two tokens. A hyphen inside a word ("Seitz-Wald") is no dash.
     */
    boolean isDash(int token) {
        if (is(token, "\u2014") || is(token, "\u2013") || is(token, "--")) {
            return true;
        }
        if (!is(token, "-")) {
            return false;
        }
        Token t = tok(token);
        return standsApart(t.start() - 1) && standsApart(t.end());
    }

    /** The first token of the dash at {@code token} (the first hyphen of "--"). */
    int dashStart(int token) {
        int k = token;
        while (k - 1 >= 0 && is(k - 1, "-") && tok(k - 1).end() == tok(k).start() && isDash(k - 1)) {
            k--;
        }
        return k;
    }

    /** Position {@code i} of the text is a space, a hyphen or outside the text: a dash's side. */
    private boolean standsApart(int i) {
        return i < 0 || i >= text.length() || Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '-';
    }

    boolean isMark(int token) {
        String t = tokens.get(token).text();
        if (t.length() != 1 || !(QuoteScanner.isMark(t.charAt(0)) || t.charAt(0) == '`') || quoteOf[token] < 0) {
            return false;
        }
        Quote q = quotes.get(quoteOf[token]);
        int at = tokens.get(token).start();
        return q.open() >= 0 && at >= q.open() && at < q.open() + q.openWidth()
                || q.close() >= 0 && at >= q.close() && at < q.close() + q.closeWidth();
    }

    /** A word of two or more letters with no lower-case letter ("RAMOS", "Q&A"): a speaker label in a transcript. */
    boolean upperCaseWord(int i) {
        String t = tok(i).text();
        if (t.length() < 2 || !tok(i).isWord()) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            if (Character.isLowerCase(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    boolean is(int token, String lowerText) {
        return token >= 0 && token < lowered.length && lowered[token].equals(lowerText);
    }

    /** Whether the token plays grammar part {@code part} (false outside the document). */
    boolean is(int token, StatementWord part) {
        return token >= 0 && token < parts.length && (parts[token] & Grammar.bit(part)) != 0;
    }

    /** The first token at or after character offset {@code pos}. */
    int tokenAt(int pos) {
        return Tokens.firstStartingAtOrAfter(tokens, pos);
    }
}
