package io.jixiao.read.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One table row per line, cells separated by spaces: indented text and web pages' tables rendered as text. A wrong
 * split is worse than none, so a line is split only where it clearly is a row ({@link SpacedCells}), and a line that
 * only finishes the label above it ("产出指标" / "(40-50)分", "经济效益" / "指标") is joined to it.
 *
 * <p>Two ways of writing the gaps, told per document: when most split lines have wide gaps only (two spaces or
 * more), single spaces belong to the cells ("2024 年度"); otherwise single spaces separate the cells and a wide gap
 * between two Chinese characters is a label wrapped in its cell ("年度主要目标     和成果").
 */
public final class SpaceRowsReader implements LayoutReader {

    private static final int MIN_ROWS = 3;
    private static final Pattern LABEL_END = Pattern.compile("[(（][^()（）]{1,10}[)）]分?|\\p{IsHan}?指标");
    private static final int SHORT_LABEL = 8;
    private static final String WRAPPED_LEVEL_END = "指标";

    private final boolean wideGaps;

    private SpaceRowsReader(boolean wideGaps) {
        this.wideGaps = wideGaps;
    }

    @Override
    public String name() {
        return "space_rows";
    }

    /** The reader when at least a quarter of the non-blank lines (and three at least) split into cells, else none. */
    static SpaceRowsReader forLines(List<String> lines) {
        int nonBlank = 0;
        int wideOnly = 0;
        int singleOnly = 0;
        for (String line : lines) {
            String text = CellCleaning.clean(line);
            if (text.isEmpty() || PageMarkers.isMarker(line)) {
                continue;
            }
            nonBlank++;
            SpacedCells.Gaps gaps = SpacedCells.gaps(text);
            if (gaps.wide() > 0 && gaps.single() == 0 && SpacedCells.split(text, true).size() > 1) {
                wideOnly++;
            } else if (gaps.single() > 0 && gaps.wide() == 0 && SpacedCells.split(text, false).size() > 1) {
                singleOnly++;
            }
        }
        int rows = Math.max(wideOnly, singleOnly);
        if (rows < MIN_ROWS || rows * 4 < nonBlank) {
            return null;
        }
        return new SpaceRowsReader(wideOnly > singleOnly);
    }

    @Override
    public RowsRead read(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        boolean previousLineRead = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = CellCleaning.clean(lines.get(i));
            if (text.isEmpty()) {
                previousLineRead = false;
                continue;
            }
            List<String> texts = SpacedCells.split(text, wideGaps);
            int[] under = previousLineRead ? cellsAbove(rows.get(rows.size() - 1), lines.get(i - 1), lines.get(i),
                    texts) : null;
            if (under != null) {
                // "经济效益" … / "指标" under it: the ends of labels wrapped in cells that are not the row's last
                Row above = rows.remove(rows.size() - 1);
                List<Cell> cells = new ArrayList<>(above.cells());
                for (int t = 0; t < texts.size(); t++) {
                    Cell wrapped = cells.get(under[t]);
                    cells.set(under[t], new Cell(wrapped.text() + texts.get(t), wrapped.line()));
                }
                List<Integer> rowLines = new ArrayList<>(above.lines());
                rowLines.add(i + 1);
                rows.add(new Row(cells, rowLines));
            } else if (!rows.isEmpty() && rows.get(rows.size() - 1).lastLine() >= i - 1 && texts.size() > 1
                    && texts.get(0).equals(WRAPPED_LEVEL_END)) {
                // "效益 | 社会 | 媒体报道累计阅读量 …" / "指标 | 效益指标 | …": the row's level cells wrapped, their ends
                // start the next line, perhaps after a blank one (columns lost with the blanks, so they are the row's
                // first cells, in order)
                Row above = rows.remove(rows.size() - 1);
                List<Cell> cells = new ArrayList<>(above.cells());
                int t = 0;
                while (t < texts.size() && t < cells.size() && texts.get(t).endsWith(WRAPPED_LEVEL_END)
                        && cells.get(t).text().codePoints().allMatch(SpacedCells::isHan)) {
                    cells.set(t, new Cell(cells.get(t).text() + texts.get(t), cells.get(t).line()));
                    t++;
                }
                List<Integer> rowLines = new ArrayList<>(above.lines());
                rowLines.add(i + 1);
                rows.add(new Row(cells, rowLines));
                if (t < texts.size()) {
                    List<Cell> rest = new ArrayList<>();
                    for (String cell : texts.subList(t, texts.size())) {
                        rest.add(new Cell(cell, i + 1));
                    }
                    rows.add(new Row(rest, List.of(i + 1)));
                }
            } else if (previousLineRead && texts.size() == 1 && endsLabelAbove(rows.get(rows.size() - 1), text)) {
                Row above = rows.remove(rows.size() - 1);
                List<Cell> cells = new ArrayList<>(above.cells());
                Cell last = cells.remove(cells.size() - 1);
                cells.add(new Cell(last.text() + text, last.line()));
                List<Integer> rowLines = new ArrayList<>(above.lines());
                rowLines.add(i + 1);
                rows.add(new Row(cells, rowLines));
            } else {
                List<Cell> cells = new ArrayList<>(texts.size());
                for (String cell : texts) {
                    cells.add(new Cell(cell, i + 1));
                }
                rows.add(new Row(cells, List.of(i + 1)));
            }
            previousLineRead = true;
        }
        return new RowsRead(rows, List.of());
    }

    /**
     * The cells of the row above that the pieces of a line finishing labels start under (same display column, the
     * line indented to them), each a short label and none the row's last (left to {@link #endsLabelAbove}); else null.
     */
    private static int[] cellsAbove(Row above, String lineAbove, String line, List<String> pieces) {
        if (above.size() < 2 || pieces.stream().anyMatch(piece -> !LABEL_END.matcher(piece).matches())) {
            return null;
        }
        int[] starts = new int[above.size() - 1];
        int from = 0;
        for (int c = 0; c < starts.length; c++) {
            String cell = above.text(c);
            int at = cell.isEmpty() ? -1 : lineAbove.indexOf(cell, from);
            starts[c] = at < 0 ? Integer.MIN_VALUE : width(lineAbove.substring(0, at));
            from = at < 0 ? from : at + cell.length();
        }
        int[] under = new int[pieces.size()];
        int pieceFrom = 0;
        for (int p = 0; p < pieces.size(); p++) {
            int at = line.indexOf(pieces.get(p), pieceFrom);
            pieceFrom = at + pieces.get(p).length();
            int column = width(line.substring(0, at));
            under[p] = -1;
            for (int c = 0; c < starts.length; c++) {
                String cell = above.text(c);
                if (Math.abs(starts[c] - column) <= 1 && cell.length() <= SHORT_LABEL
                        && cell.codePoints().allMatch(SpacedCells::isHan) && (p == 0 || c > under[p - 1])) {
                    under[p] = c;
                }
            }
            if (under[p] < 0) {
                return null;
            }
        }
        return under;
    }

    /** Display columns of a text: a Chinese character takes two, a tab eight. */
    private static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            width += c == '\t' ? 8 : c >= 0x2E80 ? 2 : 1;
        }
        return width;
    }

    /** A line that is only the end of a short label in the line right above it. */
    private static boolean endsLabelAbove(Row above, String text) {
        String last = above.text(above.size() - 1);
        return !last.isEmpty() && last.length() <= SHORT_LABEL && LABEL_END.matcher(text).matches()
                && last.codePoints().allMatch(SpacedCells::isHan);
    }

    /** The cells of one line split at its gaps, or the line as one cell where it does not clearly split. */
    static final class SpacedCells {

        private static final int MAX_CELLS = 12;
        private static final String OPENING = "(（[【《〔“‘";
        private static final String CLOSING = ")）]】》〕”’";
        private static final Pattern NUMBER = Pattern.compile("[-+≥≤<>=]?\\d+(\\.\\d+)?%?");
        private static final Set<String> UNITS = Set.of("万元", "元", "万", "%", "年", "年度", "月", "日", "个", "人",
                "次", "项", "家", "户", "亩", "台", "套", "件", "天", "小时", "平方米", "米", "公里", "人次", "万人次", "份",
                "场", "批次", "场次", "台件", "吨", "条", "座", "处", "辆");
        private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
        /** Two-character units whose second character is a unit too: "活动场 次" is one word broken. */
        private static final Set<String> COUNTED_UNITS = Set.of("场次", "批次", "人次", "台次", "户次", "车次", "架次",
                "件次", "台件", "年度");
        /** One-character cells of their own: grades and yes/no. */
        private static final Set<String> SINGLE_VALUES = Set.of("优", "良", "中", "差", "是", "否", "有", "无");
        private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
                "[-+≥≤<>=]?\\d+(\\.\\d+)?\\p{IsHan}{1,3}(/\\p{IsHan}{1,3})?");

        private SpacedCells() {
        }

        record Gaps(int single, int wide) {
        }

        /** The gaps outside brackets: single spaces, and wide ones (two blanks or more, or a full-width space). */
        static Gaps gaps(String text) {
            int single = 0;
            int wide = 0;
            for (int[] gap : gapSpans(text)) {
                if (isWide(text, gap)) {
                    wide++;
                } else {
                    single++;
                }
            }
            return new Gaps(single, wide);
        }

        static List<String> split(String text, boolean wideGapsOnly) {
            List<int[]> gaps = gapSpans(text);
            if (gaps.isEmpty() || !text.codePoints().anyMatch(SpacedCells::isHan)) {
                return List.of(text);
            }
            List<Piece> pieces = new ArrayList<>();
            int start = 0;
            String wrapped = null;
            for (int[] gap : gaps) {
                boolean wide = isWide(text, gap);
                if (wideGapsOnly && !wide) {
                    continue;
                }
                if (!wideGapsOnly && wide && isHan(text.codePointBefore(gap[0])) && isHan(text.codePointAt(gap[1]))) {
                    // A label wrapped in its cell: its parts joined without the blanks.
                    wrapped = (wrapped == null ? "" : wrapped) + text.substring(start, gap[0]);
                } else {
                    pieces.add(Piece.of(text, start, gap[0], wrapped));
                    wrapped = null;
                }
                start = gap[1];
            }
            pieces.add(Piece.of(text, start, text.length(), wrapped));

            List<Piece> cells = new ArrayList<>();
            for (Piece piece : pieces) {
                Piece previous = cells.isEmpty() ? null : cells.get(cells.size() - 1);
                if (previous != null && isBrokenWord(previous.text(), piece.text())) {
                    cells.set(cells.size() - 1, previous.glued(piece));
                } else if (previous != null && belongsToPrevious(previous.text(), piece.text())) {
                    cells.set(cells.size() - 1, previous.with(piece, text));
                } else {
                    cells.add(piece);
                }
            }
            List<String> out = cells.stream().map(Piece::text).toList();
            return isClearRow(out) ? out : List.of(text);
        }

        /** A span of the line, with its text (as written, or joined when it held a wrapped label). */
        private record Piece(int start, int end, String text, boolean joined) {

            static Piece of(String line, int start, int end, String wrapped) {
                String text = line.substring(start, end);
                return wrapped == null
                        ? new Piece(start, end, text, false)
                        : new Piece(start, end, wrapped + text, true);
            }

            /** This piece and the next one as one cell, the blank between them dropped (one word broken). */
            Piece glued(Piece next) {
                return new Piece(start, next.end, text + next.text, true);
            }

            /** This piece and the next one as one cell: as written between them unless either was joined. */
            Piece with(Piece next, String line) {
                return joined || next.joined
                        ? new Piece(start, next.end, text + next.text, true)
                        : new Piece(start, next.end, line.substring(start, next.end), false);
            }
        }

        /**
         * The last character of a word a PDF's layout moved past a blank: a lone Chinese character after a figure's
         * unit ("164.41万 元", "125.14元/台 件") or after words ("延期开 展", "当年财政拨 款", "情报研究 所"). Not a
         * unit after words (a 计量单位 column: "受益人数 人"), nor a grade or yes/no cell of its own ("评分等级 优").
         */
        private static boolean isBrokenWord(String previous, String token) {
            // letter-spaced text ("产 出 指 标") is joined as written, by belongsToPrevious
            if (!isSingleHan(token) || SINGLE_VALUES.contains(token) || previous.length() < 2
                    || previous.indexOf(' ') >= 0 || !isHan(previous.codePointBefore(previous.length()))) {
                return false;
            }
            boolean figure = previous.codePoints().anyMatch(Character::isDigit);
            String pair = previous.substring(previous.offsetByCodePoints(previous.length(), -1)) + token;
            return figure ? NUMBER_WITH_UNIT.matcher(previous).matches()
                    : (!UNITS.contains(token) || COUNTED_UNITS.contains(pair))
                    && previous.codePoints().filter(SpacedCells::isHan).count() >= 2;
        }

        /** Tokens that are no cell of their own: a unit after its number, a letter-spaced label, an annotation. */
        private static boolean belongsToPrevious(String previous, String token) {
            if (NUMBER.matcher(previous).matches() && UNITS.contains(token)) {
                return true;
            }
            if (isSingleHan(token) && isLetterSpaced(previous)) {
                return true;
            }
            if (isSingleHan(token) && previous.endsWith("指标") && previous.length() > "指标".length()) {
                // "半年(程)指标 值": a column name broken by the PDF's layout
                return true;
            }
            if (LABEL_END.matcher(token).matches() && previous.codePoints().anyMatch(SpacedCells::isHan)
                    && !previous.endsWith("指标")) {
                return true;
            }
            // A gap after a comma is inside a sentence.
            return "，,、；;".indexOf(previous.charAt(previous.length() - 1)) >= 0;
        }

        /** Single Chinese characters with a blank between each: "产", "产 出", "产 出 指". */
        private static boolean isLetterSpaced(String text) {
            return Arrays.stream(text.split(" ")).allMatch(SpacedCells::isSingleHan);
        }

        /** Split cells are believed only when there are a few, none a lone character or a Latin word. */
        private static boolean isClearRow(List<String> cells) {
            if (cells.size() < 2 || cells.size() > MAX_CELLS) {
                return false;
            }
            for (String cell : cells) {
                if (isSingleHan(cell) && !SINGLE_VALUES.contains(cell) || LATIN_WORD.matcher(cell).matches()) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isSingleHan(String text) {
            return text.codePointCount(0, text.length()) == 1 && isHan(text.codePointAt(0));
        }

        static boolean isHan(int c) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }

        private static boolean isWide(String text, int[] gap) {
            return gap[1] - gap[0] >= 2 || text.charAt(gap[0]) == '\u3000';
        }

        private static List<int[]> gapSpans(String text) {
            List<int[]> gaps = new ArrayList<>();
            int depth = 0;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (OPENING.indexOf(c) >= 0) {
                    depth++;
                } else if (CLOSING.indexOf(c) >= 0) {
                    depth = Math.max(0, depth - 1);
                }
                if (isBlank(c)) {
                    int end = i;
                    while (end < text.length() && isBlank(text.charAt(end))) {
                        end++;
                    }
                    if (depth == 0) {
                        gaps.add(new int[] {i, end});
                    }
                    i = end;
                } else {
                    i++;
                }
            }
            return gaps;
        }

        private static boolean isBlank(char c) {
            return c == ' ' || c == '\u3000' || c == '\u00A0' || c == '\t';
        }
    }
}
