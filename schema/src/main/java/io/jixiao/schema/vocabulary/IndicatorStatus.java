package io.jixiao.schema.vocabulary;

/** Whether an indicator's actual value meets its target. */
public enum IndicatorStatus {
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

    public String code() {
        return code;
    }
}
