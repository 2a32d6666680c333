package io.jixiao.schema.value;

/** What an indicator's target or actual cell says, as far as the value grammar can tell. */
public enum CellKind {
    /** An optional comparator, a number and an optional unit: {@code ≥20.00(篇)}, {@code 95%}, {@code 21家}. */
    NUMBER,
    /** A word or phrase: 及时, 合格, 达成指标, 安全、稳定、高效, 无. */
    QUALITATIVE,
    /** A deadline or a period: {@code 2020年12月31日前}, {@code 2020年1-12月}, {@code 2023.12}. */
    DATE_OR_PERIOD,
    /** A dash or slash standing for "not applicable": {@code /}, {@code -}, {@code —}. */
    NOT_APPLICABLE,
    /** Nothing written (null or blank). */
    EMPTY
}
