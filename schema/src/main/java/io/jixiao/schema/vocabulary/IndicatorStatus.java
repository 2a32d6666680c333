package io.jixiao.schema.vocabulary;

/** Whether an indicator's actual value meets its target. {@link #code()} is the name used in JSON and the warehouse. */
public enum IndicatorStatus implements Coded {
    MET("met"),
    UNMET("unmet"),
    PARTIAL("partial"),
    QUALITATIVE("qualitative"),
    NOT_APPLICABLE("not_applicable"),
    UNKNOWN("unknown");

    private final String code;

    IndicatorStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static IndicatorStatus fromCode(String code) {
        return Coded.byCode(IndicatorStatus.class, code)
                .orElseThrow(() -> new IllegalArgumentException("unknown indicator status: " + code));
    }
}
