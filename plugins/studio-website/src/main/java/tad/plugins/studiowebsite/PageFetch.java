package tad.plugins.studiowebsite;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tad.plugin.Failure;
import tad.plugin.HttpFailure;
import tad.plugin.HttpResponse;
import tad.plugin.PageMemory;
import tad.plugin.PoliteHttp;
import tad.plugin.RememberedPage;
import tad.plugin.RequestOptions;
import tad.plugin.Validators;

/**
 * Fetches one URL of the site through the host's polite client, conditionally when the page memory has its
 * validators, and classifies the answer. Redirects are not followed here: the crawl sees each hop, so it can tell
 * a redirect loop or a redirect to another site. A 304 brings back the remembered page; a full answer whose body
 * hashes the same as last time also counts as unchanged (sites without validators).
 */
final class PageFetch {
    /** robots.txt checked, redirects returned rather than followed, retries on; the host's size cap. */
    static final RequestOptions PAGE = new RequestOptions(true, false, false, 0, true);
    private static final Map<String, String> ACCEPT_HTML =
            Map.of("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");

    /** What came back. */
    sealed interface Fetched {
        /** An HTML page, new, changed or unchanged; {@code response} is null when it came from memory (a 304). */
        record Page(String html, HttpResponse response, boolean changed, String reason) implements Fetched {
        }

        record Redirect(URI target, int status, boolean changed) implements Fetched {
        }

        record NotHtml(String contentType) implements Fetched {
        }

        record Error(int status) implements Fetched {
        }

        record Failed(Failure failure) implements Fetched {
        }
    }

    private final PoliteHttp http;
    private final PageMemory memory;
    private final Clock clock;

    PageFetch(PoliteHttp http, PageMemory memory, Clock clock) {
        this.http = http;
        this.memory = memory;
        this.clock = clock;
    }

    Fetched fetch(URI url) {
        Optional<RememberedPage> remembered = memory.recall(url);
        Optional<PageRecord> record = remembered.flatMap(r -> PageRecord.decode(r.yield()));
        Map<String, String> headers = new LinkedHashMap<>(ACCEPT_HTML);
        if (record.filter(r -> r.kind() == PageRecord.Kind.PAGE).isPresent()) {
            headers.putAll(remembered.get().validators().conditionalHeaders());
        }
        HttpResponse response;
        try {
            response = http.get(url, headers, PAGE);
        } catch (HttpFailure failure) {
            return new Fetched.Failed(failure.failure());
        }
        if (response.notModified()) {
            return record.filter(r -> r.kind() == PageRecord.Kind.PAGE)
                    .<Fetched>map(r -> new Fetched.Page(r.html(), null, false, "HTTP 304 Not Modified"))
                    .orElseGet(() -> new Fetched.Error(304));
        }
        int status = response.status();
        Optional<String> location = response.header("location");
        if (status >= 300 && status < 400 && location.isPresent()) {
            return redirect(url, response, location.get(), record);
        }
        if (!response.isSuccess()) {
            return new Fetched.Error(status);
        }
        String type = response.contentType().orElse("").toLowerCase(Locale.ROOT);
        if (!type.contains("html")) {
            return new Fetched.NotHtml(type.isEmpty() ? "no content type" : type.split(";")[0].strip());
        }
        return page(url, response, remembered, record);
    }

    private Fetched page(URI url, HttpResponse response, Optional<RememberedPage> remembered,
                         Optional<PageRecord> before) {
        String html = response.text();
        PageRecord now = PageRecord.page(response.body(), html);
        boolean same = before.filter(r -> r.kind() == PageRecord.Kind.PAGE && now.sha256().equals(r.sha256()))
                .isPresent();
        Validators validators = response.validators();
        boolean sameValidators = remembered.map(r -> r.validators().equals(validators)).orElse(false);
        if (!same || !sameValidators) {
            memory.remember(url, new RememberedPage(validators, now.encode(), clock.instant()));
        }
        String kind = response.contentType().orElse("text/html").split(";")[0].strip();
        return new Fetched.Page(html, response, !same, "HTTP " + response.status() + " " + kind
                + (same ? ", same content as last run" : ""));
    }

    private Fetched redirect(URI url, HttpResponse response, String location, Optional<PageRecord> before) {
        URI target;
        try {
            target = url.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            return new Fetched.Failed(Failure.of(Failure.Reason.UNEXPECTED_FORMAT, "unreadable redirect at "
                    + SiteScope.pathOf(url.toString())));
        }
        boolean same = before.filter(r -> r.kind() == PageRecord.Kind.REDIRECT && target.toString()
                .equals(r.location())).isPresent();
        if (!same) {
            memory.remember(url, new RememberedPage(Validators.NONE, PageRecord.redirect(target.toString()).encode(),
                    clock.instant()));
        }
        return new Fetched.Redirect(target, response.status(), !same);
    }
}
