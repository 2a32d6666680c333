package io.jixiao.cli.cluster;

import io.jixiao.reports.metrics.DuckDbMetricEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingest and metrics on a real Spark standalone cluster — a master and two workers of one core each on 127.0.0.1,
 * in JVMs of their own — driven from JVMs of their own as a user would: the warehouse the cluster writes is the one
 * local mode writes, row for row, and Spark SQL on the cluster computes every metric as DuckDB does.
 */
class TestStandaloneCluster {

    @TempDir
    static Path temp;

    /** Four shuffle partitions, as local mode has: Spark's 200 make thousands of tasks for these few documents. */
    private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions=4";

    private static StandaloneCluster cluster;
    private static Path localWarehouse;

    @BeforeAll
    static void startClusterAndIngestLocally() throws IOException, InterruptedException {
        Path warehouse = temp.resolve("warehouse-local");
        JvmRun.Started local = ingest(Driver.LAUNCHER, warehouse, "local[2]");
        JvmRun run;
        try {
            cluster = StandaloneCluster.start(Files.createDirectories(temp.resolve("cluster")), 2);
        } finally {
            run = local.finish();
        }
        assertThat(run.exitCode()).as(run.describe()).isZero();
        localWarehouse = warehouse;
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** How the driver starts: as ./jixiao does (java -jar jixiao.jar), or by spark-submit with the cluster jar. */
    enum Driver {
        LAUNCHER("jixiao-jobs-", "jixiao-read-", "jixiao-schema-", "juniversalchardet-", "poi-5", "poi-ooxml-",
                "xmlbeans-", "pdfbox-", "fontbox-"),
        SPARK_SUBMIT("jixiao-cluster.jar");

        /** Beginnings of the names of the jars the driver ships to the executors. */
        final List<String> shippedJars;

        Driver(String... shippedJars) {
            this.shippedJars = List.of(shippedJars);
        }
    }

    @ParameterizedTest
    @EnumSource(Driver.class)
    void theClusterWritesTheWarehouseThatLocalModeWrites(Driver driver) throws Exception {
        Path warehouse = temp.resolve("warehouse-" + driver);
        JvmRun run = ingest(driver, warehouse, cluster.masterUrl()).finish();
        assertThat(run.exitCode()).as(run.describe() + cluster.logs()).isZero();
        System.out.printf("ingest of data/samples on the 2-worker cluster (%s): %d ms%n",
                driver, run.wall().toMillis());

        Map<String, List<String>> local = WarehouseRows.of(localWarehouse);
        Map<String, List<String>> onCluster = WarehouseRows.of(warehouse);
        // the 4 samples hold 24 forms (TestIngestKilledMidway finds the same)
        assertThat(local.get("forms")).hasSize(24);
        assertThat(local.get("indicators")).isNotEmpty();
        assertThat(onCluster.keySet()).isEqualTo(local.keySet());
        for (String table : local.keySet()) {
            assertThat(onCluster.get(table)).as(table).isEqualTo(local.get(table));
        }

        // each worker ran an executor for this application, and it fetched the Jixiao jars from the driver
        for (Path work : cluster.workDirectories()) {
            List<String> fetched = jarsOfLatestApplication(work);
            for (String shipped : driver.shippedJars) {
                assertThat(fetched).as("jars fetched by the executor in " + work)
                        .anyMatch(jar -> jar.startsWith(shipped));
            }
        }
    }

    @Test
    void everyMetricOnTheClusterIsTheOneDuckDbComputes() throws Exception {
        Path warehouse = localWarehouse;
        Path out = temp.resolve("cluster-metrics.txt");
        JvmRun run = JvmRun.run(temp.resolve("metrics.log"), environment(), "-D" + SHUFFLE_PARTITIONS,
                "-cp", System.getProperty("java.class.path"), ClusterMetrics.class.getName(),
                cluster.masterUrl(), warehouse.toString(), out.toString());
        assertThat(run.exitCode()).as(run.describe() + cluster.logs()).isZero();

        List<String> onDuckDb;
        try (DuckDbMetricEngine duckdb = DuckDbMetricEngine.open(warehouse)) {
            onDuckDb = MetricRows.ofEveryMetric(duckdb);
        }
        assertThat(onDuckDb.stream().filter(line -> !line.startsWith("#"))).as("metric rows").isNotEmpty();
        assertThat(Files.readAllLines(out)).isEqualTo(onDuckDb);
    }

    private static JvmRun.Started ingest(Driver driver, Path warehouse, String master) throws IOException {
        String samples = Path.of("..", "data", "samples").toAbsolutePath().normalize().toString();
        Path log = temp.resolve("ingest-" + warehouse.getFileName() + ".log");
        return switch (driver) {
            case LAUNCHER -> JvmRun.start(log, environment(), "-D" + SHUFFLE_PARTITIONS,
                    "-jar", Path.of("target", "jixiao.jar").toAbsolutePath().toString(),
                    "ingest", samples, "--warehouse", warehouse.toString(), "--master", master);
            case SPARK_SUBMIT -> JvmRun.start(log, environment(),
                    "-cp", StandaloneCluster.sparkClasspath(), "org.apache.spark.deploy.SparkSubmit",
                    "--master", master, "--conf", SHUFFLE_PARTITIONS, "--class", "io.jixiao.cli.Jixiao",
                    Path.of("target", "jixiao-cluster.jar").toAbsolutePath().toString(),
                    "ingest", samples, "--warehouse", warehouse.toString());
        };
    }

    private static Map<String, String> environment() throws IOException {
        return StandaloneCluster.environment(StandaloneCluster.sparkHome(),
                Files.createDirectories(temp.resolve("driver-local")));
    }

    /** Names of the jars in the executor folders of the worker's most recent application (app-TIME-N). */
    private static List<String> jarsOfLatestApplication(Path work) throws IOException {
        Path application;
        try (Stream<Path> applications = Files.list(work)) {
            application = applications.filter(p -> p.getFileName().toString().startsWith("app-"))
                    .max(Path::compareTo).orElseThrow(() -> new AssertionError("no application ran in " + work));
        }
        try (Stream<Path> files = Files.walk(application)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".jar")).sorted().toList();
        }
    }
}
