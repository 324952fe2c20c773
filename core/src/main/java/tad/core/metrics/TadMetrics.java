package tad.core.metrics;

/**
 * The metric contract shared with the Terraform alarms (terraform/modules/monitoring): names that must not drift.
 * terraform/tests reads these constants from this file and compares them with the alarm and the worker's IAM
 * condition, so renaming one here fails the Terraform tests until the alarm follows.
 */
public final class TadMetrics {
    /** The CloudWatch namespace of every metric tad publishes (one AWS account per environment). */
    public static final String NAMESPACE = "Tad";
    /** Pending removal requests older than {@code OverdueRemovals.OVERDUE_AFTER_DAYS}; the alarm fires above 0. */
    public static final String OVERDUE_REMOVAL_REQUESTS = "OverdueRemovalRequests";

    /** Served profiles last fetched from their profile source less than 24 hours ago. */
    public static final String PROFILES_UNDER_24H = "ServedProfilesFetchedUnder24h";
    /** ... 24 to 48 hours ago. */
    public static final String PROFILES_24H_TO_48H = "ServedProfilesFetched24To48h";
    /** ... 2 to 7 days ago. */
    public static final String PROFILES_2D_TO_7D = "ServedProfilesFetched2To7d";
    /** ... more than 7 days ago. */
    public static final String PROFILES_OVER_7D = "ServedProfilesFetchedOver7d";
    /** Served from their studio's website only, never fetched from a profile source. */
    public static final String PROFILES_NEVER_FETCHED = "ServedProfilesNeverFetched";
    /** Served profiles older than 48 hours (NFR-REL-03 asks for none): the figure to alarm on. */
    public static final String PROFILES_OLDER_THAN_48H = "ServedProfilesOlderThan48h";

    private TadMetrics() {
    }

    /** The directory's profile ages as counts by metric name, in a fixed order. */
    public static java.util.Map<String, Long> profileAges(tad.core.domain.ProfileAges ages) {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        counts.put(PROFILES_UNDER_24H, (long) ages.under24h());
        counts.put(PROFILES_24H_TO_48H, (long) ages.under48h());
        counts.put(PROFILES_2D_TO_7D, (long) ages.under7d());
        counts.put(PROFILES_OVER_7D, (long) ages.older());
        counts.put(PROFILES_NEVER_FETCHED, (long) ages.neverFetched());
        counts.put(PROFILES_OLDER_THAN_48H, (long) ages.olderThan48h());
        return counts;
    }
}
