package io.jixiao.cli.command;

import io.jixiao.read.DocumentParser;
import io.jixiao.read.ParseResult;
import io.jixiao.read.binary.DocumentLimits;
import io.jixiao.read.table.Vocabulary;
import io.jixiao.read.ParsedDocumentJson;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.ParsedDocument;
import io.jixiao.schema.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code jixiao parse}: what the parser reads from documents, without Spark. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Print the forms read from documents (no Spark, no warehouse).")
public final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "documents to read")
    private List<Path> files;

    @Option(names = "--json", description = "machine-readable output: one JSON object per document, one after another")
    private boolean json;

    @Option(names = "--explain", description = "per table: the header rows found, the column → field map, and per row"
            + " the cells read and those left unread")
    private boolean explain;

    @Option(names = "--templates", paramLabel = "DIR", description = "a folder of *.tsv vocabulary files"
            + " (CATEGORY<TAB>KEY<TAB>SYNONYM, as the bundled vocabulary.tsv) adding a template's own names")
    private Path templates;

    @Override
    public Integer call() throws IOException {
        if (templates != null) {
            Vocabulary.activate(templates);
        }
        DocumentParser parser = new DocumentParser(DocumentLimits.DEFAULT, explain);
        List<ParsedDocument> documents = new ArrayList<>();
        List<List<String>> explanations = new ArrayList<>();
        int unreadable = 0;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                System.err.println(file + ": not a file");
                unreadable++;
                continue;
            }
            ParseResult result = parser.read(file.toString(), Files.readAllBytes(file));
            documents.add(result.document());
            if (explain) {
                explanations.add(result.explanation());
            }
        }
        if (json) {
            documents.forEach(document -> System.out.print(ParsedDocumentJson.write(document)));
        } else {
            for (int i = 0; i < documents.size(); i++) {
                printText(documents.get(i), System.out);
                if (explain) {
                    explanations.get(i).forEach(line -> System.out.println("  " + line));
                }
            }
        }
        boolean rejected = documents.stream().anyMatch(ParsedDocument::isRejected);
        return unreadable > 0 || rejected ? 1 : 0;
    }

    private static void printText(ParsedDocument document, PrintStream out) {
        out.println(document.document() + " [" + document.encoding() + ", " + document.layout() + "]");
        if (document.isRejected()) {
            out.println("  rejected: " + document.rejection());
            return;
        }
        for (Form form : document.forms()) {
            out.printf("  %s %s %s | %s | %s | lines %d-%d | %d fund lines, %d indicators, total %s %s%n",
                    form.kind().code(), form.year(), form.region(), form.unit(), form.project(),
                    form.firstLine(), form.lastLine(), form.funds().size(), form.indicators().size(),
                    form.totalScore(), form.grade() == null ? "" : form.grade());
        }
        for (Problem problem : document.problems()) {
            out.println("  problem " + problem);
        }
    }
}
