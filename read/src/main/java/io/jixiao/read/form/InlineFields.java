package io.jixiao.read.form;

import io.jixiao.read.layout.AsciiBlanks;
import io.jixiao.read.layout.Row;
import java.util.Arrays;
import java.util.List;

/**
 * Header fields written inside one cell as "label:value" pairs, often several to a line:
 * "单位名称:隆阳区土壤肥料工作站 填报日期:2023年3月20日", "项目单位(盖章):黄石市图书馆 主要领导签字:". A pair whose
 * label is a known field is read (personal fields are read and dropped); the other pairs are left alone.
 */
final class InlineFields {

    private static final int MAX_LABEL = 20;

    private InlineFields() {
    }

    static boolean holdsFields(List<String> cells) {
        for (String cell : cells) {
            for (String pair : pairs(cell)) {
                if (LabelVocabulary.field(LabelVocabulary.key(label(pair))).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    static void read(Row row, FormDraft draft) {
        for (String cell : row.nonEmptyTexts()) {
            for (String pair : pairs(cell)) {
                String field = LabelVocabulary.field(LabelVocabulary.key(label(pair))).orElse(null);
                String value = pair.substring(label(pair).length() + 1).strip();
                if (field != null && !field.equals("personal") && !value.isEmpty()
                        && !draft.fields.containsKey(field)) {
                    draft.putField(field, value, row.firstLine());
                }
            }
        }
        draft.use(row);
    }

    /** The cell's blank-separated words that hold a colon after a label of 2 to 20 characters. */
    private static List<String> pairs(String cell) {
        if (cell.indexOf(':') < 0 && cell.indexOf('：') < 0) {
            return List.of();
        }
        return Arrays.stream(AsciiBlanks.split(cell.strip()))
                .filter(word -> {
                    int colon = colon(word);
                    return colon >= 2 && colon <= MAX_LABEL;
                })
                .toList();
    }

    private static String label(String pair) {
        return pair.substring(0, colon(pair));
    }

    private static int colon(String word) {
        int ascii = word.indexOf(':');
        int wide = word.indexOf('：');
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }
}
