package io.jixiao.reports.output;

import java.util.Locale;

/**
 * What a column holds ({@code columns.tsv}), which decides how a spreadsheet shows its numbers. Rates stay in % as
 * the metrics compute them (98.29, not 0.9829): the unit is in the heading, and the XLSX cell holds the same number
 * as the CSV and JSON.
 */
public enum ColumnKind {
    TEXT(null),
    /** A year is no quantity: no thousands separator. */
    YEAR("0"),
    COUNT("#,##0"),
    /** 万元, to the 100 yuan shown; the cell keeps every decimal the warehouse has. */
    AMOUNT("#,##0.00"),
    /** %, 0–100. */
    RATE("0.00"),
    /** A difference of rates in percentage points, signed. */
    POINTS("+0.00;-0.00;0.00"),
    /** Scores, weights and other quantities with decimals. */
    DECIMAL("0.00"),
    RANK("0"),
    /** A change of rank in places, signed. */
    CHANGE("+0;-0;0"),
    /** A line of a source document. */
    LINE("0");

    private final String numberFormat;

    ColumnKind(String numberFormat) {
        this.numberFormat = numberFormat;
    }

    /** The spreadsheet number format of the column's numbers; null for text. */
    public String numberFormat() {
        return numberFormat;
    }

    static ColumnKind parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
