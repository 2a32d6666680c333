package io.jixiao.cli;

import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.html.ReportMessages;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: {@code jixiao report --format docx} writes the editable Word report from a real warehouse. */
class TestReportFormats {

    @TempDir
    Path temp;

    @Test
    void docxWritesReportDocxAndNoPage() throws IOException {
        Path out = temp.resolve("report");
        JixiaoRun run = JixiaoRun.of("report", "--format", "docx", "--warehouse", SampleWarehouse.path().toString(),
                "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("report: " + out.resolve("report.docx").toAbsolutePath() + "\n");
        assertThat(out.resolve("index.html")).doesNotExist();
        try (InputStream in = Files.newInputStream(out.resolve("report.docx"));
             XWPFDocument docx = new XWPFDocument(in)) {
            List<String> headings = docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).first().asString().startsWith("一、");
            assertThat(headings).anyMatch(heading -> heading.endsWith("、主要数据"))
                    .anyMatch(heading -> heading.endsWith("、" + new ReportMessages(Lang.ZH).get("section.execution")));
            assertThat(docx.getTables().get(0).getText()).contains("2,877.51");
            assertThat(docx.getAllPictures()).isNotEmpty();
        }
    }

    @Test
    void bothFormatsAtOnceAndAgainIntoTheSameFolder() {
        Path out = temp.resolve("both");
        String[] args = {"report", "--format", "html,docx", "--lang", "en", "--warehouse",
                SampleWarehouse.path().toString(), "--out", out.toString()};
        JixiaoRun first = JixiaoRun.of(args);
        JixiaoRun again = JixiaoRun.of(args);

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(again.exit()).as("an earlier report's files are replaced: " + again.err()).isZero();
        assertThat(again.out().lines()).containsExactly("report: " + out.resolve("index.html").toAbsolutePath(),
                "report: " + out.resolve("report.docx").toAbsolutePath());
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve("report.docx")).isRegularFile();
    }

    @Test
    void someoneElsesReportDocxStopsTheReportBeforeAnythingIsWritten() throws IOException {
        Path out = Files.createDirectories(temp.resolve("theirs"));
        Path theirs = Files.writeString(out.resolve("report.docx"), "not ours");

        JixiaoRun run = JixiaoRun.of("report", "--format", "html,docx", "--warehouse",
                SampleWarehouse.path().toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("jixiao report: " + theirs + " exists and is not from an earlier report");
        assertThat(theirs).hasContent("not ours");
        assertThat(out.resolve("index.html")).doesNotExist();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        JixiaoRun run = JixiaoRun.of("report", "--format", "pdf", "--warehouse", SampleWarehouse.path().toString(),
                "--out", temp.resolve("pdf").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--format").contains("HTML, DOCX");
        assertThat(temp.resolve("pdf")).doesNotExist();
    }
}
