package io.jixiao.jobs.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** One local Spark session for all the tests of a JVM (a SparkContext takes seconds to start). */
public final class SharedSpark {

    private static SparkSession session;

    private SharedSpark() {
    }

    public static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSessions.create("local[2]");
        }
        return session;
    }

    /** An ingest of the inputs into the warehouse on the shared session, without progress output. */
    public static IngestSummary ingest(Path warehouse, Path... inputs) {
        List<String> paths = Arrays.stream(inputs).map(Path::toString).toList();
        return new IngestJob(session()).run(new IngestOptions(paths, warehouse.toString(), false),
                IngestProgress.SILENT);
    }
}
