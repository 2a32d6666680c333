package io.jixiao.jobs.read.form;

import io.jixiao.jobs.read.layout.Row;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header fields written inside one cell as "label:value" pairs, often several to a line:
 * "单位名称:隆阳区土壤肥料工作站 填报日期:2023年3月20日", "项目单位(盖章):黄石市图书馆 主要领导签字:". A pair whose
 * label is a known field is read (personal fields are read and dropped); the other pairs are left alone.
 */
final class InlineFields {

    private static final Pattern PAIR = Pattern.compile("([^\\s:：]{2,20})[:：]\\s*([^\\s:：]*)");

    private InlineFields() {
    }

    static boolean holdsFields(List<String> cells) {
        for (String cell : cells) {
            Matcher pair = PAIR.matcher(cell);
            while (pair.find()) {
                if (Labels.field(Labels.key(pair.group(1))).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    static void read(Row row, FormDraft draft) {
        for (String cell : row.nonEmptyTexts()) {
            Matcher pair = PAIR.matcher(cell);
            while (pair.find()) {
                String field = Labels.field(Labels.key(pair.group(1))).orElse(null);
                String value = pair.group(2).strip();
                if (field != null && !field.equals("personal") && !value.isEmpty() && !draft.fields.containsKey(field)) {
                    draft.fields.put(field, value);
                }
            }
        }
        draft.use(row);
    }
}
