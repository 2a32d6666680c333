package io.jixiao.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.corpus.convert.DocumentConverter;
import io.jixiao.read.Samples;
import io.jixiao.read.binary.BinaryFixtures;
import io.jixiao.read.binary.DocumentFormat;
import io.jixiao.schema.warehouse.WarehouseTables;
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
 * A folder of documents as units send them, through the Spark ingest job: a text sample, the other samples as xlsx,
 * xls and docx, sample 000 again as a PDF, and three that cannot be read (a scan, a truncated xlsx, an encrypted
 * PDF). The good ones are ingested, the others rejected with their reasons, and the batch goes on.
 */
class TestIngestOfficeAndPdf {

    /** Forms per sample, counted by hand in the documents: 5 + 9 + 4 + 6; the PDF repeats sample 000's five. */
    private static final int SAMPLE_FORMS = 24;

    @TempDir
    Path temp;

    @Test
    void goodDocumentsOfEveryFormatAreIngestedAndTheRestRejectedWithReasons() throws IOException {
        DocumentConverter converter = new DocumentConverter();
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Files.copy(Samples.file("000"), inbox.resolve("shanghai-2023.txt"));
        Files.write(inbox.resolve("jiangsu-2023.xlsx"), converter.convert(Files.readAllBytes(Samples.file("001")),
                DocumentFormat.XLSX));
        Files.write(inbox.resolve("changji-2020.xls"), converter.convert(Files.readAllBytes(Samples.file("002")),
                DocumentFormat.XLS));
        Files.write(inbox.resolve("shanghai-2024.docx"), converter.convert(Files.readAllBytes(Samples.file("003")),
                DocumentFormat.DOCX));
        byte[] pdf = converter.convert(Files.readAllBytes(Samples.file("000")), DocumentFormat.PDF);
        Files.write(inbox.resolve("shanghai-2023.pdf"), pdf);
        Files.write(inbox.resolve("scan.pdf"), BinaryFixtures.scannedPdf());
        Files.write(inbox.resolve("broken.xlsx"), BinaryFixtures.truncated(
                converter.convert(Files.readAllBytes(Samples.file("001")), DocumentFormat.XLSX)));
        Files.write(inbox.resolve("locked.pdf"), BinaryFixtures.encrypted(pdf));
        Path warehouse = temp.resolve("warehouse");

        IngestSummary summary = new IngestJob(SharedSpark.session()).run(
                new IngestOptions(List.of(inbox.toString()), warehouse.toString(), false), IngestProgress.SILENT);

        assertThat(summary.documentsFound()).isEqualTo(8);
        assertThat(summary.rejected()).isEqualTo(3);
        assertThat(summary.rejections()).hasSize(3)
                .anySatisfy(r -> assertThat(r).contains("scan.pdf", "OCR recognised no text"))
                .anySatisfy(r -> assertThat(r).contains("broken.xlsx", "corrupt xlsx workbook"))
                .anySatisfy(r -> assertThat(r).contains("locked.pdf", "encrypted PDF"));
        assertThat(summary.forms()).isEqualTo(SAMPLE_FORMS);

        Map<String, String> layoutByFile = WarehouseReader.table(warehouse, WarehouseTables.DOCUMENTS)
                .collectAsList().stream().collect(Collectors.toMap(r -> r.getString(r.fieldIndex("file_name")),
                        r -> r.getString(r.fieldIndex("status")) + " " + r.getString(r.fieldIndex("layout"))));
        assertThat(layoutByFile).hasSize(8)
                .containsEntry("shanghai-2023.txt", "ok tab_rows")
                .containsEntry("scan.pdf", "rejected null")
                .containsEntry("broken.xlsx", "rejected null")
                .containsEntry("locked.pdf", "rejected null");
        assertThat(layoutByFile.get("jiangsu-2023.xlsx")).matches("(ok|partial) xlsx");
        assertThat(layoutByFile.get("changji-2020.xls")).matches("(ok|partial) xls");
        assertThat(layoutByFile.get("shanghai-2024.docx")).matches("(ok|partial) docx");
        assertThat(layoutByFile.get("shanghai-2023.pdf")).matches("(ok|partial) pdf");
        assertThat(WarehouseReader.table(warehouse, WarehouseTables.FORMS).groupBy("year").count()
                .collectAsList()).extracting((Row r) -> r.getInt(0) + ":" + r.getLong(1))
                .containsExactlyInAnyOrder("2020:4", "2023:14", "2024:6");
    }
}
