package tad.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.core.config.RenderSettings;
import tad.plugin.Failure;
import tad.plugin.HttpFailure;
import tad.plugin.HttpResponse;
import tad.plugin.PageRenderer;
import tad.plugin.PoliteHttp;
import tad.plugin.RenderedPage;

/**
 * Renders script-built pages in the system's headless Chromium, driven over the Chrome DevTools Protocol with the
 * JDK's WebSocket client (no driver, no extra jar). Every request of the page goes through the host's polite client
 * ({@link RenderSession}); the browser's own network path leads nowhere. One page at a time, in a fresh tab; the
 * browser starts with the first render and stops when the host closes.
 */
public final class ChromiumRenderer implements PageRenderer, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChromiumRenderer.class);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration QUIET = Duration.ofMillis(500);

    private final RenderSettings settings;
    private final PoliteHttp http;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private ChromiumProcess browser;
    private CdpConnection cdp;

    public ChromiumRenderer(RenderSettings settings, PoliteHttp http) {
        this.settings = settings;
        this.http = http;
    }

    @Override
    public boolean available() {
        return settings.enabled() && Files.isExecutable(settings.chromium());
    }

    @Override
    public synchronized RenderedPage render(URI page, HttpResponse document) throws HttpFailure {
        if (!available()) {
            throw new HttpFailure(Failure.Reason.JAVASCRIPT_ONLY, "no browser to render with at " + settings.chromium());
        }
        String targetId = null;
        String sessionId = null;
        try {
            started();
            targetId = cdp.call(null, "Target.createTarget", CdpConnection.params().put("url", "about:blank"),
                    COMMAND_TIMEOUT).path("targetId").asText();
            sessionId = cdp.call(null, "Target.attachToTarget", CdpConnection.params().put("targetId", targetId)
                    .put("flatten", true), COMMAND_TIMEOUT).path("sessionId").asText();
            RenderSession session = new RenderSession(page, document, http, cdp, sessionId, workers,
                    settings.maxRequests());
            cdp.onEvents(sessionId, session::onEvent);
            var patterns = CdpConnection.params();
            patterns.putArray("patterns").addObject().put("urlPattern", "*").put("requestStage", "Request");
            cdp.call(sessionId, "Fetch.enable", patterns, COMMAND_TIMEOUT);
            cdp.call(sessionId, "Page.enable", null, COMMAND_TIMEOUT);
            cdp.call(sessionId, "Page.navigate", CdpConnection.params().put("url", page.toString()), COMMAND_TIMEOUT);
            if (!session.awaitSettled(QUIET, settings.timeout())) {
                LOG.info("page of {} still busy after {} ms; reading it as it is", page.getHost(),
                        settings.timeout().toMillis());
            }
            JsonNode html = cdp.call(sessionId, "Runtime.evaluate", CdpConnection.params()
                    .put("expression", "document.documentElement.outerHTML").put("returnByValue", true),
                    COMMAND_TIMEOUT).path("result").path("value");
            return new RenderedPage(html.asText(""), session.visits());
        } catch (IOException e) {
            LOG.warn("rendering a page of {} failed: {}", page.getHost(), e.getMessage());
            stopBrowser();
            throw new HttpFailure(Failure.Reason.JAVASCRIPT_ONLY, "the page could not be rendered: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpFailure(Failure.Reason.TIMEOUT, "interrupted while rendering");
        } finally {
            closeTab(targetId, sessionId);
        }
    }

    private void started() throws IOException {
        if (browser == null) {
            browser = ChromiumProcess.start(settings.chromium());
            cdp = CdpConnection.open(browser.devtools());
        }
    }

    private void closeTab(String targetId, String sessionId) {
        if (cdp == null || targetId == null) {
            return;
        }
        if (sessionId != null) {
            cdp.forget(sessionId);
        }
        try {
            cdp.call(null, "Target.closeTarget", CdpConnection.params().put("targetId", targetId), COMMAND_TIMEOUT);
        } catch (IOException e) {
            LOG.debug("closing a tab: {}", e.getMessage());
        }
    }

    private void stopBrowser() {
        if (cdp != null) {
            cdp.close();
            cdp = null;
        }
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Override
    public synchronized void close() {
        stopBrowser();
        workers.shutdownNow();
    }
}
