package io.jixiao.cli.console;

import io.jixiao.jobs.ingest.IngestSummary;

import java.io.PrintStream;
import java.util.Locale;

/** The summary printed at the end of an ingest. */
public final class IngestReport {

    private IngestReport() {
    }

    public static void print(IngestSummary summary, String warehouse, PrintStream out) {
        out.printf(Locale.ROOT, "documents: %d found = %d ok + %d partial + %d rejected + %d unchanged%n",
                summary.documentsFound(), summary.ok(), summary.partial(), summary.rejected(), summary.unchanged());
        for (String rejection : summary.rejections()) {
            out.println("  rejected " + rejection);
        }
        out.printf(Locale.ROOT, "written: %d forms, %d fund lines, %d indicators, %d findings %s%n",
                summary.forms(), summary.funds(), summary.indicators(), summary.findingsTotal(), summary.findings());
        if (!summary.superseded().isEmpty()) {
            out.printf(Locale.ROOT, "copies: %d copies of forms superseded by another document's (kept: the later 填报日期, "
                    + "then a 修订/更正 mark, then the later ingest; both in jixiao sql: form_copies)%n",
                    summary.superseded().size());
            summary.superseded().forEach(line -> out.println("  " + line));
        }
        out.printf(Locale.ROOT, "warehouse: %s (%s), run %s, %.1f s%n", warehouse,
                summary.committed() ? "new snapshot" : "unchanged", summary.runId(), summary.wallMillis() / 1000.0);
    }
}
