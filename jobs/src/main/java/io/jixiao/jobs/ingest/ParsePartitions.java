package io.jixiao.jobs.ingest;

import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.internal.SQLConf;

import scala.Tuple2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Packs the documents to parse into the partitions of the parse job, one task each.
 *
 * <p>How many: as many as Spark would make of a file source ({@code FilePartition.getFilePartitions}, Spark 4.1: each
 * file counting its length plus {@code spark.sql.files.openCostInBytes}, partitions of at most {@code maxSplitBytes}),
 * rounded up to a multiple of the cores so that no wave of tasks leaves cores idle, and no more than
 * {@code spark.sql.files.maxPartitionNum}. Spark's own method takes its internal file descriptions; the ingest reads
 * the files itself, so that it decides which files are opened at all.
 *
 * <p>Which documents go where: largest first, each to the partition with the least work, so that the tasks take
 * about as long. Spark fills its partitions one after the other instead: in a 100k-form ingest its first task got
 * twice the bytes of the last and ran 60% longer, while a core stood idle at the end.
 */
final class ParsePartitions {

    /**
     * A document's parse costs about as long as this many more bytes of its text would (reading the file, the
     * charset, the document's rows): fitted on the tasks of a 100k-form ingest, whose times went as their bytes plus
     * some 3.4 KB per document.
     */
    static final long DOCUMENT_COST_BYTES = 4 * 1024;

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
        int cores = context.defaultParallelism();
        Integer maxPartitions = conf.filesMaxPartitionNum().isDefined()
                ? (Integer) conf.filesMaxPartitionNum().get() : null;
        return balance(files, count(files, conf, cores, maxPartitions));
    }

    /** How many partitions, as the class says. */
    static int count(List<NewDocument> files, SQLConf conf, int cores, Integer maxPartitions) {
        if (files.isEmpty()) {
            return 0;
        }
        long openCost = conf.filesOpenCostInBytes();
        long totalBytes = files.stream().mapToLong(f -> f.file().length() + openCost).sum();
        int minPartitions = conf.filesMinPartitionNum().isDefined()
                ? (Integer) conf.filesMinPartitionNum().get()
                : conf.getConfString("spark.sql.leafNodeDefaultParallelism", null) != null
                        ? Integer.parseInt(conf.getConfString("spark.sql.leafNodeDefaultParallelism", null))
                        : cores;
        long maxSplitBytes = Math.min(conf.filesMaxPartitionBytes(),
                Math.max(openCost, totalBytes / Math.max(1, minPartitions)));
        long count = (totalBytes + maxSplitBytes - 1) / maxSplitBytes;
        count = (count + cores - 1) / cores * cores;
        if (maxPartitions != null) {
            count = Math.min(count, maxPartitions);
        }
        return (int) Math.max(1, Math.min(count, files.size()));
    }

    /** The documents in {@code count} partitions of about equal work: largest first, each to the least loaded. */
    static List<List<NewDocument>> balance(List<NewDocument> files, int count) {
        List<List<NewDocument>> partitions = new ArrayList<>(count);
        PriorityQueue<Load> loads = new PriorityQueue<>(Comparator.comparingLong(Load::work)
                .thenComparingInt(Load::partition));
        for (int i = 0; i < count; i++) {
            partitions.add(new ArrayList<>());
            loads.add(new Load(i, 0));
        }
        List<NewDocument> largestFirst = files.stream()
                .sorted(Comparator.comparingLong((NewDocument document) -> document.file().length()).reversed()
                        .thenComparing(document -> document.file().path()))
                .toList();
        for (NewDocument file : largestFirst) {
            Load least = loads.poll();
            partitions.get(least.partition()).add(file);
            loads.add(new Load(least.partition(), least.work() + work(file)));
        }
        return partitions;
    }

    /** A document's estimated work, in bytes of text. */
    static long work(NewDocument document) {
        return document.file().length() + DOCUMENT_COST_BYTES;
    }

    private record Load(int partition, long work) {
    }
}
