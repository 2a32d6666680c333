package io.jixiao.jobs.ingest;

import io.jixiao.jobs.read.Samples;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: inputs a careless or hostile user leaves beside the documents. Each ends up ingested or rejected with
 * its reason, and none stops the batch.
 */
class TestIngestHostileInputs {

    @TempDir
    Path temp;

    private IngestSummary ingest(Path warehouse, Path... inputs) {
        List<String> paths = java.util.Arrays.stream(inputs).map(Path::toString).toList();
        return new IngestJob(SharedSpark.session())
                .run(new IngestOptions(paths, warehouse.toString(), false), IngestProgress.SILENT);
    }

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

    private static Map<String, String> statusByFile(Path warehouse) {
        return WarehouseReader.table(warehouse, WarehouseTables.DOCUMENTS).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(r.fieldIndex("file_name")),
                        r -> r.getString(r.fieldIndex("status"))));
    }

    static String message(Row document) {
        return document.getString(document.fieldIndex("message"));
    }
}
