package dev.detente.actors;

/**
 * The function words and word endings the actors rules are written with, by the part they play:
 * the rules name the part ({@code v.is(k, ActorWord.ARTICLE_THE)}), the words that play it are data,
 * the table {@code actors.grammar} of {@code lexicon/actors-words.yaml} (part → words or endings,
 * space-separated), so a {@code --knowledge} file can add a spelling to a part (restating the row's
 * words). Every part must have a row ({@link dev.detente.knowledge.Grammar}).
 */
enum ActorWord {
    ARTICLE_THE, INDEFINITE_ARTICLE, OF, IN, ON, AND, OR, BY, TO, FOR, WITH, AS,
    /** "Moscow's": tokens are normalised, so one spelling covers both apostrophes */
    POSSESSIVE_CLITIC,
    // third-person pronouns by case and gender
    HE, SHE, MALE_OBLIQUE, FEMALE_OBLIQUE,
    // endings
    /** "Washington warned", "Beijing rejects": endings of a verb after a capital that acts */
    VERB_SUFFIXES,
    MANNER_ADVERB_SUFFIX
}
