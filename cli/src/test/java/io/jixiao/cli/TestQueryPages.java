package io.jixiao.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: {@code query --limit N} prints the first N rows of a listing (the limit is the SQL's) and says how many
 * there are in all; {@code --out FILE} holds every row, and so does CSV on standard output without --limit.
 */
class TestQueryPages {

    @TempDir
    Path temp;

    @Test
    void aPageOfAListingSaysHowManyRowsThereAre() throws IOException {
        List<List<String>> all = rows(JixiaoRun.of("query", "shortfalls", "--format", "csv", "--headers", "en",
                "--warehouse", warehouse()));
        JixiaoRun page = JixiaoRun.of("query", "shortfalls", "--limit", "3", "--format", "csv", "--headers", "en",
                "--warehouse", warehouse());

        assertThat(all).hasSizeGreaterThan(4);
        assertThat(page.exit()).as(page.err()).isZero();
        assertThat(rows(page)).hasSize(4).isEqualTo(all.subList(0, 4));
        assertThat(page.err()).contains("3 of " + (all.size() - 1) + " rows", "--limit N", "--out FILE");
    }

    @Test
    void aSortedPageIsTheTopOfTheSortedListing() throws IOException {
        List<List<String>> sorted = rows(JixiaoRun.of("query", "shortfalls", "--sort", "-score", "--format", "csv",
                "--headers", "en", "--warehouse", warehouse()));
        List<List<String>> page = rows(JixiaoRun.of("query", "shortfalls", "--sort", "-score", "--limit", "5",
                "--format", "csv", "--headers", "en", "--warehouse", warehouse()));

        assertThat(page).hasSize(6).isEqualTo(sorted.subList(0, 6));
    }

    @Test
    void theTerminalShowsAPageAndOutHoldsEveryRow() throws IOException {
        Path file = temp.resolve("shortfalls.csv");
        JixiaoRun out = JixiaoRun.of("query", "shortfalls", "--out", file.toString(), "--headers", "en",
                "--warehouse", warehouse());
        List<CSVRecord> written = csv(Files.readString(file, StandardCharsets.UTF_8));
        JixiaoRun terminal = JixiaoRun.of("query", "shortfalls", "--limit", "2", "--warehouse", warehouse());

        assertThat(out.exit()).as(out.err()).isZero();
        assertThat(out.err()).doesNotContain(" of ");
        assertThat(written).hasSizeGreaterThan(3);
        assertThat(terminal.exit()).as(terminal.err()).isZero();
        assertThat(terminal.err()).contains("2 of " + (written.size() - 1) + " rows");
    }

    @Test
    void limitIsRefusedWithTotalsAndBelowZero() {
        JixiaoRun totals = JixiaoRun.of("query", "execution-rate", "--totals", "--limit", "5", "--warehouse",
                warehouse());
        JixiaoRun negative = JixiaoRun.of("query", "shortfalls", "--limit", "-1", "--warehouse", warehouse());

        assertThat(totals.exit()).isNotZero();
        assertThat(totals.err()).contains("--limit");
        assertThat(negative.exit()).isNotZero();
        assertThat(negative.err()).contains("--limit");
    }

    private static List<List<String>> rows(JixiaoRun run) throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        return csv(run.out()).stream().map(CSVRecord::toList).toList();
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.EXCEL.parse(new StringReader(text.replace("\uFEFF", ""))).getRecords();
    }

    private static String warehouse() {
        return SampleWarehouse.path().toString();
    }
}
