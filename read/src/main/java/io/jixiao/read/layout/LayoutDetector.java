package io.jixiao.read.layout;

import io.jixiao.read.flat.FlatLinesReader;
import java.util.List;
import java.util.Optional;

/**
 * Picks the layout reader from the text's shape: one cell per line with rows ended by runs of pipes ("||||"),
 * pipe-separated lines, tab-separated rows (a tab after some text), or one cell per line (lines that begin with a tab
 * and hold no other tab); failing those, rows of cells separated by spaces, a form flattened into long lines
 * ({@link FlatLinesReader}), or a stream of cells one per paragraph.
 * Lines that only number a page are left out of the shape and read as layout ({@link PageMarkers}).
 */
public final class LayoutDetector {

    private final PageBreakJoiner joiner;

    public LayoutDetector(PageBreakJoiner joiner) {
        this.joiner = joiner;
    }

    /** The reader for the lines' shape, page markers set apart; empty when the text is in no known shape. */
    public Optional<LayoutReader> detect(List<String> lines) {
        Counts counts = Counts.of(lines);
        if (counts.nonBlank() == 0) {
            return Optional.empty();
        }
        // Only a text with page markers pays for their second look.
        return shape(lines, counts).map(reader -> counts.pageMarkers() > 0 ? new PageMarkers(reader) : reader);
    }

    private Optional<LayoutReader> shape(List<String> lines, Counts counts) {
        int nonBlank = counts.nonBlank();
        int pipeLines = counts.pipeLines();
        if (pipeLines * 2 >= nonBlank && counts.pipeRowEnds() >= 2 && counts.innerPipeLines() * 10 < pipeLines) {
            return Optional.of(new PipeCellsReader());
        }
        if (pipeLines * 2 >= nonBlank) {
            return Optional.of(counts.trailingPipeCells() * 10 >= pipeLines * 7
                    ? new CellPerLineReader(joiner, CellPerLineReader.Marker.TRAILING_PIPE)
                    : new PipeRowsReader(joiner));
        }
        if (counts.leadingTabCells() * 2 >= nonBlank && counts.leadingTabCells() > counts.tabRows()) {
            return Optional.of(new CellPerLineReader(joiner, CellPerLineReader.Marker.LEADING_TAB));
        }
        if (counts.tabRows() * 5 >= nonBlank) {
            return Optional.of(new TabRowsReader(joiner));
        }
        SpaceRowsReader spaced = SpaceRowsReader.forLines(lines);
        if (spaced != null) {
            return Optional.of(spaced);
        }
        Optional<LayoutReader> flattened = FlatLinesReader.forLines(lines);
        if (flattened.isPresent()) {
            return flattened;
        }
        if (CellStreamReader.fits(lines)) {
            return Optional.of(new CellStreamReader());
        }
        return Optional.empty();
    }

    /** How many non-blank lines (page markers apart) have each mark of a shape. */
    private record Counts(int nonBlank, int pageMarkers, int pipeLines, int trailingPipeCells, int pipeRowEnds,
            int innerPipeLines, int tabRows, int leadingTabCells) {

        static Counts of(List<String> lines) {
            int nonBlank = 0;
            int pageMarkers = 0;
            int pipeLines = 0;
            int trailingPipeCells = 0;
            int pipeRowEnds = 0;
            int innerPipeLines = 0;
            int tabRows = 0;
            int leadingTabCells = 0;
            for (String line : lines) {
                int pipes = 0;
                int tabs = 0;
                boolean blank = true;
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c == '|') {
                        pipes++;
                    } else if (c == '\t') {
                        tabs++;
                    }
                    blank = blank && (c <= ' ' || c == '\u00A0' || c == '\u3000');
                }
                if ((blank || line.indexOf('&') >= 0) && CellCleaning.isBlank(line)) {
                    continue;
                }
                if (PageMarkers.isMarker(line)) {
                    pageMarkers++;
                    continue;
                }
                nonBlank++;
                if (pipes > 0) {
                    pipeLines++;
                    if (pipes == 1 && line.stripTrailing().endsWith("|")) {
                        trailingPipeCells++;
                    }
                    PipeCellsReader.PipeLine cell = PipeCellsReader.PipeLine.of(line);
                    if (cell.pipes() < pipes) {
                        innerPipeLines++;
                    } else if (cell.pipes() > 1) {
                        pipeRowEnds++;
                    }
                }
                if (line.startsWith("\t") && tabs == 1) {
                    leadingTabCells++;
                } else if (tabs > 0) {
                    tabRows++;
                }
            }
            return new Counts(nonBlank, pageMarkers, pipeLines, trailingPipeCells, pipeRowEnds, innerPipeLines, tabRows,
                    leadingTabCells);
        }
    }
}
