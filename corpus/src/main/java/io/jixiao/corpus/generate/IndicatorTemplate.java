package io.jixiao.corpus.generate;

import java.util.List;
import java.util.Random;

/**
 * A level-3 indicator as units write it year after year, and how its target and actual cells are made.
 * {@code unit} is the unit of measure for numbers, the target word for qualitative indicators.
 */
record IndicatorTemplate(String level2, String name, Kind kind, String unit, double low, double high) {

    enum Kind {
        /** A count to reach: ≥N unit. */
        COUNT,
        /** A rate to reach: ≥p%. */
        PERCENT,
        /** A rate to stay under: ≤p% (差错率). */
        PERCENT_MAX,
        /** A cost to stay under: ≤N unit; lower is better. */
        COST,
        /** A number of incidents that must stay zero: =0 unit. */
        ZERO,
        /** A word to live up to: 及时, 较显著, 完善. */
        QUALITATIVE
    }

    /** How far an indicator fell short. */
    enum Outcome { MET, PARTIAL, UNMET }

    /** The cells written for one indicator: target (full-year), half-year target, actual; and the score ratio. */
    record Cells(String target, String targetHalf, String actual, double scoreRatio) {
    }

    /** How numbers and units are written: Shanghai "≥20.00(篇)", Changji "≥30000", Jiangsu targets "≥38项". */
    enum Style { PARENTHESES, BARE, PLAIN_NUMBER }

    private static final List<String> CLAIMS = List.of("达成指标", "达成");
    /** Actual cells that describe the result in other words than the target's, with no claim of 达成. */
    private static final java.util.Map<String, String> IN_OTHER_WORDS = java.util.Map.of(
            "较显著", "显著", "显著", "效果明显", "完善", "已建立并执行", "持续提升", "明显提升", "有效保障", "保障有力");

    Cells make(Random random, Outcome outcome, Style style) {
        return switch (kind) {
            case COUNT -> count(random, outcome, style);
            case PERCENT -> percent(random, outcome, style, false);
            case PERCENT_MAX -> percent(random, outcome, style, true);
            case COST -> cost(random, outcome, style);
            case ZERO -> zero(outcome, style);
            case QUALITATIVE -> qualitative(random, outcome);
        };
    }

    private Cells count(Random random, Outcome outcome, Style style) {
        double target = nice(low + random.nextDouble() * (high - low));
        double actual = switch (outcome) {
            case MET -> Math.round(target * (1 + random.nextDouble() * (random.nextInt(4) == 0 ? 0.8 : 0.2)));
            case PARTIAL, UNMET -> Math.max(0, Math.min(target - 1, Math.round(target * (0.55 + random.nextDouble() * 0.4))));
        };
        double ratio = outcome == Outcome.MET ? 1 : actual / target;
        return new Cells("≥" + number(target, style), "≥" + number(nice(target * 0.45), style),
                number(actual, style), ratio);
    }

    private Cells percent(Random random, Outcome outcome, Style style, boolean atMost) {
        double target = atMost ? Math.round(low + random.nextDouble() * (high - low))
                : Math.min(100, 5 * Math.round((low + random.nextDouble() * (high - low)) / 5));
        double actual;
        if (outcome == Outcome.MET) {
            actual = atMost ? Math.round(target * random.nextDouble() * 100) / 100.0
                    : target + Math.floor(random.nextDouble() * (100 - target + 1));
        } else {
            actual = atMost ? target + 1 + random.nextInt(4) : target - 3 - random.nextInt(15);
        }
        actual = Math.min(actual, 100);
        String comparator = atMost ? "≤" : target >= 100 ? "=" : "≥";
        double ratio = outcome == Outcome.MET ? 1 : atMost ? target / actual : actual / target;
        String cell = comparator + percentCell(target, style);
        return new Cells(cell, cell, percentCell(actual, style), ratio);
    }

    private Cells cost(Random random, Outcome outcome, Style style) {
        double target = nice(low + random.nextDouble() * (high - low));
        double actual = outcome == Outcome.MET ? target * (0.82 + random.nextDouble() * 0.18)
                : target * (1.04 + random.nextDouble() * 0.15);
        actual = Math.round(actual * 100) / 100.0;
        double ratio = outcome == Outcome.MET ? 1 : target / actual;
        return new Cells("≤" + number(target, style), "≤" + number(target, style), number(actual, style), ratio);
    }

    private Cells zero(Outcome outcome, Style style) {
        double actual = outcome == Outcome.MET ? 0 : 1;
        return new Cells("=" + number(0, style), "=" + number(0, style), number(actual, style),
                outcome == Outcome.MET ? 1 : 0);
    }

    private Cells qualitative(Random random, Outcome outcome) {
        return switch (outcome) {
            case MET -> {
                int pick = random.nextInt(6);
                String actual = pick == 0 && IN_OTHER_WORDS.containsKey(unit) ? IN_OTHER_WORDS.get(unit)
                        : pick < 3 ? unit : CLAIMS.get(pick % 2);
                yield new Cells(unit, unit, actual, 1);
            }
            case PARTIAL -> new Cells(unit, unit, "基本达成", 0.8);
            case UNMET -> new Cells(unit, unit, "未达成", 0.4);
        };
    }

    /** A round target: 2 significant digits above 100, whole numbers below. */
    private static double nice(double value) {
        if (value < 20) {
            return Math.max(1, Math.round(value));
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)) - 1);
        return Math.round(value / magnitude) * magnitude;
    }

    private String number(double value, Style style) {
        boolean whole = value == Math.rint(value);
        String digits = whole && style != Style.PARENTHESES ? String.valueOf((long) value)
                : String.format(java.util.Locale.ROOT, "%.2f", value);
        return switch (style) {
            case PARENTHESES -> digits + "(" + unit + ")";
            case BARE -> digits + unit;
            case PLAIN_NUMBER -> digits;
        };
    }

    private static String percentCell(double value, Style style) {
        boolean whole = value == Math.rint(value);
        return style == Style.PARENTHESES ? String.format(java.util.Locale.ROOT, "%.2f(%%)", value)
                : (whole ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.2f", value)) + "%";
    }
}
