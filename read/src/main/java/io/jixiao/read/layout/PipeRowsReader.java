package io.jixiao.read.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One table row per line, cells separated by {@code |}; markdown-style outer pipes ({@code | a | b |}) are dropped and
 * markdown separator lines ({@code |---|---|}) are layout only. Blank cells may be written as non-breaking spaces.
 */
public final class PipeRowsReader implements LayoutReader {

    private static final Pattern SEPARATOR = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");

    private final PageBreakJoiner joiner;

    public PipeRowsReader(PageBreakJoiner joiner) {
        this.joiner = joiner;
    }

    @Override
    public String name() {
        return "pipe_rows";
    }

    static boolean isSeparator(String line) {
        return SEPARATOR.matcher(line.strip()).matches();
    }

    @Override
    public RowsRead read(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        List<Integer> layoutLines = new ArrayList<>();
        boolean afterBlank = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (CellCleaning.isBlank(line)) {
                afterBlank = true;
                continue;
            }
            if (isSeparator(line)) {
                layoutLines.add(i + 1);
                continue;
            }
            String body = line.strip();
            if (body.startsWith("|")) {
                body = body.substring(1);
            }
            if (body.endsWith("|")) {
                body = body.substring(0, body.length() - 1);
            }
            List<Cell> cells = new ArrayList<>();
            for (String part : body.split("\\|", -1)) {
                cells.add(new Cell(CellCleaning.clean(part), i + 1));
            }
            joiner.append(rows, new Row(cells, List.of(i + 1)), afterBlank);
            afterBlank = false;
        }
        return new RowsRead(rows, layoutLines);
    }
}
