package io.jixiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.corpus.generate.CorpusOptions;
import io.jixiao.jobs.ingest.IngestJob;
import io.jixiao.jobs.ingest.IngestOptions;
import io.jixiao.jobs.ingest.IngestProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestGenerateCommand {

    @TempDir
    Path temp;

    @Test
    void generateWritesAMarkedCorpusAndTheSameBytesForTheSameSeed() throws IOException {
        for (String run : List.of("a", "b")) {
            assertThat(Jixiao.commandLine().execute("generate", "--out", temp.resolve(run).toString(),
                    "--regions", "1", "--units", "2", "--years", "2022-2023", "--seed", "11")).isZero();
        }

        JsonNode manifest = new ObjectMapper().readTree(temp.resolve("a/MANIFEST.json").toFile());
        assertThat(manifest.path("synthetic").asBoolean()).isTrue();
        // two units over two years, each with a file of self-evaluations and one of target tables
        assertThat(manifest.path("files")).hasSize(8);
        for (JsonNode file : manifest.path("files")) {
            assertThat(file.path("file").asText()).startsWith("documents/synthetic_");
            assertThat(Files.readString(temp.resolve("b").resolve(file.path("file").asText())))
                    .isEqualTo(Files.readString(temp.resolve("a").resolve(file.path("file").asText())));
        }
        assertThat(Files.readString(temp.resolve("b/truth.json")))
                .isEqualTo(Files.readString(temp.resolve("a/truth.json")));
        assertThat(Jixiao.commandLine().execute("generate", "--out", temp.resolve("c").toString(),
                "--years", "2024-2018")).isNotZero();
    }

    /** Issue 16: --shapes writes documents in every shape, names each in the manifest, the same bytes again. */
    @Test
    void shapesWritesEveryShapeAndTheSameBytesForTheSameSeed() throws IOException {
        for (String run : List.of("a", "b")) {
            assertThat(Jixiao.commandLine().execute("generate", "--out", temp.resolve(run).toString(), "--shapes",
                    "--regions", "2", "--units", "12", "--years", "2022-2023", "--seed", "11")).isZero();
        }

        JsonNode manifest = new ObjectMapper().readTree(temp.resolve("a/MANIFEST.json").toFile());
        assertThat(manifest.path("options").path("shapes").asBoolean()).isTrue();
        assertThat(manifest.path("files")).extracting(f -> f.path("shape").asText("none")).containsAll(List.of(
                "none", "flattened", "indented", "scrambled", "letter_spaced", "traditional", "ocr_noised"));
        for (JsonNode file : manifest.path("files")) {
            assertThat(Files.readAllBytes(temp.resolve("b").resolve(file.path("file").asText())))
                    .isEqualTo(Files.readAllBytes(temp.resolve("a").resolve(file.path("file").asText())));
        }
        assertThat(Files.readString(temp.resolve("b/truth.json")))
                .isEqualTo(Files.readString(temp.resolve("a/truth.json")));
    }

    @Test
    void noTruthLeavesTruthOutAndRegionsGoBelowTheProvinces() throws IOException {
        assertThat(Jixiao.commandLine().execute("generate", "--out", temp.toString(), "--no-truth",
                "--regions", "14", "--units", "1", "--years", "2024")).isZero();

        assertThat(temp.resolve("truth.json")).doesNotExist();
        JsonNode manifest = new ObjectMapper().readTree(temp.resolve("MANIFEST.json").toFile());
        // provinces with a city and a county each (region 14 is 山东省济南市): each unit-year a self-evaluation and
        // targets; one region in five, starting with the second (浙江省杭州市), is saved in GBK
        assertThat(manifest.path("files")).hasSize(28);
        assertThat(manifest.path("files")).extracting(f -> f.path("region").asText() + " " + f.path("encoding").asText())
                .contains("浙江省杭州市 GBK", "四川省 GBK", "湖北省武汉市江岸区 GBK", "浙江省杭州市上城区 UTF-8",
                        "山东省济南市 UTF-8")
                .doesNotContain("浙江省杭州市 UTF-8");
        assertThat(Jixiao.commandLine().execute("generate", "--out", temp.resolve("c").toString(),
                "--regions", "" + (CorpusOptions.MAX_REGIONS + 1))).isNotZero();
    }

    @Test
    void theReportSaysSoWhenTheWarehouseHoldsSyntheticDocuments() throws IOException {
        Path corpus = temp.resolve("corpus");
        assertThat(Jixiao.commandLine().execute("generate", "--out", corpus.toString(),
                "--regions", "1", "--units", "1", "--years", "2024-2024")).isZero();
        Path mixed = temp.resolve("mixed");
        new IngestJob(SampleWarehouse.spark()).run(new IngestOptions(List.of(SampleWarehouse.samples().toString(),
                corpus.resolve("documents").toString()), mixed.toString(), true), IngestProgress.SILENT);

        assertThat(Jixiao.commandLine().execute("report", "--warehouse", mixed.toString(),
                "--out", temp.resolve("mixed-report").toString())).isZero();
        assertThat(Jixiao.commandLine().execute("report", "--warehouse", SampleWarehouse.path().toString(),
                "--out", temp.resolve("sample-report").toString())).isZero();

        assertThat(Files.readString(temp.resolve("mixed-report/index.html"))).contains("id=\"synthetic\"");
        assertThat(Files.readString(temp.resolve("sample-report/index.html"))).doesNotContain("id=\"synthetic\"");
    }
}
