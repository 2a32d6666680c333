import io.jixiao.corpus.convert.DocumentConverter;
import io.jixiao.read.DocumentParser;
import io.jixiao.read.ParsedDocumentJson;
import io.jixiao.read.binary.DocumentFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes what `jixiao parse --json` prints for every file under the given folders, one JSON file each, in one JVM;
 * then for the samples and the real fragments converted in memory to xlsx, xls, docx and PDF (as ParserBenchmark
 * does). Run by bench/parse-identity.sh. Usage: java -cp cli/target/jixiao.jar bench/ParseDump.java OUT DIR...
 */
public final class ParseDump {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        DocumentParser parser = new DocumentParser();
        int written = 0;
        for (int i = 1; i < args.length; i++) {
            try (Stream<Path> walk = Files.walk(Path.of(args[i]))) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    write(out, file.toString(), parser.read(file.toString(), Files.readAllBytes(file)));
                    written++;
                }
            }
        }
        DocumentConverter converter = new DocumentConverter();
        for (String folder : List.of("data/samples", "data/realworld")) {
            try (Stream<Path> list = Files.list(Path.of(folder))) {
                for (Path file : list.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    for (DocumentFormat format : List.of(DocumentFormat.XLSX, DocumentFormat.XLS, DocumentFormat.DOCX,
                            DocumentFormat.PDF)) {
                        byte[] bytes;
                        try {
                            bytes = converter.convert(Files.readAllBytes(file), format);
                        } catch (Exception e) {
                            continue; // a fragment the converter cannot lay out: nothing to compare
                        }
                        String name = file + "." + format;
                        write(out, name, parser.read(name, bytes));
                        written++;
                    }
                }
            }
        }
        System.out.println(written + " documents");
    }

    private static void write(Path out, String name, io.jixiao.read.ParseResult result) throws Exception {
        Files.writeString(out.resolve(name.replace('/', '_') + ".json"), ParsedDocumentJson.write(result.document()),
                StandardCharsets.UTF_8);
    }
}
