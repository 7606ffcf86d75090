package dev.detente.server;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers (a malformed request line, a URI or header too long, an error before
 * the router) as the API's JSON {@code {"status":…, "error":…}} with the same security headers as
 * every other response, instead of Jetty's HTML page.
 */
final class JsonErrorPages extends ErrorHandler {
    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        int status = response.getStatus() < 400 ? 500 : response.getStatus();
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String reason = message instanceof String s && !s.isBlank() ? s : HttpStatus.getMessage(status);
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        SecurityHeaders.HEADERS.forEach(response::setHeader);
        response.setContentType("application/json;charset=utf-8");
        response.getOutputStream().write(json(status, reason).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.HEADERS.forEach(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        return ByteBuffer.wrap(json(status, reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason)
                .getBytes(StandardCharsets.UTF_8));
    }

    static String json(int status, String reason) {
        StringBuilder b = new StringBuilder("{\"status\":").append(status).append(",\"error\":\"");
        for (int i = 0; i < reason.length(); i++) {
            char c = reason.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append("\"}").toString();
    }
}
