package dev.detente.statements;

/**
 * The function words and word endings the statements rules are written with, by the part they
 * play: the rules name the part ({@code v.is(k, StatementWord.THAT)}), the words that play it are
 * data, the table {@code statements.grammar} of {@code statements/statements-words.yaml} (part →
 * words or endings, space-separated), so a {@code --knowledge} file can add a spelling to a part
 * (restating the row's words). Every part must have a row ({@link dev.detente.knowledge.Grammar}).
 */
enum StatementWord {
    // single function words
    ARTICLE_THE, INDEFINITE_ARTICLE, THAT, TO, AND, BUT, OF, FOR, BY, AS, IT, THIS, ITS, BOTH, HOWEVER, WAS,
    /** "state" in "told state television": a modifier before an addressee */
    STATE,
    /** "says": the -s form of a cue that is never a plural noun */
    SAYS,
    // sets of words that play one part
    /** "he also claims", "who claims": words after which an -s form is a verb */
    BEFORE_VERB,
    RELATIVE_WHO, POSSESSIVE_CLITIC, PERSONAL_POSSESSIVE, DATE_OPENER, DATE_QUALIFIER, FOCUS_ADVERB,
    CONCESSIVE, AS_REPORTED_VERB, INVERTED_SUBJECT_END, SPEAKER_LINK, PLACE_LINK, BEHIND_LINK,
    // pronouns by what they tell of their referent
    HE, MALE_PRONOUN, FEMALE_PRONOUN, FEMALE_REFLEXIVE, PLURAL_PRONOUN,
    // words of a role that tell the holder's gender: stems anywhere in it, words as whole words
    FEMALE_ROLE_STEM, FEMALE_ROLE_WORD, MALE_ROLE_STEM, MALE_ROLE_WORD,
    // endings
    PLURAL_SUFFIX, DOUBLE_S, SINGULAR_S_ENDINGS, VERB_S_SUFFIX, PAST_SUFFIX, GERUND_SUFFIX,
    MANNER_ADVERB_SUFFIX, DEMONYM_SUFFIXES
}
