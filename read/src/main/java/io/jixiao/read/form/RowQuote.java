package io.jixiao.read.form;

import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * A row quoted in a problem or rejection message, with personal data left out: the cell after a 项目负责人 /
 * 联系电话 / 联系人 label, and a cell that holds such a label with its value ("项目负责人:董平"), become "…".
 * Messages leave the reader (the documents table, the report); personal data must not.
 */
public final class RowQuote {

    private static final int MAX_LENGTH = 80;

    private RowQuote() {
    }

    /** A line of text no layout could read, quoted as its blank-, tab- or pipe-separated words. */
    public static String ofLine(String line, int number) {
        List<Cell> cells = new ArrayList<>();
        for (String word : line.strip().split("[\\s|]+")) {
            cells.add(new Cell(word, number));
        }
        return of(new Row(cells, List.of(number))).replace(" | ", " ");
    }

    static String of(Row row) {
        StringBuilder out = new StringBuilder();
        List<Cell> cells = row.cells();
        boolean afterPersonalLabel = false;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (i > 0) {
                out.append(" | ");
            }
            boolean personal = isPersonal(cell.text());
            if (afterPersonalLabel && !cell.isEmpty()) {
                out.append('…');
                afterPersonalLabel = false;
            } else if (personal && holdsAValue(cell.text())) {
                out.append('…'); // a label with its value in one cell: "联系人:王五", "董平/86435544"
            } else {
                out.append(cell.text());
                afterPersonalLabel |= personal;
            }
        }
        String text = out.toString().replace('\n', ' ');
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
    }

    private static boolean holdsAValue(String text) {
        return text.indexOf(':') >= 0 || text.indexOf('：') >= 0 || text.chars().anyMatch(Character::isDigit);
    }

    private static boolean isPersonal(String text) {
        String key = LabelVocabulary.compact(text);
        return key.contains("负责人") || key.contains("联系电话") || key.contains("联系人") || key.contains("电话");
    }
}
