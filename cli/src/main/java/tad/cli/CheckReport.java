package tad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tad.plugin.ArtistCandidate;
import tad.plugin.ArtistSourceResult;
import tad.plugin.Failure;
import tad.plugin.GeoPoint;
import tad.plugin.PageVisit;
import tad.plugin.StudioDetails;

/**
 * What `tad check` prints: the artists a crawl would record (name, handle, page), the studio's own account, the
 * studio details, every page with what happened to it, and the failures. Text for people, one JSON document for
 * scripts: {@code {"artists":[{"name","instagramHandle","page"}],"studioAccount","studio":{…},"pages":[{"url",
 * "status","reason"}],"failures":[{"reason","detail"}]}}. Scraped text is printed as data, never interpreted.
 */
record CheckReport(List<Artist> artists, Optional<String> studioAccount, StudioDetails studio, List<PageVisit> pages,
                   List<Failure> failures) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Artist(String name, String instagramHandle, String page) {
    }

    static CheckReport of(ArtistSourceResult result) {
        List<Artist> artists = result.candidates().stream().map(CheckReport::artist).toList();
        return new CheckReport(artists, result.studio().instagramHandle(), result.studio(), result.visits(),
                result.failures());
    }

    private static Artist artist(ArtistCandidate candidate) {
        return new Artist(candidate.name().orElse(""), candidate.instagramHandle(), candidate.foundOn());
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append("studio:          ").append(studio.name().orElse("(no name on the site)")).append('\n');
        studio.address().ifPresent(a -> out.append("  address:       ").append(oneLine(a)).append('\n'));
        studio.phone().ifPresent(p -> out.append("  phone:         ").append(oneLine(p)).append('\n'));
        studio.email().ifPresent(e -> out.append("  e-mail:        ").append(oneLine(e)).append('\n'));
        studio.location().ifPresent(g -> out.append("  location:      ").append(g.lat()).append(", ").append(g.lng())
                .append('\n'));
        if (!studio.openingHours().isEmpty()) {
            out.append("  opening hours: ").append(oneLine(String.join("; ", studio.openingHours()))).append('\n');
        }
        out.append("studio account:  ").append(studioAccount.map(h -> "@" + h).orElse("(none found)")).append('\n');
        out.append("artists:         ").append(artists.size()).append('\n');
        for (Artist artist : artists) {
            out.append(String.format(Locale.ROOT, "  %-28s @%-30s %s%n", oneLine(artist.name()).isEmpty() ? "(no name)"
                    : oneLine(artist.name()), artist.instagramHandle(), artist.page()));
        }
        out.append("pages:           ").append(pages.size()).append('\n');
        for (PageVisit page : pages) {
            out.append(String.format(Locale.ROOT, "  %-9s %s  (%s)%n", page.status().name().toLowerCase(Locale.ROOT),
                    page.url(), oneLine(page.reason())));
        }
        out.append("failures:        ").append(failures.size()).append('\n');
        for (Failure failure : failures) {
            out.append("  ").append(failure.reason()).append(": ").append(oneLine(failure.detail())).append('\n');
        }
        return out.toString();
    }

    String json() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("artists", artists);
        document.put("studioAccount", studioAccount.orElse(null));
        document.put("studio", studioJson());
        document.put("pages", pages.stream().map(page -> ordered("url", page.url(), "status",
                page.status().name().toLowerCase(Locale.ROOT), "reason", page.reason())).toList());
        document.put("failures", failures.stream().map(failure -> ordered("reason", failure.reason().name(),
                "detail", failure.detail())).toList());
        try {
            return JSON.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the check report", e);
        }
    }

    private Map<String, Object> studioJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", studio.name().orElse(null));
        out.put("address", studio.address().orElse(null));
        out.put("location", studio.location().map(CheckReport::point).orElse(null));
        out.put("phone", studio.phone().orElse(null));
        out.put("email", studio.email().orElse(null));
        out.put("openingHours", studio.openingHours());
        out.put("instagramHandle", studio.instagramHandle().orElse(null));
        return out;
    }

    private static Map<String, Object> point(GeoPoint point) {
        return ordered("lat", point.lat(), "lng", point.lng());
    }

    /** A JSON object whose keys keep the order given (so the document reads the same every time). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    /** Scraped text on one line, control characters out, so a page cannot rewrite the operator's terminal. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]+", " ").strip();
    }
}
