package io.jixiao.jobs.ingest;

import static io.jixiao.jobs.ingest.SharedSpark.ingest;

import io.jixiao.read.Samples;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 15: inputs a careless or hostile user leaves beside the documents. Each ends up ingested or rejected with
 * its reason, and none stops the batch.
 */
class TestIngestHostileInputs {

    @TempDir
    Path temp;

    /** Fault 2: sample 003 raises no finding, so no attempt writes a findings file. */
    @Test
    void twoCopiesOfADocumentWithoutFindingsAreIngestedOnceAndTheCopyIsNamed() throws IOException {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Files.copy(Samples.file("003"), inbox.resolve("a.txt"));
        Files.copy(Samples.file("003"), inbox.resolve("copy of a.txt"));
        Path warehouse = temp.resolve("warehouse");

        IngestSummary summary = ingest(warehouse, inbox);

        assertThat(summary.committed()).isTrue();
        assertThat(summary.forms()).isEqualTo(6);
        assertThat(summary.rejections()).singleElement().asString()
                .contains("copy of a.txt", "duplicate of ").endsWith("/a.txt");
        assertThat(WarehouseReader.table(warehouse, WarehouseTables.FORMS).count()).isEqualTo(6);
        assertThat(WarehouseReader.table(warehouse, WarehouseTables.FINDINGS).count()).isZero();
        assertThat(statusByFile(warehouse)).containsOnlyKeys("a.txt", "copy of a.txt")
                .containsEntry("copy of a.txt", "rejected");
        assertThat(ingest(warehouse, inbox).committed()).as("both paths known the second time").isFalse();
    }

    /** Fault 11: a copy of a document an earlier run ingested was read each time and recorded nowhere. */
    @Test
    void aCopyOfADocumentIngestedBeforeIsRecordedAsADuplicateOnce() throws IOException {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Files.copy(Samples.file("002"), inbox.resolve("changji.txt"));
        Path warehouse = temp.resolve("warehouse");
        assertThat(ingest(warehouse, inbox).forms()).isEqualTo(4);
        Files.copy(Samples.file("002"), inbox.resolve("changji (copy).txt"));

        IngestSummary summary = ingest(warehouse, inbox);

        assertThat(summary.committed()).isTrue();
        assertThat(summary.forms()).isZero();
        assertThat(summary.rejections()).singleElement().asString()
                .contains("changji (copy).txt: duplicate of ").endsWith("/inbox/changji.txt");
        assertThat(statusByFile(warehouse)).containsKey("changji.txt")
                .containsEntry("changji (copy).txt", "rejected");
        assertThat(WarehouseReader.table(warehouse, WarehouseTables.FORMS).count()).isEqualTo(4);
        assertThat(ingest(warehouse, inbox).committed()).as("recorded once: nothing new the third time").isFalse();
    }

    /** Fault 3: {@code ln -s . loop} made a file appear 41 times (the kernel's link limit), then failed. */
    @Test
    void aSymlinkToItsOwnFolderIsFollowedOnceAndNamed() throws IOException {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Files.copy(Samples.file("002"), inbox.resolve("changji.txt"));
        Files.createSymbolicLink(inbox.resolve("loop"), Path.of("."));
        Path warehouse = temp.resolve("warehouse");

        IngestSummary summary = ingest(warehouse, inbox);

        assertThat(summary.committed()).isTrue();
        assertThat(summary.forms()).isEqualTo(4);
        assertThat(summary.rejections()).singleElement().asString().contains("/inbox/loop: ", "symbolic link loop");
        assertThat(statusByFile(warehouse)).containsOnlyKeys("changji.txt", "loop");
    }

    /**
     * Fault 3: two links to their own folder made the listing grow without end (2.8 GB after 150 s). Before the
     * fix this test does not finish; it has no time limit of its own.
     */
    @Test
    void twoSymlinkLoopsDoNotHangTheListing() throws IOException {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Files.copy(Samples.file("002"), inbox.resolve("changji.txt"));
        Files.createSymbolicLink(inbox.resolve("a"), Path.of("."));
        Files.createSymbolicLink(inbox.resolve("b"), Path.of("."));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.copy(Samples.file("000"), elsewhere.resolve("shanghai.txt"));
        Files.createSymbolicLink(inbox.resolve("linked"), elsewhere);
        Path warehouse = temp.resolve("warehouse");

        IngestSummary summary = ingest(warehouse, inbox);

        assertThat(summary.forms()).as("a linked folder is followed").isEqualTo(4 + 5);
        assertThat(summary.rejections()).hasSize(2).allSatisfy(r -> assertThat(r).contains("symbolic link loop"));
        assertThat(statusByFile(warehouse)).containsOnlyKeys("changji.txt", "shanghai.txt", "a", "b");
    }

    /** Beside fault 3: a link to nothing was skipped without a word. */
    @Test
    void aDanglingLinkIsRejectedNamingItsTarget() throws IOException {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Files.copy(Samples.file("002"), inbox.resolve("changji.txt"));
        Files.createSymbolicLink(inbox.resolve("gone.txt"), Path.of("moved-away.txt"));
        Path warehouse = temp.resolve("warehouse");

        IngestSummary summary = ingest(warehouse, inbox);

        assertThat(summary.forms()).isEqualTo(4);
        assertThat(summary.rejections()).singleElement().asString()
                .contains("/inbox/gone.txt: ", "moved-away.txt", "does not exist");
    }

    /** Fault 11: two links naming each other ({@code ln -s b a; ln -s a b}) were skipped without a word. */
    @Test
    void twoLinksToEachOtherAreRejectedAsALoop() throws IOException {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Files.copy(Samples.file("002"), inbox.resolve("changji.txt"));
        Files.createSymbolicLink(inbox.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(inbox.resolve("b"), Path.of("a"));
        Path warehouse = temp.resolve("warehouse");

        IngestSummary summary = ingest(warehouse, inbox);

        assertThat(summary.forms()).isEqualTo(4);
        assertThat(summary.rejections()).hasSize(2).allSatisfy(r -> assertThat(r)
                .contains("links that lead back to themselves (a loop); not read").doesNotContain("does not exist"));
        assertThat(statusByFile(warehouse)).containsEntry("a", "rejected").containsEntry("b", "rejected");
    }

    /** Fault 11: a warehouse inside the document folder ingested its own files (CURRENT, Parquet, manifests). */
    @Test
    void aWarehouseInsideTheDocumentFolderIsNotReadAsDocuments() throws IOException {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Files.copy(Samples.file("002"), inbox.resolve("changji.txt"));
        Path warehouse = inbox.resolve("warehouse");
        assertThat(ingest(warehouse, inbox).forms()).isEqualTo(4);
        Files.copy(Samples.file("003"), inbox.resolve("more.txt"));
        Files.createSymbolicLink(inbox.resolve("same warehouse"), warehouse);

        IngestSummary summary = ingest(warehouse, inbox);

        assertThat(summary.rejections()).isEmpty();
        assertThat(summary.documentsFound()).isEqualTo(2);
        assertThat(statusByFile(warehouse)).containsOnlyKeys("changji.txt", "more.txt");
        assertThat(ingest(warehouse, inbox).committed()).as("nothing new the third time").isFalse();
    }

    /** Fault 4: Spark's file source opened the FIFO and waited for a writer for ever. */
    @Test
    void aFifoIsRejectedUnreadAndTheBatchGoesOn() throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Files.copy(Samples.file("002"), inbox.resolve("changji.txt"));
        Path fifo = inbox.resolve("pipe.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor()).isZero();
        Path warehouse = temp.resolve("warehouse");

        IngestSummary summary = ingest(warehouse, inbox);

        assertThat(summary.forms()).isEqualTo(4);
        assertThat(summary.rejections()).singleElement().asString()
                .contains("/inbox/pipe.txt: ", "not a regular file", "not read");
        assertThat(warehouse.resolve(io.jixiao.schema.warehouse.WarehouseLayout.LOCK)).doesNotExist();
        assertThat(ingest(warehouse, inbox).committed()).as("recorded once: nothing new the second time").isFalse();
    }

    /** Fault 5: "Relative path in absolute URI" stopped the batch. */
    @Test
    void fileNamesWithAColonOrGlobCharactersAreRead() throws IOException {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Files.copy(Samples.file("002"), inbox.resolve("changji.txt"));
        Files.copy(Samples.file("000"), inbox.resolve("2023:上海 [v2] {final} *?.txt"));
        Files.copy(Samples.file("003"), inbox.resolve("a:b%20c #1.txt"));
        Path warehouse = temp.resolve("warehouse");

        IngestSummary summary = ingest(warehouse, inbox);

        assertThat(summary.rejections()).isEmpty();
        assertThat(summary.forms()).isEqualTo(4 + 5 + 6);
        assertThat(statusByFile(warehouse)).containsOnlyKeys("changji.txt", "2023:上海 [v2] {final} *?.txt",
                "a:b%20c #1.txt");
    }

    /** Fault 5: the same names given as inputs, a folder whose name has a colon among them. */
    @Test
    void inputsWithAColonAreRead() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("in:box"));
        Files.copy(Samples.file("002"), folder.resolve("changji.txt"));
        Path file = Files.copy(Samples.file("003"), temp.resolve("b:c.txt"));
        Path warehouse = temp.resolve("warehouse");

        IngestSummary summary = ingest(warehouse, folder, file);

        assertThat(summary.rejections()).isEmpty();
        assertThat(summary.forms()).isEqualTo(4 + 6);
    }

    /**
     * Fault 6: a file that cannot be read was reported as "File does not exist" and stopped the batch. The tests
     * may run as root, which reads any file whatever its mode; a sysctl file that is write-only (0200) refuses
     * even root, so the unreadable document is a link to one.
     */
    @Test
    void anUnreadableFileIsRejectedWithTheRealReasonAndTheBatchGoesOn() throws IOException {
        Path writeOnly = Path.of("/proc/sys/vm/compact_memory");
        assumeTrue(Files.exists(writeOnly) && !Files.isReadable(writeOnly), "needs a file nobody may read");
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Files.copy(Samples.file("002"), inbox.resolve("changji.txt"));
        Files.createSymbolicLink(inbox.resolve("secret.txt"), writeOnly);
        Path warehouse = temp.resolve("warehouse");

        IngestSummary summary = ingest(warehouse, inbox);

        assertThat(summary.forms()).isEqualTo(4);
        assertThat(summary.rejections()).singleElement().asString()
                .contains("/inbox/secret.txt: ", "ermission denied").doesNotContain("does not exist");
        assertThat(statusByFile(warehouse)).containsEntry("secret.txt", "rejected");
    }

    private static Map<String, String> statusByFile(Path warehouse) {
        return WarehouseReader.table(warehouse, WarehouseTables.DOCUMENTS).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(r.fieldIndex("file_name")),
                        r -> r.getString(r.fieldIndex("status"))));
    }
}
