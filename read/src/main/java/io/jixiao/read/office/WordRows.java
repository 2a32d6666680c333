package io.jixiao.read.office;

import static java.util.Objects.requireNonNull;

import io.jixiao.read.binary.DocumentLimits;
import io.jixiao.read.binary.DocumentRejectedException;
import io.jixiao.read.binary.SourceRows;
import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.CellCleaning;
import io.jixiao.read.layout.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a Word document (docx or doc) in reading order: a paragraph outside the tables with text is a row of one
 * cell, a table row with text a row of cells. Rows are numbered 1, 2, 3 … and each number names its place
 * ("paragraph 3", counting the paragraphs outside the tables, empty ones too; "table 2 row 5").
 */
final class WordRows {

    /** Word tables have at most 63 columns; a larger span is a hostile file's and is cut there. */
    static final int MAX_SPAN = 64;

    private final DocumentLimits limits;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> places = new ArrayList<>();
    private int paragraphs;
    private int tables;
    private int tableRows;

    WordRows(DocumentLimits limits) {
        this.limits = requireNonNull(limits, "limits");
    }

    /** The next paragraph outside the tables, its text as written (it is cleaned here). */
    void paragraph(String text) throws DocumentRejectedException {
        paragraphs++;
        String cleaned = CellCleaning.clean(text);
        if (!cleaned.isEmpty()) {
            add(List.of(cleaned), "paragraph " + paragraphs);
        }
    }

    void startTable() {
        tables++;
        tableRows = 0;
    }

    /** The next row of the current table, its cells' texts already cleaned (a spanned column an empty text). */
    void tableRow(List<String> cells) throws DocumentRejectedException {
        tableRows++;
        if (cells.stream().anyMatch(text -> !text.isEmpty())) {
            add(cells, "table " + tables + " row " + tableRows);
        }
    }

    SourceRows sourceRows() {
        List<String> named = List.copyOf(places);
        return new SourceRows(rows, line -> line >= 1 && line <= named.size() ? named.get(line - 1) : "row " + line);
    }

    /** A cell's paragraphs, each as written, cleaned and joined by line breaks; empty ones left out. */
    static String cellText(List<String> paragraphs) {
        StringBuilder text = new StringBuilder();
        for (String paragraph : paragraphs) {
            String part = CellCleaning.clean(paragraph);
            if (!part.isEmpty()) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(part);
            }
        }
        return text.toString();
    }

    private void add(List<String> texts, String place) throws DocumentRejectedException {
        places.add(place);
        int line = places.size();
        rows.add(new Row(texts.stream().map(text -> new Cell(text, line)).toList(), List.of(line)));
        limits.checkRows(rows.size());
    }
}
