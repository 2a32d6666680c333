package io.jixiao.reports.agencies;

import io.jixiao.reports.metrics.MetricEngine;
import io.jixiao.reports.metrics.MetricTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The agencies of a warehouse (each unit under its current name: the latest name of its unit code where the forms
 * give one, after the renames confirmed in the warehouse's agencies.csv) with the names, codes, years, regions and
 * departments the forms give them; and the renames the forms
 * suggest but nobody confirmed yet: an agency whose forms stop the year before another's start, in the same region,
 * the two sharing projects (most of the smaller one's, or some and a department). The analyst confirms each
 * ({@code jixiao agencies alias}); nothing is merged on a guess.
 */
public final class AgencyRegister {

    /** The forms counted per agency, name, region, department and project: a row each, not a row a form. */
    private static final String FORMS = "SELECT agency, unit, region, department, project, MIN(year) AS first_year, "
            + "MAX(year) AS last_year, COUNT(*) AS forms, unit_code FROM forms WHERE agency IS NOT NULL "
            + "GROUP BY agency, unit, region, department, project, unit_code";
    /** A rename leaves at most this many years between the old name's last forms and the new one's first. */
    private static final int MAX_GAP = 2;
    private static final double MOST = 0.5;

    /** One agency as its forms show it. */
    public record Agency(String name, Set<String> names, int firstYear, int lastYear, Set<String> regions,
                         Set<String> departments, Set<String> projects, int forms, Set<String> codes) {
    }

    /** A rename the forms suggest: the old agency, the new one, the first year of the new, and why. */
    public record SuspectedRename(Agency from, Agency to, int year, String evidence) {
    }

    private final List<Agency> agencies;

    private AgencyRegister(List<Agency> agencies) {
        this.agencies = List.copyOf(agencies);
    }

    public static AgencyRegister of(MetricEngine engine) {
        MetricTable table = engine.runSql(FORMS);
        Map<String, Builder> byName = new TreeMap<>();
        for (List<Object> row : table.rows()) {
            byName.computeIfAbsent((String) row.get(0), Builder::new).add(row);
        }
        return new AgencyRegister(byName.values().stream().map(Builder::build).toList());
    }

    public List<Agency> agencies() {
        return agencies;
    }

    /** The renames the forms suggest, the likeliest successor of each agency only, in order of the old names. */
    public List<SuspectedRename> suspectedRenames() {
        // a rename keeps the region: only agencies of the same regions are compared
        Map<Set<String>, List<Agency>> byRegions = new LinkedHashMap<>();
        agencies.forEach(agency -> byRegions.computeIfAbsent(agency.regions(), r -> new ArrayList<>()).add(agency));
        List<SuspectedRename> suspects = new ArrayList<>();
        for (Agency from : agencies) {
            byRegions.get(from.regions()).stream().filter(to -> to != from).map(to -> suspect(from, to))
                    .filter(Objects::nonNull)
                    .min(Comparator.comparingDouble((Suspect s) -> -s.shared()).thenComparingInt(s -> s.rename().to()
                            .firstYear()).thenComparing(s -> s.rename().to().name()))
                    .ifPresent(s -> suspects.add(s.rename()));
        }
        return suspects;
    }

    /** A suspected rename with the share of the smaller agency's projects the two share. */
    private record Suspect(SuspectedRename rename, double shared) {
    }

    private static Suspect suspect(Agency from, Agency to) {
        int gap = to.firstYear() - from.lastYear();
        if (gap < 1 || gap > MAX_GAP) {
            return null;
        }
        Set<String> projects = new TreeSet<>(from.projects());
        projects.retainAll(to.projects());
        if (projects.isEmpty()) {
            return null;
        }
        int smaller = Math.min(from.projects().size(), to.projects().size());
        Set<String> departments = new TreeSet<>(from.departments());
        departments.retainAll(to.departments());
        boolean most = projects.size() >= MOST * smaller;
        if (!most && departments.isEmpty()) {
            return null;
        }
        String evidence = projects.size() + " of " + smaller + " projects shared ("
                + String.join("、", projects.stream().limit(3).toList()) + (projects.size() > 3 ? " …" : "") + ")"
                + (departments.isEmpty() ? "" : ", same department " + String.join("、", departments))
                + (from.regions().isEmpty() ? "" : ", region " + String.join("、", from.regions()));
        return new Suspect(new SuspectedRename(from, to, to.firstYear(), evidence), (double) projects.size() / smaller);
    }

    private static final class Builder {
        private final String name;
        private final Map<String, Boolean> names = new LinkedHashMap<>();
        private final Set<String> regions = new TreeSet<>();
        private final Set<String> departments = new TreeSet<>();
        private final Set<String> projects = new TreeSet<>();
        private final Set<String> codes = new TreeSet<>();
        private int firstYear = Integer.MAX_VALUE;
        private int lastYear = Integer.MIN_VALUE;
        private int forms;

        Builder(String name) {
            this.name = name;
        }

        void add(List<Object> row) {
            names.put((String) row.get(1), true);
            addIfPresent(regions, row.get(2));
            addIfPresent(departments, row.get(3));
            addIfPresent(projects, row.get(4));
            firstYear = Math.min(firstYear, ((Number) row.get(5)).intValue());
            lastYear = Math.max(lastYear, ((Number) row.get(6)).intValue());
            forms += ((Number) row.get(7)).intValue();
            addIfPresent(codes, row.get(8));
        }

        private static void addIfPresent(Set<String> values, Object value) {
            if (value != null && !value.toString().isBlank()) {
                values.add(value.toString());
            }
        }

        Agency build() {
            return new Agency(name, sorted(names.keySet()), firstYear, lastYear, sorted(regions), sorted(departments),
                    sorted(projects), forms, sorted(codes));
        }

        private static Set<String> sorted(Set<String> values) {
            return Collections.unmodifiableSortedSet(new TreeSet<>(values));
        }
    }
}
