package io.jixiao.cli.console;

import static java.util.Objects.requireNonNull;

import io.jixiao.reports.insight.AgencyExecution;
import io.jixiao.reports.metrics.MetricEngine;
import io.jixiao.reports.metrics.MetricTable;
import io.jixiao.reports.output.TableFormatter;
import io.jixiao.schema.warehouse.WarehouseTable;

import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * What the demo says when it is done, in a handful of lines that fit {@value #WIDTH} columns: the warehouse's
 * documents, forms and years, the agencies with the lowest money-weighted execution rate, and the report's address.
 */
public record DemoSummary(long documents, long ok, long partial, long rejected, long forms, int firstYear,
                          int lastYear, List<AgencyExecution> lowest, URI report) {

    public static final int WIDTH = 100;
    /** Agencies named. */
    public static final int LOWEST = 5;
    /** An agency's name is cut to this display width (two columns per Chinese character). */
    static final int NAME_WIDTH = 44;

    private static final String DOCUMENTS_SQL = """
            SELECT count(*) AS documents,
                   count(*) FILTER (WHERE status = 'ok') AS ok,
                   count(*) FILTER (WHERE status = 'partial') AS partial,
                   count(*) FILTER (WHERE status = 'rejected') AS rejected
            FROM documents""";
    private static final String FORMS_SQL = "SELECT count(*) AS forms, min(year) FILTER (WHERE year <> "
            + WarehouseTable.UNKNOWN_YEAR + ") AS first_year, max(year) AS last_year FROM forms";

    public DemoSummary {
        lowest = List.copyOf(lowest.subList(0, Math.min(LOWEST, lowest.size())));
        requireNonNull(report, "report");
    }

    /** The counts from the warehouse, so that a second demo over the same warehouse says the same. */
    public static DemoSummary of(MetricEngine engine, List<AgencyExecution> lowestRateFirst, URI report) {
        List<Object> documents = engine.runSql(DOCUMENTS_SQL).rows().get(0);
        List<Object> forms = engine.runSql(FORMS_SQL).rows().get(0);
        return new DemoSummary(number(documents.get(0)), number(documents.get(1)), number(documents.get(2)),
                number(documents.get(3)), number(forms.get(0)), (int) number(forms.get(1)),
                (int) number(forms.get(2)), lowestRateFirst, report);
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "warehouse: %,d documents (%,d ok, %,d partial, %,d rejected), %,d forms, %s%n",
                documents, ok, partial, rejected, forms, years(firstYear, lastYear));
        if (!lowest.isEmpty()) {
            out.println("lowest execution rate, Σ executed ÷ Σ full-year budget over the years:");
            for (int i = 0; i < lowest.size(); i++) {
                AgencyExecution agency = lowest.get(i);
                out.printf(Locale.ROOT, "  %d. %s  %6.2f%%  %s%n", i + 1, padded(agency.agency()),
                        agency.rate().orElseThrow(), years(agency.firstYear(), agency.lastYear()));
            }
        }
        out.println("report: " + report);
    }

    private static String years(int first, int last) {
        if (first == WarehouseTable.UNKNOWN_YEAR) {
            return "no year";
        }
        return first == last ? String.valueOf(first) : first + "–" + last;
    }

    /** The name cut and padded to {@link #NAME_WIDTH} display columns. */
    static String padded(String name) {
        String shown = name;
        if (TableFormatter.displayWidth(name) > NAME_WIDTH) {
            StringBuilder cut = new StringBuilder();
            int width = 0;
            for (int cp : name.codePoints().toArray()) {
                width += TableFormatter.displayWidth(Character.toString(cp));
                if (width > NAME_WIDTH - 1) {
                    break;
                }
                cut.appendCodePoint(cp);
            }
            shown = cut + "…";
        }
        return shown + " ".repeat(Math.max(0, NAME_WIDTH - TableFormatter.displayWidth(shown)));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
