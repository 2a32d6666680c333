package io.jixiao.schema.vocabulary;

/** The kinds of budget performance form Jixiao reads. {@link #code()} is the name used in JSON and the warehouse. */
public enum FormKind implements Coded {
    PROJECT_SELF_EVALUATION("project_self_evaluation", "项目支出绩效自评表"),
    PROJECT_TARGET("project_target", "项目预算绩效目标表"),
    DEPARTMENT_TARGET("department_target", "部门整体预算绩效目标表"),
    DEPARTMENT_SELF_EVALUATION("department_self_evaluation", "部门整体支出绩效自评表");

    private final String code;
    private final String chinese;

    FormKind(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    @Override
    public String code() {
        return code;
    }

    public String chinese() {
        return chinese;
    }

    public boolean isDepartment() {
        return this == DEPARTMENT_SELF_EVALUATION || this == DEPARTMENT_TARGET;
    }

    public boolean isSelfEvaluation() {
        return this == PROJECT_SELF_EVALUATION || this == DEPARTMENT_SELF_EVALUATION;
    }

    public static FormKind fromCode(String code) {
        return Coded.byCode(FormKind.class, code)
                .orElseThrow(() -> new IllegalArgumentException("unknown form kind: " + code));
    }
}
