package io.jixiao.reports.charts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the agencies a chart names; the others are grouped (a mean line) or only summed in the subtitle, so a
 * legend or an axis stays readable.
 */
final class TopUnits {
    private TopUnits() {
    }

    /** The {@code n} agencies with the largest measure (smallest when {@code ascending}), ties by name. */
    static List<String> pick(Map<String, Double> measure, int n, boolean ascending) {
        Comparator<Map.Entry<String, Double>> byMeasure = Map.Entry.comparingByValue();
        if (!ascending) {
            byMeasure = byMeasure.reversed();
        }
        return measure.entrySet().stream()
                .sorted(byMeasure.thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** "Top n shown; the m others together: total", or "" when every agency is shown. */
    static String othersNote(Map<String, Double> measure, List<String> shown, Lang lang) {
        if (shown.size() == measure.size()) {
            return "";
        }
        Set<String> named = Set.copyOf(shown);
        double rest = measure.entrySet().stream().filter(entry -> !named.contains(entry.getKey()))
                .mapToDouble(Map.Entry::getValue).sum();
        return ChartText.SHOWN_TOP_TOTAL.format(lang, shown.size(), measure.size() - shown.size(), Math.round(rest));
    }
}
