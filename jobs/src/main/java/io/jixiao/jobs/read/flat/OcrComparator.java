package io.jixiao.jobs.read.flat;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OCR reads "≥" as "2": a target "290%" is "≥90%". Repaired only where nothing else fits: the actual is a percentage
 * from the target's own figure up to 100% and the row scores its full weight, which a target of 290% missed by that
 * actual would not. Elsewhere the target stays as written.
 */
final class OcrComparator {

    private static final Pattern MISREAD = Pattern.compile("2((\\d{2}|100)(\\.\\d+)?)%");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(\\.\\d+)?)%");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OcrComparator() {
    }

    /** The target with its comparator restored when certain, else as written. */
    static String target(String target, String actual, String weight, String score) {
        if (target == null || actual == null || weight == null || !weight.equals(score)) {
            return target;
        }
        Matcher misread = MISREAD.matcher(target);
        Matcher percent = PERCENT.matcher(actual);
        if (!misread.matches() || !percent.matches()) {
            return target;
        }
        BigDecimal meant = new BigDecimal(misread.group(1));
        BigDecimal reached = new BigDecimal(percent.group(1));
        boolean certain = meant.compareTo(HUNDRED) <= 0 && reached.compareTo(meant) >= 0
                && reached.compareTo(HUNDRED) <= 0;
        return certain ? "≥" + misread.group(1) + "%" : target;
    }
}
