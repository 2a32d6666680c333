package io.jixiao.read.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Text that lost its rows: one table cell per paragraph, blank lines between the cells, nothing marking where a row
 * ends (web pages' tables copied as paragraphs). Each non-blank line is delivered as a row of one cell; the rows are
 * rebuilt from the form's labels, which a layout reader does not know, by {@code stream.CellStreamRows}.
 *
 * <p>The shape, told by {@link #fits}: mostly lines standing alone between blank lines, short as cells are (text in
 * lines over {@value #LONG_LINE} characters is at most a quarter of the whole, or such lines are at most a tenth of
 * the cells when there are many, as goal texts are among a whole form's short cells: a form flattened into a few long
 * lines is not a stream of cells), its words mostly Chinese (a letter in English paragraphs is no form; cells of
 * numbers and dashes, many in a form, count neither way).
 */
public final class CellStreamReader implements LayoutReader {

    /** The layout's name, by which the rows it reads are known to need rebuilding. */
    public static final String NAME = "cell_stream";
    static final int LONG_LINE = 100;
    private static final int MIN_LINES = 6;
    /** Cells enough for a whole form: only so many may hold a few long texts among them. */
    private static final int MANY_CELLS = 40;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RowsRead read(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = CellCleaning.clean(lines.get(i));
            if (!text.isEmpty()) {
                rows.add(new Row(List.of(new Cell(text, i + 1)), List.of(i + 1)));
            }
        }
        return new RowsRead(rows, List.of());
    }

    /** Whether the lines are a stream of cells (page markers count as blank lines). */
    static boolean fits(List<String> lines) {
        int nonBlank = 0;
        int alone = 0;
        int chinese = 0;
        int lettered = 0;
        long characters = 0;
        long inLongLines = 0;
        int longLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (isBlank(lines, i)) {
                continue;
            }
            String text = CellCleaning.clean(lines.get(i));
            nonBlank++;
            characters += text.length();
            inLongLines += text.length() > LONG_LINE ? text.length() : 0;
            longLines += text.length() > LONG_LINE ? 1 : 0;
            if (isBlank(lines, i - 1) && isBlank(lines, i + 1)) {
                alone++;
            }
            if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                chinese++;
            }
            if (text.codePoints().anyMatch(Character::isLetter)) {
                lettered++;
            }
        }
        return nonBlank >= MIN_LINES && alone * 10 >= nonBlank * 6
                && (inLongLines * 4 <= characters || longLines * 10 <= nonBlank && nonBlank >= MANY_CELLS)
                && chinese > 0 && chinese * 2 >= lettered;
    }

    private static boolean isBlank(List<String> lines, int index) {
        return index < 0 || index >= lines.size() || CellCleaning.isBlank(lines.get(index))
                || PageMarkers.isMarker(lines.get(index));
    }
}
