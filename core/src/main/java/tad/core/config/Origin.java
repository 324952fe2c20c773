package tad.core.config;

/** Where an effective configuration value came from, lowest precedence first. */
public enum Origin {
    DEFAULT, FILE, ENVIRONMENT, FLAG, GENERATED
}
