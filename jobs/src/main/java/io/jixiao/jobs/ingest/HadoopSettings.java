package io.jixiao.jobs.ingest;

import org.apache.hadoop.conf.Configuration;

import java.util.Map;

/**
 * The Hadoop configuration an ingest uses before (or without) a Spark session: Hadoop's defaults and site files, and
 * the {@code spark.hadoop.*} settings given as system properties, as Spark itself would apply them. Spark's own
 * helper for this loads a few hundred classes of Spark's configuration, which a run with nothing new never needs.
 */
final class HadoopSettings {

    private static final String PREFIX = "spark.hadoop.";

    private HadoopSettings() {
    }

    static Configuration withoutSpark() {
        Configuration conf = new Configuration();
        for (Map.Entry<Object, Object> property : System.getProperties().entrySet()) {
            String key = property.getKey().toString();
            if (key.startsWith(PREFIX) && key.length() > PREFIX.length()) {
                conf.set(key.substring(PREFIX.length()), property.getValue().toString(),
                        "spark.hadoop system property");
            }
        }
        return conf;
    }
}
