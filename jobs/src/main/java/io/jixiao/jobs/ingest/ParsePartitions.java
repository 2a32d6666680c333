package io.jixiao.jobs.ingest;

import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.internal.SQLConf;

import scala.Tuple2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Packs the documents to parse into partitions the way Spark packs the files of its file sources
 * ({@code FilePartition.getFilePartitions}, Spark 4.1): largest first, each file counting its length plus
 * {@code spark.sql.files.openCostInBytes}, partitions of at most {@code maxSplitBytes}, and no more than
 * {@code spark.sql.files.maxPartitionNum}. Spark's own method takes its internal file descriptions; the ingest
 * reads the files itself, so that it decides which files are opened at all.
 */
final class ParsePartitions {

    private ParsePartitions() {
    }

    static List<List<NewDocument>> of(SparkSession spark, List<NewDocument> files) {
        // the session's SQL settings, read without building its session state (catalyst's start costs seconds, and
        // the ingest runs no SQL unless a form is held twice)
        SparkContext context = spark.sparkContext();
        SQLConf conf = new SQLConf();
        for (Tuple2<String, String> setting : context.getConf().getAll()) {
            if (setting._1().startsWith("spark.sql.")) {
                conf.setConfString(setting._1(), setting._2());
            }
        }
        long openCost = conf.filesOpenCostInBytes();
        long totalBytes = files.stream().mapToLong(f -> f.file().length() + openCost).sum();
        int minPartitions = conf.filesMinPartitionNum().isDefined()
                ? (Integer) conf.filesMinPartitionNum().get()
                : conf.getConfString("spark.sql.leafNodeDefaultParallelism", null) != null
                        ? Integer.parseInt(conf.getConfString("spark.sql.leafNodeDefaultParallelism", null))
                        : context.defaultParallelism();
        long maxSplitBytes = Math.min(conf.filesMaxPartitionBytes(),
                Math.max(openCost, totalBytes / Math.max(1, minPartitions)));
        List<List<NewDocument>> partitions = pack(files, maxSplitBytes, openCost);
        if (conf.filesMaxPartitionNum().isDefined()) {
            int maxPartitions = (Integer) conf.filesMaxPartitionNum().get();
            if (partitions.size() > maxPartitions) {
                partitions = pack(files, (totalBytes + maxPartitions - 1) / maxPartitions, openCost);
            }
        }
        return partitions;
    }

    private static List<List<NewDocument>> pack(List<NewDocument> files, long maxSplitBytes, long openCost) {
        List<List<NewDocument>> partitions = new ArrayList<>();
        List<NewDocument> current = new ArrayList<>();
        long size = 0;
        for (NewDocument file : files.stream()
                .sorted(Comparator.comparingLong((NewDocument document) -> document.file().length()).reversed()).toList()) {
            if (!current.isEmpty() && size + file.file().length() > maxSplitBytes) {
                partitions.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(file);
            size += file.file().length() + openCost;
        }
        if (!current.isEmpty()) {
            partitions.add(current);
        }
        return partitions;
    }
}
