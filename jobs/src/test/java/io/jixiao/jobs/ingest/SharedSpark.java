package io.jixiao.jobs.ingest;

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
}
