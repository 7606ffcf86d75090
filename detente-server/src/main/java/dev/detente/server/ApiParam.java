package dev.detente.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One parameter of an API route: how it is parsed and checked, and how the OpenAPI document
 * describes it. The route table declares these, so validation and documentation cannot drift apart.
 */
public record ApiParam(String name, In in, Kind kind, boolean required, String description,
                       List<String> values, int min, int max, Integer defaultValue) {
    public enum In { QUERY, PATH }

    public enum Kind { TEXT, DATE, COUNTRY, PAIR, ONE_OF, INTEGER }

    static final int MAX_TEXT = 500;
    private static final Pattern PAIR = Pattern.compile("[A-Z]{3}-[A-Z]{3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    public ApiParam {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static ApiParam text(String name, String description) {
        return new ApiParam(name, In.QUERY, Kind.TEXT, false, description, List.of(), 0, 0, null);
    }

    public static ApiParam path(String name, String description) {
        return new ApiParam(name, In.PATH, Kind.TEXT, true, description, List.of(), 0, 0, null);
    }

    public static ApiParam date(String name, String description) {
        return new ApiParam(name, In.QUERY, Kind.DATE, false, description, List.of(), 0, 0, null);
    }

    public static ApiParam country(String name, String description) {
        return new ApiParam(name, In.QUERY, Kind.COUNTRY, false, description, List.of(), 0, 0, null);
    }

    public static ApiParam pair(String name, String description) {
        return new ApiParam(name, In.QUERY, Kind.PAIR, false, description, List.of(), 0, 0, null);
    }

    public static ApiParam oneOf(String name, String description, String... values) {
        return new ApiParam(name, In.QUERY, Kind.ONE_OF, false, description, List.of(values), 0, 0, null);
    }

    public static ApiParam integer(String name, String description, int defaultValue, int min, int max) {
        return new ApiParam(name, In.QUERY, Kind.INTEGER, false, description, List.of(), min, max, defaultValue);
    }

    public ApiParam asRequired() {
        return new ApiParam(name, in, kind, true, description, values, min, max, defaultValue);
    }

    /** The checked value of a raw parameter: String, LocalDate or Integer; throws a 400 naming the problem. */
    public Object parse(String raw) {
        String value = raw.strip();
        if (value.isEmpty()) {
            throw ApiException.badRequest("parameter '" + name + "' is empty");
        }
        if (value.length() > MAX_TEXT) {
            throw ApiException.badRequest("parameter '" + name + "' is longer than " + MAX_TEXT + " characters");
        }
        if (kind == Kind.TEXT && value.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw ApiException.badRequest("parameter '" + name + "' has no letter or digit to look for");
        }
        return switch (kind) {
            case TEXT -> value;
            case DATE -> parseDate(value);
            case COUNTRY -> parseCountry(value);
            case PAIR -> parsePair(value);
            case ONE_OF -> parseOneOf(value);
            case INTEGER -> parseInteger(value);
        };
    }

    private LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("parameter '" + name + "': bad date '" + value + "', expected YYYY-MM-DD");
        }
    }

    private String parseCountry(String value) {
        String code = value.toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(code).matches()) {
            throw ApiException.badRequest("parameter '" + name + "': bad country '" + value
                    + "', expected an ISO 3166 alpha-3 code like RUS");
        }
        return code;
    }

    private String parsePair(String value) {
        String pair = value.toUpperCase(Locale.ROOT);
        if (!PAIR.matcher(pair).matches() || pair.substring(0, 3).equals(pair.substring(4))) {
            throw ApiException.badRequest("parameter '" + name + "': bad pair '" + value
                    + "', expected two different ISO 3166 alpha-3 codes like RUS-USA");
        }
        return pair;
    }

    private String parseOneOf(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!values.contains(lower)) {
            throw ApiException.badRequest("parameter '" + name + "': unknown value '" + value + "', expected one of "
                    + String.join(", ", values));
        }
        return lower;
    }

    private Integer parseInteger(String value) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "': '" + value + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw ApiException.badRequest("parameter '" + name + "': " + n + " is out of range [" + min + ", " + max + "]");
        }
        return n;
    }
}
