package tad.availability;

import tad.plugin.ConfigSection;

/**
 * How long a statement holds when it names no end of its own. A dated one (a flash day, a guest spot, "books open
 * for March") ends with its dates; these cover the rest.
 *
 * @param booksDays         books open or closed, without confirmation (issue 18: 60 days)
 * @param flashDays         "flash available" without a date
 * @param undatedEventDays  a flash day or guest spot announced without a date we can read
 */
public record AvailabilitySettings(int booksDays, int flashDays, int undatedEventDays) {

    public static final AvailabilitySettings DEFAULTS = new AvailabilitySettings(60, 60, 14);

    public AvailabilitySettings {
        if (booksDays < 1 || flashDays < 1 || undatedEventDays < 1) {
            throw new IllegalArgumentException("availability lifetimes must be at least one day: books-days="
                    + booksDays + " flash-days=" + flashDays + " undated-event-days=" + undatedEventDays);
        }
    }

    /** Reads the plugin's config section ({@code plugin.availability.*}); absent keys keep the defaults. */
    public static AvailabilitySettings from(ConfigSection config) {
        return new AvailabilitySettings(config.integer("books-days", DEFAULTS.booksDays()),
                config.integer("flash-days", DEFAULTS.flashDays()),
                config.integer("undated-event-days", DEFAULTS.undatedEventDays()));
    }
}
