package dev.detente.actors;

import static dev.detente.actors.ActorWord.*;

import dev.detente.knowledge.Grammar;
import dev.detente.nlp.Sentence;
import dev.detente.nlp.Token;
import java.util.List;

/**
 * The tokens of one document with what the gazetteer found on them, indexed by token: the shared
 * read model of the recognizer, the role reader and the coreference pass. Also knows sentence
 * bounds, quotation state and headline-cased sentences.
 */
final class TokenView {
    final List<Token> tokens;
    final List<Sentence> sentences;
    final String[] lower;
    /** Each token's grammar parts ({@link ActorWord} bits), looked up once. */
    private final long[] parts;
    final Gazetteer.Match[] hit;
    final int[] sentenceOf;
    final boolean[] inQuote;
    final boolean[] headline;
    /** Memo of {@link NameRecognizer#nameShaped}: 0 not yet known, 1 yes, 2 no. */
    final byte[] nameShape;

    TokenView(List<Token> tokens, List<Sentence> sentences, ActorKnowledge knowledge) {
        Gazetteer gazetteer = knowledge.gazetteer();
        this.tokens = tokens;
        this.sentences = sentences;
        int n = tokens.size();
        lower = new String[n];
        parts = new long[n];
        hit = new Gazetteer.Match[n];
        sentenceOf = new int[n];
        inQuote = new boolean[n];
        headline = new boolean[sentences.size()];
        nameShape = new byte[n];
        for (int i = 0; i < n; i++) {
            lower[i] = Gazetteer.normalize(tokens.get(i).text());
            parts[i] = knowledge.grammar().mask(lower[i]);
        }
        boolean quoted = false;
        int paragraph = -1;
        for (Sentence s : sentences) {
            if (s.paragraph() != paragraph) {
                quoted = false; // a quotation left open does not run past its paragraph
                paragraph = s.paragraph();
            }
            for (int i = s.firstToken(); i < s.endToken(); ) {
                Gazetteer.Match m = gazetteer.longestAt(tokens, lower, i, s.endToken());
                if (m == null) {
                    i++;
                    continue;
                }
                for (int k = m.start(); k < m.end(); k++) {
                    hit[k] = m;
                }
                i = m.end();
            }
            int capital = 0;
            int small = 0;
            int capitalCommon = 0;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                sentenceOf[i] = s.index();
                String t = tokens.get(i).text();
                char c = t.charAt(0);
                if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB') {
                    quoted = c == '\u201C' || c == '\u00AB' || (c == '"' && !quoted);
                    if (c == '\u201D' || c == '\u00BB') {
                        quoted = false;
                    }
                }
                inQuote[i] = quoted;
                if (t.length() >= 4 && Character.isLetter(c)) {
                    if (Character.isUpperCase(c)) {
                        capital++;
                        String l = lower[i];
                        if (i > s.firstToken() && hit[i] == null && (knowledge.isNotName(l) || knowledge.isPersonCue(l))
                                && !knowledge.isTitleModifier(l)) {
                            capitalCommon++;
                        }
                    } else {
                        small++;
                    }
                }
            }
            // Title case: mostly capitalised words and no final full stop, or capitalised common words
            boolean period = s.endToken() > s.firstToken() && tokens.get(s.endToken() - 1).text().equals(".");
            headline[s.index()] = !period && (capital >= 3 && capital >= 3 * small
                    || capitalCommon >= 2 && capitalCommon >= small);
        }
    }

    int size() {
        return tokens.size();
    }

    String text(int i) {
        return tokens.get(i).text();
    }

    Sentence sentence(int token) {
        return sentences.get(sentenceOf[token]);
    }

    boolean isHit(int i, GazetteerEntry.Type type) {
        return i >= 0 && i < hit.length && hit[i] != null && hit[i].has(type);
    }

    /** A country, demonym, organisation or body: something a role can belong to. */
    boolean isAffiliation(int i) {
        Gazetteer.Match m = i >= 0 && i < hit.length ? hit[i] : null;
        if (m == null) {
            return false;
        }
        return m.has(GazetteerEntry.Type.COUNTRY) || m.has(GazetteerEntry.Type.DEMONYM)
                || m.has(GazetteerEntry.Type.ORGANIZATION) || m.has(GazetteerEntry.Type.GENERIC_BODY)
                || m.has(GazetteerEntry.Type.CAPITAL) || m.has(GazetteerEntry.Type.CITY); // "Lyon mayor X"
    }

    boolean isPossessive(int i) {
        return is(i, POSSESSIVE_CLITIC);
    }

    /** Whether token {@code i} plays grammar part {@code part} (false outside the document). */
    boolean is(int i, ActorWord part) {
        return i >= 0 && i < parts.length && (parts[i] & Grammar.bit(part)) != 0;
    }

    boolean is(int i, String lowerText) {
        return i >= 0 && i < lower.length && lower[i].equals(lowerText);
    }
}
