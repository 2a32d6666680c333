package io.jixiao.read.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.read.DocumentParser;
import io.jixiao.read.ParsedDocumentJson;
import io.jixiao.read.Samples;
import io.jixiao.schema.model.ParsedDocument;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four real samples printed as ruled forms (PDF), scanned at 200 dpi and read back by OCR (Tesseract), scored
 * fact by fact against their golden files (data/expected, checked by hand against the sources) with
 * {@link SampleFacts}: the clean scans, and the same pages degraded as office scans are (skew of 1–2°, uneven
 * light, blur, noise, a stamp over cells of the first page, ticks in the margin). The figures, each wrong number
 * of the noisy scans and the time per page are written to target/ocr-facts.txt for BENCHMARKS.md.
 */
class TestScannedSampleFacts {

    private static final long NOISE_SEED = 20;
    /**
     * The noisy scans of two samples (32 pages) keep the suite within its time; all four were measured for
     * BENCHMARKS.md, these two read 923 of 1,530 facts (60.3%).
     */
    private static final List<String> NOISY_SAMPLES = Samples.NAMES.subList(0, 2);
    private static final Map<String, SampleFacts.Score> CLEAN = new ConcurrentHashMap<>();
    private static final Map<String, SampleFacts.Score> NOISY = new ConcurrentHashMap<>();
    private static final Map<String, String> REJECTED = new ConcurrentHashMap<>();
    private static final Map<String, Long> MILLIS_PER_PAGE = new ConcurrentHashMap<>();

    @BeforeAll
    static void readTheScans() throws Exception {
        DocumentParser parser = new DocumentParser();
        // Tesseract runs one process a page on one core: two reads at once keep both cores busy
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Map<String, List<BufferedImage>> pages = new ConcurrentHashMap<>();
            all(pool, Samples.NAMES.stream().<Runnable>map(name -> () ->
                    pages.put(name, ScannedSamples.pages(name, ScannedSamples.SCAN_DPI))).toList());
            // the longest reads first (most pages; a noisy page takes longer), so that neither core idles at the end
            List<ScanRead> reads = new ArrayList<>();
            for (String name : Samples.NAMES) {
                reads.add(new ScanRead(name, false, pages.get(name).size()));
                if (NOISY_SAMPLES.contains(name)) {
                    reads.add(new ScanRead(name, true, pages.get(name).size()));
                }
            }
            reads.sort(Comparator.comparingInt(ScanRead::pages).thenComparing(ScanRead::noisy).reversed());
            all(pool, reads.stream().<Runnable>map(scan -> () -> {
                List<BufferedImage> scanned = pages.get(scan.name());
                if (scan.noisy()) {
                    NOISY.put(scan.name(), read(parser, scan.name(), ScannedSamples.degraded(scanned, NOISE_SEED),
                            "noisy"));
                } else {
                    CLEAN.put(scan.name(), read(parser, scan.name(), scanned, "clean"));
                }
            }).toList());
        } finally {
            pool.shutdown();
        }
        writeFigures();
    }

    private record ScanRead(String name, boolean noisy, int pages) {
    }

    /** Runs the tasks on the pool, in their order, and waits for all; the first failure is thrown. */
    private static void all(ExecutorService pool, List<Runnable> tasks) throws Exception {
        List<Future<?>> running = new ArrayList<>();
        tasks.forEach(task -> running.add(pool.submit(task)));
        for (Future<?> task : running) {
            try {
                task.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw (Exception) e.getCause();
            }
        }
    }

    private static SampleFacts.Score read(DocumentParser parser, String name, List<BufferedImage> pages,
                                          String variant) {
        try {
            byte[] scan = ScannedSamples.scannedPdf(pages, ScannedSamples.SCAN_DPI);
            long start = System.nanoTime();
            ParsedDocument actual = parser.parse(name, scan);
            MILLIS_PER_PAGE.put(name + " " + variant, (System.nanoTime() - start) / 1_000_000 / pages.size());
            if (variant.equals("clean")) {
                assertThat(actual.rejection()).as("rejection of the clean scan of %s", name).isNull();
                assertThat(actual.layout()).isEqualTo("ocr-pdf");
            } else if (actual.rejection() != null) {
                REJECTED.put(name, actual.rejection());
            }
            ParsedDocument expected = ParsedDocumentJson.read(Files.readString(Samples.expected(name)));
            return SampleFacts.score(expected, actual);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeFigures() throws IOException {
        StringBuilder out = new StringBuilder("sample\tvariant\tfacts\tmatched\tshare\twrong\twrong numbers\tmissing"
                + "\tms per page\n");
        for (String name : Samples.NAMES) {
            for (var variant : List.of(Map.entry("clean", CLEAN), Map.entry("noisy", NOISY))) {
                SampleFacts.Score score = variant.getValue().get(name);
                if (score == null) {
                    continue;
                }
                out.append(name).append('\t').append(variant.getKey()).append('\t').append(score.total()).append('\t')
                        .append(score.matched()).append('\t').append(String.format("%.1f%%", 100 * score.share()))
                        .append('\t').append(score.wrong().size()).append('\t').append(score.wrongNumbers().size())
                        .append('\t').append(score.missing().size()).append('\t')
                        .append(MILLIS_PER_PAGE.get(name + " " + variant.getKey())).append('\n');
            }
        }
        for (var variant : List.of(Map.entry("clean", CLEAN), Map.entry("noisy", NOISY))) {
            out.append("all\t").append(variant.getKey()).append('\t').append(total(variant.getValue()))
                    .append('\t').append(matched(variant.getValue())).append('\t')
                    .append(String.format("%.1f%%", 100.0 * matched(variant.getValue()) / total(variant.getValue())))
                    .append('\n');
        }
        REJECTED.forEach((name, why) -> out.append("noisy scan of ").append(name).append(" rejected: ").append(why)
                .append('\n'));
        NOISY.forEach((name, score) -> score.wrongNumbers().forEach(wrong -> out.append("noisy: ").append(wrong)
                .append('\n')));
        Files.writeString(Path.of("target", "ocr-facts.txt"), out);
    }

    private static int total(Map<String, SampleFacts.Score> scores) {
        return scores.values().stream().mapToInt(SampleFacts.Score::total).sum();
    }

    private static int matched(Map<String, SampleFacts.Score> scores) {
        return scores.values().stream().mapToInt(SampleFacts.Score::matched).sum();
    }

    /**
     * What issue 20 asks of the clean scans: no wrong number and at least 90% of the facts (measured: 2,299 of 2,540,
     * 90.5%; see BENCHMARKS.md).
     */
    @Test
    void cleanScansHoldNoWrongNumberAndNineTenthsOfTheFacts() {
        assertThat(CLEAN).hasSize(Samples.NAMES.size());
        CLEAN.forEach((name, score) -> assertThat(score.wrongNumbers()).as("wrong numbers in the clean scan of %s",
                name).isEmpty());
        assertThat(100.0 * matched(CLEAN) / total(CLEAN)).as("share of the facts read from the clean scans")
                .isGreaterThanOrEqualTo(CLEAN_FLOOR);
    }

    @Test
    void noisyScansAreReadAtLeastAsWellAsMeasured() {
        assertThat(NOISY).hasSize(NOISY_SAMPLES.size());
        assertThat(100.0 * matched(NOISY) / total(NOISY)).as("share of the facts read from the noisy scans")
                .isGreaterThanOrEqualTo(NOISY_FLOOR);
    }

    private static final double CLEAN_FLOOR = 90.0;
    /**
     * The floor under what was measured (60.3% for the two samples, with 15 wrong numbers, listed in
     * target/ocr-facts.txt; not yet none), so that a change that reads the noisy scans worse fails here.
     */
    private static final double NOISY_FLOOR = 58.0;
}
