package io.jixiao.cli.command.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak heap use of this JVM since the last {@link #reset()}: the sum of each heap pool's peak, an upper bound
 * of the true peak (the pools need not peak at the same moment). In local mode the driver is the whole job.
 */
final class HeapPeak {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    void reset() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    long megabytes() {
        return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }

    static long maxMegabytes() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }
}
