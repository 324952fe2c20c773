package tad.cli.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the JVM spent while a crawl ran: peak used heap (sampled every 20 ms by a daemon thread), garbage
 * collections and their pause time, and the CPU time of the whole process (crawler and fixture servers alike).
 */
final class JvmGauges implements AutoCloseable {
    private static final long SAMPLE_MILLIS = 20;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peakHeap = new AtomicLong();
    private final long gcCountBefore = gcCount();
    private final long gcMillisBefore = gcMillis();
    private final long cpuNanosBefore = cpuNanos();
    private final Thread sampler;
    private volatile boolean running = true;

    JvmGauges() {
        sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
            while (running) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    record Reading(long peakHeapBytes, long maxHeapBytes, long gcCount, long gcMillis, long cpuNanos) {
    }

    Reading read() {
        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return new Reading(peakHeap.get(), Runtime.getRuntime().maxMemory(), gcCount() - gcCountBefore,
                gcMillis() - gcMillisBefore, cpuNanos() - cpuNanosBefore);
    }

    static String collectors() {
        return String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
