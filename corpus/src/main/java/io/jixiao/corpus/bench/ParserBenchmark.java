package io.jixiao.corpus.bench;

import io.jixiao.corpus.convert.DocumentConverter;
import io.jixiao.read.DocumentParser;
import io.jixiao.read.binary.DocumentFormat;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Parses the sample documents repeatedly and prints forms per second, on one thread and on all cores; then the same
 * samples converted in memory to xlsx, xls, docx and PDF ({@link DocumentConverter}), forms per second on one thread.
 * Usage: {@code ParserBenchmark [samples-dir] [iterations-per-run] [runs] [format-iterations-per-run]} (defaults:
 * data/samples, 2000, 5, 50).
 */
public final class ParserBenchmark {

    private record Document(String name, byte[] bytes) {
    }

    private ParserBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        Path dir = Path.of(args.length > 0 ? args[0] : "data/samples");
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int formatIterations = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                documents.add(new Document(file.getFileName().toString(), Files.readAllBytes(file)));
            }
        }
        DocumentParser parser = new DocumentParser();
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf("%d documents, %d forms per pass, %d iterations per run, %d runs, %d cores%n",
                documents.size(), parseAll(parser, documents, 1), iterations, runs, threads);

        parseAll(parser, documents, iterations);
        report("1 thread", runs, () -> timed(() -> parseAll(parser, documents, iterations)));
        // On a shared machine wall time includes waiting for a core; CPU time measures the parser alone.
        report("1 thread, per CPU second", runs, () -> cpuTimed(() -> parseAll(parser, documents, iterations)));

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            report(threads + " threads", runs, () -> timed(() -> parseParallel(pool, threads, parser, documents,
                    iterations)));
        } finally {
            pool.shutdown();
        }

        DocumentConverter converter = new DocumentConverter();
        for (DocumentFormat format : List.of(DocumentFormat.XLSX, DocumentFormat.XLS, DocumentFormat.DOCX,
                DocumentFormat.PDF)) {
            List<Document> converted = new ArrayList<>();
            long bytes = 0;
            for (Document document : documents) {
                byte[] written = converter.convert(document.bytes(), format);
                converted.add(new Document(document.name(), written));
                bytes += written.length;
            }
            String name = format.name().toLowerCase();
            System.out.printf("%s: %d documents, %,d bytes, %d forms per pass%n", name, converted.size(), bytes,
                    parseAll(parser, converted, 1));
            parseAll(parser, converted, formatIterations);
            report(name + ", 1 thread", runs, () -> timed(() -> parseAll(parser, converted, formatIterations)));
            report(name + ", 1 thread, per CPU second", runs,
                    () -> cpuTimed(() -> parseAll(parser, converted, formatIterations)));
        }
    }

    private interface Run {
        double formsPerSecond() throws InterruptedException, ExecutionException;
    }

    private interface Work {
        long forms() throws InterruptedException, ExecutionException;
    }

    private static void report(String label, int runs, Run run) throws InterruptedException, ExecutionException {
        double[] rates = new double[runs];
        for (int i = 0; i < runs; i++) {
            rates[i] = run.formsPerSecond();
            System.out.printf("%s run %d: %,.0f forms/s%n", label, i + 1, rates[i]);
        }
        Arrays.sort(rates);
        System.out.printf("%s median: %,.0f forms/s%n", label, rates[runs / 2]);
    }

    private static double timed(Work work) throws InterruptedException, ExecutionException {
        long start = System.nanoTime();
        long forms = work.forms();
        return forms / ((System.nanoTime() - start) / 1e9);
    }

    private static double cpuTimed(Work work) throws InterruptedException, ExecutionException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long forms = work.forms();
        return forms / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
    }

    private static long parseAll(DocumentParser parser, List<Document> documents, int iterations) {
        long forms = 0;
        for (int i = 0; i < iterations; i++) {
            for (Document document : documents) {
                forms += parser.parse(document.name(), document.bytes()).forms().size();
            }
        }
        return forms;
    }

    private static long parseParallel(ExecutorService pool, int threads, DocumentParser parser,
                                      List<Document> documents, int iterations)
            throws InterruptedException, ExecutionException {
        List<Future<Long>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int share = iterations / threads + (t < iterations % threads ? 1 : 0);
            parts.add(pool.submit(() -> parseAll(parser, documents, share)));
        }
        long forms = 0;
        for (Future<Long> part : parts) {
            forms += part.get();
        }
        return forms;
    }
}
