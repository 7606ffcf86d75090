package dev.detente.server;

import dev.detente.server.ApiResponses.ActorDetail;
import dev.detente.server.ApiResponses.AnnotatedText;
import dev.detente.server.ApiResponses.ArticleDetail;
import dev.detente.server.ApiRoute.Shape;
import dev.detente.store.LedgerQuery;
import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.ActorRow;
import dev.detente.store.Rows.ArticleRow;
import dev.detente.store.Rows.Change;
import dev.detente.store.Rows.EventRow;
import dev.detente.store.Rows.FlowPage;
import dev.detente.store.Rows.IssueRow;
import dev.detente.store.Rows.PairSummary;
import dev.detente.store.Rows.StatementRow;
import dev.detente.store.Rows.StoreStats;
import dev.detente.store.Rows.TimelinePoint;
import dev.detente.store.Rows.TypeMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The API's route table: every route, its parameters and its handler over the ledger. */
public final class LedgerApi {
    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    private static final ApiParam OFFSET = ApiParam.integer("offset", "How many items to skip.", 0, 0, 10_000_000);
    private static final ApiParam LIMIT = ApiParam.integer("limit", "How many items to return.", DEFAULT_LIMIT, 1, MAX_LIMIT);
    /** A pair's flows: the top ones say who acts on whom (the rest is counted in the answer). */
    private static final ApiParam FLOW_LIMIT = ApiParam.integer("limit", "How many flows to return, most events first.", 25, 1,
            MAX_LIMIT);
    private static final ApiParam SPEAKER = ApiParam.text("speaker", "Speaker name (part of it, case-insensitive).");
    private static final ApiParam COUNTRY = ApiParam.country("country", "Country, ISO 3166 alpha-3 (e.g. RUS), any case.");
    private static final ApiParam PAIR = ApiParam.pair("pair", "Country pair, two alpha-3 codes, e.g. RUS-USA (either order).");
    private static final ApiParam STATEMENT_PAIR = ApiParam.pair("pair",
            "Country pair, e.g. RUS-USA (either order): statements by one side about the other, or with a stance on the pair.");
    private static final ApiParam SPEAKER_COUNTRY = ApiParam.country("speakerCountry", "The speaker's country, alpha-3.");
    private static final ApiParam ABOUT = ApiParam.country("about", "A country the statement is about, alpha-3.");
    private static final ApiParam TOPIC = ApiParam.text("topic", "Issue id from the issue taxonomy.");
    private static final ApiParam KIND = ApiParam.oneOf("kind", "Direct quotations or reported statements.", "direct", "reported");
    private static final ApiParam EVENT_TYPE = ApiParam.text("type", "PLOVER event type (e.g. CONSULT).");
    private static final ApiParam ACTOR_TYPE = ApiParam.oneOf("type", "Actor kind.", "person", "organization", "country", "place");
    private static final ApiParam ACTOR = ApiParam.text("actor", "Actor id or exact name: the statements it made.");
    private static final ApiParam EVENT_ACTOR = ApiParam.text("actor", "Actor id or name (or part of it): the events it takes part in.");
    private static final ApiParam FROM = ApiParam.date("from", "First date, YYYY-MM-DD (inclusive); undated items are left out.");
    private static final ApiParam TO = ApiParam.date("to", "Last date, YYYY-MM-DD (inclusive); undated items are left out.");
    private static final ApiParam TEXT = ApiParam.text("text", "Full-text search.");

    private final LedgerReader ledger;
    private final ArticleAnnotator annotator;
    private final List<ApiRoute> routes;

    public LedgerApi(LedgerReader ledger, ArticleAnnotator annotator) {
        this.ledger = ledger;
        this.annotator = annotator;
        this.routes = build();
    }

    public List<ApiRoute> routes() {
        return routes;
    }

    private List<ApiRoute> build() {
        List<ApiRoute> r = new ArrayList<>();
        r.add(new ApiRoute("/api/articles", "Articles in the ledger, latest first.",
                paged(TEXT, COUNTRY, PAIR, FROM, TO), Shape.page(ArticleRow.class),
                q -> ledger.articles(query(q))));
        r.add(new ApiRoute("/api/articles/{id}", "One article with the same story from other outlets.",
                List.of(ApiParam.path("id", "Article id.")), Shape.object(ArticleDetail.class),
                q -> {
                    ArticleRow article = article(q.text("id"));
                    return new ArticleDetail(article, ledger.duplicates(article.id()));
                }));
        r.add(new ApiRoute("/api/articles/{id}/annotations",
                "The article's text with speakers, quotes, cues, dates, events and actors as offsets.",
                List.of(ApiParam.path("id", "Article id.")), Shape.object(AnnotatedText.class),
                q -> annotator.annotate(article(q.text("id")))));
        r.add(new ApiRoute("/api/statements", "Statements, direct and reported, with their speakers and sources.",
                paged(SPEAKER, COUNTRY, SPEAKER_COUNTRY, ABOUT, STATEMENT_PAIR, TOPIC, KIND, ACTOR, FROM, TO, TEXT),
                Shape.page(StatementRow.class),
                q -> ledger.statements(query(q))));
        r.add(new ApiRoute("/api/events", "PLOVER-coded events with actors, date and place.",
                paged(EVENT_TYPE, EVENT_ACTOR, COUNTRY, PAIR, TOPIC, FROM, TO, TEXT), Shape.page(EventRow.class),
                q -> ledger.events(query(q))));
        r.add(new ApiRoute("/api/actors", "People, organisations and countries of the ledger.",
                paged(TEXT, COUNTRY, ACTOR_TYPE), Shape.page(ActorRow.class),
                q -> ledger.actors(query(q))));
        r.add(new ApiRoute("/api/actors/{id}", "One actor with its roles over time, statements and events.",
                List.of(ApiParam.path("id", "Actor id."), OFFSET, LIMIT), Shape.object(ActorDetail.class),
                this::actor));
        r.add(new ApiRoute("/api/pairs", "The country pairs of the ledger, each with its index series and latest change.",
                List.of(), Shape.list(PairSummary.class), q -> ledger.pairs()));
        r.add(new ApiRoute("/api/timeline", "The relations index of a pair over time, with its uncertainty band and counts.",
                List.of(PAIR.asRequired(), ApiParam.oneOf("by", "Period of each point (default week).", "day", "week", "month")),
                Shape.list(TimelinePoint.class),
                q -> ledger.timeline(q.text("pair"), q.text("by") == null ? "week" : q.text("by"))));
        r.add(new ApiRoute("/api/issues", "The issue board of a pair: each issue's latest statements and events, and its trend.",
                List.of(PAIR.asRequired()), Shape.list(IssueRow.class), q -> ledger.issues(q.text("pair"))));
        r.add(new ApiRoute("/api/flows", "Who acts on whom in a pair: its events by source and target actor (with their "
                + "countries), with the count per PLOVER type; the flows with the most events first, with how many more there "
                + "are and the events per country direction over all of them.",
                List.of(PAIR.asRequired(), OFFSET, FLOW_LIMIT), Shape.object(FlowPage.class),
                q -> ledger.flows(q.text("pair"), q.integer("offset"), q.integer("limit"))));
        r.add(new ApiRoute("/api/event-counts", "A pair's events counted per PLOVER type and month (month null: undated).",
                List.of(PAIR.asRequired()), Shape.list(TypeMonth.class), q -> ledger.eventCounts(q.text("pair"))));
        r.add(new ApiRoute("/api/changes", "What moved since a date: periods where a relationship shifted, and why; newest first, "
                + "with the total.",
                List.of(ApiParam.date("since", "First date, YYYY-MM-DD.").asRequired(), PAIR, OFFSET, LIMIT),
                Shape.page(Change.class),
                q -> ledger.changes(q.date("since"), q.text("pair"), q.integer("offset"), q.integer("limit"))));
        r.add(new ApiRoute("/api/search", "Full-text search over statements (FTS5 syntax), best first among the newest "
                + "1,000 matches; total stops at 1,000 (capped).",
                List.of(ApiParam.text("q", "Words to find.").asRequired(), OFFSET, LIMIT), Shape.page(StatementRow.class),
                q -> ledger.search(q.text("q"), q.integer("offset"), q.integer("limit"))));
        r.add(new ApiRoute("/api/stats", "Counts, date range, sources and languages of the ledger.",
                List.of(), Shape.object(StoreStats.class), q -> ledger.stats()));
        return List.copyOf(r);
    }

    private ActorDetail actor(ApiRequest q) {
        ActorRow actor = ledger.actor(q.text("id"))
                .orElseThrow(() -> ApiException.notFound("no actor with id '" + q.text("id") + "'"));
        // exactly this actor: its key, not a name that others may share
        var byActor = new LedgerQuery(null, null, null, null, null, null, actor.id(), null, null, null,
                q.integer("offset"), q.integer("limit"));
        return new ActorDetail(actor, ledger.statements(byActor), ledger.events(byActor));
    }

    private ArticleRow article(String id) {
        return ledger.article(id).orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
    }

    private static List<ApiParam> paged(ApiParam... filters) {
        return Stream.concat(Stream.of(filters), Stream.of(OFFSET, LIMIT)).toList();
    }

    /** The request's filters as a ledger query; the route's parameter list decides which are set. */
    static LedgerQuery query(ApiRequest q) {
        return new LedgerQuery(q.text("speaker"), q.text("country"), q.text("pair"), q.text("topic"), q.text("kind"),
                q.text("type"), q.text("actor"), q.date("from"), q.date("to"), q.text("text"),
                q.integer("offset"), q.integer("limit"), q.text("speakerCountry"), q.text("about"));
    }
}
