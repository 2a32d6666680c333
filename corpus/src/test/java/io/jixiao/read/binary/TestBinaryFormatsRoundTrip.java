package io.jixiao.read.binary;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.corpus.convert.DocumentConverter;
import io.jixiao.read.DocumentParser;
import io.jixiao.read.GoldenComparison;
import io.jixiao.read.ParsedDocumentJson;
import io.jixiao.read.Samples;
import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.Row;
import io.jixiao.read.office.DocRowsReader;
import io.jixiao.read.office.DocxRowsReader;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.ParsedDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each real sample's tables, written as xlsx, xls, docx and PDF (with merged cells, the CJK font embedded), and as
 * Word 97-2003 .doc by LibreOffice from that docx, read back into the same forms as the golden file of the text sample
 * (data/expected, checked by hand against the sources): every field of every form, fund line and indicator, except
 * the line numbers, which follow each format's own convention. Needs LibreOffice ({@link LibreOffice}): one run for the
 * class converts every .doc it reads.
 */
class TestBinaryFormatsRoundTrip {

    private static final String YUAN_SAMPLE = "000_672dbaea54929c24.txt";
    /** The name of sample 000 restated in 元 among the documents LibreOffice converts. */
    private static final String IN_YUAN = "000_in_yuan";

    private static Map<String, byte[]> docs;

    private final DocumentConverter converter = new DocumentConverter();
    private final DocumentParser parser = new DocumentParser();

    @BeforeAll
    static void saveTheDocxAsDoc(@TempDir Path work) throws IOException, InterruptedException {
        DocumentConverter converter = new DocumentConverter();
        Map<String, byte[]> docx = new LinkedHashMap<>();
        for (String name : Samples.NAMES) {
            docx.put(name, converter.convert(Samples.bytes(name), DocumentFormat.DOCX));
        }
        docx.put(IN_YUAN, converter.write(inYuan(converter.rows(Samples.bytes(YUAN_SAMPLE))), DocumentFormat.DOCX));
        docs = LibreOffice.convert(docx, "docx", "doc", work);
    }

    static List<String> samples() {
        return Samples.NAMES;
    }

    static Stream<Arguments> samplesAndFormats() {
        return Samples.NAMES.stream().flatMap(name -> Stream.of(DocumentFormat.XLSX, DocumentFormat.XLS,
                DocumentFormat.DOCX, DocumentFormat.DOC, DocumentFormat.PDF).map(format -> Arguments.of(name, format)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("samplesAndFormats")
    void formsEqualTheTextSamples(String name, DocumentFormat format) throws IOException {
        ParsedDocument expected = ParsedDocumentJson.read(Files.readString(Samples.expected(name)));
        byte[] bytes = format == DocumentFormat.DOC ? docs.get(name) : converter.convert(Samples.bytes(name), format);

        ParsedDocument actual = parser.parse(name, bytes);

        assertThat(actual.rejection()).as("rejection of %s as %s", name, format).isNull();
        assertThat(actual.layout()).isEqualTo(format.name().toLowerCase());
        assertThat(actual.encoding()).isEqualTo(DocumentParser.BINARY);
        GoldenComparison.assertSameFormsButLines(name + " as " + format, actual, expected);
    }

    /**
     * A .doc table has no grid, only cell edges: its columns are those some cell's edge separates. So the .doc reads
     * into the rows of the docx it was saved from, place for place and cell for cell, but for the columns at a row's
     * end that no cell of its table divides (the docx grid's, which the .doc does not keep).
     */
    @ParameterizedTest
    @MethodSource("samples")
    void docRowsAreTheRowsOfTheDocxTheyWereSavedFrom(String name) throws Exception {
        SourceRows docx = new DocxRowsReader().read(converter.convert(Samples.bytes(name), DocumentFormat.DOCX),
                DocumentLimits.DEFAULT);

        SourceRows doc = new DocRowsReader().read(docs.get(name), DocumentLimits.DEFAULT);

        assertThat(doc.rows()).hasSameSizeAs(docx.rows());
        for (int i = 0; i < docx.rows().size(); i++) {
            Row want = docx.rows().get(i);
            Row got = doc.rows().get(i);
            assertThat(doc.place(got.firstLine())).isEqualTo(docx.place(want.firstLine()));
            assertThat(withoutTrailingEmptyCells(got)).as("%s at %s", name, docx.place(want.firstLine()))
                    .isEqualTo(withoutTrailingEmptyCells(want));
        }
    }

    /**
     * Sample 000's fund tables restated in 元 (header "项目资金（元）", the three amounts of each fund row × 10,000) and
     * written in each format read into the same amounts in 万元 as the original, with the unit as written.
     */
    @ParameterizedTest
    @EnumSource(value = DocumentFormat.class, names = {"XLSX", "XLS", "DOCX", "DOC", "PDF"})
    void amountsStatedInYuanAreConvertedToWanYuan(DocumentFormat format) throws IOException {
        List<FundLine> want = parser.parse(YUAN_SAMPLE, Samples.bytes(YUAN_SAMPLE)).forms().stream()
                .flatMap(form -> form.funds().stream()).toList();
        byte[] bytes = format == DocumentFormat.DOC ? docs.get(IN_YUAN)
                : converter.write(inYuan(converter.rows(Samples.bytes(YUAN_SAMPLE))), format);

        ParsedDocument inYuan = parser.parse(YUAN_SAMPLE, bytes);

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

    private static List<String> withoutTrailingEmptyCells(Row row) {
        List<String> texts = row.cells().stream().map(Cell::text).toList();
        int end = texts.size();
        while (end > 1 && texts.get(end - 1).isEmpty()) {
            end--;
        }
        return texts.subList(0, end);
    }
}
