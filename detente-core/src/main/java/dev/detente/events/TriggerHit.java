package dev.detente.events;

import dev.detente.events.EventLexicon.Kind;
import dev.detente.events.EventLexicon.Trigger;
import dev.detente.events.lexicon.PhraseIndex;
import dev.detente.nlp.Sentence;

/**
 * A trigger that passed the sense filter: where it stands ({@code match}, tokens [first, end)), in
 * which sentence and clause [clauseStart, clauseEnd), the type and kind the sense filter gave it
 * (a verb form tagged as a noun is nominal; a labour "strike" is PROTEST) and why.
 */
record TriggerHit(PhraseIndex.Match<Trigger> match, Sentence sentence, int clauseStart, int clauseEnd,
                  PloverType type, Kind kind, String sense) {
    int first() {
        return match.first();
    }

    int end() {
        return match.end();
    }

    boolean nominal() {
        return kind == Kind.NOUN;
    }

    /** The lexicon entry ("verb:meet/met"), with the sense filter's change when it made one. */
    String rule() {
        return match.value().rule() + (sense.isEmpty() ? "" : " +" + sense);
    }
}
