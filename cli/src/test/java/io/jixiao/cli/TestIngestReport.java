package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.cli.console.IngestReport;
import io.jixiao.jobs.ingest.IngestJob;
import io.jixiao.jobs.ingest.IngestOptions;
import io.jixiao.jobs.ingest.IngestProgress;
import io.jixiao.jobs.ingest.IngestSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 18: after an ingest, every document rejected or read in part is named by its path with its reasons; a batch
 * with more than the console lists gives the count of the rest and the query that lists them all.
 */
class TestIngestReport {

    private static final Path DATA = SampleWarehouse.samples().getParent();

    private static IngestSummary ingest(Path inbox, Path warehouse) {
        return new IngestJob(SampleWarehouse.spark()).run(
                new IngestOptions(List.of(inbox.toString()), warehouse.toString(), false), IngestProgress.SILENT);
    }

    private static String printed(IngestSummary summary, Path warehouse) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        IngestReport.print(summary, warehouse.toString(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void namesEveryPartialAndRejectedDocumentWithItsReasons(@TempDir Path temp) throws IOException {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        for (String sample : List.of("samples/000_672dbaea54929c24.txt", "samples/001_8565ebd750e095f3.txt",
                "realworld/rw_22_hainan-shangwuting_undated_rubric.txt", "demo-extras/empty.txt",
                "demo-extras/scan.png")) {
            Files.copy(DATA.resolve(sample), inbox.resolve(Path.of(sample).getFileName()));
        }
        Path warehouse = temp.resolve("warehouse");

        String out = printed(ingest(inbox, warehouse), warehouse);

        assertThat(out).contains("5 found = 1 ok + 2 partial + 2 rejected");
        List<String> lines = out.lines().toList();
        // rejected first, then partial, each by its path, its reason on the next line
        assertThat(lines).containsSubsequence(
                "  rejected  " + inbox.resolve("empty.txt"), "            empty document",
                "  rejected  " + inbox.resolve("scan.png"), "            image of 16×16 pixels, too small for a scanned page",
                "  partial   " + inbox.resolve("001_8565ebd750e095f3.txt"));
        // 001 line 407: a target row with a single value in a table with half-year and full-year columns
        assertThat(out).contains("1 problem(s), first: line 407");
        // rw_22 has no 年度资金总额 row and no year: data-quality errors, by rule name
        assertThat(lines).filteredOn(line -> line.startsWith("            error: "))
                .contains("            error: Total funds row missing, line 25", "            error: Year missing, line 25");
        assertThat(out).doesNotContain("more;").doesNotContain("file:");
    }

    @Test
    void aLargeBatchListsTheFirstAndGivesTheQueryForAll(@TempDir Path temp) throws IOException {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        int documents = IngestReport.LISTED + 7;
        for (int i = 0; i < documents; i++) {
            // different bytes: one document each
            Files.writeString(inbox.resolve(String.format("note-%02d.txt", i)), "会议纪要 " + i);
        }
        Path warehouse = temp.resolve("warehouse");

        String out = printed(ingest(inbox, warehouse), warehouse);

        assertThat(out.lines().filter(line -> line.startsWith("  rejected  "))).hasSize(IngestReport.LISTED);
        Matcher command = Pattern.compile("  … 7 more; all of them: jixiao sql \"(SELECT [^\"]+)\" --warehouse (\\S+)")
                .matcher(out);
        assertThat(command.find()).as(out).isTrue();
        JixiaoRun all = JixiaoRun.of("sql", command.group(1), "--warehouse", command.group(2), "--format", "csv");
        assertThat(all.exit()).isZero();
        assertThat(all.out().lines().filter(line -> line.contains("note-"))).hasSize(documents);
    }
}
