package dev.detente.events;

import java.util.Locale;

/**
 * The function words and affixes the event coder's token tests are written with, by the part they
 * play: the code names the part ({@code rules.is(w, EventWord.THE)}), the words that play it are data,
 * the table {@code events.grammar} of {@code events/event-rules.yaml} (part → words, space-separated),
 * so a {@code --knowledge} file can add a spelling to a part. Every part must have a row. Parts named
 * {@code *_SUFFIXES} are tested as word endings, {@code *_STEMS} as word beginnings.
 */
enum EventWord {
    AND, BY, COMMA, FOR, GOING, HELD, IN, MUST, OF, SINCE, THAT, THE, TO, WELCOME, WHEN, WITHOUT,
    PAST_BE, PAIR_COUNTS, PAIR_PRONOUNS, SPEAKER_PRONOUNS, PERSON_PRONOUNS, THING_PRONOUNS, POSSESSIVES, QUOTE_MARKS, OPENING_QUOTE_MARKS,
    COORDINATION, LABOUR_STRIKE_HEADS, RAID_STEMS,
    GERUND_SUFFIXES, PAST_SUFFIXES, PARTICIPLE_SUFFIXES, NEGATION_SUFFIXES, TIME_WORD_SUFFIXES,
    MONTH_MODALS;

    /** The part's row in {@code events.grammar}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
