package io.jixiao.read.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.read.DocumentParser;
import io.jixiao.read.GoldenComparison;
import io.jixiao.read.ParsedDocumentJson;
import io.jixiao.read.Samples;
import io.jixiao.read.binary.BinaryFixtures;
import io.jixiao.read.binary.DocumentLimits;
import io.jixiao.read.binary.SourceRows;
import io.jixiao.read.layout.Cell;
import io.jixiao.schema.model.ParsedDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A real Word 97-2003 document, sample 002 as LibreOffice saves it ({@link BinaryFixtures#sampleDoc()}), read into
 * rows of cells without LibreOffice.
 */
class TestDocRowsReader {

    private static final String SAMPLE = "002_13d1e6413ad98fbc.txt";

    @Test
    void spansVerticalMergesAndParagraphsKeepTheColumnsAligned() throws Exception {
        SourceRows rows = new DocRowsReader().read(BinaryFixtures.sampleDoc(), DocumentLimits.DEFAULT);

        assertThat(rows.rows().subList(0, 9)).extracting(row -> row.cells().stream().map(Cell::text).toList())
                .containsExactly(
                        List.of("项目支出绩效自评表"),
                        List.of("（2020年度）"),
                        // the project's name spans the eight columns after the label
                        List.of("项目名称", "成本性支出", "", "", "", "", "", "", ""),
                        List.of("主管部门", "昌吉回族自治州市场监督管理局", "实施单位", "昌吉回族自治州计量检定所", "", "", "",
                                "", ""),
                        List.of("项目资金       （万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
                                ""),
                        // 项目资金 is merged down: the rows below hold an empty cell under it
                        List.of("", "年度资金总额", "100", "100", "100", "10", "100%", "10", ""),
                        List.of("", "其中：当年财政拨款", "100", "100", "100", "—", "100%", "—", ""),
                        // a label spanning the three amount columns, a score spanning two
                        List.of("", "上年结转资金", "", "", "", "—", "", "—", ""),
                        List.of("", "其他资金", "", "", "", "—", "", "—", ""));
        assertThat(rows.rows().subList(0, 4)).extracting(row -> rows.place(row.firstLine()))
                .containsExactly("paragraph 1", "paragraph 2", "table 1 row 1", "table 1 row 2");
        assertThat(rows.rows()).extracting(row -> rows.place(row.firstLine()))
                .contains("paragraph 3", "table 2 row 1").doesNotHaveDuplicates();
        assertThat(rows.rows()).extracting(row -> row.firstLine())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, rows.rows().size()).boxed().toList());
    }

    @Test
    void theFixtureReadsIntoTheFormsOfTheTextSample() throws IOException {
        ParsedDocument expected = ParsedDocumentJson.read(Files.readString(Samples.expected(SAMPLE)));

        ParsedDocument actual = new DocumentParser().parse("002.doc", BinaryFixtures.sampleDoc());

        assertThat(actual.rejection()).isNull();
        assertThat(actual.layout()).isEqualTo("doc");
        assertThat(actual.encoding()).isEqualTo(DocumentParser.BINARY);
        GoldenComparison.assertSameFormsButLines("002.doc", actual, expected);
    }

    @Test
    void rowsOverTheLimitRejectTheDocument() throws IOException {
        DocumentLimits tenRows = new DocumentLimits(1 << 20, 10, DocumentLimits.DEFAULT.timeLimit());

        ParsedDocument document = new DocumentParser(tenRows).parse("002.doc", BinaryFixtures.sampleDoc());

        assertThat(document.rejection()).isEqualTo("document has more than the limit of 10 rows");
    }
}
