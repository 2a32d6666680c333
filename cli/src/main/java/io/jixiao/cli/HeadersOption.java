package io.jixiao.cli;

import io.jixiao.reports.output.Headers;
import picocli.CommandLine.Option;

/** {@code --headers zh|en}: the language of the column headings in CSV, XLSX and the terminal table. */
public final class HeadersOption {

    @Option(names = "--headers", paramLabel = "LANG", defaultValue = "zh",
            description = "column headings: zh, Chinese with the unit (全年预算数（万元）), or en, the column names "
                    + "(full_year_budget); JSON always keys by the column names (default: ${DEFAULT-VALUE})")
    private Headers headers;

    public Headers headers() {
        return headers;
    }
}
