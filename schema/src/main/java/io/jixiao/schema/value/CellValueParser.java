package io.jixiao.schema.value;

import io.jixiao.schema.Memo;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one target or actual cell into a {@link CellValue}. Never throws: what the grammar does not
 * recognize is {@link CellKind#QUALITATIVE} text.
 *
 * <p>The grammar, after {@link ValueText#normalize normalization}:
 * <ol>
 *   <li>nothing → EMPTY; only slashes or dashes ({@code /}, {@code -}, {@code —}) or {@code N/A} → NOT_APPLICABLE.
 *       无 is <em>not</em> "not applicable": as a target (服务企业投诉率: 无) it means "none" and is qualitative;</li>
 *   <li>an optional comparator, see {@link ComparatorReader};</li>
 *   <li>a date or period ({@code 2020年12月31日前}, {@code 2020年1-12月}, {@code 2023.12}) → DATE_OR_PERIOD;</li>
 *   <li>an optional {@code ±}, a number (thousands separators {@code 1,000} allowed, decimals), then an optional
 *       unit, bare or in parentheses whose closing one may be missing after a page split ({@code ≥3.00(万人}).
 *       A unit is {@code %}, {@code ‰} or letters/Han characters, optionally with {@code /} parts
 *       ({@code 元/人/天}, {@code 台/件}). Anything else after the number makes the cell qualitative.</li>
 * </ol>
 *
 * <p><b>万.</b> The number and the unit are kept as written, 万-prefixed units included: {@code ≥3.00(万人)} is
 * 3.00 万人 and {@code ≥10万元} is 10 万元 (the actual cell of the same row uses the same unit, and
 * {@link StatusJudge} aligns 万X with X when the two cells differ). Only a bare 万 with nothing after it is a
 * multiplier: {@code 2万} is 20000 with no unit.
 */
public final class CellValueParser {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final Pattern NOT_APPLICABLE = Pattern.compile("[/\\\\\\-—_~]+|(?i)n/?a");
    private static final Pattern NUMBER = Pattern.compile(
            "(±|\\+/-|\\+-)?(-?(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+))(.*)");
    private static final Pattern UNIT = Pattern.compile(
            "%|‰|[\\p{IsHan}A-Za-zμ°]{1,8}[23]?(?:/[\\p{IsHan}A-Za-z]{1,4}){0,3}");

    private CellValueParser() {
    }

    /** Cells repeat across forms (100%, ≥95%, 是, 无 …): each text is read once. */
    private static final Memo<String, CellValue> READ = new Memo<>(CellValueParser::read, 50_000);

    public static CellValue parse(String raw) {
        return raw == null ? CellValue.empty() : READ.get(raw);
    }

    private static CellValue read(String raw) {
        String text = ValueText.normalize(raw);
        if (text.isEmpty()) {
            return CellValue.empty();
        }
        if (NOT_APPLICABLE.matcher(text).matches()) {
            return CellValue.notApplicable(text);
        }
        ComparatorReader.Split split = ComparatorReader.split(text);
        String rest = split.rest();
        if (rest.isEmpty()) {
            return CellValue.qualitative(text);
        }
        if (PeriodPattern.matches(rest, split.comparator() != null)) {
            return CellValue.dateOrPeriod(split.comparator(), text);
        }
        Matcher number = NUMBER.matcher(rest);
        if (!number.matches()) {
            return CellValue.qualitative(text);
        }
        String unit = unitOf(number.group(3));
        if (unit == null) {
            return CellValue.qualitative(text);
        }
        BigDecimal value = new BigDecimal(number.group(2).replace(",", ""));
        if (unit.equals("万")) {
            value = value.multiply(TEN_THOUSAND);
            unit = "";
        }
        return CellValue.number(split.comparator(), value, number.group(1) != null, unit, text);
    }

    /** The unit written after the number without its parentheses, "" for none, null when it is no unit. */
    private static String unitOf(String written) {
        String unit = written;
        if (unit.startsWith("(")) {
            int close = unit.indexOf(')');
            unit = close < 0 ? unit.substring(1) : unit.substring(1, close) + unit.substring(close + 1);
        }
        if (unit.isEmpty()) {
            return "";
        }
        return UNIT.matcher(unit).matches() ? unit : null;
    }
}
