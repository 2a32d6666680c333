package io.jixiao.reports.insight;

import java.util.OptionalDouble;

import static java.util.Objects.requireNonNull;

/**
 * An agency's execution over all the years in view, weighted by money: Σ executed ÷ Σ full-year budget, so a large
 * project counts for what it spends and a year of small budgets does not weigh as much as a year of large ones.
 */
public record AgencyExecution(String agency, double budget, double executed, int firstYear, int lastYear) {
    public AgencyExecution {
        requireNonNull(agency, "agency");
    }

    /** In %; empty without a budget. */
    public OptionalDouble rate() {
        return budget > 0 ? OptionalDouble.of(100 * executed / budget) : OptionalDouble.empty();
    }
}
