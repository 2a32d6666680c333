package io.jixiao.read.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines that only number a page ("-1-", "— 2 —", "第1页 共3页", "第2页 / 共28页"): a layout reader sees them as
 * blank lines (a page break), and they are reported as layout lines, not rows. A bare number is not one of them: it
 * may be a cell.
 */
public final class PageMarkers implements LayoutReader {

    private static final String DASH = "[-‐‑‒–—―－~～]";
    private static final Pattern MARKER = Pattern.compile(
            DASH + "+\\s*\\d{1,4}\\s*" + DASH + "+"
            + "|第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
            + "|共\\s*\\d{1,4}\\s*页\\s*[,，/]?\\s*第\\s*\\d{1,4}\\s*页");
    private static final int MAX_LENGTH = 24;

    private final LayoutReader reader;

    /** @param reader the layout reader that reads the lines once the page markers are blanked */
    public PageMarkers(LayoutReader reader) {
        this.reader = reader;
    }

    public static boolean isMarker(String line) {
        // Most lines are told apart by their first visible character, before any copy or regular expression.
        int first = 0;
        while (first < line.length() && (line.charAt(first) <= ' ' || line.charAt(first) == '\u00A0'
                || line.charAt(first) == '\u3000')) {
            first++;
        }
        if (first == line.length() || !mayStartMarker(line.charAt(first))) {
            return false;
        }
        String text = CellCleaning.clean(line);
        return text.length() <= MAX_LENGTH && MARKER.matcher(text).matches();
    }

    private static boolean mayStartMarker(char c) {
        return c == '-' || c >= '\u2010' && c <= '\u2015' || c == '－' || c == '~' || c == '～' || c == '第' || c == '共';
    }

    @Override
    public String name() {
        return reader.name();
    }

    @Override
    public RowsRead read(List<String> lines) {
        List<String> unmarked = null;
        List<Integer> markers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isMarker(lines.get(i))) {
                unmarked = unmarked == null ? new ArrayList<>(lines) : unmarked;
                unmarked.set(i, "");
                markers.add(i + 1);
            }
        }
        if (unmarked == null) {
            return reader.read(lines);
        }
        RowsRead read = reader.read(unmarked);
        List<Integer> layoutLines = new ArrayList<>(read.layoutLines());
        layoutLines.addAll(markers);
        layoutLines.sort(null);
        return new RowsRead(read.rows(), layoutLines);
    }
}
