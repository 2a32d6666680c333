package io.jixiao.schema.vocabulary;

/** Whether an indicator's actual value meets its target. {@link #code()} is the name used in JSON and the warehouse. */
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

    public static IndicatorStatus fromCode(String code) {
        for (IndicatorStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown indicator status: " + code);
    }
}
