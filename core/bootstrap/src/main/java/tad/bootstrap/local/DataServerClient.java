package tad.bootstrap.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import tad.core.sync.IndexFollower;
import tad.core.sync.IndexRebuild;

/** Asks a running data server, over its control endpoint, for what only it may do (see {@link ControlEndpoint}). */
public final class DataServerClient {
    private static final Duration CONNECT = Duration.ofSeconds(5);
    /** A rebuild or a vacuum of a large store takes a while; a loaded machine slows everything. */
    private static final Duration WORK = Duration.ofMinutes(30);

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT).build();

    DataServerClient(DataServerInfo info) {
        this.base = info.controlEndpoint();
        this.token = info.token();
    }

    java.net.URI endpoint() {
        return base;
    }

    /** Whether the server answers within {@code timeout}. */
    boolean healthy(Duration timeout) {
        try {
            return send("GET", "/health", timeout).startsWith("ok");
        } catch (RuntimeException e) {
            return false;
        }
    }

    void register(long pid) {
        send("POST", "/clients/register?pid=" + pid, CONNECT.multipliedBy(6));
    }

    void leave(long pid) {
        send("POST", "/clients/leave?pid=" + pid, CONNECT.multipliedBy(6));
    }

    /** Applies everything on the store's stream to the index now and commits; returns the records read. */
    public int sync() {
        return Integer.parseInt(send("POST", "/sync", WORK));
    }

    public IndexFollower.Lag lag() {
        String[] parts = send("GET", "/lag", WORK).split(" ");
        return new IndexFollower.Lag(Integer.parseInt(parts[0]), parts[1].equals("-") ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli(Long.parseLong(parts[1]))));
    }

    public void withdraw(String artistId) {
        send("POST", "/index/withdraw?id=" + URLEncoder.encode(artistId, StandardCharsets.UTF_8), WORK);
    }

    public void expungeDeletes() {
        send("POST", "/index/expunge", WORK);
    }

    public IndexRebuild.Result rebuild() {
        String[] parts = send("POST", "/index/rebuild", WORK).split(" ");
        return new IndexRebuild.Result(Integer.parseInt(parts[0]), Long.parseLong(parts[1]),
                Duration.ofMillis(Long.parseLong(parts[2])));
    }

    public void compact() {
        send("POST", "/compact", WORK);
    }

    public void stop() {
        send("POST", "/stop", CONNECT.multipliedBy(6));
    }

    private String send(String method, String path, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header(ControlEndpoint.TOKEN_HEADER, token).method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the local data server refused " + path + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("the local data server did not answer " + path + " (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the local data server for " + path, e);
        }
    }
}
