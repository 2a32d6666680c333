package io.jixiao.jobs.ingest;


import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;


/**
 * The forms a batch may hold twice, found from 64-bit keys (the first 16 hex digits of the form ids) without reading
 * a table: a key two documents of the batch wrote, or that the warehouse holds too. Keys that meet are candidates
 * only (two ids may share a key); their rows are read back to settle them exactly ({@link StagedBatch}).
 */
final class FormKeys {

    private FormKeys() {
    }

    /** The keys of forms among the batch's that two of its documents hold, and those the warehouse holds too. */
    record Candidates(KeySet withinBatch, KeySet withWarehouse) {

        boolean isEmpty() {
            return withinBatch.isEmpty() && withWarehouse.isEmpty();
        }
    }

    /** Sorted, distinct form keys. */
    record KeySet(long[] keys) {

        boolean isEmpty() {
            return keys.length == 0;
        }

        boolean contains(long key) {
            return Arrays.binarySearch(keys, key) >= 0;
        }
    }

    /**
     * @param warehouse the warehouse's form keys, sorted
     */
    static Candidates candidates(List<AttemptResult> results, long[] warehouse) {
        int count = results.stream().mapToInt(result -> result.formKeys().length / 2).sum();
        long[] batch = new long[count];
        int next = 0;
        for (AttemptResult result : results) {
            long[] pairs = result.formKeys();
            for (int i = 0; i < pairs.length; i += 2) {
                batch[next++] = pairs[i];
            }
        }
        Arrays.sort(batch);
        // a document's forms have distinct ids and no document is parsed twice: a repeated key is two documents
        LongStream.Builder twice = LongStream.builder();
        LongStream.Builder shared = LongStream.builder();
        for (int i = 0; i < batch.length; i++) {
            if (i > 0 && batch[i] == batch[i - 1]) {
                twice.add(batch[i]);
            } else if (Arrays.binarySearch(warehouse, batch[i]) >= 0) {
                shared.add(batch[i]);
            }
        }
        return new Candidates(new KeySet(twice.build().distinct().toArray()), new KeySet(shared.build().toArray()));
    }
}
