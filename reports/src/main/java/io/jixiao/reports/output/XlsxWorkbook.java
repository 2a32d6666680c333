package io.jixiao.reports.output;

import io.jixiao.reports.metrics.MetricTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook of metric tables, a sheet each, as an analyst opens it: headings in the chosen language, styled
 * and frozen, an autofilter over the rows, numbers as numbers in the format of their column's kind ({@link
 * ColumnKind}), widths that fit the text (a CJK character takes two columns). Text that begins like a formula is
 * stored quote-prefixed, as Excel stores a typed {@code '=}: shown as written and never run, even once edited.
 * A table longer than a sheet is cut, with a note saying so in the row after the last. Rows are streamed to a
 * temporary file ({@link SXSSFWorkbook}): {@link #close} removes it.
 */
public final class XlsxWorkbook implements AutoCloseable {

    /** The rows of an Excel sheet, the heading row included. */
    public static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    /** The widest a column is made, in widths of a digit: long text (reasons, goals) runs on under the next. */
    static final int MAX_WIDTH = 60;
    /** Room for the autofilter's button beside a heading. */
    private static final int FILTER_BUTTON = 3;
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int ROWS_IN_MEMORY = 500;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final Headers headers;
    private final int maxRows;
    private final CellStyle heading;
    private final CellStyle quoted;
    private final CellStyle note;
    private final Map<ColumnKind, CellStyle> numbers = new EnumMap<>(ColumnKind.class);
    private final Set<String> sheetNames = new HashSet<>();
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    /** A sheet written: its name, the rows it holds, and the rows of the table it had no room for. */
    public record WrittenSheet(String name, int rows, int rowsLeftOut) {
    }

    public XlsxWorkbook(Headers headers) {
        this(headers, MAX_ROWS);
    }

    /** With fewer rows per sheet than Excel's, for the tests of the cut. */
    XlsxWorkbook(Headers headers, int maxRows) {
        this.headers = Objects.requireNonNull(headers, "headers");
        if (maxRows < 3 || maxRows > MAX_ROWS) {
            throw new IllegalArgumentException("a sheet holds 3 to " + MAX_ROWS + " rows, not " + maxRows);
        }
        this.maxRows = maxRows;
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("Jixiao");
        Font bold = workbook.createFont();
        bold.setBold(true);
        heading = workbook.createCellStyle();
        heading.setFont(bold);
        heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        heading.setBorderBottom(BorderStyle.THIN);
        heading.setAlignment(HorizontalAlignment.CENTER);
        heading.setVerticalAlignment(VerticalAlignment.CENTER);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        Font italic = workbook.createFont();
        italic.setItalic(true);
        italic.setColor(IndexedColors.DARK_RED.getIndex());
        note = workbook.createCellStyle();
        note.setFont(italic);
        for (ColumnKind kind : ColumnKind.values()) {
            if (kind.numberFormat() != null) {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(kind.numberFormat()));
                numbers.put(kind, style);
            }
        }
    }

    /** Adds the table as a sheet named after it (its Chinese name with Chinese headings). */
    public WrittenSheet add(String table, MetricTable data) {
        String name = uniqueName(sheetName(headers.title(table)));
        SXSSFSheet sheet = workbook.createSheet(name);
        List<String> columns = data.columns();
        List<ColumnKind> kinds = columns.stream()
                .map(c -> OutputColumns.get().find(c).map(OutputColumn::kind).orElse(null)).toList();
        int[] widths = new int[columns.size()];
        Row top = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            String text = headers.heading(columns.get(c));
            Cell cell = top.createCell(c);
            cell.setCellValue(text);
            cell.setCellStyle(FormulaGuard.neutralised(text).equals(text) ? heading : quotedHeading(text));
            widths[c] = TableFormatter.displayWidth(text) + FILTER_BUTTON;
        }
        int total = data.rows().size();
        int shown = rowsShown(total, maxRows);
        for (int r = 0; r < shown; r++) {
            List<Object> values = data.rows().get(r);
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < values.size(); c++) {
                widths[c] = Math.max(widths[c], write(row, c, values.get(c), kinds.get(c)));
            }
        }
        if (shown < total) {
            Cell cell = sheet.createRow(shown + 1).createCell(0);
            cell.setCellValue(message("sheet.cut", shown, total, maxRows));
            cell.setCellStyle(note);
        }
        sheet.createFreezePane(0, 1);
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(shown, 1), 0, columns.size() - 1));
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH) + 2) * 256);
        }
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return new WrittenSheet(name, shown, total - shown);
    }

    /** The rows of a table of {@code rows} that a sheet shows: all, or as many as leave room for the note. */
    public static int rowsShown(int rows) {
        return rowsShown(rows, MAX_ROWS);
    }

    private static int rowsShown(int rows, int maxRows) {
        return rows <= maxRows - 1 ? rows : maxRows - 2;
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
        workbook.dispose();
    }

    /** Writes one value; returns the width it takes as shown. */
    private int write(Row row, int column, Object value, ColumnKind kind) {
        if (value == null) {
            return 0;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            double figure = number.doubleValue();
            cell.setCellValue(figure);
            CellStyle style = kind == null ? null : numbers.get(kind);
            if (style == null) {
                return TextFormatValue.of(value).length();
            }
            cell.setCellStyle(style);
            return formatter.formatRawCellContents(figure, style.getDataFormat(), style.getDataFormatString()).length();
        }
        if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
            return 5;
        }
        String text = value.toString();
        if (text.length() > MAX_CELL_TEXT) {
            String mark = message("cell.cut");
            text = text.substring(0, MAX_CELL_TEXT - mark.length()) + mark;
        }
        cell.setCellValue(text);
        if (!FormulaGuard.neutralised(text).equals(text)) {
            cell.setCellStyle(quoted);
        }
        return TableFormatter.displayWidth(text.lines().findFirst().orElse(""));
    }

    /** A heading that begins like a formula (a column named so in ad-hoc SQL): the heading style, quote-prefixed. */
    private CellStyle quotedHeading(String text) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(heading);
        style.setQuotePrefixed(true);
        return style;
    }

    private String uniqueName(String name) {
        String unique = name;
        for (int n = 2; !sheetNames.add(unique.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            unique = name.substring(0, Math.min(name.length(), OutputColumns.MAX_TITLE - suffix.length())) + suffix;
        }
        return unique;
    }

    /** Excel refuses sheet names over 31 characters, with any of : \ / ? * [ ], or quoted by apostrophes. */
    static String sheetName(String title) {
        String name = title == null || title.isBlank() ? "metric" : title.replaceAll("[:\\\\/?*\\[\\]]", "_");
        name = name.length() > OutputColumns.MAX_TITLE ? name.substring(0, OutputColumns.MAX_TITLE) : name;
        return name.replaceAll("^'+|'+$", "_");
    }

    private String message(String key, Object... arguments) {
        String pattern = Messages.TEXT.getProperty(key + "." + headers.name().toLowerCase(Locale.ROOT));
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    private static final class Messages {
        static final Properties TEXT = load();

        private static Properties load() {
            try (InputStream in = XlsxWorkbook.class.getResourceAsStream("messages.properties")) {
                Properties properties = new Properties();
                properties.load(new InputStreamReader(Objects.requireNonNull(in, "messages.properties"),
                        StandardCharsets.UTF_8));
                return properties;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
