package io.jixiao.read;

import io.jixiao.schema.model.ParsedDocument;
import java.util.BitSet;
import java.util.List;

/**
 * A parsed document with its line accounting and, for {@code parse --explain}, how its tables were read (header rows,
 * column → field map, cells left unread). The accounting: the source lines used by records (form titles, header fields, fund
 * lines, indicators, texts, column headers, page headers) and the lines reported in problems.
 */
public record ParseResult(ParsedDocument document, BitSet usedLines, BitSet reportedLines, List<String> explanation) {

    public ParseResult(ParsedDocument document, BitSet usedLines, BitSet reportedLines) {
        this(document, usedLines, reportedLines, List.of());
    }

    public ParseResult {
        explanation = List.copyOf(explanation);
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
