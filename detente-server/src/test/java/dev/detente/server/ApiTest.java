package dev.detente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API over HTTP, against a server on a free port serving a small in-memory ledger. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LedgerServer server;
    private static String base;

    @BeforeAll
    static void start() {
        var api = new LedgerApi(new InMemoryLedger(), new ArticleAnnotator(FixtureLayersStage.analyzer()));
        server = LedgerServer.start(api, "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Reply(int status, JsonNode body, HttpResponse<String> raw) {
    }

    static Reply get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = r.headers().firstValue("content-type").orElse("").startsWith("application/json")
                ? JSON.readTree(r.body()) : null;
        return new Reply(r.statusCode(), body, r);
    }

    @Test
    void articlesArePagedAndFiltered() throws Exception {
        Reply all = get("/api/articles");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().get("total").asInt()).isEqualTo(4);
        assertThat(all.body().get("limit").asInt()).isEqualTo(LedgerApi.DEFAULT_LIMIT);
        Reply second = get("/api/articles?offset=1&limit=1");
        assertThat(second.body().get("items")).hasSize(1);
        assertThat(second.body().get("offset").asInt()).isEqualTo(1);
        assertThat(get("/api/articles?text=tariffs").body().get("total").asInt()).isEqualTo(1);
        assertThat(get("/api/articles?from=2025-03-05&to=2025-03-12").body().get("total").asInt()).isEqualTo(2);
    }

    @Test
    void articleComesWithItsDuplicates() throws Exception {
        Reply r = get("/api/articles/" + InMemoryLedger.TALKS_ID);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().at("/article/title").asText()).contains("Vienna");
        assertThat(r.body().get("duplicates")).extracting(d -> d.get("id").asText()).containsExactly(InMemoryLedger.TALKS_COPY_ID);
    }

    @Test
    void annotationsCarryTheStoredText() throws Exception {
        Reply r = get("/api/articles/" + InMemoryLedger.HOSTILE_ID + "/annotations");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("text").asText()).contains("<script>window.__xss=1</script>");
        for (JsonNode a : r.body().get("annotations")) {
            assertThat(a.get("start").asInt()).isLessThan(a.get("end").asInt());
            assertThat(a.get("end").asInt()).isLessThanOrEqualTo(r.body().get("text").asText().length());
        }
    }

    @Test
    void annotationsHaveEveryLayerWithTheWordsTheyPointAt() throws Exception {
        JsonNode body = get("/api/articles/" + InMemoryLedger.TALKS_ID + "/annotations").body();
        String text = body.get("text").asText();
        Map<String, List<String>> byLayer = new java.util.TreeMap<>();
        for (JsonNode a : body.get("annotations")) {
            byLayer.computeIfAbsent(a.get("layer").asText(), k -> new ArrayList<>())
                    .add(text.substring(a.get("start").asInt(), a.get("end").asInt()));
        }
        assertThat(byLayer).containsOnlyKeys("statement", "cue", "speaker", "actor", "date", "event");
        assertThat(byLayer.get("statement")).containsExactly("We had a frank and useful exchange on strategic stability,");
        assertThat(byLayer.get("speaker")).containsExactly("Ivan Sorokin");
        assertThat(byLayer.get("actor")).contains("Russia", "United States", "Vienna");
        assertThat(byLayer.get("date")).contains("March 3", "Monday");
        assertThat(byLayer.get("event")).containsExactly("met in Vienna on Monday");
    }

    @Test
    void statementFiltersNarrowTheResults() throws Exception {
        assertThat(total("/api/statements")).isEqualTo(4);
        assertThat(total("/api/statements?speaker=sorokin")).isEqualTo(2);
        assertThat(total("/api/statements?country=chn")).isEqualTo(1);
        assertThat(total("/api/statements?pair=usa-rus")).isEqualTo(3);
        assertThat(total("/api/statements?topic=arms-control")).isEqualTo(2);
        assertThat(total("/api/statements?kind=reported")).isEqualTo(1);
        assertThat(total("/api/statements?actor=chen-lu")).isEqualTo(1);
        assertThat(total("/api/statements?from=2025-03-04&to=2025-03-31")).isEqualTo(2);
        assertThat(total("/api/statements?text=winners")).isEqualTo(1);
        JsonNode s = get("/api/statements?text=winners").body().at("/items/0");
        assertThat(s.get("start").asInt()).isLessThan(s.get("end").asInt());
        assertThat(s.get("sourceArticles")).isNotEmpty();
    }

    @Test
    void eventsActorsAndPairs() throws Exception {
        assertThat(total("/api/events")).isEqualTo(3);
        assertThat(total("/api/events?type=THREATEN&pair=CHN-USA")).isEqualTo(1);
        assertThat(total("/api/actors?type=person")).isEqualTo(3);
        assertThat(total("/api/actors?country=USA")).isEqualTo(2);
        Reply actor = get("/api/actors/ivan-sorokin");
        assertThat(actor.body().at("/actor/roles/0/role").asText()).isEqualTo("Foreign Minister");
        assertThat(actor.body().at("/actor/roles/0/from").asText()).isEqualTo("2025-03-03");
        assertThat(actor.body().at("/actor/roles/0/to").asText()).isEqualTo("2025-03-12");
        assertThat(actor.body().at("/actor/roles/0/article").asText()).isEqualTo(InMemoryLedger.TALKS_ID);
        assertThat(actor.body().at("/actor/roles/0/start").asInt()).isZero();
        assertThat(actor.body().at("/actor/roles/0/end").asInt()).isEqualTo(12);
        assertThat(actor.body().at("/statements/total").asInt()).isEqualTo(2);
        Reply pairs = get("/api/pairs");
        assertThat(pairs.body()).extracting(p -> p.get("pair").asText()).contains("RUS-USA", "CHN-USA");
        assertThat(pairs.body().at("/0/series")).isNotEmpty();
    }

    @Test
    void flowsSayWhoActsOnWhomAndEventCountsArePerTypeAndMonth() throws Exception {
        JsonNode page = get("/api/flows?pair=RUS-USA").body();
        JsonNode flows = page.get("items");
        assertThat(flows).hasSize(2);
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("more").asInt()).isZero();
        assertThat(page.get("directions")).extracting(d -> d.get("source").asText() + ">" + d.get("target").asText()
                + " " + d.get("events").asInt()).containsExactly("RUS>USA 2");
        // the top flow only: the rest is counted, the directions still sum every flow
        JsonNode top = get("/api/flows?pair=RUS-USA&limit=1").body();
        assertThat(top.get("items")).hasSize(1);
        assertThat(top.get("total").asInt()).isEqualTo(2);
        assertThat(top.get("more").asInt()).isEqualTo(1);
        assertThat(top.at("/directions/0/events").asInt()).isEqualTo(2);
        assertThat(get("/api/flows?pair=RUS-USA&limit=0").status()).isEqualTo(400);
        assertThat(flows).extracting(f -> f.get("source").asText() + ">" + f.get("target").asText())
                .containsExactlyInAnyOrder("RUS>USA", "ivan-sorokin>USA");
        JsonNode threat = flows.get(1);
        assertThat(threat.get("sourceCountry").asText()).isEqualTo("RUS");
        assertThat(threat.at("/types/0/type").asText()).isEqualTo("THREATEN");
        JsonNode counts = get("/api/event-counts?pair=RUS-USA").body();
        assertThat(counts).extracting(c -> c.get("month").asText() + " " + c.get("type").asText() + " " + c.get("events").asInt())
                .containsExactly("2025-03 CONSULT 1", "2025-03 THREATEN 1");
        assertThat(get("/api/flows?pair=AAA-ZZZ").body().get("items")).isEmpty();
        assertThat(get("/api/flows").status()).isEqualTo(400);
    }

    @Test
    void timelineIssuesChangesSearchStats() throws Exception {
        assertThat(get("/api/timeline?pair=RUS-USA").body()).hasSize(2);
        assertThat(get("/api/timeline?pair=RUS-USA&by=month").body().at("/0/period").asText()).isEqualTo("2025-03");
        JsonNode point = get("/api/timeline?pair=RUS-USA&by=day").body().get(0);
        assertThat(point.get("low").asDouble()).isLessThanOrEqualTo(point.get("index").asDouble());
        assertThat(get("/api/issues?pair=RUS-USA").body()).extracting(i -> i.get("issue").asText())
                .containsExactly("arms-control", "sanctions");
        assertThat(get("/api/changes?since=2025-03-01").body().get("items")).hasSize(1);
        assertThat(get("/api/changes?since=2025-03-01").body().get("total").asInt()).isEqualTo(1);
        assertThat(get("/api/changes?since=2025-03-01&offset=1").body().get("items")).isEmpty();
        assertThat(get("/api/changes?since=2025-04-01&pair=RUS-USA").body().get("items")).isEmpty();
        assertThat(get("/api/search?q=countermeasures").body().get("total").asInt()).isEqualTo(1);
        assertThat(get("/api/stats").body().get("articles").asInt()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/statements?from=2025-13-01 | 400 | bad date '2025-13-01'",
        "/api/statements?from=yesterday | 400 | expected YYYY-MM-DD",
        "/api/statements?from=2025-03-10&to=2025-03-01 | 400 | is after 'to'",
        "/api/timeline?pair=RUS-USA&by=year | 400 | expected one of day, week, month",
        "/api/timeline?pair=RUSSIA-USA | 400 | bad pair 'RUSSIA-USA'",
        "/api/timeline?pair=RUS-RUS | 400 | bad pair",
        "/api/timeline | 400 | 'pair' is required",
        "/api/issues?pair=RUS_USA | 400 | bad pair",
        "/api/statements?country=Russia | 400 | bad country 'Russia'",
        "/api/changes | 400 | 'since' is required",
        "/api/search | 400 | 'q' is required",
        "/api/statements?limit=0 | 400 | out of range [1, 500]",
        "/api/statements?limit=501 | 400 | out of range [1, 500]",
        "/api/statements?offset=-1 | 400 | out of range",
        "/api/statements?limit=ten | 400 | not a whole number",
        "/api/statements?kind=rumoured | 400 | expected one of direct, reported",
        "/api/statements?speekar=x | 400 | unknown parameter 'speekar'",
        "/api/statements?speaker=a&speaker=b | 400 | more than once",
        "/api/statements?speaker= | 400 | is empty",
        "/api/actors?type=robot | 400 | expected one of person",
        "/api/articles/nope | 404 | no article with id 'nope'",
        "/api/articles/nope/annotations | 404 | no article with id 'nope'",
        "/api/actors/nope | 404 | no actor with id 'nope'",
        "/api/nothing-here | 404 | no such route",
    })
    void badParametersGetAClearJsonError(String path, int status, String message) throws Exception {
        Reply r = get(path);
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.body()).as("JSON error body for " + path).isNotNull();
        assertThat(r.body().get("status").asInt()).isEqualTo(status);
        assertThat(r.body().get("error").asText()).contains(message);
    }

    @Test
    void openApiDocumentsEveryRouteAndEveryParameter() throws Exception {
        Reply r = get("/api/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        JsonNode doc = r.body();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/articles", "/api/articles/{id}", "/api/articles/{id}/annotations",
                "/api/statements", "/api/events", "/api/actors", "/api/actors/{id}", "/api/pairs", "/api/timeline",
                "/api/issues", "/api/flows", "/api/event-counts", "/api/changes", "/api/search", "/api/stats", "/api/openapi.json");
        // every documented route answers, with example values for its required parameters
        Map<String, String> examples = Map.of("id", "", "pair", "RUS-USA", "since", "2025-03-01", "q", "talks");
        for (String path : paths) {
            JsonNode get = doc.at("/paths/" + path.replace("~", "~0").replace("/", "~1") + "/get");
            String url = path.replace("/api/articles/{id}", "/api/articles/" + InMemoryLedger.TALKS_ID)
                    .replace("/api/actors/{id}", "/api/actors/ivan-sorokin");
            List<String> query = new ArrayList<>();
            for (JsonNode p : get.get("parameters")) {
                assertThat(p.get("description").asText()).as(path + " " + p.get("name")).isNotBlank();
                if (p.get("required").asBoolean() && p.get("in").asText().equals("query")) {
                    query.add(p.get("name").asText() + "=" + examples.get(p.get("name").asText()));
                }
            }
            Reply answer = get(url + (query.isEmpty() ? "" : "?" + String.join("&", query)));
            assertThat(answer.status()).as(url).isEqualTo(200);
            assertThat(get.at("/responses/200/content/application~1json/schema").isMissingNode()).isFalse();
        }
        // every referenced schema is defined, and the answer fields match the documented properties
        JsonNode schemas = doc.at("/components/schemas");
        for (String ref : refs(doc)) {
            assertThat(schemas.has(ref.substring("#/components/schemas/".length()))).as(ref).isTrue();
        }
        JsonNode statement = get("/api/statements").body().at("/items/0");
        List<String> documented = new ArrayList<>();
        schemas.at("/StatementRow/properties").fieldNames().forEachRemaining(documented::add);
        List<String> answered = new ArrayList<>();
        statement.fieldNames().forEachRemaining(answered::add);
        assertThat(answered).containsExactlyInAnyOrderElementsOf(documented);
    }

    private static List<String> refs(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                if (e.getKey().equals("$ref")) {
                    out.add(e.getValue().asText());
                } else {
                    out.addAll(refs(e.getValue()));
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> out.addAll(refs(n)));
        }
        return out;
    }

    @Test
    void pagesAndAssetsAreServedWithASafePolicy() throws Exception {
        for (String page : List.of("/", "/pair/RUS-USA", "/statements", "/actor/ivan-sorokin", "/article/" + InMemoryLedger.TALKS_ID)) {
            Reply r = get(page);
            assertThat(r.status()).as(page).isEqualTo(200);
            assertThat(r.raw().body()).contains("/assets/app.js");
            assertThat(r.raw().headers().firstValue("content-security-policy").orElse("")).contains("script-src 'self'");
        }
        assertThat(get("/assets/app.js").status()).isEqualTo(200);
        assertThat(get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").status()).isEqualTo(200);
        assertThat(get("/no/such/page").status()).isEqualTo(404);
    }

    private static int total(String path) throws Exception {
        Reply r = get(path);
        assertThat(r.status()).as(path + ": " + r.raw().body()).isEqualTo(200);
        return r.body().get("total").asInt();
    }
}
