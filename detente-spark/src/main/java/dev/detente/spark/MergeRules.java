package dev.detente.spark;

import dev.detente.store.merge.Similarity;
import dev.detente.store.sqlite.LedgerWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ledger writer's merge decisions, as pure functions over one group of reports in ingest order:
 * all reports of one speaker (statements), all reports with one merge key (events). The ledger
 * takes the same decisions article by article; because a statement only merges with the same
 * speaker's and an event only with the same key, each group can be decided alone, on any executor,
 * and a cluster run equals a laptop run.
 */
final class MergeRules {
    /** How many of a speaker's latest statements a new report is compared with (the writer's bound). */
    static final int MAX_STATEMENT_CANDIDATES = dev.detente.store.sqlite.LedgerWriter.MAX_STATEMENT_CANDIDATES;

    private MergeRules() {
    }

    private static final class Open {
        final Report first;
        final int order;
        final Set<String> tokens;
        final List<Source> sources = new ArrayList<>();
        final Set<String> articles = new HashSet<>();

        Open(Report first, int order) {
            this.first = first;
            this.order = order;
            this.tokens = new HashSet<>(first.tokens());
        }

        void add(Source s) {
            sources.add(s);
            articles.add(s.articleId());
        }

        Merged merged() {
            List<Source> ordered = new ArrayList<>(sources);
            ordered.sort(Source.EARLIEST);
            return new Merged(first, List.copyOf(ordered));
        }
    }

    /**
     * One speaker's statement reports, in ingest order, merged as {@code LedgerWriter} merges them:
     * the same speaker, days within {@link LedgerWriter#STATEMENT_MERGE_DAYS} (an undated report is
     * compared with the speaker's latest statements), {@link Similarity#sameStatement}, never two
     * reports of one article in one statement; the highest Jaccard wins (the same kind on a tie, then
     * the older statement). Compared with at most {@link #MAX_STATEMENT_CANDIDATES} of the
     * speaker's latest statements.
     */
    static List<Merged> statements(List<Report> reportsInOrder) {
        List<Open> created = new ArrayList<>();
        for (Report r : reportsInOrder) {
            Set<String> tokens = new HashSet<>(r.tokens());
            Open best = null;
            double bestScore = -1;
            for (Open c : candidates(created, r)) {
                if (!Similarity.sameStatement(tokens, c.tokens)) {
                    continue;
                }
                double score = Similarity.jaccard(tokens, c.tokens) + (c.first.direct() == r.direct() ? 1e-6 : 0);
                if (score > bestScore || score == bestScore && best != null && c.order < best.order) {
                    bestScore = score;
                    best = c;
                }
            }
            if (best == null) {
                best = new Open(r, created.size());
                created.add(best);
            }
            best.add(r.source());
        }
        return created.stream().map(Open::merged).toList();
    }

    /** The writer's candidates, newest first: the window's statements and the latest undated ones; for an undated report, the latest. */
    private static List<Open> candidates(List<Open> created, Report r) {
        String article = r.source().articleId();
        List<Open> out = new ArrayList<>();
        String lo = null;
        String hi = null;
        if (r.day() != null) {
            try {
                LocalDate d = LocalDate.parse(r.day());
                lo = d.minusDays(LedgerWriter.STATEMENT_MERGE_DAYS).toString();
                hi = d.plusDays(LedgerWriter.STATEMENT_MERGE_DAYS).toString();
            } catch (DateTimeParseException e) {
                lo = null;
            }
        }
        if (lo == null) {
            for (int i = created.size() - 1; i >= 0 && out.size() < MAX_STATEMENT_CANDIDATES; i--) {
                if (!created.get(i).articles.contains(article)) {
                    out.add(created.get(i));
                }
            }
            return out;
        }
        int undated = 0;
        for (int i = created.size() - 1; i >= 0 && out.size() < MAX_STATEMENT_CANDIDATES; i--) {
            Open c = created.get(i);
            String day = c.first.day();
            boolean take;
            if (day == null) {
                // the latest undated ones are chosen before the article's own are left out
                take = undated++ < MAX_STATEMENT_CANDIDATES;
            } else {
                take = day.compareTo(lo) >= 0 && day.compareTo(hi) <= 0;
            }
            if (take && !c.articles.contains(article)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * One merge key's event reports, in ingest order: the first report is the event; every report
     * is a source, once per article and offset (the writer's {@code INSERT OR IGNORE}).
     */
    static Merged events(List<Report> reportsInOrder) {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (Report r : reportsInOrder) {
            sources.putIfAbsent(r.source().articleId() + "\u0000" + r.source().start(), r.source());
        }
        List<Source> ordered = new ArrayList<>(sources.values());
        ordered.sort(Source.EARLIEST);
        return new Merged(reportsInOrder.get(0), List.copyOf(ordered));
    }

    /** A group's reports in ingest order. */
    static List<Report> inOrder(Iterable<Report> reports) {
        List<Report> out = new ArrayList<>();
        reports.forEach(out::add);
        out.sort(Comparator.comparingLong(Report::order));
        return out;
    }

    /** The writer's event merge key ({@link dev.detente.store.merge.EventMergeKey}). */
    static String eventKey(String type, List<String> countries, List<String> actorKeys, String day, String articleId, int start) {
        return dev.detente.store.merge.EventMergeKey.of(type, countries, actorKeys, day, articleId, start);
    }
}
