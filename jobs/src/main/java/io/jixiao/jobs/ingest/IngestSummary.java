package io.jixiao.jobs.ingest;

import java.util.List;
import java.util.Map;

/**
 * What an ingest run did. Documents already in the warehouse (same bytes) are counted as unchanged and not
 * read again; ok + partial + rejected + unchanged adds up to the documents found.
 *
 * @param rejections  path and reason of every rejected document
 * @param findings    findings written, by severity
 * @param superseded  one line per copy of a form another document's copy superseded (form_copies)
 */
public record IngestSummary(
        String runId,
        long documentsFound,
        long unchanged,
        long ok,
        long partial,
        long rejected,
        long forms,
        long funds,
        long indicators,
        Map<String, Long> findings,
        List<String> rejections,
        List<String> superseded,
        long wallMillis,
        boolean committed) {

    public IngestSummary {
        findings = Map.copyOf(findings);
        rejections = List.copyOf(rejections);
        superseded = List.copyOf(superseded);
    }

    public long findingsTotal() {
        return findings.values().stream().mapToLong(Long::longValue).sum();
    }
}
