package io.jixiao.reports.charts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Picks the agencies a chart names; the others are grouped so a legend or an axis stays readable. */
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

    /** The legend or axis label of an agency: itself when shown, else the "others" label. */
    static String labelOf(String unit, List<String> shown, String othersLabel) {
        return shown.contains(unit) ? unit : othersLabel;
    }
}
