package io.jixiao.jobs.read.scan;

import io.jixiao.jobs.read.layout.Cell;
import io.jixiao.jobs.read.layout.MatchKey;
import io.jixiao.jobs.read.layout.Row;
import io.jixiao.jobs.read.table.Vocabulary;
import io.jixiao.schema.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Headings and labels OCR misread by one character ("全年(程)指标什" for 全年(程)指标值): a cell that is no word of
 * the vocabulary, nor a phrase the document writes elsewhere, but differs from exactly one of its headings or labels in
 * one character of four or more is read as that heading, and reported. Without it, one misread heading shifts a whole table's figures into the wrong
 * columns; a value cell is never close to a heading.
 */
final class OcrHeadings {

    /** Shorter words are too close to each other ("分值", "得分") for one character to tell them. */
    private static final int MIN_LENGTH = 4;

    private final Set<String> known = new HashSet<>();
    private final Map<Integer, List<String[]>> byLength = new HashMap<>();

    OcrHeadings(Vocabulary vocabulary) {
        for (Vocabulary.Entry entry : vocabulary.entries()) {
            String key = MatchKey.of(entry.synonym());
            if (known.add(key) && key.length() >= MIN_LENGTH) {
                byLength.computeIfAbsent(key.length(), length -> new ArrayList<>())
                        .add(new String[] {key, entry.synonym()});
            }
        }
    }

    List<Row> repair(List<Row> rows, IntFunction<String> places, List<Problem> problems) {
        StringBuilder cells = new StringBuilder();
        rows.forEach(row -> row.cells().forEach(cell -> cells.append(MatchKey.compact(cell.text())).append('\n')));
        String document = cells.toString();
        List<Row> repaired = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<Cell> repairedCells = null;
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                String heading = heading(cell.text(), document);
                if (heading != null) {
                    if (repairedCells == null) {
                        repairedCells = new ArrayList<>(row.cells());
                    }
                    repairedCells.set(c, new Cell(heading, cell.line()));
                    problems.add(new Problem(cell.line(), places.apply(cell.line()) + ": '" + cell.text()
                            + "' read by OCR as the heading '" + heading + "' (one character differs)"));
                }
            }
            repaired.add(repairedCells == null ? row : new Row(repairedCells, row.lines()));
        }
        return repaired;
    }

    /** The heading the text misreads; none where the text is a phrase the document uses elsewhere ("项目支出"). */
    private String heading(String text, String document) {
        String key = MatchKey.of(text);
        if (key.length() < MIN_LENGTH || known.contains(key) || occursTwice(document, key)) {
            return null;
        }
        String found = null;
        for (String[] candidate : byLength.getOrDefault(key.length(), List.of())) {
            if (differsInOne(key, candidate[0])) {
                if (found != null && !found.equals(candidate[1])) {
                    return null;
                }
                found = candidate[1];
            }
        }
        return found;
    }

    private static boolean occursTwice(String document, String key) {
        int first = document.indexOf(key);
        return first >= 0 && document.indexOf(key, first + 1) >= 0;
    }

    private static boolean differsInOne(String a, String b) {
        int differences = 0;
        for (int i = 0; i < a.length() && differences < 2; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differences++;
            }
        }
        return differences == 1;
    }
}
