package io.jixiao.read.scan;

import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.MatchKey;
import io.jixiao.read.layout.Row;
import io.jixiao.read.table.Vocabulary;
import io.jixiao.read.table.VocabularyMemo;
import io.jixiao.schema.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Headings and labels OCR misread by one character ("全年(程)指标什" for 全年(程)指标值): a cell that is no word of
 * the vocabulary, nor a phrase the document writes within longer cells, but is one character apart from exactly one of its
 * headings or labels (one replaced in words of four or more, one lost or gained in words of five or more:
 * "其中当年财政拨款") is read as that heading, and reported. Without it, one misread heading shifts a whole table's figures into the wrong
 * columns; a value cell is never close to a heading.
 */
final class OcrHeadings {

    /** Shorter words are too close to each other ("分值", "得分") for one character to tell them. */
    private static final int MIN_LENGTH = 4;

    /** A character lost or gained (a colon dropped, a mark read into a gap) is told only in longer words. */
    private static final int MIN_LENGTH_LOST_OR_GAINED = 5;
    /** The edit distance up to 1 (-1 beyond). */
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    /** Built once per vocabulary: some 450 headings, the same for every scan. */
    private static final VocabularyMemo<OcrHeadings> BY_VOCABULARY =
            new VocabularyMemo<>((unused, vocabulary) -> new OcrHeadings(vocabulary), 1);

    private final Set<String> known = new HashSet<>();
    private final Map<Integer, List<String[]>> byLength = new HashMap<>();

    static OcrHeadings of(Vocabulary vocabulary) {
        return BY_VOCABULARY.get("", vocabulary);
    }

    private OcrHeadings(Vocabulary vocabulary) {
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
                            + "' read by OCR as the heading '" + heading + "' (one character apart)"));
                }
            }
            repaired.add(repairedCells == null ? row : new Row(repairedCells, row.lines()));
        }
        return repaired;
    }

    /** The heading the text misreads; none where the text is a phrase the document writes in longer cells ("项目支出"). */
    private String heading(String text, String document) {
        String key = MatchKey.of(text);
        if (key.length() < MIN_LENGTH || known.contains(key) || partOfALongerCell(document, key)) {
            return null;
        }
        String found = null;
        for (int length = key.length() - 1; length <= key.length() + 1; length++) {
            if (length != key.length() && Math.min(length, key.length()) < MIN_LENGTH_LOST_OR_GAINED) {
                continue;
            }
            for (String[] candidate : byLength.getOrDefault(length, List.of())) {
                if (ONE_EDIT.apply(key, candidate[0]) == 1) {
                    if (found != null && !found.equals(candidate[1])) {
                        return null;
                    }
                    found = candidate[1];
                }
            }
        }
        return found;
    }

    /**
     * Whether the key is part of a longer cell somewhere: a phrase the document writes, not a misread heading. A
     * longer cell that is itself a heading does not count ("服务对象满意度指" within 服务对象满意度指标 rows).
     */
    private boolean partOfALongerCell(String document, String key) {
        for (int at = document.indexOf(key); at >= 0; at = document.indexOf(key, at + 1)) {
            int start = document.lastIndexOf('\n', at) + 1;
            int end = document.indexOf('\n', at);
            String cell = document.substring(start, end < 0 ? document.length() : end);
            if (!cell.equals(key) && !known.contains(MatchKey.of(cell))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one character replaced, lost or gained turns a into b. */
}
