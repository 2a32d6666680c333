package io.jixiao.cli.command.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The measurements of repeated runs, reported by their median and range. */
final class Runs {

    private final List<Double> values = new ArrayList<>();

    void add(double value) {
        values.add(value);
    }

    double median() {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** "median (min–max)" with the given format for each value. */
    String describe(String format) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return String.format(Locale.ROOT, format + " (" + format + "–" + format + ")", median(), min, max);
    }
}
