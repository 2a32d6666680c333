package io.jixiao.jobs.ingest;

import org.apache.spark.sql.SparkSession;

/** The Spark session Jixiao's jobs run in: local mode by default, or a cluster's master URL. */
public final class SparkSessions {

    public static final String LOCAL = "local[*]";

    private SparkSessions() {
    }

    public static SparkSession create(String master) {
        SparkSession.Builder builder = SparkSession.builder()
                .appName("jixiao")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                // Many small documents: pack them into few partitions instead of one task per file.
                .config("spark.sql.files.openCostInBytes", String.valueOf(64 * 1024))
                .config("spark.sql.parquet.compression.codec", "zstd")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.debug.maxToStringFields", "1000")
                // INT96 timestamps are deprecated in Parquet; DuckDB and others read MICROS natively.
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        if (master == null || master.startsWith("local")) {
            builder.master(master == null ? LOCAL : master)
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "4");
        } else {
            builder.master(master);
        }
        return builder.getOrCreate();
    }
}
