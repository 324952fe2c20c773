package tad.core.config;

/** A configuration value is missing or malformed; the message names the key and the rule. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
