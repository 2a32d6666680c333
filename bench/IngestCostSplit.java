import io.jixiao.jobs.ingest.DocumentRecords;
import io.jixiao.jobs.ingest.DocumentSource;
import io.jixiao.jobs.ingest.parquet.TableFiles;
import io.jixiao.read.DocumentParser;
import io.jixiao.schema.model.ParsedDocument;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.hadoop.conf.Configuration;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Issue 19: where an ingest task's time per form goes, on one thread, without Spark. Alternating in one JVM: the
 * documents parsed alone (what `bench ingest` calls the bare parser), then parsed, made into rows
 * (DocumentRecords: ids, quality rules) and written to table files as an ingest task does (TableFiles), each part
 * timed, with the collector's time. The first rounds warm the JIT up; read the last ones.
 * Usage: java -cp cli/target/jixiao.jar bench/IngestCostSplit.java DOCUMENTS_FOLDER DOCUMENTS ROUNDS
 */
public final class IngestCostSplit {

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile).sorted().limit(Integer.parseInt(args[1])).toList();
        }
        List<byte[]> contents = new ArrayList<>();
        for (Path file : files) {
            contents.add(Files.readAllBytes(file));
        }
        DocumentParser parser = new DocumentParser();
        Timestamp now = new Timestamp(System.currentTimeMillis());
        Path work = Files.createTempDirectory("ingest-cost-split");
        try {
            for (int round = 1; round <= Integer.parseInt(args[2]); round++) {
                for (boolean ingest : List.of(false, true)) {
                    Path out = work.resolve("round-" + round);
                    System.gc();
                    long gc = collectorMillis();
                    long parse = 0;
                    long records = 0;
                    long write = 0;
                    long forms = 0;
                    long started = System.nanoTime();
                    TableFiles tables = ingest
                            ? new TableFiles(new org.apache.hadoop.fs.Path(out.toUri()), "split-" + round,
                            new Configuration()) : null;
                    for (int i = 0; i < files.size(); i++) {
                        long a = System.nanoTime();
                        ParsedDocument parsed = parser.parse(files.get(i).toString(), contents.get(i));
                        long b = System.nanoTime();
                        parse += b - a;
                        forms += parsed.forms().size();
                        if (tables != null) {
                            DocumentRecords rows = DocumentRecords.of(
                                    DocumentSource.of(files.get(i).toString(), contents.get(i)), parsed, "split", now);
                            long c = System.nanoTime();
                            records += c - b;
                            tables.append(WarehouseTables.DOCUMENTS, rows.document());
                            tables.append(WarehouseTables.FORMS, rows.forms());
                            tables.append(WarehouseTables.FUNDS, rows.funds());
                            tables.append(WarehouseTables.INDICATORS, rows.indicators());
                            tables.append(WarehouseTables.FINDINGS, rows.findings());
                            write += System.nanoTime() - c;
                        }
                    }
                    if (tables != null) {
                        long c = System.nanoTime();
                        tables.close();
                        write += System.nanoTime() - c;
                    }
                    double perForm = 1e3 * forms;
                    System.out.printf("round %d %-7s %6.1f µs/form: parse %6.1f, rows %5.1f, write %5.1f "
                                    + "(collector %4.1f, within them)%n", round, ingest ? "ingest" : "parse",
                            (System.nanoTime() - started) / perForm, parse / perForm, records / perForm,
                            write / perForm, (collectorMillis() - gc) * 1e6 / perForm);
                }
            }
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static long collectorMillis() {
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += collector.getCollectionTime();
        }
        return millis;
    }
}
