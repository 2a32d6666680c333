package io.jixiao.read.scan;

import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.Row;
import io.jixiao.read.pdf.TextLine;
import io.jixiao.schema.model.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 20: what OCR leaves in a scan's rows and at its page foot, found in the scans of the samples. */
class TestOcrRowRepairs {

    private static Row row(String... cells) {
        List<Cell> list = new ArrayList<>();
        Arrays.stream(cells).forEach(text -> list.add(new Cell(text, 3024)));
        return new Row(list, List.of(3024));
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }

    @Test
    void aMarkBetweenTwoFiguresIsUnreadNotTheEndOfTheFundRow() {
        List<Problem> problems = new ArrayList<>();

        List<Row> repaired = OcrDashes.repair(List.of(
                row("", "其他资金", "400.00", "400.00", "400.00", "划", "100.00", "一"),
                row("", "完成率", "100", "无", "5", "0"),
                row("", "划", "400.00", "400.00")), line -> "page 3 line 24 (OCR)", problems);

        assertThat(texts(repaired.get(0))).containsExactly("", "其他资金", "400.00", "400.00", "400.00", "-", "100.00",
                "-");
        // a value a form writes among figures, and a mark with text beside it, are no unread marks
        assertThat(texts(repaired.get(1))).containsExactly("", "完成率", "100", "无", "5", "0");
        assertThat(texts(repaired.get(2))).containsExactly("", "划", "400.00", "400.00");
        assertThat(problems).extracting(Problem::message).containsExactly(
                "page 3 line 24 (OCR): '划' between two figures is a mark OCR could not read: not stored");
    }

    private static TextLine line(float y, String text) {
        return new TextLine(6031, y, 30, List.of(new TextLine.Chunk(1100, text)));
    }

    @Test
    void aPageNumberOcrMisreadBelowTheTableIsThePageFoot() {
        float tableFoot = 1500;
        assertThat(List.of("一省一", "二-", "一尖一", "有", "- 6 -"))
                .allMatch(text -> ScanRowsReader.isPageFoot(line(1560, text), tableFoot));
        // above the table's last rule, or a sentence below it, is text
        assertThat(ScanRowsReader.isPageFoot(line(1400, "有"), tableFoot)).isFalse();
        assertThat(ScanRowsReader.isPageFoot(line(1560, "填报人：张三"), tableFoot)).isFalse();
        assertThat(ScanRowsReader.isPageFoot(line(1560, "一省一"), Float.MAX_VALUE)).isFalse();
    }
}
