package io.jixiao.schema.value;

import io.jixiao.schema.model.Indicator;

/**
 * Fills an indicator's derived fields (comparator, target value, actual value, unit, status) from the cells
 * as written. PLACEHOLDER: replaced by the value grammar.
 */
public final class IndicatorInterpreter {

    private IndicatorInterpreter() {
    }

    public static Indicator interpret(Indicator raw) {
        return raw;
    }
}
