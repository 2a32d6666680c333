package io.jixiao.read.form;

import io.jixiao.read.layout.Row;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The budget year a notice names above the forms it attaches ("关于下达2023年中央残疾人事业发展补助资金的通知"), for forms
 * that state no year of their own. Dates ("2023年3月20日", "2022年12月") and document numbers ("〔2022〕334号") name
 * when the notice was written, not the year of the funds, so they do not count; two different years leave it unknown.
 */
record NoticeYear(int year, int line) {

    /** "2023年" or "2023年度" not followed by a month. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年(?!\\d{1,2}月)");

    static Optional<NoticeYear> of(List<Row> rowsBeforeForms) {
        NoticeYear found = null;
        for (Row row : rowsBeforeForms) {
            Matcher matcher = YEAR.matcher(LabelVocabulary.compact(String.join("", row.nonEmptyTexts())));
            while (matcher.find()) {
                int year = Integer.parseInt(matcher.group(1));
                if (found == null) {
                    found = new NoticeYear(year, row.firstLine());
                } else if (found.year != year) {
                    return Optional.empty();
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
