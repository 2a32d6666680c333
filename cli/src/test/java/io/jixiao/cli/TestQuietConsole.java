package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.MetricTable;
import io.jixiao.reports.output.TableFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Issue 18: a normal run, in a JVM of its own with the launcher's options, says what it did and nothing else: no JVM,
 * log4j, Spark or Hadoop warning; the demo ends with a summary that fits a screen.
 */
class TestQuietConsole {

    /** A JVM warning, a log line of log4j (level WARN or ERROR), a stack trace, a logging library's own notice. */
    private static final String NOISE = ".*(WARNING|\\bWARN\\b|\\bERROR\\b|Exception|log4j|SLF4J|incubator).*";

    private static List<String> output(Path log) throws IOException {
        return Files.readAllLines(log);
    }

    @Test
    void ingestQueryAndReportPrintNoWarning(@TempDir Path temp) throws Exception {
        Path warehouse = temp.resolve("warehouse");
        Path log = temp.resolve("ingest.log");
        assertThat(JixiaoProcess.run(log, "ingest", SampleWarehouse.samples().toString(), "--warehouse",
                warehouse.toString())).isZero();
        assertThat(output(log)).as("ingest").isNotEmpty().noneMatch(line -> line.matches(NOISE))
                .anyMatch(line -> line.startsWith("documents: 4 found"));

        Path query = temp.resolve("query.log");
        assertThat(JixiaoProcess.run(query, "query", "execution-rate", "--warehouse", warehouse.toString())).isZero();
        assertThat(output(query)).as("query").isNotEmpty().noneMatch(line -> line.matches(NOISE));

        Path report = temp.resolve("report.log");
        assertThat(JixiaoProcess.run(report, "report", "--warehouse", warehouse.toString(), "--out",
                temp.resolve("report").toString())).isZero();
        assertThat(output(report)).as("report").noneMatch(line -> line.matches(NOISE));
    }

    @Test
    void theDemoEndsWithASummaryThatFitsAScreen(@TempDir Path temp) throws Exception {
        Path warehouse = temp.resolve("warehouse");
        Path report = temp.resolve("report");
        Path log = temp.resolve("demo.log");
        Path home = SampleWarehouse.samples().getParent().getParent();
        assertThat(JixiaoProcess.run(log, "-Djixiao.home=" + home, "demo", "--warehouse", warehouse.toString(),
                "--out", report.toString(), "--corpus", temp.resolve("corpus").toString())).isZero();

        // standard output and standard error together: the ingest's progress lines, then the summary
        List<String> summary = output(log).stream().filter(line -> !line.startsWith("ingest: ")).toList();
        assertThat(summary).as(String.join("\n", output(log))).hasSizeLessThanOrEqualTo(10)
                .noneMatch(line -> line.matches(NOISE))
                .allSatisfy(line -> assertThat(TableFormatter.displayWidth(line)).as(line).isLessThanOrEqualTo(100));
        assertThat(summary.get(summary.size() - 1))
                .isEqualTo("report: " + report.resolve("index.html").toAbsolutePath().toUri());
        assertThat(Files.exists(report.resolve("index.html"))).isTrue();

        // the five agencies of lowest Σ executed ÷ Σ full-year budget over all years, not the mean of yearly rates
        List<String> ranked = summary.stream().filter(line -> line.matches("  \\d\\. .*")).toList();
        assertThat(ranked).hasSize(5);
        try (DuckDbMetricEngine engine = DuckDbMetricEngine.open(warehouse)) {
            MetricTable lowest = engine.runSql("""
                    SELECT agency, sum(executed) * 100 / sum(full_year_budget) AS rate
                    FROM forms
                    WHERE kind LIKE '%self_evaluation' AND year <> 0 AND agency IS NOT NULL
                    GROUP BY agency
                    HAVING sum(full_year_budget) > 0
                    ORDER BY rate, agency
                    LIMIT 5""");
            for (int i = 0; i < 5; i++) {
                String agency = lowest.rows().get(i).get(0).toString();
                double rate = ((Number) lowest.rows().get(i).get(1)).doubleValue();
                String line = ranked.get(i);
                assertThat(line).startsWith("  " + (i + 1) + ". " + agency.substring(0, Math.min(10, agency.length())));
                double printed = Double.parseDouble(line.replaceAll(".*\\s(\\d+\\.\\d\\d)%.*", "$1"));
                assertThat(printed).as(line).isCloseTo(rate, within(0.005));
            }
        }
    }
}
