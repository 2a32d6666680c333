package io.jixiao.cli;

import io.jixiao.jobs.ingest.SparkOnDemand;
import io.jixiao.jobs.ingest.SparkSessions;
import picocli.CommandLine.Option;

/** The {@code --master URL} option of the commands that run Spark jobs, and the session it gives, started on demand. */
public final class MasterOption {

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: spark://HOST:PORT, yarn, k8s://… (default: the one spark-submit gives, "
                    + "else " + SparkSessions.LOCAL + ")")
    private String master;

    /** The master given, or null for spark-submit's (else local mode). */
    public String master() {
        return master;
    }

    /** A session on that master, started the first time a job needs it. */
    public SparkOnDemand session() {
        return SparkStart.onDemand(master);
    }
}
