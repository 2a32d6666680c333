package io.jixiao.read.flat;

import io.jixiao.read.flat.FlatLabels.Found;
import io.jixiao.read.flat.FlatLabels.Kind;
import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.MatchKey;
import io.jixiao.read.layout.Row;
import io.jixiao.read.table.ColumnNames;
import io.jixiao.read.table.GluedNumbers;
import io.jixiao.read.table.LevelName;
import io.jixiao.read.table.NumberCells;
import io.jixiao.read.table.TableField;
import io.jixiao.read.table.Vocabulary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a flattened form ({@link FlatText}) into the rows a table would have had, so that the form readers read it as
 * any other layout. The cuts follow the form's own order: the title; header fields, each label with the text up to
 * the next label; the fund table's header, a run of column names, then its rows, each a row label and a run of
 * figures cut into the header's columns by {@link GluedNumbers} (a run that does not cut with certainty is left in a
 * row of its own, which the form reader reports); the goal texts, which run to the indicator header; the indicator
 * header; the indicator rows, cut at level names. A note after a fund row ("执行率*该指标分值…") is a row of its own.
 */
final class FlatRows {

    private static final Set<Kind> HEADER = EnumSet.of(Kind.FIELD, Kind.OTHER, Kind.FUND_TABLE, Kind.GOAL, Kind.TEXT,
            Kind.TOTAL, Kind.GRADE);
    private static final Set<Kind> FUND_ROW_END = EnumSet.of(Kind.FIELD, Kind.OTHER, Kind.FUND_TABLE, Kind.GOAL,
            Kind.TEXT, Kind.TOTAL, Kind.GRADE, Kind.FUND_SOURCE);
    private static final Set<Kind> TEXT_END = EnumSet.of(Kind.TEXT);
    private static final Set<Kind> SECTION_AFTER_TEXT = EnumSet.of(Kind.FUND_TABLE, Kind.GOAL);
    private static final Set<Kind> INDICATORS_END = EnumSet.of(Kind.FIELD, Kind.FUND_TABLE, Kind.GOAL, Kind.TOTAL,
            Kind.GRADE);
    private static final String TOTAL_SCORE = "总分";
    private static final Pattern TITLE_YEAR = Pattern.compile(FlatTitles.YEAR_NOTE.pattern() + "$");
    private static final Pattern BARE_YEAR = Pattern.compile("\\s+(19|20)\\d{2}\\s*年度$");
    /** The grades of 财预〔2020〕10号 and their common variants, longest first. */
    private static final Pattern GRADE_VALUE = Pattern.compile("不合格|优秀|良好|合格|优|良|中|差");
    private static final Set<Kind> UNCUT_END = EnumSet.of(Kind.FIELD, Kind.OTHER, Kind.GOAL, Kind.TEXT, Kind.TOTAL,
            Kind.GRADE);
    private static final Pattern SCORE_VALUE = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*分?");
    /** "一级指标", also letter-spaced as PDF text writes it ("一级 指标"). */
    private static final Pattern INDICATOR_START = Pattern.compile("一 ?级 ?指 ?标");
    private static final String INDICATOR_OPENER = "绩效指标";
    private static final String AMONG = "其中";
    /** "指标1" … before an indicator's name: its number within its level. */
    private static final String NUMBERED = "指标";
    private static final int MAX_FIELD_VALUE = 60;
    /** A unit note after a fund table's opener: " (万元)", "（元）". */
    private static final Pattern UNIT_NOTE = Pattern.compile("\\s*[(（]\\s*万?元\\s*[)）]");
    private static final Pattern PERCENT = Pattern.compile("\\d+(?:\\.\\d+)?\\s*[%％]");
    /** Consecutive Chinese characters that make prose rather than a table's labels ("执行率", "一次性"). */
    private static final int PROSE_RUN = 5;
    private static final int MAX_ROW_LABEL = 20;
    private static final String NOTE_PUNCTUATION = ",，。;；*×、!！?？";

    private final FlatText flat;
    private final String text;
    private final FlatLabels labels;
    private final Vocabulary vocabulary;
    private final FlatTitles titles;
    private final List<Row> rows = new ArrayList<>();
    private final TreeSet<Integer> pendingLines = new TreeSet<>();
    private int at;
    /** Cells of a scrambled fund table printed after the next label ({@link #displacedRateEnd}), taken by the table. */
    private int[] displacedCells;

    private FlatRows(FlatText flat, FlatLabels labels, Vocabulary vocabulary) {
        this.flat = flat;
        this.text = flat.text();
        this.labels = labels;
        this.vocabulary = vocabulary;
        this.titles = new FlatTitles(text, labels, vocabulary, HEADER);
    }

    static List<Row> of(FlatText flat, Vocabulary vocabulary) {
        FlatRows reader = new FlatRows(flat, new FlatLabels(vocabulary), vocabulary);
        reader.read();
        return reader.rows;
    }

    private void read() {
        while (skipBlanks() < text.length()) {
            int indicators = indicatorStart(at);
            // where a cell starts, "总分" is a label too (two-character words are searched nowhere else: "部门" …)
            Optional<Found> label = labels.at(text, at, EnumSet.of(Kind.TOTAL), true)
                    .or(() -> labels.next(text, at, HEADER));
            int next = label.map(Found::start).orElse(text.length());
            int[] title = titles.next(at);
            if (title != null && title[0] < next && (indicators < 0 || title[0] <= indicators)) {
                orphan(at, title[0]);
                Matcher year = BARE_YEAR.matcher(text).region(title[0], title[1]);
                if (year.find()) {
                    // "…绩效目标表 2020年度": the title's row, then the year's, as the table writes them
                    rows.add(row(List.of(cell(title[0], year.start()))));
                    rows.add(row(List.of(cell(year.start(), title[1]))));
                } else {
                    rows.add(row(List.of(cell(title[0], title[1]))));
                }
                at = title[1];
                continue;
            }
            if (indicators >= 0 && indicators <= next) {
                orphan(at, indicators);
                at = indicators;
                indicatorTable();
                continue;
            }
            if (label.isEmpty()) {
                orphan(at, text.length());
                at = text.length();
                continue;
            }
            orphan(at, next);
            at = label.get().after();
            if (displacedCells != null && displacedCells[0] == at) {
                at = displacedCells[1];
                displacedCells = null;
            }
            switch (label.get().kind()) {
                case FUND_TABLE -> fundTable(label.get());
                case GOAL -> goals(label.get());
                case TEXT -> freeText(label.get());
                case TOTAL, GRADE -> scoreField(label.get());
                default -> field(label.get());
            }
        }
    }

    private int titleStartOrEnd(int from) {
        int[] title = titles.next(from);
        return title == null ? text.length() : title[0];
    }

    /** A header field: its label and the text up to the next label; "A/B" labels over "a/b" values make two rows. */
    private void field(Found label) {
        int labelEnd = label.end();
        Optional<Found> second = Optional.empty();
        if (labelEnd < text.length() && text.charAt(labelEnd) == '/') {
            second = labels.at(text, labelEnd + 1, EnumSet.of(Kind.FIELD, Kind.OTHER), false);
            if (second.isPresent()) {
                labelEnd = second.get().end();
                at = second.get().after();
            }
        }
        int end = labels.next(text, at, HEADER).map(Found::start).orElse(text.length());
        end = Math.min(Math.min(end, indicatorStartOrEnd(at)), titleStartOrEnd(at));
        int valueStart = at;
        at = end;
        String value = text.substring(valueStart, end).strip();
        if (second.isPresent() && value.chars().filter(c -> c == '/').count() == 1) {
            int slash = text.indexOf('/', valueStart);
            rows.add(row(List.of(cell(label.start(), label.end()), cell(valueStart, slash))));
            rows.add(row(List.of(cell(second.get().start(), second.get().end()), cell(slash + 1, end))));
            return;
        }
        if (value.isEmpty() || label.kind() == Kind.FIELD && value.length() > MAX_FIELD_VALUE) {
            // a name that long ran into text no label cut off: the label alone, the text a row of its own
            rows.add(row(List.of(cell(label.start(), labelEnd))));
            orphan(valueStart, end);
            return;
        }
        rows.add(row(List.of(cell(label.start(), labelEnd), cell(valueStart, end))));
    }

    /** 总分 / 评分等级: the label and its value, a score without its "分", a grade word. */
    private void scoreField(Found label) {
        skipBlanks();
        Matcher score = SCORE_VALUE.matcher(text).region(at, text.length());
        if (label.kind() == Kind.TOTAL && score.lookingAt()) {
            Cell first = cell(score.start(1), score.end(1));
            at = score.end();
            Matcher second = SCORE_VALUE.matcher(text).region(at, text.length());
            if (second.lookingAt() && (second.end(1) == text.length() || !Character.isDigit(text.charAt(second.end(1))))
                    && new BigDecimal(second.group(1)).compareTo(new BigDecimal(first.text())) <= 0) {
                // "总分 100.00 99.59": the weights' total under 分值, the score under 得分
                rows.add(row(List.of(cell(label.start(), label.end()), first, cell(second.start(1), second.end(1)))));
                at = second.end();
                return;
            }
            rows.add(row(List.of(cell(label.start(), label.end()), first)));
            return;
        }
        Matcher grade = GRADE_VALUE.matcher(text).region(at, text.length());
        if (label.kind() == Kind.GRADE && grade.lookingAt()) {
            rows.add(row(List.of(cell(label.start(), label.end()), cell(at, grade.end()))));
            at = grade.end();
            return;
        }
        field(label);
    }

    /** The fund table: its opener and column names, then its rows. */
    private void fundTable(Found opener) {
        List<Cell> header = new ArrayList<>();
        Matcher unit = UNIT_NOTE.matcher(text).region(at, text.length());
        if (unit.lookingAt()) {
            // "项目资金 (万元)": the opener's unit, written apart from it
            header.add(cell(opener.start(), unit.end()));
            at = unit.end();
        } else {
            header.add(cell(opener.start(), opener.end()));
        }
        List<TableField> columns = columnRun(Kind.FUND_COLUMN, header);
        if (columns.isEmpty()) {
            // no column names follow: what follows is no table this reader can cut (scrambled or transposed)
            pendingLines.clear();
            Optional<Found> next = labels.next(text, opener.after(), UNCUT_END);
            int end = Math.min(next.map(Found::start).orElse(text.length()), indicatorStartOrEnd(opener.after()));
            int displacedEnd = next.filter(label -> label.start() == end)
                    .map(label -> displacedRateEnd(opener.after(), end, label.after())).orElse(-1);
            if (displacedEnd > 0) {
                // "合计 执行数 … 5.5 5.5 项目年度目标 3、一次性□ 5.5 执行率 100% 1. 对…": the PDF printed the label
                // of the row below amid the table's last cells; they join the block, the label keeps its text
                Cell block = cell(opener.start(), end);
                Cell displaced = cell(next.get().after(), displacedEnd);
                rows.add(row(List.of(new Cell(block.text() + " " + displaced.text(), block.line()))));
                displacedCells = new int[] {next.get().after(), displacedEnd};
            } else {
                rows.add(row(List.of(cell(opener.start(), end))));
            }
            at = end;
            return;
        }
        rows.add(row(header));
        Map<TableField, BigDecimal> totals = null;
        while (skipBlanks() < text.length()) {
            if (endsFundRows(at)) {
                return;
            }
            List<TableField> block = sideBlock();
            if (!block.isEmpty()) {
                columns = block;
                totals = null;
                continue;
            }
            int labelEnd = fundRowLabel(at);
            if (labelEnd < 0) {
                int end = noteEnd(at);
                rows.add(row(List.of(cell(at, end))));
                at = end;
                continue;
            }
            int labelStart = at;
            at = labelEnd;
            int runStart = skipBlanks();
            int runEnd = runEnd(runStart);
            at = runEnd;
            List<Cell> cells = new ArrayList<>();
            cells.add(cell(labelStart, labelEnd));
            if (runEnd == runStart || text.substring(runStart, runEnd).chars().noneMatch(Character::isDigit)) {
                // no figures: the row's cells are empty ("—" marks them so)
                touch(runStart, runEnd);
                rows.add(row(cells));
                continue;
            }
            boolean total = totals == null && isTotal(labelStart, labelEnd);
            Optional<List<String>> cut = GluedNumbers.cut(text.substring(runStart, runEnd), numeric(columns),
                    totals == null ? Map.of() : totals);
            if (cut.isEmpty()) {
                rows.add(row(cells));
                rows.add(row(List.of(cell(runStart, runEnd))));
                continue;
            }
            List<String> values = spread(cut.get(), columns);
            touch(runStart, runEnd);
            int line = flat.line(runStart);
            for (String value : values) {
                cells.add(new Cell(value == null ? "" : value, line));
            }
            int noteColumn = columns.indexOf(TableField.IGNORED);
            if (noteColumn >= 0 && skipBlanks() < text.length() && fundRowLabel(at) < 0 && !endsFundRows(at)) {
                // the row's 得分计算方法 text, under its column
                int end = noteEnd(at);
                cells.set(noteColumn + 1, cell(at, end));
                at = end;
            }
            rows.add(row(cells));
            if (total) {
                totals = amounts(values, columns);
            }
        }
    }

    /**
     * A second block of the fund table under a side label and column names of its own ("支出 半年(程)计划执行数 全年(程)
     * 预算数", after the 收入 block): its header row is made (the side label under the first column name's neighbour,
     * as the table writes it) and its columns returned; empty when none starts here.
     */
    private List<TableField> sideBlock() {
        int start = at;
        Optional<Found> side = labels.at(text, at, EnumSet.of(Kind.FUND_COLUMN), true)
                .filter(found -> found.column() == TableField.LABEL);
        if (side.isEmpty()) {
            return List.of();
        }
        List<Cell> header = new ArrayList<>();
        header.add(new Cell("", flat.line(start)));
        header.add(cell(side.get().start(), side.get().end()));
        at = side.get().after();
        List<TableField> columns = columnRun(Kind.FUND_COLUMN, header);
        if (numeric(columns).isEmpty()) {
            // "项目支出:156.2": a row label that starts with a column's word, no block
            at = start;
            pendingLines.clear();
            return List.of();
        }
        rows.add(row(header));
        List<TableField> all = new ArrayList<>();
        all.add(TableField.LABEL);
        all.addAll(columns);
        return all;
    }

    /**
     * Where the cells of a scrambled fund table displaced past the next label end, or -1. A table that names amounts
     * but states no rate, followed by a label whose text starts with the rest of the table ("3、一次性□ 5.5 执行率
     * 100%") before any prose: the displaced cells run to that rate's percentage.
     */
    private int displacedRateEnd(int blockStart, int blockEnd, int labelAfter) {
        String block = text.substring(blockStart, blockEnd);
        if (PERCENT.matcher(block).find() || block.chars().noneMatch(Character::isDigit)) {
            return -1;
        }
        int prose = labelAfter;
        for (int run = 0; prose < text.length() && run < PROSE_RUN; prose++) {
            run = Character.UnicodeScript.of(text.charAt(prose)) == Character.UnicodeScript.HAN ? run + 1 : 0;
        }
        String displaced = text.substring(labelAfter, prose);
        Matcher percent = PERCENT.matcher(displaced);
        int end = -1;
        while (percent.find()) {
            end = percent.end();
        }
        String compact = MatchKey.compact(displaced);
        boolean namesRate = vocabulary.synonyms("fund_column").entrySet().stream()
                .anyMatch(e -> e.getValue().equals("rate") && compact.contains(e.getKey()));
        return end > 0 && namesRate ? labelAfter + end : -1;
    }

    /** The column names that follow one another from here, each added to the header's cells; their fields. */
    private List<TableField> columnRun(Kind kind, List<Cell> header) {
        List<TableField> columns = new ArrayList<>();
        while (skipBlanks() < text.length()) {
            Optional<Found> column = labels.at(text, at, EnumSet.of(kind), true);
            if (column.isEmpty()) {
                break;
            }
            header.add(cell(column.get().start(), column.get().end()));
            columns.add(column.get().column());
            at = column.get().after();
        }
        return columns;
    }

    /** A header label or the indicator header: the fund table ends there. */
    private boolean endsFundRows(int index) {
        return labels.at(text, index, HEADER, false).isPresent() || indicatorStart(index) == index;
    }

    /** Whether a row label names the total (年度资金总额), whose figures bound the sub-rows below it. */
    /** A label of a header field the form reader keeps (项目名称, 实施单位 …) and its value. */
    static boolean isFieldWithValue(Row row, Vocabulary vocabulary) {
        return row.size() == 2 && vocabulary.lookUp("field", row.key(0)).filter(field -> !field.equals("personal"))
                .isPresent() && !row.text(1).isEmpty();
    }

    /** A row of one cell ending in a kind clue: the form's title as {@link #title} cut it. */
    static boolean isTitle(Row row, Vocabulary vocabulary) {
        Matcher year = TITLE_YEAR.matcher(row.text(0));
        String title = MatchKey.compact(year.find() ? row.text(0).substring(0, year.start()) : row.text(0));
        return row.size() == 1 && vocabulary.synonyms("kind_clue").keySet().stream()
                .anyMatch(clue -> clue.endsWith("表") && title.endsWith(clue));
    }

    /** How many cells of a row name a fund or indicator column: a header run has several, prose none. */
    static int columnNames(Row row, Vocabulary vocabulary) {
        int count = 0;
        for (String cell : row.nonEmptyTexts()) {
            if (ColumnNames.funds(vocabulary).field(cell).isPresent()
                    || ColumnNames.indicators(vocabulary).field(cell).isPresent()) {
                count++;
            }
        }
        return count;
    }

    private boolean isTotal(int start, int end) {
        String key = MatchKey.compact(text.substring(start, end));
        int note = key.indexOf('(');
        key = note > 0 ? key.substring(0, note) : key;
        return !key.startsWith(AMONG) && vocabulary.lookUp("fund_source", key).filter("total"::equals).isPresent();
    }

    private static List<TableField> numeric(List<TableField> columns) {
        return columns.stream().filter(column -> column != TableField.IGNORED && column != TableField.LABEL).toList();
    }

    /** The cut values under the header's columns, in header order (null under columns the cut skips). */
    private static List<String> spread(List<String> cut, List<TableField> columns) {
        List<String> values = new ArrayList<>();
        int next = 0;
        for (TableField column : columns) {
            boolean numeric = column != TableField.IGNORED && column != TableField.LABEL;
            values.add(numeric ? cut.get(next++) : null);
        }
        return values;
    }

    private static Map<TableField, BigDecimal> amounts(List<String> values, List<TableField> columns) {
        Map<TableField, BigDecimal> amounts = new EnumMap<>(TableField.class);
        for (int i = 0; i < columns.size(); i++) {
            if (values.get(i) != null && NumberCells.isNumber(values.get(i))) {
                amounts.put(columns.get(i), NumberCells.parse(values.get(i)));
            }
        }
        return amounts;
    }

    /**
     * The end of a fund row's label at {@code start}, or -1: "其中:" and then a label ending in a colon, a fund
     * source the vocabulary names, or short text without digits or sentence marks up to the figures.
     */
    private int fundRowLabel(int start) {
        int from = start;
        if (text.startsWith(AMONG, from)) {
            from += AMONG.length();
            if (from < text.length() && (text.charAt(from) == ':' || text.charAt(from) == '：')) {
                from++;
            }
        }
        for (int i = from; i < Math.min(text.length(), from + MAX_ROW_LABEL); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '：') {
                return i > from ? i + 1 : -1;
            }
            if (GluedNumbers.isRunCharacter(c) || NOTE_PUNCTUATION.indexOf(c) >= 0 || c == '\n') {
                break;
            }
        }
        Optional<Found> source = labels.at(text, from, EnumSet.of(Kind.FUND_SOURCE), false);
        if (source.isPresent()) {
            return source.get().after();
        }
        int i = from;
        while (i < text.length() && i - from <= MAX_ROW_LABEL && !GluedNumbers.isRunCharacter(text.charAt(i))
                && !Character.isWhitespace(text.charAt(i)) && NOTE_PUNCTUATION.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        boolean figuresFollow = i < text.length() && i > from && i - from <= MAX_ROW_LABEL
                && (GluedNumbers.isRunCharacter(text.charAt(i)) || Character.isWhitespace(text.charAt(i)));
        return figuresFollow ? i : -1;
    }

    /** The end of the run of figures at {@code start}: figures, empty-cell marks and blanks between them. */
    private int runEnd(int start) {
        int end = start;
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (GluedNumbers.isRunCharacter(c)) {
                i++;
                end = i;
            } else if (c == ' ' || c == '\u3000' || c == '\n') {
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    /** The end of text after a fund row (a note such as 得分计算方法): the next row label or section. */
    private int noteEnd(int start) {
        for (int i = start + 1; i < text.length(); i++) {
            if (text.startsWith(AMONG, i) || labels.at(text, i, FUND_ROW_END, false).isPresent()
                    || indicatorStart(i) == i) {
                return i;
            }
        }
        return text.length();
    }

    /** The goal label, its column names (预期目标, 实际完成情况) if written, and the goal text up to the indicators. */
    private void goals(Found label) {
        List<Cell> header = new ArrayList<>();
        header.add(cell(label.start(), label.end()));
        while (skipBlanks() < text.length()) {
            Optional<Found> column = labels.at(text, at, EnumSet.of(Kind.GOAL_COLUMN), false);
            if (column.isEmpty()) {
                break;
            }
            header.add(cell(column.get().start(), column.get().end()));
            at = column.get().after();
        }
        int end = Math.min(indicatorStartOrEnd(at), titleStartOrEnd(at));
        if (header.size() > 1) {
            rows.add(row(header));
            if (end > at) {
                rows.add(row(List.of(cell(at, end))));
            }
        } else {
            rows.add(end > at ? row(List.of(header.get(0), cell(at, end))) : row(header));
        }
        at = end;
    }

    /** A free-text field (立项必要性 …): its text runs to the next free-text label or the indicators. */
    private void freeText(Found label) {
        int end = Math.min(Math.min(indicatorStartOrEnd(at), titleStartOrEnd(at)), labels.next(text, at, TEXT_END)
                .map(Found::start).orElse(text.length()));
        end = Math.min(end, sectionAfterText(at, end));
        rows.add(end > at ? row(List.of(cell(label.start(), label.end()), cell(at, end)))
                : row(List.of(cell(label.start(), label.end()))));
        at = end;
    }

    /**
     * Where a fund table or goal label written as a cell of its own (blanks before it, and blanks, a colon or a unit
     * note after it) starts between {@code from} and {@code end}, else {@code end}: prose names them too ("项目资金
     * 使用…"), but not apart from the words around them.
     */
    private int sectionAfterText(int from, int end) {
        for (Optional<Found> found = labels.next(text, from, SECTION_AFTER_TEXT); found.isPresent()
                && found.get().start() < end; found = labels.next(text, found.get().start() + 1, SECTION_AFTER_TEXT)) {
            int start = found.get().start();
            int after = found.get().after();
            boolean apart = start > from && Character.isWhitespace(text.charAt(start - 1))
                    && (after == text.length() || after > found.get().end() || Character.isWhitespace(text.charAt(after))
                    || found.get().kind() == Kind.FUND_TABLE && UNIT_NOTE.matcher(text).region(after, text.length())
                    .lookingAt());
            if (apart) {
                return start;
            }
        }
        return end;
    }

    /**
     * The indicator header's column names, then the table's rows: cut at level names ("产出指标(40分)", "数量指标"),
     * which become rows of their own, and at numbered names ("指标1", "指标2" … counted within each level), each row
     * cut into its cells by {@link GluedIndicatorRow} where it can be, else left whole for the form reader to report.
     */
    private void indicatorTable() {
        List<Cell> header = new ArrayList<>();
        List<TableField> columns = columnRun(Kind.INDICATOR_COLUMN, header);
        rows.add(row(header));
        int nameColumn = columns.indexOf(TableField.NAME);
        BigDecimal categoryWeight = null;
        int number = 1;
        int start = at;
        int marker = 0;
        int regionEnd = indicatorsEnd(at);
        int levelRow = -1;
        int levelEnd = at;
        for (int i = at; i <= regionEnd; i++) {
            Optional<Found> level = i < regionEnd
                    ? labels.at(text, i, EnumSet.of(Kind.LEVEL), false) : Optional.empty();
            String numbered = NUMBERED + number;
            boolean nextNumbered = i < regionEnd && text.startsWith(numbered, i);
            if (i < regionEnd && level.isEmpty() && !nextNumbered) {
                continue;
            }
            indicatorRow(start, marker, i, columns, nameColumn, categoryWeight);
            marker = 0;
            if (level.isPresent()) {
                Cell levelCell = cell(level.get().start(), level.get().end());
                boolean follows = levelRow >= 0 && levelRow == rows.size() - 1 && rows.get(levelRow).size() == 1
                        && text.substring(levelEnd, level.get().start()).isBlank();
                if (follows) {
                    // "成本指标 经济成本指标": two level names in a row are the table's level-1 and level-2 cells
                    Row first = rows.get(levelRow);
                    pendingLines.addAll(first.lines());
                    rows.set(levelRow, row(List.of(first.cells().get(0), levelCell)));
                } else {
                    rows.add(row(List.of(levelCell)));
                    levelRow = rows.size() - 1;
                }
                levelEnd = level.get().end();
                LevelName name = LevelName.of(text.substring(level.get().start(), level.get().end()), vocabulary)
                        .orElse(null);
                if (name != null && name.level1() && !name.level2()) {
                    categoryWeight = name.weight();
                }
                number = 1;
                i = level.get().after() - 1;
                start = level.get().after();
                if (text.startsWith(NUMBERED, level.get().end() - NUMBERED.length()) && start + 1 < regionEnd
                        && text.charAt(start) == '1' && Character.isLetter(text.charAt(start + 1))) {
                    // "生态效益指标1病害减少…": the level name took the "指标" of the first row's "指标1"
                    marker = 1;
                    number = 2;
                    i = start;
                }
            } else if (nextNumbered) {
                number++;
                start = i;
                marker = numbered.length();
                i += numbered.length() - 1;
            }
        }
        at = regionEnd;
    }

    /**
     * Where the indicator table's text ends: at the next form's title or project name, a fund table, a goal, the next
     * indicator header, or the total score and grade below the table ("总分", "评分等级").
     */
    private int indicatorsEnd(int from) {
        int end = titleStartOrEnd(from);
        for (Optional<Found> label = labels.next(text, from, INDICATORS_END); label.isPresent() && label.get().start()
                < end; label = labels.next(text, label.get().after(), INDICATORS_END)) {
            Found found = label.get();
            String written = text.substring(found.start(), found.end());
            if (found.kind() != Kind.FIELD || vocabulary.lookUp("field", MatchKey.compact(written)).filter("project"::equals)
                    .isPresent()) {
                end = found.start();
                break;
            }
        }
        int nextHeader = indicatorStart(from);
        if (nextHeader >= 0 && nextHeader < end) {
            // a department's next indicator table, under its own header (一级指标 二级指标 重点工作 …)
            end = nextHeader;
        }
        int total = text.indexOf(TOTAL_SCORE, from);
        return total >= 0 && total < end ? total : end;
    }

    /**
     * One indicator row's text, cut into cells under the header's columns when that is certain: text split by blanks
     * may hold several rows, with their level cells ({@link SpacedIndicatorRows}); else one row's cells were glued
     * together ({@link GluedIndicatorRow}).
     */
    private void indicatorRow(int start, int nameStart, int end, List<TableField> columns, int nameColumn,
                              BigDecimal categoryWeight) {
        String written = text.substring(start, end);
        if (written.isBlank()) {
            return;
        }
        String rowText = written.substring(nameStart).replace('\n', ' ').strip();
        List<TableField> valueColumns = nameColumn < 0 ? List.of() : columns.subList(nameColumn + 1, columns.size());
        List<TableField> levelColumns = nameColumn < 0 ? List.of()
                : columns.subList(0, nameColumn).stream().filter(TableField::isLevel).toList();
        Optional<List<SpacedIndicatorRows.SpacedRow>> readings = nameColumn < 0 ? Optional.empty()
                : SpacedIndicatorRows.cut(rowText, levelColumns, valueColumns, categoryWeight, vocabulary)
                        .or(() -> GluedIndicatorRow.cut(rowText, valueColumns, categoryWeight)
                                .map(read -> List.of(new SpacedIndicatorRows.SpacedRow(null, null, null, read))));
        if (readings.isEmpty()) {
            orphan(start, end);
            return;
        }
        touch(start, end);
        int line = flat.line(start + nameStart);
        for (SpacedIndicatorRows.SpacedRow read : readings.get()) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                String value = i == nameColumn ? read.reading().name()
                        : i > nameColumn ? read.reading().values().get(i - nameColumn - 1) : levelCell(read,
                        columns.get(i));
                cells.add(new Cell(value == null ? "" : value, line));
            }
            // the first row takes the lines the text spanned, those after it the line they were read on; each cell
            // stands under its header column
            List<Integer> lines = pendingLines.isEmpty() ? List.of(line) : List.copyOf(pendingLines);
            pendingLines.clear();
            rows.add(new Row(cells, lines, Row.Placement.BY_COLUMN));
        }
    }

    private static String levelCell(SpacedIndicatorRows.SpacedRow row, TableField column) {
        return switch (column) {
            case LEVEL1 -> row.level1();
            case LEVEL2 -> row.level2();
            case KEY_WORK -> row.keyWork();
            default -> null;
        };
    }

    /** Where an indicator header starts at or after {@code from} ("绩效指标一级指标…", "一级指标二级指标…"), or -1. */
    private int indicatorStart(int from) {
        Matcher start = INDICATOR_START.matcher(text);
        if (!start.find(from)) {
            return -1;
        }
        int found = start.start();
        int before = found;
        while (before > from && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        int opener = before - INDICATOR_OPENER.length();
        return opener >= from && text.startsWith(INDICATOR_OPENER, opener) ? opener : found;
    }

    private int indicatorStartOrEnd(int from) {
        int found = indicatorStart(from);
        return found < 0 ? text.length() : found;
    }

    /** Text between two cuts that no label claims: a row of its own, which the form reader reports. */
    private void orphan(int start, int end) {
        if (!text.substring(start, end).isBlank()) {
            rows.add(row(List.of(cell(start, end))));
        }
    }

    private int skipBlanks() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** A cell of the text between two cuts; the lines it spans go to the next row made. */
    private Cell cell(int start, int end) {
        touch(start, end);
        int first = start;
        while (first < end - 1 && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        return new Cell(text.substring(start, end).strip(), flat.line(first));
    }

    private void touch(int start, int end) {
        for (int i = start; i < Math.max(end, start + 1) && i < text.length(); i++) {
            pendingLines.add(flat.line(i));
        }
    }

    /** A row of cells made since the last row; it spans every line its cells' text came from. */
    private Row row(List<Cell> cells) {
        Row row = new Row(cells, List.copyOf(pendingLines));
        pendingLines.clear();
        return row;
    }
}
