package io.jixiao.schema.value;

import io.jixiao.schema.vocabulary.IndicatorStatus;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an indicator's actual cell meets its target cell.
 *
 * <ul>
 *   <li>Either cell "/" → not_applicable; no actual (target tables, or a blank actual) → unknown.</li>
 *   <li>Number against number: the target's comparator decides. With none written, a cost indicator
 *       (成本指标: lower is better) is met at or below the target, any other at or above it. An actual without a
 *       unit takes the target's unit and vice versa; 万X and X are aligned (×10,000); other unit mismatches →
 *       unknown. A {@code ±} target bounds the actual's absolute value. An actual that restates the target with a
 *       comparator of the same direction ({@code ≥90%} against {@code ≥90%}) is met when its bound implies the
 *       target's, else unknown.</li>
 *   <li>An actual that is a claim: 达成指标, 达成, 达到, 完成, 已完成, 是 … → met; 基本… (基本及时) → partial;
 *       containing 未, 没有, 不及时 or 否 → unmet. Against a qualitative target the same text is met too, and two
 *       different texts with no claim → qualitative.</li>
 *   <li>A percentage actual against a qualitative, date or period target is read as the degree of completion:
 *       100% or more → met, between 0 and 100% → partial ({@code 有效保护} against 90%, {@code 逐年增加} against
 *       95%, {@code 2020年12月31日前} against 90%), 0% or less → unmet.</li>
 *   <li>Anything else → unknown.</li>
 * </ul>
 */
public final class StatusJudge {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Set<String> ACHIEVED = Set.of(
            "达成指标", "达成", "已达成", "达成目标", "达到", "已达到", "达到指标", "达到目标", "达标", "已达标",
            "完成", "已完成", "全部完成", "完成指标", "是");

    private enum Claim { ACHIEVED, PARTLY, NOT_ACHIEVED, NONE }

    private record Aligned(BigDecimal target, BigDecimal actual) {
    }

    private StatusJudge() {
    }

    /** Whether a lower value is the better one: the indicator sits under a 成本 (cost) level-1 or level-2 heading. */
    public static boolean isCostIndicator(String level1, String level2) {
        return contains(level1, "成本") || contains(level2, "成本");
    }

    public static IndicatorStatus judge(CellValue target, CellValue actual, boolean costIndicator) {
        if (target.kind() == CellKind.NOT_APPLICABLE || actual.kind() == CellKind.NOT_APPLICABLE) {
            return IndicatorStatus.NOT_APPLICABLE;
        }
        if (target.kind() == CellKind.EMPTY || actual.kind() == CellKind.EMPTY) {
            return IndicatorStatus.UNKNOWN;
        }
        if (target.kind() == CellKind.NUMBER) {
            return judgeNumberTarget(target, actual, costIndicator);
        }
        return judgeWordTarget(target, actual,
                target.kind() == CellKind.QUALITATIVE ? IndicatorStatus.QUALITATIVE : IndicatorStatus.UNKNOWN);
    }

    private static IndicatorStatus judgeNumberTarget(CellValue target, CellValue actual, boolean costIndicator) {
        if (actual.kind() == CellKind.QUALITATIVE) {
            return claimStatus(claimOf(actual.text()), IndicatorStatus.UNKNOWN);
        }
        if (actual.kind() != CellKind.NUMBER) {
            return IndicatorStatus.UNKNOWN;
        }
        Aligned aligned = aligned(target, actual);
        if (aligned == null) {
            return IndicatorStatus.UNKNOWN;
        }
        BigDecimal targetNumber = aligned.target();
        BigDecimal actualNumber = target.plusMinus() ? aligned.actual().abs() : aligned.actual();
        Comparator comparator = target.comparator() != null ? target.comparator()
                : costIndicator ? Comparator.AT_MOST : Comparator.AT_LEAST;
        Comparator restated = actual.comparator();
        if (restated != null && restated != Comparator.EQUAL) {
            boolean sameDirection = (restated.isLowerBound() && comparator.isLowerBound())
                    || (restated.isUpperBound() && comparator.isUpperBound());
            // A strict claim (>99) implies a bound at its own number: >99 meets >99 as well as ≥99.
            Comparator implied = restated == Comparator.GREATER || restated == Comparator.LESS
                    ? comparator.inclusive() : comparator;
            return sameDirection && implied.holds(actualNumber, targetNumber)
                    ? IndicatorStatus.MET : IndicatorStatus.UNKNOWN;
        }
        return comparator.holds(actualNumber, targetNumber) ? IndicatorStatus.MET : IndicatorStatus.UNMET;
    }

    /** A qualitative, date or period target; {@code undecided} when the actual is a different text with no claim. */
    private static IndicatorStatus judgeWordTarget(CellValue target, CellValue actual, IndicatorStatus undecided) {
        if (actual.text().equals(target.text())) {
            return IndicatorStatus.MET;
        }
        if (actual.isPercent()) {
            if (actual.number().compareTo(HUNDRED) >= 0) {
                return IndicatorStatus.MET;
            }
            return actual.number().signum() > 0 ? IndicatorStatus.PARTIAL : IndicatorStatus.UNMET;
        }
        if (actual.kind() == CellKind.QUALITATIVE) {
            return claimStatus(claimOf(actual.text()), undecided);
        }
        return IndicatorStatus.UNKNOWN;
    }

    private static IndicatorStatus claimStatus(Claim claim, IndicatorStatus none) {
        return switch (claim) {
            case ACHIEVED -> IndicatorStatus.MET;
            case PARTLY -> IndicatorStatus.PARTIAL;
            case NOT_ACHIEVED -> IndicatorStatus.UNMET;
            case NONE -> none;
        };
    }

    private static Claim claimOf(String text) {
        if (ACHIEVED.contains(text)) {
            return Claim.ACHIEVED;
        }
        if (text.contains("未") || text.contains("没有") || text.contains("不及时")
                || text.replace("是否", "").contains("否")) {
            return Claim.NOT_ACHIEVED;
        }
        if (text.startsWith("基本")) {
            return Claim.PARTLY;
        }
        return Claim.NONE;
    }

    /** The target and actual numbers in one unit, or null when their units differ. */
    private static Aligned aligned(CellValue target, CellValue actual) {
        String targetUnit = target.unit().toLowerCase(Locale.ROOT);
        String actualUnit = actual.unit().toLowerCase(Locale.ROOT);
        if (targetUnit.isEmpty() || actualUnit.isEmpty() || targetUnit.equals(actualUnit)) {
            return new Aligned(target.number(), actual.number());
        }
        if (targetUnit.equals("万" + actualUnit)) {
            return new Aligned(target.number().multiply(TEN_THOUSAND), actual.number());
        }
        if (actualUnit.equals("万" + targetUnit)) {
            return new Aligned(target.number(), actual.number().multiply(TEN_THOUSAND));
        }
        return null;
    }

    private static boolean contains(String text, String part) {
        return text != null && text.contains(part);
    }
}
