package io.jixiao.cli.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.cli.Patience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

/**
 * A Spark standalone master and its workers on 127.0.0.1, each in a JVM of its own started from the SPARK_HOME the
 * build assembles (target/spark-home), the way sbin/start-master.sh and start-worker.sh start them. Closing it
 * stops the workers' executors, the workers and the master.
 */
final class StandaloneCluster implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    /** The wait is for the master to list the workers alive, and ends early when a daemon exits. */
    private static final Duration STARTUP = Duration.ofMinutes(5);

    private final Path directory;
    private final int port = freePort();
    private final int webUiPort = freePort();
    private final List<Process> processes = new ArrayList<>();
    private final List<Path> workDirectories = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::stop, "stop-standalone-cluster");

    private StandaloneCluster(Path directory) {
        this.directory = directory;
    }

    /** A master and {@code workers} workers of 1 core and 1 GiB each, registered and alive. */
    static StandaloneCluster start(Path directory, int workers) throws IOException, InterruptedException {
        StandaloneCluster cluster = new StandaloneCluster(directory);
        Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
        try {
            cluster.launch("master", "org.apache.spark.deploy.master.Master",
                    "--host", HOST, "--port", String.valueOf(cluster.port),
                    "--webui-port", String.valueOf(cluster.webUiPort));
            for (int i = 1; i <= workers; i++) {
                Path work = Files.createDirectories(directory.resolve("worker-" + i));
                cluster.workDirectories.add(work);
                cluster.launch("worker-" + i, "org.apache.spark.deploy.worker.Worker",
                        "--host", HOST, "--webui-port", String.valueOf(freePort()),
                        "--cores", "1", "--memory", "1g", "--work-dir", work.toString(), cluster.masterUrl());
            }
            cluster.awaitAliveWorkers(workers);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            cluster.close();
            throw e;
        }
    }

    String masterUrl() {
        return "spark://" + HOST + ":" + port;
    }

    /** Where each worker runs its executors: one folder per application, one per executor in it. */
    List<Path> workDirectories() {
        return List.copyOf(workDirectories);
    }

    /** The last lines of every daemon's log, to explain a failure. */
    String logs() {
        StringBuilder text = new StringBuilder();
        try (var logs = Files.list(directory)) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                List<String> lines = Files.readAllLines(log);
                text.append("== ").append(log.getFileName()).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())))
                        .append('\n');
            }
        } catch (IOException e) {
            text.append("(cannot read the logs: ").append(e).append(")\n");
        }
        return text.toString();
    }

    /** The environment a standalone deployment gives its daemons and drivers (see bin/load-spark-env.sh). */
    static Map<String, String> environment(Path sparkHome, Path localDirectories) {
        return Map.of(
                "SPARK_HOME", sparkHome.toString(),
                "SPARK_SCALA_VERSION", "2.13",
                "SPARK_LOCAL_IP", HOST,
                "SPARK_LOCAL_DIRS", localDirectories.toString());
    }

    static Path sparkHome() {
        return Path.of("target", "spark-home").toAbsolutePath();
    }

    /** The classpath of bin/spark-class: the configuration folder and every jar of SPARK_HOME. */
    static String sparkClasspath() {
        return sparkHome().resolve("conf") + "/:" + sparkHome().resolve("jars") + "/*";
    }

    private void launch(String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(JvmRun.java(), JvmRun.sparkJvmOptions(), "-Xmx256m",
                "-cp", sparkClasspath(), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve(name + ".log").toFile());
        builder.environment().putAll(environment(sparkHome(), Files.createDirectories(directory.resolve("local"))));
        processes.add(builder.start());
    }

    private void awaitAliveWorkers(int expected) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest state = HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + webUiPort + "/json/"))
                .timeout(Duration.ofSeconds(5)).build();
        ObjectMapper json = new ObjectMapper();
        Duration limit = Patience.scaled(STARTUP);
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            for (Process process : processes) {
                if (!process.isAlive()) {
                    throw new AssertionError("a cluster daemon exited with " + process.exitValue() + ":\n" + logs());
                }
            }
            try {
                JsonNode master = json.readTree(http.send(state, HttpResponse.BodyHandlers.ofString()).body());
                long alive = StreamSupport.stream(master.path("workers").spliterator(), false)
                        .filter(worker -> "ALIVE".equals(worker.path("state").asText()))
                        .count();
                if (alive >= expected) {
                    return;
                }
            } catch (IOException notUpYet) {
                // the master's web UI is not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(expected + " workers did not register within " + limit + " (-D" + Patience.PROPERTY
                + " scales it):\n" + logs());
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to
        }
    }

    /** Workers first (with the executors they launched), then the master; nothing is left running. */
    private synchronized void stop() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process process = processes.get(i);
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            children.forEach(ProcessHandle::destroyForcibly);
        }
        processes.clear();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
