package io.jixiao.reports.metrics;

import java.util.List;

/** Which forms a metric looks at; an empty list means no restriction on that dimension. */
public record MetricFilters(List<Integer> years, List<String> regions, List<String> departments,
                            List<String> units, List<String> kinds) {

    public static final MetricFilters NONE = new MetricFilters(List.of(), List.of(), List.of(), List.of(), List.of());

    public MetricFilters {
        years = List.copyOf(years);
        regions = List.copyOf(regions);
        departments = List.copyOf(departments);
        units = List.copyOf(units);
        kinds = List.copyOf(kinds);
    }

    public MetricFilters withYears(Integer... values) {
        return new MetricFilters(List.of(values), regions, departments, units, kinds);
    }

    public MetricFilters withRegions(String... values) {
        return new MetricFilters(years, List.of(values), departments, units, kinds);
    }

    public MetricFilters withDepartments(String... values) {
        return new MetricFilters(years, regions, List.of(values), units, kinds);
    }

    public MetricFilters withUnits(String... values) {
        return new MetricFilters(years, regions, departments, List.of(values), kinds);
    }

    public MetricFilters withKinds(String... values) {
        return new MetricFilters(years, regions, departments, units, List.of(values));
    }
}
