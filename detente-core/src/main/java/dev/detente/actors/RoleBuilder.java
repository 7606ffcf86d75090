package dev.detente.actors;

import dev.detente.actors.RoleReader.Role;
import dev.detente.actors.RoleReader.Affiliation;

/**
 * Builds a {@link RoleReader.Role} from the token span a reader found: the role's text as written, an
 * abbreviated head ("FM") or body ("MFA") written out, a possessor's surname kept ("Smith's envoy"), an
 * honorary title after the office ("Prince") left to the name; with its affiliation.
 */
final class RoleBuilder {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final ActorKnowledge knowledge;
    private final String docText;
    private final TokenView v;
    private final NameRecognizer.Result names;
    private final RoleAffiliation affiliations;

    RoleBuilder(RoleTokens tokens, RoleAffiliation affiliations) {
        this.knowledge = tokens.knowledge;
        this.docText = tokens.docText;
        this.v = tokens.v;
        this.names = tokens.names;
        this.affiliations = affiliations;
    }

    Role role(int start, int end, int relativeRun, int relativePronoun) {
        int headStart = -1;
        int headEnd = -1;
        for (int k = start; k < end; k++) {
            if (v.isHit(k, GazetteerEntry.Type.TITLE)) {
                boolean honorary = knowledge.isHonoraryTitle(v.hit[k].firstOf(GazetteerEntry.Type.TITLE).canonical());
                if (honorary && headEnd >= 0 && v.hit[k].end() == end) {
                    end = headEnd; // "Saudi Foreign Minister Prince X": the prince goes with the name
                    break;
                }
                headStart = v.hit[k].start();
                headEnd = v.hit[k].end();
                k = headEnd - 1;
            }
        }
        String head = docText.substring(v.tokens.get(headStart).start(), v.tokens.get(headEnd - 1).end());
        String canonical = v.hit[headStart].firstOf(GazetteerEntry.Type.TITLE).canonical();
        String expansion = knowledge.expansionOf(canonical);
        boolean plural = expansion == null && !Gazetteer.normalize(head).equals(canonical) && headEnd == end;
        String text = docText.substring(v.tokens.get(start).start(), v.tokens.get(end - 1).end());
        if (plural) {
            text = docText.substring(v.tokens.get(start).start(), v.tokens.get(headStart).start()) + canonical;
        } else if (expansion != null) {
            text = docText.substring(v.tokens.get(start).start(), v.tokens.get(headStart).start()) + expansion
                    + docText.substring(v.tokens.get(headEnd - 1).end(), v.tokens.get(end - 1).end());
        }
        for (int k = start; k < end; k++) {
            String expanded = knowledge.bodyExpansionOf(v.text(k));
            if (expanded != null && v.is(k - 1, "(") && v.is(k + 1, ")")) {
                expanded = ""; // "Foreign Office (FO) spokesperson": the body is written out already
            }
            if (expanded != null) { // "Ukrainian MFA spokesman": the body written out
                text = text.replaceFirst("\\b" + java.util.regex.Pattern.quote(v.text(k)) + "\\b",
                        java.util.regex.Matcher.quoteReplacement(expanded));
            }
        }
        if (relativeRun >= 0) {
            text = names.runs().get(relativeRun).surname() + "'s " + text;
        }
        return new Role(start, end, SPACES.matcher(text.replace("(", "").replace(")", "")).replaceAll(" ").strip(), affiliation(start, end), relativeRun,
                relativePronoun, plural, canonical);
    }

    private Affiliation affiliation(int start, int end) {
        return affiliations.affiliation(start, end);
    }
}
