package io.jixiao.reports.html;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** The report's drill-down: regions (provinces), their agencies, and the agencies' projects. */
public record DrillDown(List<Region> regions) {
    public DrillDown {
        regions = List.copyOf(regions);
    }

    /** Σ amounts in 万元 over the projects with a budget; rate in % (null without a budget). */
    public record Totals(int projects, double budget, double executed) {
        public Double rate() {
            return budget > 0 ? 100 * executed / budget : null;
        }
    }

    public record Region(String name, Totals totals, List<Agency> agencies) {
        public Region {
            requireNonNull(name, "name");
            agencies = List.copyOf(agencies);
        }
    }

    /** @param projects the projects listed (lowest rate first, at most the report's row cap) of {@code totals.projects()} */
    public record Agency(String name, String anchor, Totals totals, List<ProjectRow> projects) {
        public Agency {
            requireNonNull(name, "name");
            requireNonNull(anchor, "anchor");
            projects = List.copyOf(projects);
        }
    }
}
