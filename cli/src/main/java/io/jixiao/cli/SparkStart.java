package io.jixiao.cli;

import io.jixiao.jobs.ingest.SparkOnDemand;
import io.jixiao.jobs.ingest.SparkSessions;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.sql.SparkSession;

import java.util.List;

/**
 * The commands' Spark sessions. Logging is configured here, as a session starts, and not when jixiao starts: the
 * commands that never start Spark (parse, the DuckDB queries) do not pay for log4j's start (about 0.6 s). The
 * commands hold no Spark type in their fields or methods (lambdas included): picocli reflects on every command as
 * jixiao starts, which would load Spark's classes and open Spark's jars for parse too.
 */
public final class SparkStart {

    /**
     * Loggers that repeat a failed Spark task's stack trace, once per logger: the failure reaches the user as one
     * line (see {@link Jixiao#failed}); with -Djixiao.debug they log as Spark has them log.
     */
    private static final List<String> TASK_FAILURE_LOGGERS = List.of("org.apache.spark.executor.Executor",
            "org.apache.spark.scheduler.TaskSetManager", "org.apache.spark.util.Utils",
            "org.apache.spark.sql.execution.datasources.FileFormatWriter");

    private SparkStart() {
    }

    /** A session on {@code master}, started the first time a job needs it, and stopped when closed. */
    public static SparkOnDemand onDemand(String master) {
        return new SparkOnDemand(() -> session(master));
    }

    /** A session on {@code master} (null: spark-submit's, else local mode), its task failures told in one line. */
    public static SparkSession session(String master) {
        if (!Jixiao.debug()) {
            TASK_FAILURE_LOGGERS.forEach(logger -> Configurator.setLevel(logger, Level.OFF));
        }
        return SparkSessions.create(master);
    }
}
