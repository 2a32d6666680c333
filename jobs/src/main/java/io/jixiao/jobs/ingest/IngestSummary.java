package io.jixiao.jobs.ingest;

import java.util.List;
import java.util.Map;

/**
 * What an ingest run did. Documents already in the warehouse (same bytes) are counted as unchanged and not
 * read again; ok + partial + rejected + unchanged adds up to the documents found.
 *
 * @param rejections  path and reason of every rejected document
 * @param findings    findings written, by severity
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
        long wallMillis,
        boolean committed) {

    public IngestSummary {
        findings = Map.copyOf(findings);
        rejections = List.copyOf(rejections);
    }

    public long findingsTotal() {
        return findings.values().stream().mapToLong(Long::longValue).sum();
    }
}
