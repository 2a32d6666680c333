package io.jixiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TestCommands {

    @TempDir
    Path temp;

    @Test
    void helpListsEveryCommand() {
        StringWriter out = new StringWriter();
        CommandLine jixiao = Jixiao.commandLine().setOut(new PrintWriter(out));
        assertThat(jixiao.execute("--help")).isZero();
        assertThat(out.toString()).contains("parse", "ingest", "metrics", "query", "sql", "report", "demo");
        for (String command : jixiao.getSubcommands().keySet()) {
            StringWriter help = new StringWriter();
            CommandLine sub = jixiao.getSubcommands().get(command).setOut(new PrintWriter(help));
            assertThat(sub.execute("--help")).as(command).isZero();
            assertThat(help.toString()).as(command).contains("Usage: jixiao " + command);
        }
    }

    @Test
    void parseJsonGivesEveryFormOfASample() throws Exception {
        String json = captured(() -> Jixiao.commandLine().execute("parse", "--json",
                SampleWarehouse.samples().resolve("000_672dbaea54929c24.txt").toString()));
        JsonNode document = new ObjectMapper().readTree(json);
        assertThat(document.get("layout").asText()).isEqualTo("tab_rows");
        assertThat(document.get("forms")).hasSize(5);
        assertThat(document.get("forms").get(0).get("project").asText()).isEqualTo("时频实验室运维经费");
    }

    @Test
    void queryAndReportStartNoSpark() throws Exception {
        Path warehouse = SampleWarehouse.path();
        Path log = temp.resolve("query.log");
        assertThat(JixiaoProcess.run(log, "-Xlog:class+load=info", "query", "execution-rate", "--warehouse",
                warehouse.toString(), "--format", "csv")).as(Files.readString(log)).isZero();
        String query = Files.readString(log);
        assertThat(query).contains("上海市计量测试技术研究院").contains("98.29");
        assertThat(query).as("class loading is logged").contains("io.jixiao.reports.metrics.DuckDbMetricEngine ")
                .doesNotContain("org.apache.spark.SparkContext ");

        Path reportLog = temp.resolve("report.log");
        assertThat(JixiaoProcess.run(reportLog, "-Xlog:class+load=info", "report", "--warehouse",
                warehouse.toString(), "--out", temp.resolve("report").toString()))
                .as(Files.readString(reportLog)).isZero();
        assertThat(Files.readString(reportLog)).doesNotContain("org.apache.spark.SparkContext ");
        assertThat(temp.resolve("report/index.html")).isNotEmptyFile();
    }

    @Test
    void sqlCannotWrite() throws Exception {
        Path warehouse = SampleWarehouse.path();
        StringWriter err = new StringWriter();
        int exit = Jixiao.commandLine().setErr(new PrintWriter(err))
                .execute("sql", "DELETE FROM forms", "--warehouse", warehouse.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("jixiao sql: ").contains("refused");
        String count = captured(() -> Jixiao.commandLine().execute("sql", "SELECT count(*) AS n FROM forms",
                "--warehouse", warehouse.toString(), "--format", "csv"));
        assertThat(count).contains("24");
    }

    /** Issue 15, fault 8: a query can put any text in a cell or a column name; none may reach Excel as a formula. */
    @Test
    void sqlCsvWritesNoFormula() throws Exception {
        Path warehouse = SampleWarehouse.path();
        String csv = captured(() -> Jixiao.commandLine().execute("sql",
                "SELECT '=cmd|'' /C calc''!A0' AS a, '@SUM(1)' AS \"=b\", -1.5 AS c, count(*) AS n FROM forms",
                "--warehouse", warehouse.toString(), "--format", "csv"));
        java.util.List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.EXCEL
                .parse(new java.io.StringReader(csv.replace("\uFEFF", ""))).getRecords();
        assertThat(records.get(0).toList()).containsExactly("a", "'=b", "c", "n");
        assertThat(records.get(1).toList()).containsExactly("'=cmd|' /C calc'!A0", "'@SUM(1)", "-1.5", "24");
    }

    /** Issue 15, fault 1: an empty CURRENT made every query answer nothing, with exit 0. */
    @Test
    void aBrokenCurrentIsReadAsTheLastCommittedSnapshot() throws Exception {
        Path warehouse = copyOf(SampleWarehouse.path());
        Files.write(warehouse.resolve("CURRENT"), new byte[0]);

        String count = captured(() -> Jixiao.commandLine().execute("sql", "SELECT count(*) AS n FROM forms",
                "--warehouse", warehouse.toString(), "--format", "csv"));

        assertThat(count).contains("24");
    }

    /** Issue 15, fault 7: a deleted Parquet file of the current snapshot gave fewer forms, with exit 0. */
    @Test
    void aDeletedDataFileIsRefusedInOneLine() throws Exception {
        Path warehouse = copyOf(SampleWarehouse.path());
        Path file;
        try (java.util.stream.Stream<Path> files = Files.walk(warehouse.resolve("snapshots"))) {
            file = files.filter(f -> f.toString().contains("/forms/") && f.toString().endsWith(".parquet"))
                    .findFirst().orElseThrow();
        }
        Files.delete(file);

        for (String[] command : new String[][] {{"sql", "SELECT count(*) FROM forms"}, {"query", "execution-rate"}}) {
            StringWriter err = new StringWriter();
            int exit = Jixiao.commandLine().setErr(new PrintWriter(err)).execute(command[0], command[1],
                    "--warehouse", warehouse.toString());
            assertThat(exit).as(command[0]).isEqualTo(1);
            assertThat(err.toString()).as(command[0]).startsWith("jixiao " + command[0] + ": ")
                    .contains("is damaged", file.getFileName().toString(), "is missing")
                    .hasLineCount(1);
        }
    }

    private Path copyOf(Path warehouse) throws java.io.IOException {
        return WarehouseCopies.copy(warehouse, temp.resolve("warehouse-copy"));
    }

    private static String captured(java.util.concurrent.Callable<Integer> command) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            assertThat(command.call()).isZero();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
