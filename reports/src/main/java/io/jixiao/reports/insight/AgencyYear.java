package io.jixiao.reports.insight;

import static java.util.Objects.requireNonNull;

/**
 * One agency's self-evaluated projects of one year, as the execution-rate metric gives them (amounts in 万元, rates in
 * %).
 *
 * @param rate         Σ executed ÷ Σ full-year budget × 100; null without a budget
 * @param previousYear the agency's latest earlier year in the warehouse; null for its first
 * @param rateChange   the rate's change since {@code previousYear}, in percentage points; null where either is missing
 */
public record AgencyYear(String agency, int year, double budget, double executed, Double rate, Integer previousYear,
                         Double rateChange) {
    public AgencyYear {
        requireNonNull(agency, "agency");
    }
}
