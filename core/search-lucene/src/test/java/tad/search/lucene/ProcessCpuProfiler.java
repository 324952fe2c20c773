package tad.search.lucene;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof tad.search.lucene.ProcessCpuProfiler}) reporting the benchmark JVM's CPU time per
 * operation ({@code cpu.us/op}): everything the fork burns, JIT and GC included, divided by the operations measured.
 * On a machine shared with other work the wall-clock score measures the queue for a core; the CPU time per operation
 * barely moves with the load, so it is the figure to compare while the machine is busy.
 */
public final class ProcessCpuProfiler implements InternalProfiler {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuAtStart;

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = OS.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        long cpuNanos = OS.getProcessCpuTime() - cpuAtStart;
        long ops = result.getMetadata().getMeasuredOps();
        double perOp = ops == 0 ? Double.NaN : cpuNanos / 1_000.0 / ops;
        return List.of(new ScalarResult("cpu.us/op", perOp, "us/op", AggregationPolicy.AVG));
    }

    @Override
    public String getDescription() {
        return "the benchmark JVM's CPU time per operation";
    }
}
