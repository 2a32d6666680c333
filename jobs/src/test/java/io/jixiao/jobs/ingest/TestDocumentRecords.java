package io.jixiao.jobs.ingest;

import io.jixiao.read.DocumentParser;
import io.jixiao.read.Samples;
import io.jixiao.schema.model.ParsedDocument;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TestDocumentRecords {

    private static final Timestamp NOW = Timestamp.valueOf("2026-11-21 10:00:00");

    @Test
    void aSampleGivesOneRowPerFormFundLineAndIndicator() throws IOException {
        DocumentRecords records = records("changji.txt", Files.readAllBytes(Samples.file("002")));

        // Changji 2020: 4 forms, 16 fund lines, 46 indicators (data/expected/002.json, checked by hand)
        assertThat(records.forms()).hasSize(4);
        assertThat(records.funds()).hasSize(16);
        assertThat(records.indicators()).hasSize(46);
        assertThat(records.status()).as("its findings are warnings, and every line is used")
                .isEqualTo(DocumentRecords.OK);
        Set<Object> formIds = new HashSet<>();
        records.forms().forEach(f -> formIds.add(f[column("form_id")]));
        assertThat(formIds).hasSize(4);
    }

    @Test
    void aFormRepeatedInOneDocumentIsKeptOnceAndReported() throws IOException {
        String text = Files.readString(Samples.file("002"), StandardCharsets.UTF_8);
        int lines = (int) text.lines().count();
        byte[] twice = (text + "\n" + text).getBytes(StandardCharsets.UTF_8);

        DocumentRecords records = records("changji-twice.txt", twice);

        assertThat(records.forms()).hasSize(4);
        assertThat(records.funds()).hasSize(16);
        assertThat(records.indicators()).hasSize(46);
        assertThat(records.status()).isEqualTo(DocumentRecords.PARTIAL);
        assertThat((String) records.document()[documentColumn("message")]).contains("repeats", "only the first");
        assertThat((int) records.document()[documentColumn("forms")]).isEqualTo(4);
        assertThat((int) records.document()[documentColumn("problems")]).isGreaterThanOrEqualTo(4);
        assertThat(records.forms()).allSatisfy(f -> assertThat((int) f[column("first_line")]).isLessThan(lines));
    }

    /**
     * funds.first_of_source: true on the first line (lowest seq) of each form, side and source, false on the later
     * ones, so that counting the flagged lines counts the forms (the funds metric). Sample 001's target tables list
     * several expense lines under one source ('item').
     */
    @Test
    void theFirstLineOfEachFormSideAndSourceIsMarked() throws IOException {
        DocumentRecords records = records("jiangsu.txt", Files.readAllBytes(Samples.file("001")));

        Set<String> seen = new HashSet<>();
        int repeated = 0;
        for (Object[] line : records.funds()) {
            String key = line[fundColumn("form_id")] + "|" + line[fundColumn("side")] + "|" + line[fundColumn("source")];
            boolean first = seen.add(key);
            assertThat(line[fundColumn("first_of_source")]).as("line seq %s of %s", line[fundColumn("seq")], key)
                    .isEqualTo(first);
            repeated += first ? 0 : 1;
        }
        assertThat(repeated).as("lines that repeat their form's side and source").isPositive();
        assertThat(records.funds().stream().filter(l -> (boolean) l[fundColumn("first_of_source")]).count())
                .isEqualTo(seen.size());
    }

    private static DocumentRecords records(String name, byte[] bytes) {
        ParsedDocument parsed = new DocumentParser().parse(name, bytes);
        return DocumentRecords.of(DocumentSource.of(name, bytes), parsed, "run-1", NOW);
    }

    private static int column(String name) {
        return WarehouseTables.FORMS.columns().indexOf(WarehouseTables.FORMS.column(name).orElseThrow());
    }

    private static int fundColumn(String name) {
        return WarehouseTables.FUNDS.columns().indexOf(WarehouseTables.FUNDS.column(name).orElseThrow());
    }

    private static int documentColumn(String name) {
        return WarehouseTables.DOCUMENTS.columns().indexOf(WarehouseTables.DOCUMENTS.column(name).orElseThrow());
    }
}
