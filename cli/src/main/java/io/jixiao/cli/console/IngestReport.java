package io.jixiao.cli.console;

import io.jixiao.jobs.ingest.DocumentIssue;
import io.jixiao.jobs.ingest.IngestSummary;
import io.jixiao.reports.html.FullTableCommands;
import io.jixiao.reports.metrics.MetricFilters;
import io.jixiao.schema.finding.FindingText;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The summary printed at the end of an ingest: the counts, then every document rejected or read in part by its path,
 * with its reasons, up to a limit; beyond it, how many more and the {@code jixiao sql} command that lists them all.
 */
public final class IngestReport {

    /** Documents listed by name; a batch with more gives the rest as a count and a query. */
    public static final int LISTED = 20;
    /** A reason is cut after this many characters (a rejection can quote a whole line of the document). */
    static final int REASON_WIDTH = 110;

    private static final FindingText RULES = FindingText.english();
    private static final List<String> SEVERITIES = List.of("error", "warning", "info");

    private IngestReport() {
    }

    public static void print(IngestSummary summary, String warehouse, PrintStream out) {
        print(summary, warehouse, LISTED, out);
    }

    static void print(IngestSummary summary, String warehouse, int listed, PrintStream out) {
        out.printf(Locale.ROOT, "documents: %d found = %d ok + %d partial + %d rejected + %d unchanged%n",
                summary.documentsFound(), summary.ok(), summary.partial(), summary.rejected(), summary.unchanged());
        printIssues(summary, warehouse, listed, out);
        out.printf(Locale.ROOT, "written: %d forms, %d fund lines, %d indicators, %s%n",
                summary.forms(), summary.funds(), summary.indicators(), findings(summary.findings()));
        if (!summary.superseded().isEmpty()) {
            out.printf(Locale.ROOT, "copies: %d copies of forms superseded by another document's (kept: the later 填报日期, "
                    + "then a 修订/更正 mark, then the later ingest; both in jixiao sql: form_copies)%n",
                    summary.superseded().size());
            summary.superseded().stream().limit(listed).forEach(line -> out.println("  " + line));
            if (summary.superseded().size() > listed) {
                out.printf(Locale.ROOT, "  … %d more; all of them: %s%n", summary.superseded().size() - listed,
                        new FullTableCommands(warehouse, MetricFilters.NONE).sql("form-copies",
                                "SELECT path, kept_path, rule FROM form_copies", "form_copies",
                                "run_id = '" + summary.runId() + "'", "path"));
            }
        }
        out.printf(Locale.ROOT, "warehouse: %s (%s), run %s, %.1f s%n", warehouse,
                summary.committed() ? "new snapshot" : "unchanged", summary.runId(), summary.wallMillis() / 1000.0);
    }

    /** Rejected documents first, then partial ones, each by path. */
    private static void printIssues(IngestSummary summary, String warehouse, int listed, PrintStream out) {
        List<DocumentIssue> issues = new ArrayList<>(summary.issues());
        issues.sort(Comparator.comparing((DocumentIssue issue) -> !issue.rejected()).thenComparing(DocumentIssue::path));
        for (DocumentIssue issue : issues.subList(0, Math.min(listed, issues.size()))) {
            out.printf(Locale.ROOT, "  %-8s  %s%n", issue.status(), shown(issue.path()));
            if (issue.message() != null) {
                out.println("            " + cut(issue.message()));
            }
            for (DocumentIssue.RuleErrors errors : issue.errors()) {
                out.printf(Locale.ROOT, "            error: %s, %s %d%n", RULES.ruleName(errors.rule()),
                        errors.count() > 1 ? errors.count() + " times from line" : "line", errors.firstLine());
            }
        }
        if (issues.size() > listed) {
            String rest = summary.committed()
                    ? "all of them: " + new FullTableCommands(warehouse, MetricFilters.NONE).sql("documents-not-ok",
                            "SELECT path, status, message FROM documents", "documents",
                            "run_id = '" + summary.runId() + "' AND status <> 'ok'", "status DESC, path")
                    : "not written to the warehouse";
            out.printf(Locale.ROOT, "  … %d more; %s%n", issues.size() - listed, rest);
        }
    }

    /** {@code 460 findings (9 errors, 90 warnings, 361 info)}. */
    static String findings(Map<String, Long> bySeverity) {
        long total = bySeverity.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return "0 findings";
        }
        List<String> severities = new ArrayList<>(SEVERITIES);
        bySeverity.keySet().stream().filter(s -> !SEVERITIES.contains(s)).sorted().forEach(severities::add);
        return total + (total == 1 ? " finding (" : " findings (") + severities.stream()
                .filter(bySeverity::containsKey)
                .map(s -> bySeverity.get(s) + " " + s + (s.equals("info") || bySeverity.get(s) == 1 ? "" : "s"))
                .collect(Collectors.joining(", ")) + ")";
    }

    /** A local path as the user typed it, relative to the working folder where it lies under it. */
    static String shown(String path) {
        if (!path.startsWith("file:")) {
            return path;
        }
        Path file = Path.of(path.substring("file:".length()));
        Path here = Path.of("").toAbsolutePath();
        return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
    }

    private static String cut(String reason) {
        String line = reason.replaceAll("\\s+", " ").strip();
        return line.length() <= REASON_WIDTH ? line : line.substring(0, REASON_WIDTH - 1) + "…";
    }
}
