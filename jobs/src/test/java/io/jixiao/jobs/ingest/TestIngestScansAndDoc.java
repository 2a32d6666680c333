package io.jixiao.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.corpus.convert.DocumentConverter;
import io.jixiao.read.Samples;
import io.jixiao.read.binary.BinaryFixtures;
import io.jixiao.read.binary.DocumentFormat;
import io.jixiao.read.scan.ScannedSamples;
import io.jixiao.schema.warehouse.WarehouseTables;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder as an analyst collects a province's attachments: a Word 97 .doc, a scanned PDF, a PNG and a multi-page
 * TIFF of scanned pages, beside text and an xlsx. All are ingested, each with its format in documents.layout, and
 * every row read from a scan is marked ocr.
 */
class TestIngestScansAndDoc {

    @TempDir
    Path temp;

    @Test
    void aMixedFolderIsIngestedEachDocumentWithItsFormat() throws IOException {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Files.write(inbox.resolve("changji-2020.doc"), BinaryFixtures.sampleDoc());
        List<BufferedImage> shanghai2023 = ScannedSamples.pages(Samples.NAMES.get(0), ScannedSamples.SCAN_DPI);
        Files.write(inbox.resolve("shanghai-2023-scan.pdf"),
                ScannedSamples.scannedPdf(shanghai2023, ScannedSamples.SCAN_DPI));
        List<BufferedImage> shanghai2024 = ScannedSamples.pages(Samples.NAMES.get(3), ScannedSamples.SCAN_DPI);
        Files.write(inbox.resolve("shanghai-2024-page1.png"), ScannedSamples.png(shanghai2024.get(0)));
        Files.write(inbox.resolve("shanghai-2024-pages2-3.tiff"), ScannedSamples.tiff(shanghai2024.subList(1, 3)));
        Files.copy(Samples.file("001"), inbox.resolve("jiangsu-2023.txt"));
        Files.write(inbox.resolve("shanghai-2024.xlsx"), new DocumentConverter().convert(
                Files.readAllBytes(Samples.file("003")), DocumentFormat.XLSX));
        Path warehouse = temp.resolve("warehouse");

        IngestSummary summary = new IngestJob(SharedSpark.session()).run(
                new IngestOptions(List.of(inbox.toString()), warehouse.toString(), false), IngestProgress.SILENT);

        assertThat(summary.documentsFound()).isEqualTo(6);
        assertThat(summary.rejections()).isEmpty();
        List<Row> documents = WarehouseReader.table(warehouse, WarehouseTables.DOCUMENTS).collectAsList();
        Map<String, String> layoutByFile = documents.stream().collect(Collectors.toMap(
                r -> r.getString(r.fieldIndex("file_name")), r -> r.getString(r.fieldIndex("layout"))));
        assertThat(layoutByFile).containsExactlyInAnyOrderEntriesOf(Map.of(
                "changji-2020.doc", "doc",
                "shanghai-2023-scan.pdf", "ocr-pdf",
                "shanghai-2024-page1.png", "ocr-png",
                "shanghai-2024-pages2-3.tiff", "ocr-tiff",
                "jiangsu-2023.txt", "tab_rows",
                "shanghai-2024.xlsx", "xlsx"));
        assertThat(documents).allSatisfy(r -> assertThat(r.getString(r.fieldIndex("status"))).isIn("ok", "partial"));

        Map<String, String> fileByDoc = documents.stream().collect(Collectors.toMap(
                r -> r.getString(r.fieldIndex("doc_id")), r -> r.getString(r.fieldIndex("file_name"))));
        for (var table : List.of(WarehouseTables.FORMS, WarehouseTables.FUNDS, WarehouseTables.INDICATORS)) {
            List<Row> rows = WarehouseReader.table(warehouse, table).collectAsList();
            assertThat(rows).as(table.name()).isNotEmpty();
            for (Row row : rows) {
                String file = fileByDoc.get(row.getString(row.fieldIndex("doc_id")));
                assertThat(row.getBoolean(row.fieldIndex("ocr"))).as("%s row of %s marked ocr", table.name(), file)
                        .isEqualTo(layoutByFile.get(file).startsWith("ocr-"));
            }
            assertThat(rows).as("%s rows read from the scanned PDF", table.name())
                    .anySatisfy(r -> assertThat(fileByDoc.get(r.getString(r.fieldIndex("doc_id"))))
                            .isEqualTo("shanghai-2023-scan.pdf"));
        }
    }
}
