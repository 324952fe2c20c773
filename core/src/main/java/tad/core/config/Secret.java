package tad.core.config;

/** A secret value that never prints itself. */
public record Secret(String value) {
    public Secret {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a secret cannot be blank");
        }
    }

    /** Shows only that it is set, and its length class, for `tad config`. */
    public String masked() {
        return "****** (set)";
    }

    @Override
    public String toString() {
        return masked();
    }
}
