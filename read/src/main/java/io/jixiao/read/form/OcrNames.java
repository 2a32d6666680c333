package io.jixiao.read.form;

import io.jixiao.read.layout.MatchKey;
import io.jixiao.read.table.Vocabulary;
import io.jixiao.schema.model.Indicator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.HammingDistance;

/**
 * A scan's words from closed vocabularies: the level-1 names of indicators and the grade. OCR misreads them by a
 * character ("过各" for 过程) or adds marks from the rules beside them ("VA效益指标"); a level-2 name in no script
 * Chinese writes ("CT", "，") is a misread too. A name one character from exactly one level-1 name of its length, or
 * a known name inside such marks, is read as that name; any other level-1 name, such level-2 name or unknown grade is
 * not stored. Each is reported. Level-2 names are otherwise open (departments write their own), so kept.
 */
final class OcrNames {

    private static final String LEVEL1 = "level1";
    private static final String GRADE = "grade_value";
    /** Marks at either end of a cell that are no part of a Chinese name: Latin letters, digits, punctuation. */
    private static final Pattern EDGE_MARKS = Pattern.compile("^[^\\p{IsHan}]{1,3}|[^\\p{IsHan}]{1,3}$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final HammingDistance HAMMING = new HammingDistance();

    private OcrNames() {
    }

    static void review(List<FormDraft> drafts, Vocabulary vocabulary) {
        for (FormDraft draft : drafts) {
            for (int i = 0; i < draft.indicators.size(); i++) {
                Indicator x = draft.indicators.get(i);
                String level1 = level1(x.level1(), vocabulary);
                String level2 = x.level2() == null || HAN.matcher(x.level2()).find() ? x.level2() : null;
                if (level1 == null && x.level1() != null) {
                    draft.problem(x.line(), "level-1 name '" + x.level1() + "' read by OCR is none Jixiao knows: not stored");
                } else if (level1 != null && !level1.equals(x.level1())) {
                    draft.problem(x.line(), "level-1 name '" + x.level1() + "' read by OCR as '" + level1 + "'");
                }
                if (level2 == null && x.level2() != null) {
                    draft.problem(x.line(), "level-2 name '" + x.level2() + "' read by OCR has no Chinese: not stored");
                }
                if (!Objects.equals(level1, x.level1()) || !Objects.equals(level2, x.level2())) {
                    draft.indicators.set(i, x.toBuilder().level1(level1).level2(level2).build());
                }
            }
            if (draft.grade != null && !vocabulary.contains(GRADE, MatchKey.of(draft.grade))) {
                draft.problem(draft.firstLine, "grade '" + draft.grade + "' read by OCR is none Jixiao knows: not stored");
                draft.grade = null;
            }
        }
    }

    /** The level-1 name the text reads as, null where it is none. */
    private static String level1(String text, Vocabulary vocabulary) {
        if (text == null || vocabulary.contains(LEVEL1, MatchKey.of(text))) {
            return text;
        }
        String trimmed = EDGE_MARKS.matcher(text).replaceAll("");
        if (!trimmed.isEmpty() && vocabulary.contains(LEVEL1, MatchKey.of(trimmed))) {
            return trimmed;
        }
        String found = null;
        for (String name : vocabulary.synonyms(LEVEL1).keySet()) {
            if (name.length() == trimmed.length() && HAMMING.apply(trimmed, name) == 1) {
                if (found != null) {
                    return null;
                }
                found = name;
            }
        }
        return found;
    }
}
