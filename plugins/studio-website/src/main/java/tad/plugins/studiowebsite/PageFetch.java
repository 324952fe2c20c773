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
 * a redirect loop or a redirect to another site. A 304 brings back what the page yielded last time; a full answer
 * whose body hashes the same as last time also counts as unchanged (sites without validators). A page is
 * remembered after it is read ({@link PageReading}), with what it yielded rather than its HTML ({@link PageRecord}).
 */
final class PageFetch {
    /** robots.txt checked, redirects returned rather than followed, retries on; the host's size cap. */
    static final RequestOptions PAGE = new RequestOptions(true, false, false, 0, true);
    private static final Map<String, String> ACCEPT_HTML =
            Map.of("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");

    /** What came back. */
    sealed interface Fetched {
        /**
         * An HTML page fetched in full, new, changed or the same as last run.
         *
         * @param remember whether its reading must be remembered (new, changed, new validators, or a memory that
         *                 cannot stand for a 304)
         */
        record Page(String html, HttpResponse response, boolean changed, String reason, boolean remember)
                implements Fetched {
        }

        /** A 304: the page is as last run, and {@code record} is what it yielded then. */
        record Unchanged(PageRecord record, String reason) implements Fetched {
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
        if (record.filter(PageRecord::reusablePage).isPresent()) {
            headers.putAll(remembered.get().validators().conditionalHeaders());
        }
        HttpResponse response;
        try {
            response = http.get(url, headers, PAGE);
        } catch (HttpFailure failure) {
            return new Fetched.Failed(failure.failure());
        }
        if (response.notModified()) {
            return record.filter(PageRecord::reusablePage)
                    .<Fetched>map(r -> new Fetched.Unchanged(r, "HTTP 304 Not Modified"))
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
        String sha256 = PageRecord.sha256(response.body());
        boolean same = before.filter(r -> r.kind() == PageRecord.Kind.PAGE && sha256.equals(r.sha256())).isPresent();
        boolean sameValidators = remembered.map(r -> r.validators().equals(response.validators())).orElse(false);
        boolean reusable = before.filter(PageRecord::reusablePage).isPresent();
        String kind = response.contentType().orElse("text/html").split(";")[0].strip();
        return new Fetched.Page(response.text(), response, !same, "HTTP " + response.status() + " " + kind
                + (same ? ", same content as last run" : ""), !same || !sameValidators || !reusable);
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
