package io.jixiao.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code jixiao} in a JVM of its own, as the launcher does, with this module's classpath. */
final class JixiaoProcess {

    private JixiaoProcess() {
    }

    /** Arguments starting with -X or -D before the first command go to the JVM. */
    static Process start(Path output, String... args) {
        return start(output, List.of(), args);
    }

    /** As {@link #start(Path, String...)}, with folders put before this module's classpath (a core-site.xml). */
    static Process start(Path output, List<Path> classpathFirst, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("@" + Path.of("target", "jvm.options").toAbsolutePath());
        command.add("-Xmx1g");
        int first = 0;
        while (first < args.length && (args[first].startsWith("-X") || args[first].startsWith("-D"))) {
            command.add(args[first++]);
        }
        command.add("-cp");
        List<String> classpath = new ArrayList<>();
        classpathFirst.forEach(folder -> classpath.add(folder.toAbsolutePath().toString()));
        classpath.add(System.getProperty("java.class.path"));
        command.add(String.join(File.pathSeparator, classpath));
        command.add(Jixiao.class.getName());
        command.addAll(List.of(args).subList(first, args.length));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs to the end; the exit code, or an AssertionError with the output when it hangs. */
    static int run(Path output, String... args) throws InterruptedException, IOException {
        return run(output, List.of(), args);
    }

    /** As {@link #run(Path, String...)}, with folders put before this module's classpath. */
    static int run(Path output, List<Path> classpathFirst, String... args) throws InterruptedException, IOException {
        Process process = start(output, classpathFirst, args);
        try {
            Duration limit = Patience.scaled(Duration.ofMinutes(10));
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("jixiao " + String.join(" ", args) + " did not finish within " + limit
                        + " (-D" + Patience.PROPERTY + " scales it):\n" + Files.readString(output));
            }
            return process.exitValue();
        } finally {
            process.destroyForcibly();
        }
    }
}
