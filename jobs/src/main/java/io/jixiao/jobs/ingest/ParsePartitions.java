package io.jixiao.jobs.ingest;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.internal.SQLConf;

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
        // the ingest runs in a classic (not Connect) session, which holds the SQL settings
        org.apache.spark.sql.classic.SparkSession session = (org.apache.spark.sql.classic.SparkSession) spark;
        SQLConf conf = session.sessionState().conf();
        long openCost = conf.filesOpenCostInBytes();
        long totalBytes = files.stream().mapToLong(f -> f.file().length() + openCost).sum();
        int minPartitions = conf.filesMinPartitionNum().isDefined()
                ? (Integer) conf.filesMinPartitionNum().get()
                : session.leafNodeDefaultParallelism();
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
