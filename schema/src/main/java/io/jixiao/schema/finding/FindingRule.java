package io.jixiao.schema.finding;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The data-quality rules, by the code the {@code findings} table stores in its {@code rule} column. Each has a name and
 * a message template in the finding bundles ({@link FindingText}).
 */
public enum FindingRule {
    YEAR_MISSING,
    UNIT_MISSING,
    PROJECT_MISSING,
    TOTAL_FUNDS_MISSING,
    INITIAL_BUDGET_MISSING,
    EXECUTION_RATE_MISMATCH,
    EXECUTION_SCORE_MISMATCH,
    FUND_SOURCES_SUM("column"),
    EXPENSE_ITEMS_SUM,
    WEIGHTS_SUM,
    TOTAL_SCORE_MISSING,
    TOTAL_SCORE_MISMATCH,
    GRADE_MISSING,
    GRADE_MISMATCH,
    SCORE_ABOVE_WEIGHT("indicator"),
    DEDUCTION_WITHOUT_REASON("indicator"),
    FULL_SCORE_TARGET_MISSED("indicator"),
    /** Another document holds the same form; the finding sits on the copy that is kept. */
    SUPERSEDED_COPY("path", "copy_rule");

    private final List<String> arguments;

    FindingRule(String... arguments) {
        this.arguments = List.of(arguments);
    }

    /** The names of the values its message needs beyond expected and actual, stored with each finding. */
    public List<String> arguments() {
        return arguments;
    }

    /** As stored, e.g. {@code total_score_mismatch}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The rule a stored code names; empty for a code this version does not know. */
    public static Optional<FindingRule> of(String code) {
        return Arrays.stream(values()).filter(rule -> rule.code().equals(code)).findFirst();
    }
}
