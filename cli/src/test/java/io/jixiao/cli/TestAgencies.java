package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.corpus.generate.CorpusGenerator;
import io.jixiao.corpus.generate.CorpusOptions;
import io.jixiao.jobs.ingest.IngestJob;
import io.jixiao.jobs.ingest.IngestOptions;
import io.jixiao.jobs.ingest.IngestProgress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: agencies across renames, on a generated corpus (2 regions × 12 unit kinds, 2018–2023; the generator
 * renames six unit kinds in 2019–2022, MANIFEST.json lists each rename) written by the real ingest: every rename is
 * suspected by {@code jixiao agencies} and nothing else is; once confirmed, an agency's trend runs across its rename
 * and the agencies are counted once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestAgencies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path warehouse;
    private List<JsonNode> renames;

    @BeforeAll
    void ingestAGeneratedCorpus(@TempDir Path temp) throws IOException {
        Path corpus = temp.resolve("corpus");
        new CorpusGenerator().generate(corpus, new CorpusOptions(2, 12, 2018, 2023, 17), false);
        renames = new ArrayList<>();
        JSON.readTree(corpus.resolve(CorpusGenerator.MANIFEST).toFile()).path("renames").forEach(renames::add);
        warehouse = temp.resolve("warehouse");
        new IngestJob(SampleWarehouse.spark()).run(new IngestOptions(List.of(corpus.resolve("documents").toString()),
                warehouse.toString(), true), IngestProgress.SILENT);
    }

    @Test
    void everyRenameOfTheCorpusIsSuspectedAndNothingElseThenOneTrendRunsAcrossIt() {
        assertThat(renames).hasSize(12);

        JixiaoRun agencies = JixiaoRun.of("agencies", "--warehouse", warehouse.toString());
        assertThat(agencies.exit()).as(agencies.err()).isZero();
        assertThat(agencies.out()).contains("(36 rows)", "12 suspected renames");
        for (JsonNode rename : renames) {
            assertThat(agencies.out()).contains("jixiao agencies alias '" + rename.path("from").asText() + "' '"
                    + rename.path("to").asText() + "' --from " + rename.path("year").asInt());
        }

        for (JsonNode rename : renames) {
            JixiaoRun alias = JixiaoRun.of("agencies", "alias", rename.path("from").asText(),
                    rename.path("to").asText(), "--from", rename.path("year").asText(), "--warehouse",
                    warehouse.toString());
            assertThat(alias.exit()).as(alias.err()).isZero();
        }
        JixiaoRun confirmed = JixiaoRun.of("agencies", "--warehouse", warehouse.toString());
        assertThat(confirmed.out()).contains("(24 rows)", "no suspected renames");

        // the 水文 agency of 浙江省 (renamed 2022): one row a year, each after the first with its previous year
        JixiaoRun rates = JixiaoRun.of("query", "execution-rate", "--by", "agency", "--format", "csv",
                "--headers", "en", "--warehouse", warehouse.toString());
        assertThat(rates.exit()).as(rates.err()).isZero();
        List<String> header = List.of(rates.out().lines().findFirst().orElseThrow().replace("\uFEFF", "").split(","));
        int previousYear = header.indexOf("previous_year");
        Map<Integer, String> previousYears = new TreeMap<>();
        rates.out().lines().filter(line -> line.startsWith("浙江省水文水资源勘测中心,")).forEach(line -> {
            String[] cells = line.split(",", -1);
            previousYears.put(Integer.parseInt(cells[header.indexOf("year")]), cells[previousYear]);
        });
        assertThat(previousYears).containsOnlyKeys(2018, 2019, 2020, 2021, 2022, 2023);
        assertThat(previousYears).containsEntry(2018, "").containsEntry(2022, "2021").containsEntry(2023, "2022");
        assertThat(rates.out()).doesNotContain("浙江省水文总站");

        JixiaoRun count = JixiaoRun.of("sql", "SELECT COUNT(DISTINCT agency) AS agencies, COUNT(DISTINCT unit) AS units "
                + "FROM forms", "--format", "csv", "--warehouse", warehouse.toString());
        assertThat(count.out()).contains("24,36");
    }
}
