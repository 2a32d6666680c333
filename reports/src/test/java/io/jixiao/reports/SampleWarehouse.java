package io.jixiao.reports;

import io.jixiao.jobs.ingest.IngestJob;
import io.jixiao.jobs.ingest.IngestOptions;
import io.jixiao.jobs.ingest.IngestProgress;
import io.jixiao.jobs.ingest.IngestSummary;
import io.jixiao.jobs.ingest.SparkSessions;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The warehouse of the four real sample documents in data/samples, written once per test JVM by the real
 * Spark ingest job (local mode). Tests take their expected figures from the documents, never from here.
 */
public final class SampleWarehouse {

    private static Path path;

    private SampleWarehouse() {
    }

    public static synchronized Path path() {
        if (path == null) {
            path = ingest();
        }
        return path;
    }

    private static Path ingest() {
        try {
            Path warehouse = Files.createTempDirectory("jixiao-sample-warehouse");
            SparkSession spark = SparkSessions.create("local[2]");
            try {
                IngestSummary summary = new IngestJob(spark).run(
                        new IngestOptions(List.of(samples().toString()), warehouse.toString(), true),
                        IngestProgress.SILENT);
                if (summary.rejected() > 0) {
                    throw new IllegalStateException("a sample was rejected: " + summary.rejections());
                }
            } finally {
                spark.stop();
            }
            return warehouse;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path samples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("data/samples"))) {
                return dir.resolve("data/samples");
            }
        }
        throw new IllegalStateException("data/samples not found above " + Path.of("").toAbsolutePath());
    }
}
