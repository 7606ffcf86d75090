package dev.detente.cli.query;

import dev.detente.store.Rows.Page;

/** Under a table, how many rows matched when not all are shown (on stderr, so pipes get rows only). */
final class PageNote {
    private PageNote() {
    }

    static void print(Format format, Page<?> page) {
        if (format == Format.table && page.total() > page.items().size()) {
            System.err.printf("(%d-%d of %s; --offset and --limit page)%n", page.offset() + 1,
                    page.offset() + page.items().size(), total(page));
        }
    }

    /** "312", or "1,000+" when the count stopped there (a search's: see {@link Page#capped}). */
    static String total(Page<?> page) {
        return String.format(java.util.Locale.ROOT, "%,d", page.total()) + (page.capped() ? "+" : "");
    }
}
