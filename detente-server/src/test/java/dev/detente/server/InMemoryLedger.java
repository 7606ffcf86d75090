package dev.detente.server;

import dev.detente.store.LedgerQuery;
import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.ActorRow;
import dev.detente.store.Rows.ArticleRow;
import dev.detente.store.Rows.Change;
import dev.detente.store.Rows.ShiftConfidence;
import dev.detente.store.Rows.EventRow;
import dev.detente.store.Rows.IssueRow;
import dev.detente.store.Rows.Page;
import dev.detente.store.Rows.PairSummary;
import dev.detente.store.Rows.RoleSpell;
import dev.detente.store.Rows.StatementRow;
import dev.detente.store.Rows.StoreStats;
import dev.detente.store.Rows.TimelinePoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A small ledger held in memory for the server tests, with the filters applied as the store
 * documents them. Its articles are written for these tests; one of them is hostile (markup in
 * title and text) to prove the pages show it as text.
 */
final class InMemoryLedger implements LedgerReader {
    static final String HOSTILE_ID = "hostile-1";
    static final String TALKS_ID = "talks-1";
    static final String TALKS_COPY_ID = "talks-2";
    static final String TRADE_ID = "trade-1";

    private final List<ArticleRow> articles = new ArrayList<>();
    private final List<StatementRow> statements = new ArrayList<>();
    private final List<EventRow> events = new ArrayList<>();
    private final List<ActorRow> actors = new ArrayList<>();

    InMemoryLedger() {
        String talks = "VIENNA, March 3 (Northern Wire) - The foreign ministers of Russia and the United States met "
                + "in Vienna on Monday for the first time in a year. \"We had a frank and useful exchange on strategic "
                + "stability,\" Russian Foreign Minister Ivan Sorokin told reporters after the meeting. US Secretary of "
                + "State Laura Benson said both sides had agreed to resume expert talks on arms control next week.";
        article(TALKS_ID, "Russian and US ministers meet in Vienna", "2025-03-03", "Northern Wire", talks, null);
        article(TALKS_COPY_ID, "Russia, US agree to resume arms talks", "2025-03-04", "Coastal Times",
                talks.replace("Northern Wire", "Coastal Times"), TALKS_ID);
        String hostile = "MOSCOW, March 12 - A statement posted online read <script>window.__xss=1</script> and "
                + "<img src=x onerror=\"window.__xss=2\"> before it was removed. \"We reject these <b>threats</b> "
                + "completely,\" Ivan Sorokin said on Wednesday, warning Washington against new sanctions.";
        article(HOSTILE_ID, "<script>window.__xss=3</script> Moscow rejects threats", "2025-03-12", "Eastern Post",
                hostile, null);
        String trade = "BEIJING, March 5 - China's commerce ministry said on Wednesday that new US tariffs would harm "
                + "both economies. \"Trade wars have no winners,\" spokesperson Chen Lu said, adding that Beijing would "
                + "take countermeasures.";
        article(TRADE_ID, "China warns of countermeasures over tariffs", "2025-03-05", "Harbour Daily", trade, null);

        statement(1, TALKS_ID, talks, true, "We had a frank and useful exchange on strategic stability,",
                "ivan-sorokin", "Ivan Sorokin", "Foreign Minister", "RUS", "2025-03-03", List.of("arms-control"), 1.0,
                List.of("RUS", "USA"), List.of(TALKS_ID, TALKS_COPY_ID));
        statement(2, TALKS_ID, talks, false, "both sides had agreed to resume expert talks on arms control next week",
                "laura-benson", "Laura Benson", "Secretary of State", "USA", "2025-03-03", List.of("arms-control"), 1.5,
                List.of("RUS", "USA"), List.of(TALKS_ID, TALKS_COPY_ID));
        statement(3, HOSTILE_ID, hostile, true, "We reject these <b>threats</b> completely,", "ivan-sorokin",
                "Ivan Sorokin", "Foreign Minister", "RUS", "2025-03-12", List.of("sanctions"), -1.5,
                List.of("RUS", "USA"), List.of(HOSTILE_ID));
        statement(4, TRADE_ID, trade, true, "Trade wars have no winners,", "chen-lu", "Chen Lu", "spokesperson", "CHN",
                "2025-03-05", List.of("trade"), -1.0, List.of("CHN", "USA"), List.of(TRADE_ID));

        event(1, TALKS_ID, talks, "CONSULT", "met in Vienna on Monday", List.of("Russia", "United States"), "RUS", "USA",
                "2025-03-03", "Vienna", 1.0, List.of("RUS", "USA"), List.of("arms-control"));
        event(2, HOSTILE_ID, hostile, "THREATEN", "warning Washington against new sanctions", List.of("Ivan Sorokin", "Washington"),
                "ivan-sorokin", "USA", "2025-03-12", null, -4.0, List.of("RUS", "USA"), List.of("sanctions"));
        event(3, TRADE_ID, trade, "THREATEN", "take countermeasures", List.of("China", "United States"), "CHN", "USA",
                "2025-03-05", null, -4.0, List.of("CHN", "USA"), List.of("trade"));

        actors.add(new ActorRow("ivan-sorokin", "Ivan Sorokin", "person", "RUS", List.of("Sorokin"),
                List.of(new RoleSpell("Foreign Minister", "RUS", "2025-03-03", "2025-03-12", TALKS_ID, 0, 12)), 2, 1));
        actors.add(new ActorRow("laura-benson", "Laura Benson", "person", "USA", List.of("Benson"),
                List.of(new RoleSpell("Secretary of State", "USA", "2025-03-03", "2025-03-03")), 1, 0));
        actors.add(new ActorRow("chen-lu", "Chen Lu", "person", "CHN", List.of(),
                List.of(new RoleSpell("spokesperson", "CHN", "2025-03-05", "2025-03-05"),
                        // a role as hostile text: the actor page shows it as text
                        new RoleSpell("<img src=x onerror=\"window.__xss=4\">", "CHN", "2025-03-06", "2025-03-06", HOSTILE_ID, 0, 6)),
                1, 0));
        actors.add(new ActorRow("RUS", "Russia", "country", "RUS", List.of("Moscow"), List.of(), 0, 1));
        actors.add(new ActorRow("USA", "United States", "country", "USA", List.of("Washington"), List.of(), 0, 2));
    }

    private void article(String id, String title, String published, String outlet, String text, String duplicateOf) {
        articles.add(new ArticleRow(id, "https://news.example/" + id, title, published, outlet, "en", text, duplicateOf, 0, 0));
    }

    private void statement(long id, String articleId, String text, boolean direct, String words, String speakerId,
                           String speaker, String role, String country, String saidOn, List<String> topics, double stance,
                           List<String> countries, List<String> sources) {
        int start = offset(text, words);
        statements.add(new StatementRow(id, articleId, direct, words, start, start + words.length(), speakerId, speaker,
                role, country, direct ? "said" : "said", saidOn, topics, stance, countries, 0.9, sources));
    }

    private void event(long id, String articleId, String text, String type, String evidence, List<String> names,
                       String source, String target, String date, String place, double weight, List<String> countries,
                       List<String> topics) {
        int start = offset(text, evidence);
        events.add(new EventRow(id, articleId, type, names, source, target, date, place, evidence, start,
                start + evidence.length(), weight, "asserted", countries, topics, List.of(articleId)));
    }

    private static int offset(String text, String words) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("fixture words not in text: " + words);
        }
        return start;
    }

    private static <T> Page<T> page(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        return new Page<>(List.copyOf(all.subList(from, Math.min(all.size(), from + limit))), all.size(), offset, limit);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    private static boolean inRange(String date, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return true;
        }
        if (date == null) {
            return false;
        }
        LocalDate d = LocalDate.parse(date);
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    private static boolean pairMatches(String pair, List<String> countries) {
        return pair == null || countries.containsAll(List.of(pair.split("-")));
    }

    @Override
    public Page<ArticleRow> articles(LedgerQuery q) {
        Predicate<ArticleRow> keep = a -> (q.text() == null || contains(a.title(), q.text()) || contains(a.text(), q.text()))
                && inRange(a.published(), q.from(), q.to());
        return page(articles.stream().filter(keep).sorted(Comparator.comparing(ArticleRow::published).reversed()).toList(),
                q.offset(), q.limit());
    }

    @Override
    public Optional<ArticleRow> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public List<ArticleRow> duplicates(String articleId) {
        return articles.stream().filter(a -> !a.id().equals(articleId))
                .filter(a -> articleId.equals(a.duplicateOf()) || a.id().equals(article(articleId).map(ArticleRow::duplicateOf).orElse(null)))
                .toList();
    }

    @Override
    public Page<StatementRow> statements(LedgerQuery q) {
        Predicate<StatementRow> keep = s -> (q.speaker() == null || contains(s.speakerName(), q.speaker()))
                && (q.country() == null || q.country().equalsIgnoreCase(s.speakerCountry()))
                && pairMatches(q.pair(), s.countries())
                && (q.topic() == null || s.topics().contains(q.topic()))
                && (q.kind() == null || s.direct() == q.kind().equals("direct"))
                && (q.actor() == null || q.actor().equals(s.speakerId()))
                && inRange(s.saidOn(), q.from(), q.to())
                && (q.text() == null || contains(s.text(), q.text()));
        return page(statements.stream().filter(keep).toList(), q.offset(), q.limit());
    }

    @Override
    public Page<EventRow> events(LedgerQuery q) {
        Predicate<EventRow> keep = e -> (q.type() == null || q.type().equalsIgnoreCase(e.type()))
                && (q.actor() == null || q.actor().equals(e.source()) || q.actor().equals(e.target()))
                && (q.country() == null || e.countries().contains(q.country()))
                && pairMatches(q.pair(), e.countries())
                && inRange(e.date(), q.from(), q.to())
                && (q.text() == null || contains(e.evidence(), q.text()));
        return page(events.stream().filter(keep).toList(), q.offset(), q.limit());
    }

    @Override
    public Page<ActorRow> actors(LedgerQuery q) {
        Predicate<ActorRow> keep = a -> (q.text() == null || contains(a.name(), q.text()))
                && (q.country() == null || q.country().equalsIgnoreCase(a.country()))
                && (q.type() == null || q.type().equals(a.kind()));
        return page(actors.stream().filter(keep).toList(), q.offset(), q.limit());
    }

    @Override
    public Optional<ActorRow> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public List<PairSummary> pairs() {
        return List.of(
                new PairSummary("RUS-USA", 3, 2, timeline("RUS-USA", "week"), changes(LocalDate.MIN, "RUS-USA").get(0)),
                new PairSummary("CHN-USA", 1, 1, timeline("CHN-USA", "week"), null));
    }

    @Override
    public List<TimelinePoint> timeline(String pair, String by) {
        if (pair.equals("RUS-USA")) {
            return switch (by) {
                case "day" -> List.of(new TimelinePoint("2025-03-03", 1.2, 0.6, 1.8, 1, 2),
                        new TimelinePoint("2025-03-12", -1.0, -1.8, -0.2, 1, 1));
                case "month" -> List.of(new TimelinePoint("2025-03", 0.4, -0.4, 1.2, 2, 3));
                default -> List.of(new TimelinePoint("2025-W10", 1.2, 0.6, 1.8, 1, 2),
                        new TimelinePoint("2025-W11", -1.0, -1.8, -0.2, 1, 1));
            };
        }
        if (pair.equals("CHN-USA")) {
            return List.of(new TimelinePoint(by.equals("day") ? "2025-03-05" : by.equals("month") ? "2025-03" : "2025-W10",
                    -1.0, -1.6, -0.4, 1, 1));
        }
        return List.of();
    }

    @Override
    public List<IssueRow> issues(String pair) {
        if (!pair.equals("RUS-USA")) {
            return List.of();
        }
        return List.of(
                new IssueRow("arms-control", "Arms control", "improving", statements.subList(0, 2), events.subList(0, 1)),
                new IssueRow("sanctions", "Sanctions", "worsening", statements.subList(2, 3), events.subList(1, 2)));
    }

    @Override
    public dev.detente.store.Rows.FlowPage flows(String pair, int offset, int limit) {
        java.util.Map<List<String>, java.util.Map<String, Integer>> byFlow = new java.util.LinkedHashMap<>();
        for (EventRow e : events) {
            if (pairOf(e.countries()).equals(pair)) {
                byFlow.computeIfAbsent(java.util.Arrays.asList(e.source(), e.target()), k -> new java.util.TreeMap<>())
                        .merge(e.type(), 1, Integer::sum);
            }
        }
        List<dev.detente.store.Rows.Flow> out = new ArrayList<>();
        byFlow.forEach((k, types) -> out.add(new dev.detente.store.Rows.Flow(k.get(0), name(k.get(0)), countryOf(k.get(0)),
                k.get(1), name(k.get(1)), countryOf(k.get(1)), types.values().stream().mapToInt(Integer::intValue).sum(),
                types.entrySet().stream().map(t -> new dev.detente.store.Rows.TypeCount(t.getKey(), t.getValue())).toList())));
        out.sort(java.util.Comparator.comparingInt(f -> -f.events()));
        return dev.detente.store.Rows.FlowPage.of(pair, out, offset, limit);
    }

    @Override
    public List<dev.detente.store.Rows.TypeMonth> eventCounts(String pair) {
        java.util.Map<List<String>, Integer> counts = new java.util.TreeMap<>(java.util.Comparator
                .comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (EventRow e : events) {
            if (pairOf(e.countries()).equals(pair)) {
                counts.merge(List.of(e.date().substring(0, 7), e.type()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().map(c -> new dev.detente.store.Rows.TypeMonth(c.getKey().get(0), c.getKey().get(1),
                c.getValue())).toList();
    }

    private static String pairOf(List<String> countries) {
        return countries.stream().sorted().collect(java.util.stream.Collectors.joining("-"));
    }

    private String name(String key) {
        return actor(key).map(ActorRow::name).orElse(null);
    }

    private String countryOf(String key) {
        return actor(key).map(ActorRow::country).orElse(null);
    }

    @Override
    public Page<Change> changes(LocalDate since, String pair, int offset, int limit) {
        List<Change> all = List.of(new Change("2025-W11", 1.2, -1.0, List.of(3L), List.of(2L),
                "Moscow rejected threats and warned against sanctions", null, 2.1, ShiftConfidence.SIGNIFICANT));
        return page(all.stream().filter(c -> pair == null || pair.equals("RUS-USA"))
                .filter(c -> since.isBefore(LocalDate.of(2025, 3, 17))).toList(), offset, limit);
    }

    @Override
    public Page<StatementRow> search(String text, int offset, int limit) {
        return page(statements.stream().filter(s -> contains(s.text(), text)
                || article(s.articleId()).map(a -> contains(a.text(), text)).orElse(false)).toList(), offset, limit);
    }

    @Override
    public StoreStats stats() {
        return new StoreStats(articles.size(), statements.size(), events.size(), actors.size(), "2025-03-03", "2025-03-12",
                articles.stream().map(ArticleRow::outlet).distinct().toList(), List.of("en"), 1);
    }

    @Override
    public void close() {
    }
}
