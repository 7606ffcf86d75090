package dev.detente.text;

import java.time.LocalDate;
import java.util.List;

/**
 * An article after boilerplate removal: its body (paragraphs kept, title and metadata lines
 * removed), the map from body offsets to the reader's text, and what the removed lines told:
 * the headline, a "date YYYY-MM-DD" field, a date line near the top, a dateline date with a year (or its month and day alone),
 * URLs written as lines, and the byline.
 */
public record CleanedArticle(
        String body,
        OffsetMap map,
        String title,
        LocalDate fieldDate,
        LocalDate topDate,
        LocalDate datelineDate,
        java.time.MonthDay datelineMonthDay,
        List<String> urls,
        String byline,
        List<ClassifiedLine> lines) {

    public CleanedArticle {
        urls = List.copyOf(urls);
        lines = List.copyOf(lines);
    }

    /** One line of the input with its kind; offsets are in the normalised text. */
    public record ClassifiedLine(int start, int end, String text, LineKind kind) {
    }
}
