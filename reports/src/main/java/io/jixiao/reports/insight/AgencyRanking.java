package io.jixiao.reports.insight;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Agencies ranked by their money-weighted execution rate over the years in view ({@link AgencyExecution}). */
public final class AgencyRanking {
    private AgencyRanking() {
    }

    /** The lowest rate first, ties by name; agencies without any budget have no rate and are left out. */
    public static List<AgencyExecution> lowestRateFirst(List<AgencyYear> years) {
        Map<String, List<AgencyYear>> byAgency = years.stream()
                .collect(Collectors.groupingBy(AgencyYear::agency, TreeMap::new, Collectors.toList()));
        return byAgency.entrySet().stream()
                .map(entry -> new AgencyExecution(entry.getKey(),
                        entry.getValue().stream().mapToDouble(AgencyYear::budget).sum(),
                        entry.getValue().stream().mapToDouble(AgencyYear::executed).sum(),
                        entry.getValue().stream().mapToInt(AgencyYear::year).min().orElseThrow(),
                        entry.getValue().stream().mapToInt(AgencyYear::year).max().orElseThrow()))
                .filter(agency -> agency.rate().isPresent())
                .sorted(Comparator.comparingDouble((AgencyExecution agency) -> agency.rate().getAsDouble())
                        .thenComparing(AgencyExecution::agency))
                .toList();
    }
}
