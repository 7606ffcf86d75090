package dev.detente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.detente.pipeline.AnalysisOptions;
import dev.detente.pipeline.Pipelines;
import dev.detente.server.ApiResponses.ApiError;
import dev.detente.store.LedgerReader;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard and the API over one ledger. Pages are one HTML shell and a script that builds
 * every element from API data with textContent (never markup), assets come from the jar, and the
 * Content-Security-Policy forbids inline and foreign scripts, so article text cannot run as code.
 */
public final class LedgerServer implements AutoCloseable {
    public static final String DEFAULT_HOST = "127.0.0.1";
    static final List<String> PAGES = List.of("/", "/pair/{pair}", "/statements", "/actor/{id}", "/article/{id}");

    private static final String ERROR_SENT = "detente.error-sent";
    private final Javalin app;
    private final String host;

    private LedgerServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /** Serves a ledger with the standard pipeline as the annotator of its articles. */
    public static LedgerServer start(LedgerReader ledger, String host, int port) {
        var annotator = new ArticleAnnotator(Pipelines.standard(AnalysisOptions.defaults()));
        return start(new LedgerApi(ledger, annotator), host, port);
    }

    /** Starts serving on host:port (port 0 picks a free one). */
    public static LedgerServer start(LedgerApi api, String host, int port) {
        ObjectMapper json = new ObjectMapper();
        String shell = resource("/web/index.html");
        // the description is itself a route of the table it describes
        ObjectNode[] openApi = new ObjectNode[1];
        List<ApiRoute> routes = new ArrayList<>(api.routes());
        routes.add(new ApiRoute("/api/openapi.json", "This description of the API (OpenAPI 3).", List.of(),
                ApiRoute.Shape.free(), q -> openApi[0]));
        openApi[0] = OpenApiDocument.of(routes, json);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.router.ignoreTrailingSlashes = true;
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorPages()));
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorPages()));
        });
        app.before(ctx -> {
            SecurityHeaders.add(ctx);
            SecurityHeaders.checkHost(ctx, host);
        });
        for (ApiRoute route : routes) {
            app.get(route.path(), ctx -> ctx.json(route.handler().apply(ApiRequest.of(ctx, route.params()))));
        }
        for (String page : PAGES) {
            app.get(page, ctx -> ctx.html(shell));
        }
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e.getClass().getSimpleName()));
        for (int status : new int[] {400, 403, 405, 413, 414, 431, 500, 503}) {
            app.error(status, ctx -> {
                if (ctx.attribute(ERROR_SENT) == null) {
                    error(ctx, status, io.javalin.http.HttpStatus.forStatus(status).getMessage().toLowerCase(java.util.Locale.ROOT));
                }
            });
        }
        app.error(404, ctx -> {
            if (ctx.attribute(ERROR_SENT) == null) {
                if (ctx.path().startsWith("/api/")) {
                    error(ctx, 404, "no such route: " + ctx.path());
                } else {
                    ctx.html("<!doctype html><title>Not found</title><p>Not found. <a href=\"/\">Overview</a></p>");
                }
            }
        });
        app.start(host, port);
        return new LedgerServer(app, host);
    }

    private static void error(Context ctx, int status, String message) {
        ctx.attribute(ERROR_SENT, Boolean.TRUE);
        ctx.status(status).json(new ApiError(status, message));
    }

    private static String resource(String path) {
        try (InputStream in = LedgerServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether only this machine can connect (the server listens on a loopback address). */
    public boolean loopback() {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
