package io.jixiao.read.flat;

import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.CellCleaning;
import io.jixiao.read.layout.LayoutReader;
import io.jixiao.read.layout.Row;
import io.jixiao.read.layout.RowsRead;
import io.jixiao.read.table.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form whose table was flattened into long lines, its cells glued together or split by single blanks (document-
 * sharing previews, PDF text layers). The lines before the form (a preview site's file name, "ID:", "大小:") are rows
 * of one cell each, which the form reader reports as text before the form; the form's text is cut into rows by
 * {@link FlatRows}. A file name naming the form right above a title that states no year ("2019年度…自评表.pdf" over
 * "…绩效目标自评表") is read as a title too, for its year.
 *
 * <p>The shape, told by {@link #forLines}: a long line (or a preview's numbered chunks) holding most of the text, in
 * which a run of at least {@value #MIN_HEADER_COLUMNS} table column names follow one another (a fund or indicator
 * header) on long lines, or a form title followed by at least {@value #MIN_FIELDS} header fields with their values
 * (项目名称 …, 实施单位 …: PDF text whose tables came out scrambled). Prose has long lines too, but neither; short
 * lines holding one column name each are one cell per line, not this shape.
 */
public final class FlatLinesReader implements LayoutReader {

    public static final String NAME = "flat_lines";

    static final int MIN_HEADER_COLUMNS = 3;
    static final int MIN_FIELDS = 3;
    private static final Pattern FILE_NAME = Pattern.compile("(.+)\\.(pdf|docx?|xlsx?|wps|et)", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}\\s*年");

    private final Vocabulary vocabulary;

    private FlatLinesReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public String name() {
        return NAME;
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
        return CellCleaning.clean(line).length() >= FlatText.LONG_LINE / 2;
    }

    @Override
    public RowsRead read(List<String> lines) {
        FlatText flat = FlatText.of(lines);
        List<Row> rows = new ArrayList<>();
        int before = flat == null ? lines.size() : flat.firstLine() - 1;
        for (int i = 0; i < before; i++) {
            String text = CellCleaning.clean(lines.get(i));
            if (!text.isEmpty()) {
                rows.add(new Row(List.of(new Cell(text, i + 1)), List.of(i + 1)));
            }
        }
        if (flat == null) {
            return new RowsRead(rows, List.of());
        }
        List<Row> form = FlatRows.of(flat, vocabulary);
        if (!rows.isEmpty() && !form.isEmpty() && FlatRows.isTitle(form.get(0), vocabulary)
                && !YEAR.matcher(form.get(0).text(0)).find()) {
            // a re-host's file name right above a title without a year ("2019年度…自评表.pdf"): the file's title
            Row file = rows.get(rows.size() - 1);
            Matcher name = FILE_NAME.matcher(file.text(0));
            if (file.firstLine() == before && name.matches() && YEAR.matcher(name.group(1)).find()) {
                Row title = new Row(List.of(new Cell(name.group(1), file.firstLine())), file.lines());
                if (FlatRows.isTitle(title, vocabulary)) {
                    rows.set(rows.size() - 1, title);
                }
            }
        }
        rows.addAll(form);
        return new RowsRead(rows, List.of());
    }
}
