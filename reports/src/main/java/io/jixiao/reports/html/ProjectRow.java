package io.jixiao.reports.html;

import io.jixiao.schema.vocabulary.Grade;

import static java.util.Objects.requireNonNull;

/**
 * One self-evaluated project as the drill-down lists it, under its province and agency.
 *
 * @param province the province its department or unit names; "" where none was read
 * @param region   the most specific division read (a county, a city or the province); "" where none
 * @param budget   全年预算数, 万元; null where the form gives none
 * @param executed 全年执行数, 万元; null where the form gives none
 * @param score    自评总分; null where the form gives none
 * @param grade    the stated grade, or the grade its total earns; null without either
 * @param source   the document's file name and the form's first line, e.g. {@code 000_672dbaea54929c24.txt:5}
 */
public record ProjectRow(String province, String region, String agency, String project, int year, Double budget,
                         Double executed, Double score, Grade grade, String source) {
    public ProjectRow {
        requireNonNull(province, "province");
        requireNonNull(region, "region");
        requireNonNull(agency, "agency");
        requireNonNull(project, "project");
        requireNonNull(source, "source");
    }

    /** 全年执行数 ÷ 全年预算数 × 100; null without both amounts or without a budget. */
    public Double rate() {
        return hasAmounts() && budget > 0 ? 100 * executed / budget : null;
    }

    /** Whether the form gives both amounts: only such forms count in a sum that a rate is computed from. */
    public boolean hasAmounts() {
        return budget != null && executed != null;
    }
}
