package io.jixiao.corpus.generate;

import io.jixiao.jobs.ingest.DocumentRecords;
import io.jixiao.jobs.ingest.IngestJob;
import io.jixiao.jobs.ingest.IngestOptions;
import io.jixiao.jobs.ingest.IngestProgress;
import io.jixiao.jobs.ingest.IngestSummary;
import io.jixiao.jobs.ingest.SharedSpark;
import io.jixiao.jobs.ingest.SparkSchemas;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.model.ParsedDocument;
import io.jixiao.schema.warehouse.WarehouseLayout;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated corpus (two regions of three units over three years: every layout and form kind, one region saved in
 * GBK with CRLF line ends, some unit-years stating amounts in 元) through the real Spark ingest in local mode; the warehouse read back holds every form, fund line and indicator the truth holds,
 * field by field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestGeneratedCorpusRoundTrip {

    private List<Form> truth;
    private List<ParsedDocument> documents;
    private IngestSummary summary;
    private Path warehouse;

    @BeforeAll
    void ingestAGeneratedCorpus(@TempDir Path temp) {
        Path corpus = temp.resolve("corpus");
        CorpusGenerator.Corpus written = new CorpusGenerator().generate(corpus, TestCorpusGenerator.SMALL);
        documents = CorpusGenerator.readTruth(corpus);
        truth = documents.stream().flatMap(d -> d.forms().stream()).toList();
        warehouse = temp.resolve("warehouse");
        summary = new IngestJob(SharedSpark.session()).run(new IngestOptions(
                List.of(written.documentsDirectory().toString()), warehouse.toString(),
                true), IngestProgress.SILENT);
    }

    @Test
    void everyDocumentIsReadWithoutProblems() {
        assertThat(summary.committed()).isTrue();
        assertThat(summary.documentsFound()).isEqualTo(documents.size()).isEqualTo(30);
        assertThat(summary.rejected()).isZero();
        assertThat(summary.forms()).isEqualTo(truth.size());
        assertThat(rows(WarehouseTables.DOCUMENTS).map(r -> r.<String>getAs("file_name") + " " + r.<String>getAs("layout")
                + " " + r.<String>getAs("encoding") + " problems=" + r.<Integer>getAs("problems")))
                .containsExactlyInAnyOrderElementsOf(documents.stream()
                        .map(d -> d.document() + " " + d.layout() + " " + d.encoding() + " problems=0").toList());
        assertThat(documents.stream().map(ParsedDocument::encoding).distinct()).contains("UTF-8", "GB18030");
    }

    @Test
    void everyFormHeaderIsInTheWarehouse() {
        List<String> expected = truth.stream().map(f -> line(DocumentRecords.formId(f), f.kind().code(), f.year(),
                f.region(), f.department(), f.unit(), f.project(), f.projectType(), f.projectLevel(), f.startDate(),
                f.endDate(), f.texts().get("goal_expected"), f.texts().get("goal_actual"), f.totalScore(), f.grade(),
                f.indicators().size(), f.firstLine(), f.lastLine())).toList();
        List<String> actual = rows(WarehouseTables.FORMS).map(r -> line(r.getAs("form_id"), r.getAs("kind"),
                r.getAs("year"), r.getAs("region"), r.getAs("department"), r.getAs("unit"), r.getAs("project"),
                r.getAs("project_type"), r.getAs("project_level"), r.getAs("start_date"), r.getAs("end_date"),
                r.getAs("goal_expected"), r.getAs("goal_actual"), r.getAs("total_score"), r.getAs("grade"),
                r.getAs("indicator_count"), r.getAs("first_line"), r.getAs("last_line"))).toList();

        assertThat(actual).hasSize(truth.size()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyFundLineIsInTheWarehouse() {
        List<String> expected = new ArrayList<>();
        for (Form form : truth) {
            for (int i = 0; i < form.funds().size(); i++) {
                FundLine f = form.funds().get(i);
                expected.add(line(DocumentRecords.formId(form), i, f.side().code(), f.source().code(), f.item(),
                        f.initialBudget(), f.fullYearBudget(), f.executed(), f.halfYearPlan(), f.weight(), f.rate(), f.score(),
                        f.amountUnit(), f.line()));
            }
        }
        List<String> actual = rows(WarehouseTables.FUNDS).map(r -> line(r.getAs("form_id"), r.getAs("seq"),
                r.getAs("side"), r.getAs("source"), r.getAs("item"), r.getAs("initial_budget"),
                r.getAs("full_year_budget"), r.getAs("executed"), r.getAs("half_year_plan"), r.getAs("weight"),
                r.getAs("rate"), r.getAs("score"), r.getAs("amount_unit"), r.getAs("line"))).toList();

        assertThat(summary.funds()).isEqualTo(expected.size());
        assertThat(actual).anyMatch(line -> line.contains(" | 元 | ")).anyMatch(line -> line.contains(" | 万元 | "));
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyIndicatorIsInTheWarehouse() {
        List<String> expected = new ArrayList<>();
        for (Form form : truth) {
            for (int i = 0; i < form.indicators().size(); i++) {
                Indicator x = form.indicators().get(i);
                expected.add(line(DocumentRecords.formId(form), i, x.level1(), x.level2(), x.keyWork(), x.name(),
                        x.target(), x.targetHalf(), x.actual(), x.weight(), x.score(), x.reason(), x.comparator(),
                        x.targetValue(), x.actualValue(), x.unit(), x.status().code(), x.line()));
            }
        }
        List<String> actual = rows(WarehouseTables.INDICATORS).map(r -> line(r.getAs("form_id"), r.getAs("seq"),
                r.getAs("level1"), r.getAs("level2"), r.getAs("key_work"), r.getAs("name"), r.getAs("target"),
                r.getAs("target_half"), r.getAs("actual"), r.getAs("weight"), r.getAs("score"), r.getAs("reason"),
                r.getAs("comparator"), r.getAs("target_value"), r.getAs("actual_value"), r.getAs("unit"),
                r.getAs("status"), r.getAs("line"))).toList();

        assertThat(summary.indicators()).isEqualTo(expected.size());
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    private Stream<Row> rows(WarehouseTable table) {
        Path directory = WarehouseLayout.tableDirectory(warehouse, table).orElseThrow();
        return SharedSpark.session().read().schema(SparkSchemas.of(table)).parquet(directory.toString())
                .collectAsList().stream();
    }

    /** The values joined; decimals without trailing zeros, as the warehouse's DECIMAL(18,4) holds 230.00 as 230.0000. */
    private static String line(Object... values) {
        return Stream.of(values).map(v -> v instanceof BigDecimal d
                ? (d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString()) : Objects.toString(v))
                .collect(Collectors.joining(" | "));
    }
}
