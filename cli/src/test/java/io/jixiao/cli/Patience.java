package io.jixiao.cli;

import java.time.Duration;

/**
 * How long a test waits for a process that should end (a driver, a cluster daemon starting) before it calls it
 * hung. The tests wait on the events themselves (a process's exit, the master's list of live workers); this limit
 * is only there so that a hang ends the build, and it is generous. A loaded machine can stretch it:
 * {@code mvn verify -Djixiao.test.patience=4} waits four times as long.
 */
public final class Patience {

    public static final String PROPERTY = "jixiao.test.patience";

    private Patience() {
    }

    /** {@code generous} times the factor of {@link #PROPERTY} (default 1). */
    public static Duration scaled(Duration generous) {
        String factor = System.getProperty(PROPERTY, "1");
        try {
            double scale = Double.parseDouble(factor);
            if (!(scale > 0)) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis((long) (generous.toMillis() * scale));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + " takes a positive number, not '" + factor + "'");
        }
    }
}
