package tad.cli;

import tad.core.config.RawConfig;

/** How `tad config` shows values: secrets as "****** (set)", never their text. */
final class ConfigView {
    private ConfigView() {
    }

    static String shown(String key, String value) {
        if (value == null || value.isBlank()) {
            return "(not set)";
        }
        return RawConfig.isSecret(key) ? "****** (set)" : value;
    }
}
