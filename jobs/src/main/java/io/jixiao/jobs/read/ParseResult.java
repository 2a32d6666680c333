package io.jixiao.jobs.read;

import io.jixiao.schema.model.ParsedDocument;
import java.util.Set;

/**
 * A parsed document with its line accounting: the source lines used by records (form titles, header fields, fund
 * lines, indicators, texts, column headers, page headers) and the lines reported in problems.
 */
public record ParseResult(ParsedDocument document, Set<Integer> usedLines, Set<Integer> reportedLines) {

    public ParseResult {
        usedLines = Set.copyOf(usedLines);
        reportedLines = Set.copyOf(reportedLines);
    }
}
