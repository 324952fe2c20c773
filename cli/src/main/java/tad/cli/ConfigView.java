package tad.cli;

import java.util.List;
import java.util.Locale;

/** How `tad config` shows values: secrets as "****** (set)", never their text. */
final class ConfigView {
    /** Settable keys without a default, shown so operators know they exist. */
    static final List<String> UNSET_SHOWN = List.of("google.api.key", "denylist.secret", "admin.token");

    private ConfigView() {
    }

    static String shown(String key, String value) {
        String k = key.toLowerCase(Locale.ROOT);
        boolean secret = k.endsWith("api.key") || k.endsWith("api-key") || k.endsWith("secret") || k.endsWith("token");
        if (value == null || value.isBlank()) {
            return "(not set)";
        }
        return secret ? "****** (set)" : value;
    }
}
