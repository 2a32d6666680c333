package io.jixiao.corpus.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.read.DocumentParser;
import io.jixiao.read.ParsedDocumentJson;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.ParsedDocument;
import io.jixiao.schema.vocabulary.FormKind;
import io.jixiao.schema.vocabulary.FundSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator against the real parser, without Spark: every generated file reads back as the truth says. */
class TestCorpusGenerator {

    /** Two regions of three units over three years: every layout and every form kind. */
    static final CorpusOptions SMALL = new CorpusOptions(2, 3, 2020, 2022, 7);

    /** A fund table's header with the unit of its amounts: "项目资金 (万元)", "部门整体资金（元）". */
    private static final Pattern FUND_HEADER = Pattern.compile("(?:项目资金|部门整体资金)\\s*[（(](万元|元)[）)]");

    @TempDir
    Path temp;

    @Test
    void theParserReadsEveryGeneratedDocumentAsTheTruthSays() throws IOException {
        CorpusGenerator.Corpus corpus = new CorpusGenerator().generate(temp, SMALL);
        List<ParsedDocument> truth = CorpusGenerator.readTruth(temp);
        DocumentParser parser = new DocumentParser();

        assertThat(truth).hasSize(corpus.documents().size());
        for (ParsedDocument expected : truth) {
            ParsedDocument parsed = parser.parse(expected.document(),
                    Files.readAllBytes(corpus.documentsDirectory().resolve(expected.document())));
            assertThat(ParsedDocumentJson.write(parsed)).as(expected.document())
                    .isEqualTo(ParsedDocumentJson.write(expected));
        }
        assertThat(truth.stream().map(ParsedDocument::layout).distinct())
                .containsExactlyInAnyOrder("tab_rows", "cell_per_line", "pipe_rows");
        assertThat(forms(truth).map(f -> f.kind().code()).distinct())
                .containsExactlyInAnyOrder("project_self_evaluation", "project_target", "department_target");
        assertThat(corpus.forms()).isEqualTo((int) forms(truth).count());
        assertThat(forms(truth).flatMap(f -> f.indicators().stream()).map(i -> i.status().code()).distinct())
                .contains("met", "unmet", "partial", "qualitative", "not_applicable", "unknown");
        // rows split by a page break, in each layout: "效益" on one page, "指标" on the next
        String all = String.join("\n", contents(temp).values()).replace("\r\n", "\n");
        assertThat(all).contains("\n指标\t\t", "\n|指标||", "\t效益\n指标\n");
        // region 2 (广东省) is saved in GBK; one unit-year in six states its amounts in 元, in every form kind
        assertThat(truth.stream().map(ParsedDocument::encoding).distinct()).containsExactlyInAnyOrder("UTF-8", "GB18030");
        assertThat(forms(truth).filter(f -> f.funds().stream().allMatch(l -> l.amountUnit().equals(FundLine.YUAN)))
                .map(f -> f.kind().code()).distinct())
                .containsExactlyInAnyOrder("project_self_evaluation", "project_target", "department_target");
        assertThat(forms(truth).flatMap(f -> f.funds().stream()).map(FundLine::amountUnit).distinct())
                .containsExactlyInAnyOrder(FundLine.WAN_YUAN, FundLine.YUAN);
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOtherFigures() throws IOException {
        new CorpusGenerator().generate(temp.resolve("a"), SMALL);
        new CorpusGenerator().generate(temp.resolve("b"), SMALL);
        new CorpusGenerator().generate(temp.resolve("c"), new CorpusOptions(2, 3, 2020, 2022, 8));

        Map<String, String> a = contents(temp.resolve("a"));
        assertThat(a).hasSize(32);
        assertThat(contents(temp.resolve("b"))).isEqualTo(a);
        Map<String, String> c = contents(temp.resolve("c"));
        assertThat(c.keySet()).isEqualTo(a.keySet());
        assertThat(c.get("truth.json")).isNotEqualTo(a.get("truth.json"));
    }

    @Test
    void everyFileIsMarkedSyntheticByItsNameAndInTheManifest() throws IOException {
        CorpusGenerator.Corpus corpus = new CorpusGenerator().generate(temp, SMALL);

        assertThat(corpus.documents()).allSatisfy(file ->
                assertThat(file.getFileName().toString()).startsWith(CorpusGenerator.FILE_PREFIX));
        JsonNode manifest = new ObjectMapper().readTree(temp.resolve(CorpusGenerator.MANIFEST).toFile());
        assertThat(manifest.path("synthetic").asBoolean()).isTrue();
        assertThat(manifest.path("files")).hasSize(corpus.documents().size())
                .allSatisfy(file -> assertThat(file.path("synthetic").asBoolean()).isTrue());
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(CorpusGenerator.MANIFEST, CorpusGenerator.TRUTH, CorpusGenerator.DOCUMENTS);
        }
        try (Stream<Path> files = Files.list(corpus.documentsDirectory())) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(corpus.documents().size())
                    .allMatch(name -> name.startsWith(CorpusGenerator.FILE_PREFIX) && name.endsWith(".txt"));
        }
    }

    @Test
    void theManifestSaysHowEachFileIsEncodedAndTheBytesAgree() throws IOException {
        new CorpusGenerator().generate(temp, SMALL);
        JsonNode manifest = new ObjectMapper().readTree(temp.resolve(CorpusGenerator.MANIFEST).toFile());

        assertThat(manifest.path("files")).extracting(f -> f.path("encoding").asText() + " " + f.path("lineEnds")
                .asText() + " " + f.path("amountUnit").asText())
                .contains("UTF-8 LF 万元", "UTF-8 LF 元", "GBK CRLF 万元", "GBK CRLF 元");
        for (JsonNode file : manifest.path("files")) {
            byte[] bytes = Files.readAllBytes(temp.resolve(file.path("file").asText()));
            String name = file.path("file").asText();
            boolean gbk = file.path("encoding").asText().equals("GBK");
            assertThat(utf8(bytes)).as(name).isEqualTo(!gbk);
            String text = new String(bytes, gbk ? Charset.forName("GBK") : StandardCharsets.UTF_8);
            assertThat(text.replace("\r\n", "").contains("\n")).as(name).isEqualTo(!gbk);
            assertThat(text.contains("\r")).as(name).isEqualTo(gbk);
            assertThat(FUND_HEADER.matcher(text).results().map(header -> header.group(1)).distinct())
                    .as(name).containsExactly(file.path("amountUnit").asText());
        }
    }

    /** The first 40 regions hold every tier: provinces, municipalities, cities, districts and counties. */
    @Test
    void citiesDistrictsAndCountiesReadAsTheTruthSays() throws IOException {
        CorpusGenerator.Corpus corpus = new CorpusGenerator().generate(temp, new CorpusOptions(40, 1, 2024, 2024, 5));
        List<ParsedDocument> truth = CorpusGenerator.readTruth(temp);
        DocumentParser parser = new DocumentParser();

        for (ParsedDocument expected : truth) {
            ParsedDocument parsed = parser.parse(expected.document(),
                    Files.readAllBytes(corpus.documentsDirectory().resolve(expected.document())));
            assertThat(ParsedDocumentJson.write(parsed)).as(expected.document())
                    .isEqualTo(ParsedDocumentJson.write(expected));
        }
        assertThat(forms(truth).map(Form::unit)).contains("浙江省杭州市计量测试技术研究院",
                "浙江省杭州市上城区计量测试技术研究院", "北京市东城区计量测试技术研究院");
        // every region is a real division, read as itself
        assertThat(forms(truth).map(Form::regionCode).distinct()).hasSize(40).doesNotContainNull();
        assertThat(forms(truth).filter(f -> f.unit().startsWith("浙江省杭州市上城区")).map(Form::regionCode))
                .containsOnly("330102");
        assertThat(forms(truth).filter(f -> f.unit().equals("浙江省杭州市计量测试技术研究院")).map(Form::regionCode))
                .containsOnly("330100");
    }

    @ParameterizedTest
    @ValueSource(longs = {10_000, 25_000})
    void aCorpusSizedByFormsHoldsAboutThatManyWithoutTruth(long forms) throws IOException {
        CorpusOptions options = CorpusOptions.forForms(forms, 2015, 2024, 3);
        CorpusGenerator.Corpus corpus = new CorpusGenerator().generate(temp, options, false);

        assertThat((double) corpus.forms()).isBetween(forms * 0.9, forms * 1.1);
        assertThat(temp.resolve(CorpusGenerator.TRUTH)).doesNotExist();
        JsonNode manifest = new ObjectMapper().readTree(temp.resolve(CorpusGenerator.MANIFEST).toFile());
        int listed = 0;
        for (JsonNode file : manifest.path("files")) {
            listed += file.path("forms").asInt();
        }
        assertThat(listed).isEqualTo(corpus.forms());
        try (Stream<Path> files = Files.list(corpus.documentsDirectory())) {
            assertThat(files.count()).isEqualTo(corpus.documents().size()).isEqualTo(manifest.path("files").size());
        }
    }

    @Test
    void aMillionFormsFitInTheCatalogOverTenYears() {
        CorpusOptions options = CorpusOptions.forForms(1_000_000, 2015, 2024, 3);

        assertThat(options.units()).isEqualTo(12);
        assertThat(options.regions() * CorpusOptions.formsPerRegionYear(12) * 10).isBetween(900_000.0, 1_100_000.0);
        assertThat(CorpusOptions.forForms(40, 2024, 2024, 3)).extracting(CorpusOptions::regions, CorpusOptions::units)
                .containsExactly(1, 8);
    }

    @Test
    void figuresSpreadAsRealOnesDo() {
        new CorpusGenerator().generate(temp, CorpusOptions.defaults());
        List<ParsedDocument> truth = CorpusGenerator.readTruth(temp);
        List<Form> evaluations = forms(truth).filter(f -> f.kind() == FormKind.PROJECT_SELF_EVALUATION).toList();
        List<Double> rates = evaluations.stream()
                .map(f -> f.funds().get(0))
                .filter(total -> total.rate() != null)
                .map(total -> total.rate().doubleValue()).toList();

        assertThat(evaluations).hasSizeGreaterThan(500);
        assertThat(share(rates, r -> r >= 85)).isBetween(0.88, 0.98);
        assertThat(share(rates, r -> r < 85)).isBetween(0.02, 0.12);
        assertThat(share(rates, r -> r == 100)).isBetween(0.05, 0.4);
        List<String> statuses = evaluations.stream().flatMap(f -> f.indicators().stream())
                .map(i -> i.status().code()).toList();
        assertThat(statuses).contains("met", "unmet", "partial");
        assertThat(share(statuses, "met"::equals)).isGreaterThan(0.8);
        assertThat(evaluations.stream().flatMap(f -> f.indicators().stream()).filter(i -> i.reason() != null)
                .map(i -> i.status().code()).distinct()).containsOnly("unmet", "partial");
        assertThat(evaluations.stream().flatMap(f -> f.funds().stream())).extracting(FundLine::source)
                .contains(FundSource.CARRYOVER, FundSource.OTHER);
        assertThat(evaluations.stream().map(f -> f.funds().get(0)).filter(total -> total.initialBudget() == null))
                .isNotEmpty();
        // agencies renamed between years: the 2018 reform and later unit renames
        assertThat(evaluations.stream().map(Form::department).distinct())
                .anyMatch(d -> d.endsWith("质量技术监督局")).anyMatch(d -> d.endsWith("市场监督管理局"))
                .anyMatch(d -> d.endsWith("环境保护厅")).anyMatch(d -> d.endsWith("生态环境厅"));
        assertThat(evaluations.stream().map(Form::unit).distinct())
                .anyMatch(u -> u.endsWith("计量测试研究所")).anyMatch(u -> u.endsWith("计量测试技术研究院"));
        assertThat(evaluations.stream().map(Form::region).distinct()).hasSize(CorpusOptions.DEFAULT_REGIONS)
                .doesNotContainNull();
    }

    private static Stream<Form> forms(List<ParsedDocument> documents) {
        return documents.stream().flatMap(d -> d.forms().stream());
    }

    private static <T> double share(List<T> values, java.util.function.Predicate<T> test) {
        return values.stream().filter(test).count() / (double) values.size();
    }

    /** Every file of a corpus by its relative path, each document decoded as the manifest says it is encoded. */
    private static Map<String, String> contents(Path corpus) throws IOException {
        Map<String, String> encodings = new java.util.HashMap<>();
        for (JsonNode file : new ObjectMapper().readTree(corpus.resolve(CorpusGenerator.MANIFEST).toFile()).path("files")) {
            encodings.put(file.path("file").asText(), file.path("encoding").asText());
        }
        return bytes(corpus).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, file ->
                new String(file.getValue(), Charset.forName(encodings.getOrDefault(file.getKey(), "UTF-8")))));
    }

    /** Every file under the folder by its relative path. */
    private static Map<String, byte[]> bytes(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toMap(p -> directory.relativize(p).toString(), p -> {
                try {
                    return Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }

    private static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
