package dev.detente.time;

/**
 * The function words the time grammar's token patterns are written with, by the part they play:
 * the patterns name the part ({@code s.is(i, TimeWord.NEXT)}), the words that play it are data,
 * the table {@code time.grammar} of {@code lexicon/time-words.yaml} (part → words, space-separated),
 * so a {@code --knowledge} file can add a spelling to a part. Every part must have a row. Parts named
 * {@code *_SUFFIXES} are tested as word endings, {@code *_PREFIXES} as word beginnings.
 */
enum TimeWord {
    A, AFTER, AGO, AN, AND, AT, BE, BEFORE,
    BEING, BETWEEN, CENTURY, COMING, COUPLE, DAY, DECADE_SUFFIXES, EARLIER, FEW,
    FOLLOWING, FOR, FROM, IN, INDEFINITE, LAST, LATER, LEAST,
    MAY, MID_PREFIXES, NEXT, NIGHT, NOW, OF, ON, ONE, OR,
    OTHER, OVER, PAST, PAST_SUFFIXES, PERCENT, PREVIOUS, QUARTER, RANGE_OPENERS, SAME,
    SET_OPENERS, SHORT_MONTHS, SINCE, SUPERLATIVE_SUFFIXES, THAN, THAT, THE, THIS, THROUGH,
    TILL, TO, TOMORROW, TONIGHT, UNTIL, UPCOMING, WEEKEND, WINDOW_OPENERS,
    WITHIN, YEAR, YEAR_SHIFTS, YESTERDAY;
}
