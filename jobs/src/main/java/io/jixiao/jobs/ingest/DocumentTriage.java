package io.jixiao.jobs.ingest;

import org.apache.hadoop.conf.Configuration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static java.util.Objects.requireNonNull;

/**
 * Decides on the driver, before any Spark job, what an ingest has to do. Each listed file's bytes are hashed (the
 * document's id) and looked up among the documents the warehouse holds:
 * <ul>
 *   <li>bytes recorded under the same path: unchanged, nothing to do;</li>
 *   <li>bytes recorded under another path, or those of a file earlier in the batch (by path): a duplicate,
 *       recorded as rejected with the path kept;</li>
 *   <li>a file over the size limit, or that cannot be read: rejected from its listing;</li>
 *   <li>the rest: new documents, the only ones Spark parses.</li>
 * </ul>
 * A rejection the warehouse already records is not recorded again, so a re-run with nothing new changes nothing.
 */
final class DocumentTriage {

    private DocumentTriage() {
    }

    /**
     * @param toParse   the new documents, by path
     * @param rejected  the rejected documents the warehouse does not record yet
     * @param unchanged the files whose bytes the warehouse holds under their path
     */
    record Outcome(List<NewDocument> toParse, List<RejectedDocuments.Rejection> rejected, long unchanged) {

        Outcome {
            toParse = List.copyOf(toParse);
            rejected = List.copyOf(rejected);
        }

        /** Nothing to parse and nothing to record: no snapshot, no Spark. */
        boolean nothingNew() {
            return toParse.isEmpty() && rejected.isEmpty();
        }
    }

    /**
     * @param known the documents the warehouse holds: id to the path recorded
     */
    static Outcome of(DocumentListing listing, Map<String, String> known, Configuration conf,
                      RejectedDocuments rejections) {
        requireNonNull(known, "known");
        List<RejectedDocuments.Rejection> rejected = new ArrayList<>();
        for (DocumentFile file : listing.overSize(rejections.maxBytes())) {
            rejected.add(rejections.tooLarge(file.path(), file.length(), file.modified()));
        }
        for (RefusedFile file : listing.refused()) {
            rejected.add(rejections.refused(file.path(), file.reason()));
        }
        List<DocumentFile> files = listing.toRead(rejections.maxBytes()).stream()
                .sorted(Comparator.comparing(DocumentFile::path)).toList();
        List<NewDocument> toParse = new ArrayList<>();
        Map<String, String> firstPaths = new HashMap<>();
        long unchanged = 0;
        List<Hashed> hashed = hash(files, conf, rejections.maxBytes());
        for (int i = 0; i < files.size(); i++) {
            DocumentFile file = files.get(i);
            Hashed hash = hashed.get(i);
            if (hash.failure() != null) {
                rejected.add(rejections.refused(file.path(), DocumentBytes.reason(hash.failure())));
            } else if (hash.size() > rejections.maxBytes()) {
                rejected.add(rejections.tooLarge(file.path(), hash.size(), file.modified()));
            } else if (file.path().equals(known.get(hash.docId()))) {
                unchanged++;
            } else if (known.containsKey(hash.docId())) {
                rejected.add(rejections.duplicate(hash.docId(), file.path(), hash.size(), known.get(hash.docId())));
            } else if (firstPaths.containsKey(hash.docId())) {
                rejected.add(rejections.duplicate(hash.docId(), file.path(), hash.size(),
                        firstPaths.get(hash.docId())));
            } else {
                firstPaths.put(hash.docId(), file.path());
                toParse.add(new NewDocument(file, hash.docId()));
            }
        }
        List<RejectedDocuments.Rejection> recordable = rejected.stream()
                .filter(rejection -> !known.containsKey(rejection.docId())).toList();
        return new Outcome(toParse, recordable, unchanged);
    }

    /** Each file's id and size, read side by side; a file that cannot be read has its failure instead. */
    private static List<Hashed> hash(List<DocumentFile> files, Configuration conf, long maxBytes) {
        if (files.isEmpty()) {
            return List.of();
        }
        int threads = Math.min(files.size(), Math.max(2, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "ingest-triage");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Hashed>> futures = new ArrayList<>();
            for (DocumentFile file : files) {
                futures.add(pool.submit(() -> {
                    try {
                        byte[] bytes = DocumentBytes.read(file, conf, maxBytes);
                        return new Hashed(DocumentRecords.sha256(bytes), bytes.length, null);
                    } catch (IOException e) {
                        return new Hashed(null, 0, e);
                    }
                }));
            }
            List<Hashed> hashed = new ArrayList<>(files.size());
            for (Future<Hashed> future : futures) {
                hashed.add(future.get());
            }
            return hashed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the documents", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the documents", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private record Hashed(String docId, long size, IOException failure) {
    }
}
