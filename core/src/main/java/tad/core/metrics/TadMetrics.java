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

    private TadMetrics() {
    }
}
