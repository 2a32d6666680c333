package io.jixiao.jobs.ingest;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;

/**
 * A document an ingest could not read in full: rejected (nothing of it is used), or partial (read, with problems or
 * with data-quality errors).
 *
 * @param message why it was rejected, or a summary of its problems ({@code documents.message})
 * @param errors  its data-quality errors by rule, for a partial document
 */
public record DocumentIssue(String path, String status, String message, List<RuleErrors> errors)
        implements Serializable {

    /** The errors one rule raised on a document: how many, and the first line. */
    public record RuleErrors(String rule, int firstLine, long count) implements Serializable {
        public RuleErrors {
            requireNonNull(rule, "rule");
        }
    }

    public DocumentIssue {
        requireNonNull(path, "path");
        requireNonNull(status, "status");
        errors = List.copyOf(errors);
    }

    public boolean rejected() {
        return status.equals(DocumentRecords.REJECTED);
    }
}
