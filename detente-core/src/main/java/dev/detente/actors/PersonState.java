package dev.detente.actors;

import dev.detente.doc.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A person while the actors stage works on one document: what the name runs, role reader and
 * coreference have found so far. Mutable and confined to one {@link ActorStage#process} call; turned
 * into an immutable {@link Actor} at the end.
 */
final class PersonState {
    final String id;
    final NameRecognizer.Cluster cluster;
    RoleReader.Role role;
    String country;
    /** Whether the text states the country with the person (their title, "X of Egypt"), not only suggests it. */
    boolean countryStated;
    String contextBody;
    int gender;
    /** Person (index) a role is relative to ("Smith's envoy", "his deputies"), or -1. */
    int relative = -1;
    /** A person named in a possessive earlier in the sentence of the first mention ("Smith's team included X"). */
    int sentencePossessor = -1;
    /** First token of the organisation or country an "its" in the role stands for ("Its secretary general, X,"), or -1. */
    int bodyOwner = -1;
    final List<Span> evidence = new ArrayList<>();

    PersonState(String id, NameRecognizer.Cluster cluster) {
        this.id = id;
        this.cluster = cluster;
    }

    String name() {
        return String.join(" ", cluster.fullest);
    }

    /** Lower-case words of the role, for matching role nouns ("the spokesman") against it. */
    boolean roleHasAny(java.util.Set<String> heads) {
        if (role == null) {
            return false;
        }
        String r = Gazetteer.normalize(role.text());
        for (String h : heads) {
            int at = r.indexOf(h);
            while (at >= 0) {
                boolean startOk = at == 0 || !Character.isLetter(r.charAt(at - 1));
                int end = at + h.length();
                boolean endOk = end == r.length() || !Character.isLetter(r.charAt(end));
                if (startOk && endOk) {
                    return true;
                }
                at = r.indexOf(h, at + 1);
            }
        }
        return false;
    }
}
