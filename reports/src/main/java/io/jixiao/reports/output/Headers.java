package io.jixiao.reports.output;

import java.util.Locale;

/** The language of column headings in CSV, XLSX and the terminal table ({@code --headers}). */
public enum Headers {
    /** Chinese with the unit, 全年预算数（万元）: for people opening the file. */
    ZH,
    /** The column names themselves, full_year_budget: for scripts written against them. */
    EN;

    /** The heading of a column; a column {@link OutputColumns} does not know (ad-hoc SQL) keeps its name. */
    public String heading(String column) {
        return this == EN ? column : OutputColumns.get().find(column).map(OutputColumn::chineseHeading).orElse(column);
    }

    /** The name of a table (a sheet): the Chinese one {@link OutputColumns} knows, else the table's own. */
    public String title(String table) {
        return this == EN ? table : OutputColumns.get().title(table).orElse(table);
    }

    public static Headers parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown headers '" + text + "': use zh or en", e);
        }
    }
}
