package dev.detente.actors;

import dev.detente.knowledge.Lexicon;
import java.util.Set;

/**
 * The function words the actors stage reads names, roles, datelines and governments by: the
 * {@code actors.*} lists of the knowledge layer's lexicon ({@code lexicon/actors-words.yaml}, extended by
 * {@code --knowledge} files), read once per {@link ActorKnowledge}.
 */
record ActorWords(
        Set<String> englishMarkers,
        Set<String> targets,
        Set<String> capitalAsPlaceBefore,
        Set<String> capitalAsActorVerbs,
        Set<String> skippableBeforeCue,
        Set<String> datelineEnds,
        Set<String> prepositions,
        Set<String> roleDeterminers,
        Set<String> bylineLeads,
        Set<String> placePrepositions,
        Set<String> pronounLookalikes,
        Set<String> connectors,
        Set<String> targetPrepositions,
        Set<String> articles,
        Set<String> possessivePronouns,
        Set<String> appositionStops,
        Set<String> locatives,
        Set<String> mediaNouns,
        Set<String> countryNouns,
        Set<String> relativeBeforeRole,
        Set<String> copulas,
        Set<String> namePrefixes,
        Set<String> otherSideNouns,
        Set<String> relationalRoleHeads,
        Set<String> bodyPossessivePronouns,
        Set<String> institutionHeads,
        Set<String> bodyVoiceHeads,
        java.util.Map<String, String> relativeRoleVerbs,
        Set<String> sideJoiners,
        Set<String> roleCopulas,
        Set<String> settlementNouns,
        Set<String> sideNouns,
        Set<String> placeOnlyBefore,
        Set<String> placeOffices,
        Set<String> nounPhraseOpeners) {

    static ActorWords of(Lexicon lexicon) {
        return new ActorWords(
                lexicon.words("actors.english_markers"),
                lexicon.words("actors.targets"),
                lexicon.words("actors.capital_as_place_before"),
                lexicon.words("actors.capital_as_actor_verbs"),
                lexicon.words("actors.skippable_before_cue"),
                lexicon.words("actors.dateline_ends"),
                lexicon.words("actors.prepositions"),
                lexicon.words("actors.role_determiners"),
                lexicon.words("actors.byline_leads"),
                lexicon.words("actors.place_prepositions"),
                lexicon.words("actors.pronoun_lookalikes"),
                lexicon.words("actors.connectors"),
                lexicon.words("actors.target_prepositions"),
                lexicon.words("actors.articles"),
                lexicon.words("actors.possessive_pronouns"),
                lexicon.words("actors.apposition_stops"),
                lexicon.words("actors.locatives"),
                lexicon.words("actors.media_nouns"),
                lexicon.words("actors.country_nouns"),
                lexicon.words("actors.relative_before_role"),
                lexicon.words("actors.copulas"),
                lexicon.words("actors.name_prefixes"),
                lexicon.words("actors.other_side_nouns"),
                lexicon.words("actors.relational_role_heads"),
                lexicon.words("actors.body_possessive_pronouns"),
                lexicon.words("actors.institution_heads"),
                lexicon.words("actors.body_voice_heads"),
                java.util.Map.copyOf(lexicon.table("actors.relative_role_verbs")),
                lexicon.words("actors.side_joiners"),
                lexicon.words("actors.role_copulas"),
                lexicon.words("actors.settlement_nouns"),
                lexicon.words("actors.side_nouns"),
                lexicon.words("actors.place_only_before"),
                lexicon.words("actors.place_offices"),
                lexicon.words("actors.noun_phrase_openers"));
    }
}
