package io.jixiao.reports.metrics;

import io.jixiao.schema.warehouse.TargetDrift;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric definitions kept as resources: {@code metrics.list} names them in display order, and each
 * {@code <name>.sql} begins with a {@code -- description: …} line. A definition may take in a part that several
 * share ({@code {{part:NAME}}}: {@code parts/NAME.sql}, e.g. the common table expressions of a metric and its listing),
 * so that a figure has one definition; both engines then run the whole text.
 */
public final class MetricCatalog {

    static final String FOLDER = "/io/jixiao/reports/metrics/";
    static final String INDEX = "metrics.list";
    static final String PARTS = "parts/";
    private static final Pattern PART = Pattern.compile("\\{\\{part:([a-z0-9-]+)}}");

    private final Map<String, MetricDefinition> metrics;

    private MetricCatalog(Map<String, MetricDefinition> metrics) {
        this.metrics = metrics;
    }

    public static MetricCatalog load() {
        Map<String, MetricDefinition> metrics = new LinkedHashMap<>();
        for (String name : read(INDEX).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            metrics.put(name, parse(name, withParts(read(name + ".sql"))));
        }
        return new MetricCatalog(metrics);
    }

    public List<MetricDefinition> all() {
        return new ArrayList<>(metrics.values());
    }

    public List<String> names() {
        return new ArrayList<>(metrics.keySet());
    }

    public MetricDefinition get(String name) {
        MetricDefinition metric = metrics.get(name);
        if (metric == null) {
            throw new IllegalArgumentException("no metric named '" + name + "'; known: " + String.join(", ", metrics.keySet()));
        }
        return metric;
    }

    static MetricDefinition parse(String name, String text) {
        String firstLine = text.lines().findFirst().orElse("");
        if (!firstLine.startsWith(MetricDefinition.DESCRIPTION_PREFIX)
                || firstLine.substring(MetricDefinition.DESCRIPTION_PREFIX.length()).isBlank()) {
            throw new IllegalStateException(FOLDER + name + ".sql, line 1: must be '"
                    + MetricDefinition.DESCRIPTION_PREFIX + " …'");
        }
        String description = firstLine.substring(MetricDefinition.DESCRIPTION_PREFIX.length()).strip();
        return new MetricDefinition(name, description, text);
    }

    /** The template with each {@code {{part:NAME}}} replaced by that part's text (a part takes in no other). */
    static String withParts(String template) {
        return PART.matcher(template).replaceAll(part -> Matcher.quoteReplacement(part(part.group(1))));
    }

    /** A part's text; the drift's is the warehouse's own definition, which the ingest stores per pair. */
    private static String part(String name) {
        return name.equals(TargetDrift.COMPARED_PART) ? TargetDrift.compared()
                : read(PARTS + name + ".sql").stripTrailing();
    }

    private static String read(String file) {
        try (InputStream in = MetricCatalog.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + file);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return String.join("\n", reader.lines().toList()) + "\n";
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + file, e);
        }
    }
}
