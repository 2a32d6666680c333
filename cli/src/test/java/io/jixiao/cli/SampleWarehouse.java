package io.jixiao.cli;

import io.jixiao.jobs.ingest.IngestJob;
import io.jixiao.jobs.ingest.IngestOptions;
import io.jixiao.jobs.ingest.IngestProgress;
import io.jixiao.jobs.ingest.SparkSessions;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The warehouse of data/samples, written once per test JVM by the real ingest, and the Spark session it used. */
final class SampleWarehouse {

    private static Path path;
    private static SparkSession spark;

    private SampleWarehouse() {
    }

    static synchronized SparkSession spark() {
        if (spark == null) {
            spark = SparkSessions.create("local[2]");
        }
        return spark;
    }

    static synchronized Path path() {
        if (path == null) {
            try {
                path = Files.createTempDirectory("jixiao-cli-warehouse");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            new IngestJob(spark()).run(new IngestOptions(List.of(samples().toString()), path.toString(), true),
                    IngestProgress.SILENT);
        }
        return path;
    }

    static Path samples() {
        return Path.of("..", "data", "samples").toAbsolutePath().normalize();
    }
}
