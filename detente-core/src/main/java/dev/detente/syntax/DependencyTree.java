package dev.detente.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence's dependency parse, indexed by word (0-based within the sentence): each word's head
 * ({@code -1} for the root), its relation to the head (CLEAR-style labels as NLP4J gives them:
 * nsubj, nsubjpass, dobj, pobj, prep, agent, conj, cc, ccomp, xcomp, aux, neg, compound, poss...)
 * ({@link DepLabel}) and its Penn Treebank tag.
 */
public record DependencyTree(int[] heads, DepLabel[] labels, String[] tags) {
    public DependencyTree {
        if (heads.length != labels.length || heads.length != tags.length) {
            throw new IllegalArgumentException("a parse needs one head, label and tag per word");
        }
    }

    public int size() {
        return heads.length;
    }

    public int head(int i) {
        return heads[i];
    }

    public DepLabel label(int i) {
        return labels[i];
    }

    public String tag(int i) {
        return tags[i];
    }

    /** The words whose head is {@code i}, in order. */
    public List<Integer> children(int i) {
        List<Integer> out = new ArrayList<>(3);
        for (int k = 0; k < heads.length; k++) {
            if (heads[k] == i) {
                out.add(k);
            }
        }
        return out;
    }

    /** The first child of {@code i} with that label, or -1. */
    public int child(int i, DepLabel label) {
        for (int k = 0; k < heads.length; k++) {
            if (heads[k] == i && labels[k] == label) {
                return k;
            }
        }
        return -1;
    }

    /** Whether {@code i} is {@code ancestor} or stands below it. */
    public boolean dominates(int ancestor, int i) {
        for (int k = i, steps = 0; k >= 0 && steps <= heads.length; k = heads[k], steps++) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The words joined to {@code i} by "and"/"or": its conj children and theirs. */
    public List<Integer> conjuncts(int i) {
        List<Integer> out = new ArrayList<>(2);
        for (int k = child(i, DepLabel.CONJ); k >= 0; k = child(k, DepLabel.CONJ)) {
            out.add(k);
            for (int k2 = 0; k2 < heads.length; k2++) {
                if (heads[k2] == k && labels[k2] == DepLabel.CONJ && k2 != child(k, DepLabel.CONJ)) {
                    out.add(k2);
                }
            }
        }
        for (int k = 0; k < heads.length; k++) {
            if (heads[k] == i && labels[k] == DepLabel.CONJ && !out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }
}
