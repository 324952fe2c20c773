package tad.cli;

import tad.bootstrap.Bootstrap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tad.core.governance.OverdueRemovals;
import tad.core.metrics.TadMetrics;

/**
 * `tad removals overdue [--publish-metric]`: counts the pending removal requests older than three days. With the
 * flag it also publishes the count as Tad/OverdueRemovalRequests; on AWS a schedule runs it hourly and an alarm
 * fires above zero or when no count arrives (docs/architecture.md, "Governance alarm").
 */
@Command(name = "overdue", mixinStandardHelpOptions = true,
        description = "Count pending requests older than " + OverdueRemovals.OVERDUE_AFTER_DAYS + " days.")
final class OverdueCommand implements Runnable {
    private final Environment environment;
    @Mixin
    ConfigOptions options;
    @Option(names = "--publish-metric", description = "Also publish the count to CloudWatch as "
            + TadMetrics.NAMESPACE + "/" + TadMetrics.OVERDUE_REMOVAL_REQUESTS + " (region from AWS_REGION).")
    boolean publishMetric;

    OverdueCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void run() {
        Bootstrap boot = options.bootstrap(environment);
        int overdue = new OverdueRemovals(boot.removalRequests(), boot.clock()).count();
        environment.out().println(overdue + " overdue (pending for more than " + OverdueRemovals.OVERDUE_AFTER_DAYS
                + " days)");
        if (publishMetric) {
            boot.metricPublisher().publishCount(TadMetrics.OVERDUE_REMOVAL_REQUESTS, overdue);
            environment.out().println("published " + TadMetrics.NAMESPACE + "/" + TadMetrics.OVERDUE_REMOVAL_REQUESTS
                    + " = " + overdue);
        }
    }
}
