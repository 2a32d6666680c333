package io.jixiao.schema.value;

import io.jixiao.schema.model.Indicator;

/**
 * Fills an indicator's derived fields (comparator, target value, actual value, unit, status) from the cells
 * as written, with {@link CellValueParser} and {@link StatusJudge}. The target is the full-year target, or the
 * half-year one when a target table gives only that.
 */
public final class IndicatorInterpreter {

    private IndicatorInterpreter() {
    }

    public static Indicator interpret(Indicator raw) {
        CellValue target = CellValueParser.parse(raw.target() != null ? raw.target() : raw.targetHalf());
        CellValue actual = CellValueParser.parse(raw.actual());
        boolean cost = StatusJudge.isCostIndicator(raw.level1(), raw.level2());
        return raw.toBuilder()
                .comparator(target.comparator() != null ? target.comparator().symbol() : null)
                .targetValue(target.number())
                .actualValue(actual.number())
                .unit(unitOf(target, actual))
                .status(StatusJudge.judge(target, actual, cost))
                .build();
    }

    /** The target's unit, else the actual's; null when neither cell writes one. */
    private static String unitOf(CellValue target, CellValue actual) {
        if (target.unit() != null && !target.unit().isEmpty()) {
            return target.unit();
        }
        if (actual.unit() != null && !actual.unit().isEmpty()) {
            return actual.unit();
        }
        return null;
    }
}
