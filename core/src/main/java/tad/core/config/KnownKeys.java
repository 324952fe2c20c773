package tad.core.config;

import java.util.List;
import java.util.Set;

/** Keys that have no default value but are still settable (and so still mapped from the environment). */
final class KnownKeys {
    static final String GOOGLE_API_KEY = "google.api.key";
    static final String DENYLIST_SECRET = "denylist.secret";
    static final String ADMIN_TOKEN = "admin.token";

    static final List<String> ALL = List.of(GOOGLE_API_KEY, DENYLIST_SECRET, ADMIN_TOKEN, "opensearch.url",
            "media.bucket", "media.s3.endpoint", "queue.url");
    /** Keys whose values are masked wherever configuration is printed. */
    static final Set<String> SECRETS = Set.of(GOOGLE_API_KEY, DENYLIST_SECRET, ADMIN_TOKEN, "plugin.google-places.api-key");

    private KnownKeys() {
    }

    static boolean isSecret(String key) {
        return SECRETS.contains(key) || key.endsWith(".api-key") || key.endsWith(".secret") || key.endsWith(".token");
    }
}
