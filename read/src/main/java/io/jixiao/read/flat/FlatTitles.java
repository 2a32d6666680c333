package io.jixiao.read.flat;

import io.jixiao.read.flat.FlatLabels.Kind;
import io.jixiao.read.table.Vocabulary;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds form titles in flattened text: where each form starts, wherever it lies in the text. */
final class FlatTitles {

    /** The year after a title: in brackets "(2020年度)", or apart from it "…目标表 2020年度". */
    static final Pattern YEAR_NOTE = Pattern.compile(
            "\\s*(?:[(（]\\s*(?:19|20)\\d{2}\\s*年度?\\s*[)）]|(?:19|20)\\d{2}\\s*年度(?![\\p{IsHan}\\d]))");
    private static final int MAX_TITLE = 60;
    private static final Pattern TITLE_YEAR = Pattern.compile("(19|20)\\d{2}$");
    private static final String TITLE_BOUNDARY = "。；;，,:：|、!！?？";

    private final String text;
    private final FlatLabels labels;
    private final Vocabulary vocabulary;
    private final Set<Kind> labelsAfter;

    /** @param labelsAfter the labels one of which follows a title that states no year */
    FlatTitles(String text, FlatLabels labels, Vocabulary vocabulary, Set<Kind> labelsAfter) {
        this.text = text;
        this.labels = labels;
        this.vocabulary = vocabulary;
        this.labelsAfter = labelsAfter;
    }

    /**
     * The next form title at or after {@code from} as [start, end), or null: text ending in a kind clue ("…绩效自评表",
     * "…目标表"), with its year note, followed by a label or the year note or nothing; it starts after the last blank
     * or sentence mark before the clue, at most {@value #MAX_TITLE} characters back.
     */
    int[] next(int from) {
        int[] best = null;
        for (String clue : vocabulary.synonyms("kind_clue").keySet()) {
            if (!clue.endsWith("表")) {
                continue;
            }
            for (int found = text.indexOf(clue, from); found >= 0 && (best == null || found < best[1]);
                    found = text.indexOf(clue, found + 1)) {
                int[] title = title(from, found, found + clue.length());
                if (title != null && (best == null || title[0] < best[0])) {
                    best = title;
                }
            }
        }
        return best;
    }

    private int[] title(int from, int clueStart, int clueEnd) {
        Matcher year = YEAR_NOTE.matcher(text).region(clueEnd, text.length());
        boolean dated = year.lookingAt();
        int end = dated ? year.end() : clueEnd;
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (!dated && next < text.length() && labels.at(text, next, labelsAfter, false).isEmpty()) {
            return null;
        }
        int start = clueStart;
        while (start > from && clueEnd - start < MAX_TITLE && TITLE_BOUNDARY.indexOf(text.charAt(start - 1)) < 0
                && !Character.isWhitespace(text.charAt(start - 1)) && !Character.isDigit(text.charAt(start - 1))) {
            start--;
        }
        Matcher leadingYear = TITLE_YEAR.matcher(text.substring(Math.max(from, start - 6), start));
        if (start > from && Character.isDigit(text.charAt(start - 1)) && text.charAt(start) == '年'
                && leadingYear.find()) {
            // "2016年度项目支出…": the year starts the title
            start = Math.max(from, start - 6) + leadingYear.start();
        }
        String title = text.substring(start, end);
        return title.contains("绩效") || title.contains("项目") || title.contains("部门") ? new int[] {start, end}
                : null;
    }
}
