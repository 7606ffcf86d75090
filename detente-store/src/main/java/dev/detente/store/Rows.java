package dev.detente.store;

import java.util.List;

/**
 * The records the ledger answers with. Shared by the CLI query commands and the server (its JSON
 * API serialises these as they are). Owned by the store module: add fields freely, but keep the
 * server and CLI compiling.
 */
public final class Rows {
    private Rows() {
    }

    /** One article with its provenance; {@code sources} counts outlets carrying the same story. */
    public record ArticleRow(String id, String url, String title, String published, String outlet,
                             String language, String text, String duplicateOf, int statements, int events) {
    }

    /**
     * A statement of the ledger; offsets point into the article's normalised text. {@code day} is the
     * day it is filed under (null: undated); {@code dayInferred}: that day is the article's
     * publication date, the text giving none; {@code about}: the countries it is about; {@code outlet}:
     * the outlet of its earliest report (else that article's web host).
     */
    public record StatementRow(long id, String articleId, boolean direct, String text, int start, int end,
                               String speakerId, String speakerName, String speakerRole, String speakerCountry,
                               String cue, String saidOn, List<String> topics, Double stance,
                               List<String> countries, double confidence, List<String> sourceArticles,
                               String day, boolean dayInferred, List<String> about, String outlet) {
        public StatementRow(long id, String articleId, boolean direct, String text, int start, int end,
                            String speakerId, String speakerName, String speakerRole, String speakerCountry,
                            String cue, String saidOn, List<String> topics, Double stance,
                            List<String> countries, double confidence, List<String> sourceArticles,
                            String day, boolean dayInferred, List<String> about) {
            this(id, articleId, direct, text, start, end, speakerId, speakerName, speakerRole, speakerCountry, cue, saidOn,
                    topics, stance, countries, confidence, sourceArticles, day, dayInferred, about, null);
        }

        public StatementRow(long id, String articleId, boolean direct, String text, int start, int end,
                            String speakerId, String speakerName, String speakerRole, String speakerCountry,
                            String cue, String saidOn, List<String> topics, Double stance,
                            List<String> countries, double confidence, List<String> sourceArticles) {
            this(id, articleId, direct, text, start, end, speakerId, speakerName, speakerRole, speakerCountry, cue, saidOn,
                    topics, stance, countries, confidence, sourceArticles, saidOn, false, List.of());
        }
    }

    /** An event; {@code day} and {@code dayInferred} as for statements. */
    public record EventRow(long id, String articleId, String type, List<String> actors, String source,
                           String target, String date, String place, String evidence, int start, int end,
                           double weight, String mode, List<String> countries, List<String> topics,
                           List<String> sourceArticles, String day, boolean dayInferred) {
        public EventRow(long id, String articleId, String type, List<String> actors, String source,
                        String target, String date, String place, String evidence, int start, int end,
                        double weight, String mode, List<String> countries, List<String> topics,
                        List<String> sourceArticles) {
            this(id, articleId, type, actors, source, target, date, place, evidence, start, end, weight, mode, countries,
                    topics, sourceArticles, date, false);
        }
    }

    /**
     * A role held from the first to the last day an article gave it, with its evidence: the earliest
     * such article and the offsets of the person's mention there (null when the ledger has none).
     */
    public record RoleSpell(String role, String country, String from, String to, String article, Integer start,
                            Integer end) {
        public RoleSpell(String role, String country, String from, String to) {
            this(role, country, from, to, null, null, null);
        }
    }

    public record ActorRow(String id, String name, String kind, String country, List<String> aliases,
                           List<RoleSpell> roles, int statements, int events) {
    }

    /** A point of the relations index: the period's value, its uncertainty band and the item counts. */
    public record TimelinePoint(String period, double index, double low, double high, int events, int statements) {
    }

    /**
     * A week where the relationship shifted, and the items that moved it; {@code z} is the shift in
     * standard errors of the two segments' means, and {@code confidence} what it amounts to.
     */
    public record Change(String period, double before, double after, List<Long> statementIds, List<Long> eventIds,
                         String summary, String pair, double z, ShiftConfidence confidence) {
    }

    /**
     * How sure a shift is: SIGNIFICANT at one-sided 95 % (z ≥ 1.645), POSSIBLE at one standard
     * error (z ≥ 1): few items, or a shift at the end of the ledger that later items may confirm.
     */
    public enum ShiftConfidence { SIGNIFICANT, POSSIBLE }

    /**
     * Who acts on whom in a pair: the events from one source actor to one target actor (either may be
     * unknown: null), with the actors' countries and the count per PLOVER type, most frequent first.
     */
    public record Flow(String source, String sourceName, String sourceCountry, String target, String targetName,
                       String targetCountry, int events, List<TypeCount> types) {
    }

    public record TypeCount(String type, int events) {
    }

    /**
     * A page of a pair's flows, most events first, with what it leaves out stated: how many flows
     * there are ({@code total}), how many follow the page ({@code more}), and the events from one of
     * the pair's countries to the other over all of them (so a summary by country does not depend on the page).
     */
    public record FlowPage(List<Flow> items, int total, int offset, int limit, int more, List<Direction> directions) {
        public FlowPage {
            items = List.copyOf(items);
            directions = List.copyOf(directions);
        }

        /** A page of flows already ranked; the directions summed over all of them. */
        public static FlowPage of(String pair, List<Flow> ranked, int offset, int limit) {
            List<String> countries = List.of(pair.split("-"));
            int from = Math.min(Math.max(0, offset), ranked.size());
            int to = (int) Math.min(ranked.size(), (long) from + Math.max(0, limit));
            java.util.Map<List<String>, Integer> byDirection = new java.util.LinkedHashMap<>();
            for (Flow f : ranked) {
                if (f.sourceCountry() != null && f.targetCountry() != null   // List.of holds no null to look for
                        && countries.contains(f.sourceCountry()) && countries.contains(f.targetCountry())
                        && !f.sourceCountry().equals(f.targetCountry())) {
                    byDirection.merge(List.of(f.sourceCountry(), f.targetCountry()), f.events(), Integer::sum);
                }
            }
            List<Direction> directions = byDirection.entrySet().stream()
                    .map(e -> new Direction(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                    .sorted(Direction.ORDER).toList();
            return new FlowPage(ranked.subList(from, to), ranked.size(), from, limit, ranked.size() - to, directions);
        }
    }

    /** The events of a pair from one of its countries to the other (the actors' countries), over all its flows. */
    public record Direction(String source, String target, int events) {
        /** Most events first, then by countries. */
        public static final java.util.Comparator<Direction> ORDER = java.util.Comparator.comparingInt((Direction d) -> -d.events())
                .thenComparing(Direction::source).thenComparing(Direction::target);
    }

    /** The events of a pair of one PLOVER type in one month ({@code month} null: undated). */
    public record TypeMonth(String month, String type, int events) {
    }

    public record PairSummary(String pair, int statements, int events, List<TimelinePoint> series, Change latestChange) {
    }

    /**
     * An issue of a pair: its trend, its status (open, progressing, stalled, resolved: see
     * {@code dev.detente.store.index.IssueStatus}) with the evidence for it, and its latest items.
     */
    public record IssueRow(String issue, String label, String trend, List<StatementRow> latestStatements,
                           List<EventRow> latestEvents, String status, String evidence) {
        public IssueRow(String issue, String label, String trend, List<StatementRow> latestStatements,
                        List<EventRow> latestEvents) {
            this(issue, label, trend, latestStatements, latestEvents, null, null);
        }
    }

    /**
     * A page of a list: {@code total} items in all, or, when {@code capped}, at least that many (a
     * full-text search counts at most {@code dev.detente.store.sqlite.RankedSearch#TOTAL_CAP} matches: "1,000+").
     */
    public record Page<T>(List<T> items, int total, int offset, int limit, boolean capped) {
        public Page(List<T> items, int total, int offset, int limit) {
            this(items, total, offset, limit, false);
        }
    }

    /**
     * Counts of the ledger. Undated items have no day at all (their article has no publication date
     * and the text gives none); inferred ones are filed under their article's publication date. An
     * archive gathers outlets as it grows: {@code sources} are at most the {@code MAX_SOURCES} with
     * the most articles (in name order), {@code sourceCount} says how many there are.
     */
    public record StoreStats(int articles, int statements, int events, int actors, String firstDate,
                             String lastDate, List<String> sources, List<String> languages, int duplicates,
                             int undatedArticles, int undatedStatements, int undatedEvents,
                             int inferredStatements, int inferredEvents, int sourceCount) {
        public static final int MAX_SOURCES = 100;

        public StoreStats(int articles, int statements, int events, int actors, String firstDate,
                          String lastDate, List<String> sources, List<String> languages, int duplicates,
                          int undatedArticles, int undatedStatements, int undatedEvents,
                          int inferredStatements, int inferredEvents) {
            this(articles, statements, events, actors, firstDate, lastDate, sources, languages, duplicates, undatedArticles,
                    undatedStatements, undatedEvents, inferredStatements, inferredEvents, sources.size());
        }

        public StoreStats(int articles, int statements, int events, int actors, String firstDate,
                          String lastDate, List<String> sources, List<String> languages, int duplicates) {
            this(articles, statements, events, actors, firstDate, lastDate, sources, languages, duplicates, 0, 0, 0, 0, 0);
        }

        /** Why items are undated, for a reader (null when none is). */
        public String undatedNote() {
            if (undatedStatements + undatedEvents == 0) {
                return null;
            }
            return undatedStatements + " statements and " + undatedEvents + " events have no date: " + undatedArticles
                    + " articles have no publication date and their text gives none (give one with `--published`)";
        }
    }
}
