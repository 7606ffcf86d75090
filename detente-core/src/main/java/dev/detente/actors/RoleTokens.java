package dev.detente.actors;

/**
 * What the role readers of one document share: the token view, the document text, the person name
 * runs indexed by their first and last token, and the knowledge the rules read. Built once per document.
 */
final class RoleTokens {
    final ActorKnowledge knowledge;
    final ActorWords words;
    final String docText;
    final TokenView v;
    final NameRecognizer.Result names;
    /** The person run (index) ending / starting at each token, or -1. */
    final int[] runEndingAt;
    final int[] runStartingAt;

    RoleTokens(ActorKnowledge knowledge, String docText, TokenView v, NameRecognizer.Result names) {
        this.knowledge = knowledge;
        this.words = knowledge.words();
        this.docText = docText;
        this.v = v;
        this.names = names;
        runEndingAt = new int[v.size() + 1];
        runStartingAt = new int[v.size() + 1];
        java.util.Arrays.fill(runEndingAt, -1);
        java.util.Arrays.fill(runStartingAt, -1);
        for (int r = 0; r < names.runs().size(); r++) {
            NameRecognizer.Run run = names.runs().get(r);
            if (names.clusterOfRun()[r] >= 0) {
                runEndingAt[run.end() - 1] = r;
                runStartingAt[run.start()] = r;
            }
        }
    }

    /** The person run ending at token i, or -1. */
    int personRunEndingAt(int i) {
        return i >= 0 && i < runEndingAt.length ? runEndingAt[i] : -1;
    }

    /** Whether tokens [start, end) hold a title. */
    boolean containsTitle(int start, int end) {
        for (int k = start; k < end; k++) {
            if (v.isHit(k, GazetteerEntry.Type.TITLE)) {
                return true;
            }
        }
        return false;
    }
}
