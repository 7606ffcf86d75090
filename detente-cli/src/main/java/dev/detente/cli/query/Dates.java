package dev.detente.cli.query;

/** How a table shows an item's day: "2025-07-29", "2025-07-29~" when inferred, "undated" when none. */
final class Dates {
    private Dates() {
    }

    static String shown(String day, boolean inferred) {
        return day == null ? "undated" : inferred ? day + "~" : day;
    }
}
