package io.jixiao.jobs.ingest;

import java.util.List;
import java.util.Map;

/**
 * What an ingest run did. Documents already in the warehouse (same bytes) are counted as unchanged and not
 * read again; ok + partial + rejected + unchanged adds up to the documents found.
 *
 * @param issues      every document rejected or read in part, by path, with the reasons
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
        List<DocumentIssue> issues,
        List<String> superseded,
        long wallMillis,
        boolean committed) {

    public IngestSummary {
        findings = Map.copyOf(findings);
        issues = List.copyOf(issues);
        superseded = List.copyOf(superseded);
    }

    /** Path and reason of every rejected document. */
    public List<String> rejections() {
        return issues.stream().filter(DocumentIssue::rejected).map(d -> d.path() + ": " + d.message()).toList();
    }

    public long findingsTotal() {
        return findings.values().stream().mapToLong(Long::longValue).sum();
    }
}
