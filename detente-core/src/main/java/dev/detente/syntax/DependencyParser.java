package dev.detente.syntax;

import java.util.List;

/**
 * The syntactic layer's second interface: a dependency parse of the words of one sentence. Any
 * implementation is shared by all threads; the model behind it loads on the first parse.
 */
public interface DependencyParser {
    /** The parse of {@code words} (one node per word, in order). */
    DependencyTree parse(List<String> words);
}
