package io.jixiao.reports.insight;

import io.jixiao.reports.charts.IndicatorCount;
import io.jixiao.schema.vocabulary.IndicatorStatus;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * An agency's indicator completion over all the years in view, as the indicator-completion metric defines it: met ÷
 * judgeable, judgeable = met + partial + unmet (qualitative, unknown and not-applicable indicators cannot be judged).
 */
public record AgencyCompletion(String agency, long met, long judgeable) {
    public AgencyCompletion {
        requireNonNull(agency, "agency");
    }

    /** In %; only for agencies with a judgeable indicator. */
    public double rate() {
        return 100.0 * met / judgeable;
    }

    /** The lowest completion first, ties by name; agencies without a judgeable indicator are left out. */
    public static List<AgencyCompletion> lowestFirst(List<IndicatorCount> counts) {
        Map<String, long[]> byAgency = new TreeMap<>();
        for (IndicatorCount count : counts) {
            long[] sums = byAgency.computeIfAbsent(count.unit(), agency -> new long[2]);
            if (count.status() == IndicatorStatus.MET) {
                sums[0] += count.count();
            }
            if (count.status() == IndicatorStatus.MET || count.status() == IndicatorStatus.PARTIAL
                    || count.status() == IndicatorStatus.UNMET) {
                sums[1] += count.count();
            }
        }
        return byAgency.entrySet().stream()
                .filter(entry -> entry.getValue()[1] > 0)
                .map(entry -> new AgencyCompletion(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                .sorted(Comparator.comparingDouble(AgencyCompletion::rate).thenComparing(AgencyCompletion::agency))
                .collect(Collectors.toList());
    }
}
