package dev.detente.syntax;

import java.util.List;

/**
 * The syntactic layer's one interface: part-of-speech tags for the words of one sentence. Any
 * implementation is shared by all threads.
 */
public interface Tagger {
    /** One tag per word, in order. */
    Upos[] tag(List<String> words);
}
