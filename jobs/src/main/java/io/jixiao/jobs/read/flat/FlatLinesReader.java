package io.jixiao.jobs.read.flat;

import io.jixiao.jobs.read.layout.Cell;
import io.jixiao.jobs.read.layout.CellText;
import io.jixiao.jobs.read.layout.LayoutReader;
import io.jixiao.jobs.read.layout.Row;
import io.jixiao.jobs.read.layout.RowsRead;
import io.jixiao.jobs.read.table.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A form whose table was flattened into long lines, its cells glued together or split by single blanks (document-
 * sharing previews, PDF text layers). The lines before the form (a preview site's file name, "ID:", "大小:") are rows
 * of one cell each, which the form reader reports as text before the form; the form's text is cut into rows by
 * {@link FlatRows}.
 *
 * <p>The shape, told by {@link #forLines}: a long line (or a preview's numbered chunks) holding most of the text, in
 * which a run of at least {@value #MIN_HEADER_COLUMNS} table column names follow one another (a fund or indicator
 * header) on long lines, or a form title followed by at least {@value #MIN_FIELDS} header fields with their values
 * (项目名称 …, 实施单位 …: PDF text whose tables came out scrambled). Prose has long lines too, but neither; short
 * lines holding one column name each are one cell per line, not this shape.
 */
public final class FlatLinesReader implements LayoutReader {

    static final int MIN_HEADER_COLUMNS = 3;
    static final int MIN_FIELDS = 3;

    private final Vocabulary vocabulary;

    private FlatLinesReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public String name() {
        return "flat_lines";
    }

    /** The reader when the lines are a flattened form, else empty. */
    public static Optional<LayoutReader> forLines(List<String> lines) {
        FlatText flat = FlatText.of(lines);
        if (flat == null) {
            return Optional.empty();
        }
        Vocabulary vocabulary = Vocabulary.active();
        // the rows that tell the shape must lie on long lines: short lines joined are one cell per line, another shape
        List<Row> rows = FlatRows.of(flat, vocabulary).stream()
                .filter(row -> row.lines().stream().allMatch(line -> isLong(lines.get(line - 1)))).toList();
        int columns = rows.stream().mapToInt(row -> FlatRows.columnNames(row, vocabulary)).max().orElse(0);
        long fields = rows.stream().filter(row -> FlatRows.isFieldWithValue(row, vocabulary)).count();
        boolean titled = !rows.isEmpty() && FlatRows.isTitle(rows.get(0), vocabulary);
        return columns >= MIN_HEADER_COLUMNS || titled && fields >= MIN_FIELDS
                ? Optional.of(new FlatLinesReader(vocabulary)) : Optional.empty();
    }

    private static boolean isLong(String line) {
        return CellText.clean(line).length() >= FlatText.LONG_LINE / 2;
    }

    @Override
    public RowsRead read(List<String> lines) {
        FlatText flat = FlatText.of(lines);
        List<Row> rows = new ArrayList<>();
        int before = flat == null ? lines.size() : flat.firstLine() - 1;
        for (int i = 0; i < before; i++) {
            String text = CellText.clean(lines.get(i));
            if (!text.isEmpty()) {
                rows.add(new Row(List.of(new Cell(text, i + 1)), List.of(i + 1)));
            }
        }
        if (flat != null) {
            rows.addAll(FlatRows.of(flat, vocabulary));
        }
        return new RowsRead(rows, List.of());
    }
}
