package dev.detente.cli.query;

import dev.detente.events.EventLexicon;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values of the query commands, checked when the command line is parsed: a bad value is a
 * one-line error naming the option and what it allows (picocli adds the option's name), exit 2.
 */
public final class Values {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern ALPHA3 = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern PAIR = Pattern.compile("([A-Za-z]{3})\\s*[-/,:]\\s*([A-Za-z]{3})");
    public static final int MAX_LIMIT = 10_000;

    private Values() {
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD as the first day of that period. */
    public static final class FirstDay implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return period(value, false);
        }
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD as the last day of that period. */
    public static final class LastDay implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return period(value, true);
        }
    }

    static LocalDate period(String value, boolean last) {
        Matcher m = DATE.matcher(value.strip());
        if (m.matches()) {
            try {
                int year = Integer.parseInt(m.group(1));
                if (m.group(2) == null) {
                    return last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
                }
                YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
                if (m.group(3) == null) {
                    return last ? month.atEndOfMonth() : month.atDay(1);
                }
                return month.atDay(Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // falls through to the message
            }
        }
        throw new TypeConversionException("'" + value + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-07-01)");
    }

    /** A row count from 1 to {@link #MAX_LIMIT}. */
    public static final class Limit implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value.strip());
                if (n >= 1 && n <= MAX_LIMIT) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // falls through to the message
            }
            throw new TypeConversionException("'" + value + "' is not a row count: use a whole number from 1 to " + MAX_LIMIT);
        }
    }

    /** A number of documents: 1 or more. */
    public static final class Documents implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value.strip());
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // falls through to the message
            }
            throw new TypeConversionException("'" + value + "' is not a number of documents: use a whole number from 1");
        }
    }

    /** Rows to skip: 0 or more. */
    public static final class Offset implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value.strip());
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // falls through to the message
            }
            throw new TypeConversionException("'" + value + "' is not an offset: use a whole number, 0 or more");
        }
    }

    /** An ISO 3166 alpha-3 code, any case. */
    public static final class Country implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!ALPHA3.matcher(value.strip()).matches()) {
                throw new TypeConversionException("'" + value + "' is not a country: use an alpha-3 code such as RUS or USA");
            }
            return value.strip().toUpperCase(Locale.ROOT);
        }
    }

    /** Two alpha-3 codes, e.g. RUS-USA, either order. */
    public static final class Pair implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            Matcher m = PAIR.matcher(value.strip());
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a country pair: use two alpha-3 codes such as RUS-USA");
            }
            String a = m.group(1).toUpperCase(Locale.ROOT);
            String b = m.group(2).toUpperCase(Locale.ROOT);
            return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
        }
    }

    /** A PLOVER event type, any case. */
    public static final class EventType implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String up = value.strip().toUpperCase(Locale.ROOT);
            if (!EventLexicon.PLOVER_TYPES.contains(up)) {
                throw new TypeConversionException("'" + value + "' is not an event type: use one of "
                        + String.join(", ", new TreeSet<>(EventLexicon.PLOVER_TYPES)));
            }
            return up;
        }
    }

    /** An actor kind; "organisation" is read as the ledger's "organization". */
    public static final class ActorKind implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "person", "people", "persons" -> "person";
                case "organization", "organisation", "org", "organizations", "organisations" -> "organization";
                case "country", "countries" -> "country";
                case "place", "places" -> "place";
                default -> throw new TypeConversionException("'" + value
                        + "' is not an actor kind: use person, organization (or organisation), country or place");
            };
        }
    }

    /** direct or reported ("indirect" accepted). */
    public static final class StatementKind implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "direct" -> "direct";
                case "reported", "indirect" -> "reported";
                default -> throw new TypeConversionException("'" + value + "' is not a statement kind: use direct or reported");
            };
        }
    }

    /** day, week or month. */
    public static final class Period implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "day", "daily" -> "day";
                case "week", "weekly" -> "week";
                case "month", "monthly" -> "month";
                default -> throw new TypeConversionException("'" + value + "' is not a period: use day, week or month");
            };
        }
    }
}
