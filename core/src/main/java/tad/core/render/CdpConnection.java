package tad.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A Chrome DevTools Protocol connection over the browser's WebSocket (the JDK's own client: it only ever talks to
 * the local browser process). Commands get their answer by id; events are handed to the listener registered for
 * their session. Flat sessions: one socket, many targets.
 */
final class CdpConnection implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocket socket;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<String, Consumer<JsonNode>> sessions = new ConcurrentHashMap<>();

    private CdpConnection(WebSocket.Builder builder, URI endpoint) throws IOException {
        try {
            this.socket = builder.buildAsync(endpoint, new Listener()).get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to the browser", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot connect to the browser at " + endpoint.getPort(), e);
        }
    }

    static CdpConnection open(URI endpoint) throws IOException {
        return new CdpConnection(HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10)), endpoint);
    }

    /** Sends a command (to a session, or to the browser when {@code sessionId} is null) and waits for its answer. */
    JsonNode call(String sessionId, String method, ObjectNode params, Duration timeout) throws IOException {
        long id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params == null ? JSON.createObjectNode() : params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            synchronized (socket) {
                socket.sendText(message.toString(), true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            JsonNode reply = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (reply.has("error")) {
                throw new IOException(method + " failed: " + reply.get("error").path("message").asText());
            }
            return reply.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + method, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(method + " got no answer in " + timeout.toMillis() + " ms", e);
        } finally {
            pending.remove(id);
        }
    }

    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    void onEvents(String sessionId, Consumer<JsonNode> listener) {
        sessions.put(sessionId, listener);
    }

    void forget(String sessionId) {
        sessions.remove(sessionId);
    }

    private void dispatch(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (IOException e) {
            return;
        }
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.get(message.get("id").asLong());
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        Consumer<JsonNode> listener = sessions.get(message.path("sessionId").asText(""));
        if (listener != null) {
            listener.accept(message);
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        socket.abort();
    }

    /** Joins fragmented text frames and dispatches each whole message. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String whole = partial.toString();
                partial.setLength(0);
                dispatch(whole);
            }
            webSocket.request(1);
            return null;
        }
    }
}
