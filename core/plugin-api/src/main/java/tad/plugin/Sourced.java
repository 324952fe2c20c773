package tad.plugin;

import java.time.Instant;

/**
 * A value together with where it came from and when. Google's terms let us keep Places-derived content only as
 * a cache, so every such value carries its source and fetch time and a retention step can drop stale ones.
 */
public record Sourced<T>(T value, String source, Instant fetchedAt) {
    public static final String GOOGLE_PLACES = "google-places";
    public static final String STUDIO_WEBSITE = "studio-website";
    /** Content from the artist's Instagram profile, whichever profile source fetched it. */
    public static final String INSTAGRAM = "instagram";
}
