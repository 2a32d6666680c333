package io.jixiao.cli;

import io.jixiao.reports.metrics.FilterMatches;
import io.jixiao.reports.metrics.FilterValues;
import io.jixiao.reports.metrics.MetricEngine;
import io.jixiao.reports.metrics.MetricFilters;
import io.jixiao.schema.vocabulary.FormKind;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** The filters every metric and the report take: years, regions, departments, units, form kinds. */
public final class FilterOptions {

    @Option(names = "--years", paramLabel = "YEARS",
            description = "years: a range 2020-2024, or a list 2020,2023")
    private String years;

    @Option(names = {"--region", "--regions"}, paramLabel = "REGION",
            description = "regions at any level (浙江省, 杭州市, 西湖区), each with what lies below it; "
                    + "comma-separated or repeated; a comma in a name is written \\,")
    private List<String> regions = new ArrayList<>();

    @Option(names = {"--department", "--departments"}, paramLabel = "DEPT",
            description = "supervising departments (主管部门), as --region")
    private List<String> departments = new ArrayList<>();

    @Option(names = {"--unit", "--units"}, paramLabel = "UNIT", description = "units (实施单位), as --region")
    private List<String> units = new ArrayList<>();

    @Option(names = {"--kind", "--kinds"}, paramLabel = "KIND", split = ",",
            converter = CodeConverters.FormKindConverter.class,
            completionCandidates = CodeConverters.FormKindCodes.class,
            description = "form kinds: ${COMPLETION-CANDIDATES}; comma-separated or repeated")
    private List<FormKind> kinds = new ArrayList<>();

    /** The exit code of a command whose filters name what the warehouse does not hold. */
    public static final int NOTHING_MATCHES = 2;

    /**
     * Whether a filter names what the warehouse's forms never hold (or the warehouse holds no form): each such value
     * is printed as {@code jixiao COMMAND: …} with the nearest values it does hold ({@link FilterMatches}).
     */
    public boolean matchNothing(MetricEngine engine, CommandSpec command) {
        List<String> unmatched = FilterMatches.unmatched(engine, filters());
        unmatched.forEach(message -> command.commandLine().getErr().println("jixiao " + command.name() + ": "
                + message));
        return !unmatched.isEmpty();
    }

    public MetricFilters filters() {
        return new MetricFilters(years(years), values(regions), values(departments), values(units),
                kinds.stream().map(FormKind::code).toList());
    }

    /** Each word split at its commas but the escaped ones ({@link FilterValues}): picocli's split would cut a name. */
    private static List<String> values(List<String> words) {
        return words.stream().flatMap(word -> FilterValues.split(word).stream()).toList();
    }

    static List<Integer> years(String text) {
        List<Integer> years = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return years;
        }
        for (String part : text.split(",")) {
            String[] range = part.strip().split("-");
            try {
                int from = Integer.parseInt(range[0].strip());
                int to = range.length > 1 ? Integer.parseInt(range[1].strip()) : from;
                if (range.length > 2 || to < from || to - from > 200) {
                    throw new NumberFormatException();
                }
                for (int year = from; year <= to; year++) {
                    years.add(year);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--years takes 2020-2024 or 2020,2023, not '" + text + "'");
            }
        }
        return years;
    }
}
