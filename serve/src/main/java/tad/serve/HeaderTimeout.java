package tad.serve;

import io.helidon.common.buffers.BufferData;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionListener;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection whose client sent a request line but not, within {@code serve.header.timeout.ms}, the end of
 * its headers (a slow-headers, "slowloris", client). Helidon SE 4.5 has no such timeout: its idle check skips a
 * connection once the request line is read ({@code Http1Connection.canInterrupt} is true only while the request line
 * is read), and it applies no socket read timeout to the connections it accepts ({@code ConnectionConfig.readTimeout}
 * is never read by the server). So this hangs on the hook Helidon does offer: an HTTP/1 receive listener, told when a
 * request line is read (the deadline is armed) and when the headers are (the deadline is cleared). A request body and
 * the handler's own time are never counted, nor the quiet time between two requests on a kept-alive connection.
 * When the deadline passes, the client gets 408 with {@code Connection: close} (RFC 9110 15.5.9) and the socket is
 * closed, which ends the connection's blocked read and frees its thread.
 */
final class HeaderTimeout implements Http1ConnectionListener {
    private static final Logger LOG = LoggerFactory.getLogger(HeaderTimeout.class);
    private static final byte[] REQUEST_TIMEOUT = ("HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n"
            + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    /** How long the timer thread outlives its last deadline: it ends with the server's traffic, no stop hook needed. */
    private static final Duration TIMER_KEEP_ALIVE = Duration.ofSeconds(30);

    private final Duration timeout;
    private final ScheduledThreadPoolExecutor timer;
    /** The deadline of each connection between its request line and the end of its headers. */
    private final Map<ConnectionContext, ScheduledFuture<?>> armed = new ConcurrentHashMap<>();

    HeaderTimeout(Duration timeout) {
        this.timeout = timeout;
        this.timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "tad-header-timeout");
            thread.setDaemon(true);
            return thread;
        });
        // cleared deadlines leave the queue at once instead of piling up for a whole timeout under load
        timer.setRemoveOnCancelPolicy(true);
        timer.setKeepAliveTime(TIMER_KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
        timer.allowCoreThreadTimeOut(true);
    }

    @Override
    public void prologue(ConnectionContext ctx, HttpPrologue prologue) {
        AtomicReference<ScheduledFuture<?>> self = new AtomicReference<>();
        ScheduledFuture<?> deadline = timer.schedule(() -> expire(ctx, self.get()), timeout.toNanos(),
                TimeUnit.NANOSECONDS);
        self.set(deadline);
        ScheduledFuture<?> earlier = armed.put(ctx, deadline);
        if (earlier != null) {
            // a request that ended without its headers (Helidon answered it itself) left its deadline armed: a
            // stale deadline must never close the connection's next request
            earlier.cancel(false);
        }
    }

    @Override
    public void headers(ConnectionContext ctx, Headers headers) {
        ScheduledFuture<?> deadline = armed.remove(ctx);
        if (deadline == null) {
            // the deadline fired as the last header arrived: its 408 is going out, so this request must not run too
            throw new CloseConnectionException("request headers completed after the header timeout");
        }
        deadline.cancel(false);
    }

    private void expire(ConnectionContext ctx, ScheduledFuture<?> deadline) {
        if (deadline == null || !armed.remove(ctx, deadline)) {
            return; // the headers won the race (whoever takes the entry decides), or a later request re-armed it
        }
        // the connection's own thread is blocked reading the headers, so this write does not interleave with its own
        try {
            ctx.dataWriter().writeNow(BufferData.create(REQUEST_TIMEOUT));
        } catch (RuntimeException e) {
            LOG.debug("no 408 for a client past the header timeout ({})", e.getClass().getSimpleName());
        } finally {
            ctx.serverSocket().close();
        }
    }
}
