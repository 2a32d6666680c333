package io.jixiao.jobs.read;

import io.jixiao.schema.model.ParsedDocument;
import java.util.BitSet;

/**
 * A parsed document with its line accounting: the source lines used by records (form titles, header fields, fund
 * lines, indicators, texts, column headers, page headers) and the lines reported in problems.
 */
public record ParseResult(ParsedDocument document, BitSet usedLines, BitSet reportedLines) {

    public ParseResult {
        usedLines = (BitSet) usedLines.clone();
        reportedLines = (BitSet) reportedLines.clone();
    }

    /** Whether a record uses the 1-based source line. */
    public boolean isUsed(int line) {
        return usedLines.get(line);
    }

    /** Whether a problem reports the 1-based source line. */
    public boolean isReported(int line) {
        return reportedLines.get(line);
    }
}
