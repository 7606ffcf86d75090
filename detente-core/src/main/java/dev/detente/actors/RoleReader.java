package dev.detente.actors;

/**
 * Reads the role a text gives a named person and the country the role belongs to, from (in this
 * order) a title before the name ({@link TitleBeforeName}: "Kremlin spokesman X", "Iran's Foreign
 * Minister X", "Smith's envoy X"), an apposition after it ({@link AppositionRole}: "X, Norway's special
 * envoy for ..., said"), a title set off before it ({@link SetOffTitle}: "the U.S. Ambassador to Peru,
 * X,") or an "as" phrase ({@link AsPhraseRole}: "X took office as prime minister"). The country is the
 * role's own demonym or country (not one it is sent "to"), else the country of a government body in it
 * ("Kremlin" → RUS); a generic body ("foreign ministry") leaves it to the document's context
 * ({@link RoleAffiliation}).
 */
final class RoleReader {
    /** The affiliation a span of tokens gives: explicit country, else a body's, else a generic body to resolve. */
    record Affiliation(String country, String genericBody, boolean international) {
        static final Affiliation NONE = new Affiliation(null, null, false);
    }

    /**
     * A role read for one name: tokens [start, end) of its text; {@code text} as the role is written
     * (a possessor's surname kept: "Smith's envoy"); {@code relativeRun} the name run of a possessor,
     * {@code relativePronoun} the token of a possessive pronoun ("his deputies"); {@code plural} when
     * the title named several people ("his deputies X and Y").
     */
    record Role(int start, int end, String text, Affiliation affiliation, int relativeRun, int relativePronoun,
                boolean plural, String head) {
    }

    private final RoleTokens tokens;
    private final RoleAffiliation affiliations;
    private final TitleBeforeName titles;
    private final AppositionRole appositions;
    private final SetOffTitle setOff;
    private final AsPhraseRole asPhrases;

    RoleReader(ActorKnowledge knowledge, String docText, TokenView v, NameRecognizer.Result names) {
        tokens = new RoleTokens(knowledge, docText, v, names);
        affiliations = new RoleAffiliation(tokens);
        RoleBuilder builder = new RoleBuilder(tokens, affiliations);
        titles = new TitleBeforeName(tokens, builder);
        appositions = new AppositionRole(tokens, builder, affiliations);
        setOff = new SetOffTitle(tokens, builder, titles);
        asPhrases = new AsPhraseRole(tokens, builder);
    }

    Role read(NameRecognizer.Run run) {
        Role r = titles.preName(run);
        if (r == null) {
            r = appositions.apposition(run);
        }
        if (r == null) {
            r = setOff.setOffBefore(run);
        }
        if (r == null) {
            r = asPhrases.asPhrase(run);
        }
        return r;
    }

    /** The person run ending at token i, or -1. */
    int personRunEndingAt(int i) {
        return tokens.personRunEndingAt(i);
    }

    /** What a span of tokens says the role belongs to. */
    Affiliation affiliation(int start, int end) {
        return affiliations.affiliation(start, end);
    }
}
