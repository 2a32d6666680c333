package io.jixiao.cli.command.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak heap use while something runs, sampled every 20 ms (garbage not yet collected included). In local mode
 * the driver's heap is the whole job's. The sum of the memory pools' own peaks would overstate it: the pools peak at
 * different moments.
 */
final class HeapPeak implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "heap-peak");
        thread.setDaemon(true);
        return thread;
    });

    private HeapPeak() {
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0, 20, TimeUnit.MILLISECONDS);
    }

    static HeapPeak start() {
        return new HeapPeak();
    }

    long megabytes() {
        return peak.get() >> 20;
    }

    static long maxMegabytes() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
