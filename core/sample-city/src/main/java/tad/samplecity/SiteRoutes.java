package tad.samplecity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A site's behaviours that static files cannot express ({@code _routes.json} in the site folder): redirects,
 * status codes, generated oversized bodies, content types and slow answers. Paths are matched exactly.
 *
 * @param routes one entry per special path
 */
public record SiteRoutes(List<Route> routes) {

    public static final String FILE_NAME = "_routes.json";

    /**
     * @param path           the request path it answers, for example {@code /loop}
     * @param status         the HTTP status (0 means 200, or 302 when {@code redirect} is set)
     * @param redirect       a Location to send (relative or absolute, possibly off-site)
     * @param file           a file of the site to answer with instead of the one the path names
     * @param contentType    overrides the type guessed from the file name
     * @param body           a literal body
     * @param generatedBytes when positive, an HTML body of about this many bytes is generated (size-cap tests)
     * @param delayMs        wait this long before answering (timeout tests)
     */
    public record Route(String path, int status, String redirect, String file, String contentType, String body,
                        long generatedBytes, long delayMs) {

        int effectiveStatus() {
            if (status != 0) {
                return status;
            }
            return redirect != null ? 302 : 200;
        }
    }

    public static SiteRoutes none() {
        return new SiteRoutes(List.of());
    }

    static SiteRoutes parse(byte[] json) {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try {
            SiteRoutes parsed = mapper.readValue(json, SiteRoutes.class);
            return parsed.routes() == null ? none() : parsed;
        } catch (IOException e) {
            throw new UncheckedIOException("malformed " + FILE_NAME, e);
        }
    }

    Optional<Route> find(String path) {
        return Optional.ofNullable(byPath().get(path));
    }

    private Map<String, Route> byPath() {
        return routes.stream().collect(Collectors.toMap(Route::path, Function.identity(), (a, b) -> a));
    }
}
