package io.jixiao.jobs.read;

import io.jixiao.jobs.read.encoding.DecodedText;
import io.jixiao.jobs.read.encoding.TextDecoder;
import io.jixiao.jobs.read.form.DocumentForms;
import io.jixiao.jobs.read.form.Labels;
import io.jixiao.jobs.read.layout.LayoutDetector;
import io.jixiao.jobs.read.layout.LayoutReader;
import io.jixiao.jobs.read.layout.PageBreakJoiner;
import io.jixiao.jobs.read.layout.RowsRead;
import io.jixiao.schema.model.ParsedDocument;
import io.jixiao.schema.model.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Reads one document's bytes into forms: decode, detect the layout, read rows of cells, read forms.
 * Pure Java, thread-safe (it keeps no state between calls), never throws on bad input.
 */
public final class DocumentParser {

    private final TextDecoder decoder = new TextDecoder();
    private final LayoutDetector layouts = new LayoutDetector(new PageBreakJoiner(Labels::isAnchor));
    private final DocumentForms forms = new DocumentForms();

    public ParsedDocument parse(String documentName, byte[] bytes) {
        return read(documentName, bytes).document();
    }

    /** Parses and also returns which lines were used and which were reported. */
    public ParseResult read(String documentName, byte[] bytes) {
        try {
            return readChecked(documentName, bytes == null ? new byte[0] : bytes);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect in a reader must not stop a batch: the document is rejected with the reason.
            return rejected(documentName, null,
                    "parser failure: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private ParseResult readChecked(String documentName, byte[] bytes) {
        DecodedText decoded = decoder.decode(bytes);
        if (decoded.isRejected()) {
            return rejected(documentName, decoded.encoding(), decoded.rejection());
        }
        List<String> lines = Arrays.asList(decoded.text().split("\n", -1));
        Optional<LayoutReader> layout = layouts.detect(lines);
        if (layout.isEmpty()) {
            int first = firstNonBlank(lines);
            return rejected(documentName, decoded.encoding(), "line " + (first + 1)
                    + ": no known layout (tab rows, one cell per line, pipe rows): '"
                    + abbreviate(lines.get(first)) + "'");
        }
        RowsRead rows = layout.get().read(lines);
        DocumentForms.Result result = forms.read(rows.rows());
        if (result.rejection() != null) {
            return rejected(documentName, decoded.encoding(), result.rejection());
        }
        BitSet used = (BitSet) result.usedLines().clone();
        rows.layoutLines().forEach(used::set);
        List<Problem> problems = new ArrayList<>(result.problems());
        if (decoded.warning() != null) {
            problems.add(new Problem(lines.size(), decoded.warning()));
        }
        ParsedDocument document = new ParsedDocument(documentName, decoded.encoding(), layout.get().name(),
                result.forms(), problems, null);
        return new ParseResult(document, used, result.reportedLines());
    }

    private static ParseResult rejected(String documentName, String encoding, String why) {
        return new ParseResult(ParsedDocument.rejected(documentName, encoding, why), new BitSet(), new BitSet());
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return 0;
    }

    private static String abbreviate(String line) {
        String text = line.strip().replace('\t', ' ');
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
