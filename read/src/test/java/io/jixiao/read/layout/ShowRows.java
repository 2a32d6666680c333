package io.jixiao.read.layout;

import io.jixiao.read.encoding.DecodedText;
import io.jixiao.read.encoding.TextDecoder;
import io.jixiao.read.form.LabelVocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Debugging aid: prints the layout detected for each text file named and the rows it yields. */
final class ShowRows {

    private ShowRows() {
    }

    public static void main(String[] args) throws IOException {
        LayoutDetector detector = new LayoutDetector(new PageBreakJoiner(LabelVocabulary::isAnchor));
        for (String name : args) {
            DecodedText decoded = new TextDecoder().decode(Files.readAllBytes(Path.of(name)));
            List<String> lines = Arrays.asList(decoded.text().split("\n", -1));
            LayoutReader reader = detector.detect(lines).orElse(null);
            System.out.println("=== " + name + ": " + (reader == null ? "no known layout" : reader.name()));
            if (reader != null) {
                RowsRead read = reader.read(lines);
                for (Row row : read.rows()) {
                    String cells = String.join(" ¦ ", row.cells().stream().map(Cell::text).toList());
                    System.out.println(row.lines() + " " + cells.replace("\n", "⏎"));
                }
                System.out.println("layout lines " + read.layoutLines());
            }
            var document = new io.jixiao.read.DocumentParser().parse(name, Files.readAllBytes(Path.of(name)));
            System.out.println("parsed: " + document.layout() + ", rejection " + document.rejection() + ", "
                    + document.forms().size() + " forms, " + document.problems().size() + " problems");
            document.forms().forEach(form -> System.out.println("  " + form));
        }
    }
}
