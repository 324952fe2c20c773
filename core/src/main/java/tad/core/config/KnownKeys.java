package tad.core.config;

import java.util.List;

/**
 * Keys that have no default value but are still settable (and so still mapped from the environment). A key that a
 * default refers to ({@code ${google.api.key}}) is settable without being listed here.
 */
final class KnownKeys {
    static final String DENYLIST_SECRET = "denylist.secret";
    static final String ADMIN_TOKEN = "admin.token";
    static final String SMTP_PASSWORD = "mail.smtp.password";

    static final List<String> ALL = List.of(DENYLIST_SECRET, ADMIN_TOKEN, SMTP_PASSWORD, "opensearch.url",
            "media.bucket", "media.s3.endpoint", "queue.url");

    private KnownKeys() {
    }

    /** Keys whose values are masked wherever configuration is printed: API keys, secrets, tokens, passwords. */
    static boolean isSecret(String key) {
        return key.endsWith(".api.key") || key.endsWith(".api-key") || key.endsWith(".secret")
                || key.endsWith(".token") || key.endsWith("-token") || key.endsWith(".password");
    }
}
