package io.jixiao.reports.output;

import io.jixiao.reports.metrics.MetricTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jline.utils.WCWidth;

/**
 * A text table for the terminal, headed in the chosen language ({@link Headers}): columns aligned by display width (East-Asian wide characters take two
 * columns, per JLine's {@link WCWidth}), number columns right-aligned with their header, long cells cut with an ellipsis, line breaks
 * and tabs inside cells shown as spaces.
 */
public final class TableFormatter implements MetricTableWriter {

    static final int MAX_CELL_WIDTH = 40;
    private static final String GAP = "  ";

    private final Headers headers;

    public TableFormatter() {
        this(Headers.ZH);
    }

    public TableFormatter(Headers headers) {
        this.headers = Objects.requireNonNull(headers, "headers");
    }

    @Override
    public void write(String title, MetricTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(format(table));
        writer.flush();
    }

    public String format(MetricTable table) {
        int columns = table.columns().size();
        List<List<String>> cells = new ArrayList<>();
        cells.add(table.columns().stream().map(headers::heading).map(TableFormatter::cell).toList());
        for (List<Object> row : table.rows()) {
            cells.add(row.stream().map(v -> cell(TextFormatValue.of(v))).toList());
        }
        int[] widths = new int[columns];
        for (List<String> row : cells) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], displayWidth(row.get(c)));
            }
        }
        boolean[] numeric = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            int column = c;
            List<Object> values = table.rows().stream().map(row -> row.get(column)).filter(v -> v != null).toList();
            numeric[c] = !values.isEmpty() && values.stream().allMatch(v -> v instanceof Number);
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                pad(line, row.get(c), widths[c], numeric[c]);
                line.append(c + 1 < columns ? GAP : "");
            }
            text.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                List<String> rules = new ArrayList<>();
                for (int width : widths) {
                    rules.add("-".repeat(width));
                }
                text.append(String.join(GAP, rules)).append('\n');
            }
        }
        text.append("(").append(table.rows().size()).append(table.rows().size() == 1 ? " row)" : " rows)").append('\n');
        return text.toString();
    }

    /** Terminal columns taken by the text: 2 for wide (CJK) characters, 0 for combining marks. */
    public static int displayWidth(String text) {
        return text.codePoints().map(cp -> Math.max(0, WCWidth.wcwidth(cp))).sum();
    }

    private static void pad(StringBuilder line, String text, int width, boolean right) {
        String padding = " ".repeat(width - displayWidth(text));
        line.append(right ? padding + text : text + padding);
    }

    private static String cell(String text) {
        String flat = text.replaceAll("[\\t\\r\\n\\x0B\\f]+", " ").replaceAll("\\p{Cc}", "");
        if (displayWidth(flat) <= MAX_CELL_WIDTH) {
            return flat;
        }
        StringBuilder cut = new StringBuilder();
        int width = 0;
        for (int cp : flat.codePoints().toArray()) {
            int w = Math.max(0, WCWidth.wcwidth(cp));
            if (width + w > MAX_CELL_WIDTH - 1) {
                break;
            }
            cut.appendCodePoint(cp);
            width += w;
        }
        return cut.append('…').toString();
    }
}
