package dev.detente.store.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where an issue stands, from its latest items (events and statements of the pair tagged with it):
 * <ul>
 *   <li>{@code resolved}: its latest event settles it (a type of {@code resolving-events.txt}:
 *       AGREE, CONCEDE, RETREAT) and nothing after it pulls below {@link #LEVEL};</li>
 *   <li>{@code progressing}: the items of its last {@link #RECENT_DAYS} days average at least
 *       +{@link #LEVEL}, or the trend is improving;</li>
 *   <li>{@code stalled}: they average at most −{@link #LEVEL}, or the trend is worsening;</li>
 *   <li>{@code open}: otherwise, or with fewer than two dated items.</li>
 * </ul>
 * The evidence names what decided it.
 */
public final class IssueStatus {
    public static final String OPEN = "open";
    public static final String PROGRESSING = "progressing";
    public static final String STALLED = "stalled";
    public static final String RESOLVED = "resolved";
    static final int RECENT_DAYS = 30;
    static final double LEVEL = 0.2;
    private static final Set<String> RESOLVING = load("resolving-events.txt");

    public record Status(String status, String evidence) {
    }

    private IssueStatus() {
    }

    public static Status of(List<IndexItem> items) {
        List<IndexItem> dated = items.stream().filter(i -> i.date() != null)
                .sorted(Comparator.comparing(IndexItem::date).thenComparingLong(IndexItem::id)).toList();
        if (dated.size() < 2) {
            return new Status(OPEN, dated.size() + " dated item" + (dated.size() == 1 ? "" : "s") + ", too few to say more");
        }
        IndexItem lastEvent = null;
        for (IndexItem i : dated) {
            if (i.kind() == IndexItem.Kind.EVENT) {
                lastEvent = i;
            }
        }
        if (lastEvent != null && lastEvent.label() != null && RESOLVING.contains(lastEvent.label().toUpperCase(Locale.ROOT))) {
            IndexItem settled = lastEvent;
            boolean contradicted = dated.stream().anyMatch(i -> i.date().isAfter(settled.date()) && i.value() <= -LEVEL);
            if (!contradicted) {
                return new Status(RESOLVED, String.format(Locale.ROOT, "latest event %s on %s (event %d), nothing negative since",
                        settled.label(), settled.date(), settled.id()));
            }
        }
        LocalDate last = dated.get(dated.size() - 1).date();
        List<IndexItem> recent = dated.stream().filter(i -> !i.date().isBefore(last.minusDays(RECENT_DAYS))).toList();
        double mean = RelationsIndex.estimate(recent).mean();
        String trend = Trend.of(dated);
        String evidence = String.format(Locale.ROOT, "%d item%s in the %d days to %s average %+.2f; trend %s",
                recent.size(), recent.size() == 1 ? "" : "s", RECENT_DAYS, last, mean, trend);
        if (mean >= LEVEL || Trend.IMPROVING.equals(trend) && mean > -LEVEL) {
            return new Status(PROGRESSING, evidence);
        }
        if (mean <= -LEVEL || Trend.WORSENING.equals(trend)) {
            return new Status(STALLED, evidence);
        }
        return new Status(OPEN, evidence);
    }

    private static Set<String> load(String name) {
        try (InputStream in = IssueStatus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
