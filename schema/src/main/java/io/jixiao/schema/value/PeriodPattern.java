package io.jixiao.schema.value;

import java.util.regex.Pattern;

/**
 * Recognizes deadlines and periods: {@code 2020年12月31日前}, {@code 2020年1-12月}, {@code 2020年度},
 * {@code 12月底前}, {@code 2023-12-31}, {@code 2023.12}, 年底前, 全年.
 */
final class PeriodPattern {

    private static final String SUFFIX = "(?:前|之前|以前|底前|底|末|初|内|以内|之内|止|为止|完成)?";
    private static final String DAY = "[0-9]{1,2}(?:[-~至][0-9]{1,2})?[日号]";
    private static final String MONTH = "[0-9]{1,2}(?:月?[-~至][0-9]{1,2})?月份?";
    private static final String YEAR = "(?:19|20)[0-9]{2}";

    private static final Pattern CHINESE_DATE = Pattern.compile(
            "(?:" + YEAR + "年度?(?:" + MONTH + "(?:" + DAY + ")?)?|" + MONTH + "(?:" + DAY + ")?)" + SUFFIX);
    private static final Pattern YEAR_RANGE = Pattern.compile(YEAR + "[-~至]" + YEAR + "年度?" + SUFFIX);
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            YEAR + "[.\\-/](?:0?[1-9]|1[0-2])(?:[.\\-/](?:0?[1-9]|[12][0-9]|3[01]))?" + SUFFIX);
    private static final Pattern YEAR_WORDS = Pattern.compile("(?:年底|年末|年内|年中|当年|全年|年度内|本年度)" + SUFFIX);

    private PeriodPattern() {
    }

    /**
     * Whether the text (comparator removed) is a date or period. A bare {@code 2023.12} is read as a month
     * (it is how forms write a deadline) only when no comparator is written; with one it stays a number.
     */
    static boolean matches(String text, boolean hasComparator) {
        // every pattern but the numeric date writes 年 or 月, and most cells write neither: tested first, it spares
        // the reader three regular expressions on most cells
        boolean yearOrMonth = text.indexOf('年') >= 0 || text.indexOf('月') >= 0;
        return yearOrMonth && (CHINESE_DATE.matcher(text).matches()
                || YEAR_RANGE.matcher(text).matches()
                || YEAR_WORDS.matcher(text).matches())
                || (!hasComparator && NUMERIC_DATE.matcher(text).matches());
    }
}
