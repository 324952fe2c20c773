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
        if (RawConfig.reference(value).isPresent()) {
            return value.strip();  // ${other.key}: the text names a key, it holds no secret
        }
        return RawConfig.isSecret(key) ? "****** (set)" : value;
    }
}
