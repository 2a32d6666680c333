package io.jixiao.jobs.read.binary;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.jobs.convert.DocumentConverter;
import io.jixiao.jobs.read.DocumentParser;
import io.jixiao.jobs.read.ParsedDocumentJson;
import io.jixiao.jobs.read.Samples;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.ParsedDocument;
import io.jixiao.jobs.read.layout.Cell;
import io.jixiao.jobs.read.layout.Row;
import io.jixiao.schema.model.FundLine;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each real sample's tables, written as xlsx, xls, docx and PDF (with merged cells, the CJK font embedded), read back
 * into the same forms as the golden file of the text sample (data/expected, checked by hand against the sources):
 * every field of every form, fund line and indicator, except the line numbers, which follow each format's own
 * convention.
 */
class TestBinaryFormatsRoundTrip {

    private final DocumentConverter converter = new DocumentConverter();
    private final DocumentParser parser = new DocumentParser();

    static Stream<Arguments> samplesAndFormats() {
        return Samples.NAMES.stream().flatMap(name -> Stream.of(DocumentFormat.XLSX, DocumentFormat.XLS,
                DocumentFormat.DOCX, DocumentFormat.PDF).map(format -> Arguments.of(name, format)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("samplesAndFormats")
    void formsEqualTheTextSamples(String name, DocumentFormat format) throws IOException {
        ParsedDocument expected = ParsedDocumentJson.read(Files.readString(Samples.expected(name)));
        byte[] bytes = converter.convert(Samples.bytes(name), format);

        ParsedDocument actual = parser.parse(name, bytes);

        assertThat(actual.rejection()).as("rejection of %s as %s", name, format).isNull();
        assertThat(actual.layout()).isEqualTo(format.name().toLowerCase());
        assertThat(actual.encoding()).isEqualTo(DocumentParser.BINARY);
        assertThat(actual.forms()).as("forms of %s as %s", name, format).hasSameSizeAs(expected.forms());
        for (int i = 0; i < expected.forms().size(); i++) {
            Form want = expected.forms().get(i);
            Form got = actual.forms().get(i);
            assertThat(got).as("%s as %s, form %d (text line %d)", name, format, i + 1, want.firstLine())
                    .usingRecursiveComparison()
                    .ignoringFields("firstLine", "lastLine", "funds.line", "indicators.line")
                    .isEqualTo(want);
        }
    }

    /**
     * Sample 000's fund tables restated in 元 (header "项目资金（元）", the three amounts of each fund row × 10,000) and
     * written in each format read into the same amounts in 万元 as the original, with the unit as written.
     */
    @ParameterizedTest
    @EnumSource(value = DocumentFormat.class, names = {"XLSX", "XLS", "DOCX", "PDF"})
    void amountsStatedInYuanAreConvertedToWanYuan(DocumentFormat format) throws IOException {
        String sample = "000_672dbaea54929c24.txt";
        List<Row> rows = converter.rows(Samples.bytes(sample));
        List<FundLine> want = parser.parse(sample, Samples.bytes(sample)).forms().stream()
                .flatMap(form -> form.funds().stream()).toList();

        ParsedDocument inYuan = parser.parse(sample, converter.write(inYuan(rows), format));

        List<FundLine> got = inYuan.forms().stream().flatMap(form -> form.funds().stream()).toList();
        assertThat(got).hasSize(20).hasSameSizeAs(want);
        for (int i = 0; i < want.size(); i++) {
            assertThat(got.get(i).amountUnit()).isEqualTo(FundLine.YUAN);
            assertThat(got.get(i).executed()).isEqualByComparingTo(want.get(i).executed());
            assertThat(got.get(i).fullYearBudget()).isEqualByComparingTo(want.get(i).fullYearBudget());
            assertThat(got.get(i).initialBudget()).isEqualByComparingTo(want.get(i).initialBudget());
            assertThat(got.get(i).rate()).isEqualTo(want.get(i).rate());
        }
    }

    private static final Set<String> FUND_ROWS = Set.of("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金");

    private static List<Row> inYuan(List<Row> rows) {
        List<Row> restated = new ArrayList<>();
        for (Row row : rows) {
            List<Cell> cells = new ArrayList<>(row.cells());
            String label = row.nonEmptyTexts().isEmpty() ? "" : row.nonEmptyTexts().get(0);
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).text().equals("项目资金 (万元)")) {
                    cells.set(i, new Cell("项目资金（元）", cells.get(i).line()));
                }
            }
            if (FUND_ROWS.contains(label)) {
                int amounts = 0;
                for (int i = cells.indexOf(cells.stream().filter(c -> c.text().equals(label)).findFirst()
                        .orElseThrow()) + 1; i < cells.size() && amounts < 3; i++) {
                    if (!cells.get(i).isEmpty()) {
                        String yuan = new BigDecimal(cells.get(i).text()).movePointRight(4).toPlainString();
                        cells.set(i, new Cell(yuan, cells.get(i).line()));
                        amounts++;
                    }
                }
            }
            restated.add(new Row(cells, row.lines()));
        }
        return restated;
    }
}
