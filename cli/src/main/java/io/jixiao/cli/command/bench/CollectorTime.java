package io.jixiao.cli.command.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * The time the garbage collectors spent while something ran, all collectors together. On the parallel collector every
 * collection stops every thread, so this is wall time the run lost.
 */
final class CollectorTime {

    private final long startMillis = totalMillis();

    private CollectorTime() {
    }

    static CollectorTime start() {
        return new CollectorTime();
    }

    double seconds() {
        return (totalMillis() - startMillis) / 1000.0;
    }

    private static long totalMillis() {
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, collector.getCollectionTime());
        }
        return millis;
    }
}
