package io.jixiao.cli.cluster;

import io.jixiao.cli.Patience;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of a JVM the tests start (a driver), to the end: its exit code, output and wall time. */
record JvmRun(List<String> command, int exitCode, String output, Duration wall) {

    /** Ten times what a driver takes on an idle machine (about a minute): the wait is for its exit. */
    private static final Duration LIMIT = Duration.ofMinutes(10);

    /** Runs {@code java} with Spark's JVM options and the given arguments; the output goes to {@code log}. */
    static JvmRun run(Path log, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        return start(log, environment, args).finish();
    }

    /** Starts the JVM; {@link Started#finish()} waits for it. */
    static Started start(Path log, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), sparkJvmOptions(), "-Xmx1g"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new Started(command, log, builder.start(), System.nanoTime());
    }

    record Started(List<String> command, Path log, Process process, long started) {

        JvmRun finish() throws IOException, InterruptedException {
            try {
                Duration limit = Patience.scaled(LIMIT);
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new AssertionError(String.join(" ", command) + " did not finish within " + limit + " (-D"
                            + Patience.PROPERTY + " scales it):\n" + Files.readString(log));
                }
                Duration wall = Duration.ofNanos(System.nanoTime() - started);
                return new JvmRun(command, process.exitValue(), Files.readString(log), wall);
            } finally {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    /** The command and its output, for assertion messages. */
    String describe() {
        return String.join(" ", command) + "\nexit " + exitCode + " after " + wall.toMillis() + " ms:\n" + output;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The --add-opens and other options Spark needs on Java 17, as the build writes them for the launcher. */
    static String sparkJvmOptions() {
        return "@" + Path.of("target", "jvm.options").toAbsolutePath();
    }
}
