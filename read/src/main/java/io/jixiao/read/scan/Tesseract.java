package io.jixiao.read.scan;

import io.jixiao.read.binary.Deadline;
import io.jixiao.read.binary.DocumentRejectedException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The {@code tesseract} command (Debian packages tesseract-ocr and tesseract-ocr-chi-sim), run once per page image
 * with TSV output so that every word keeps its box. One thread per process ({@code OMP_THREAD_LIMIT=1}): the batch
 * already reads documents on every core, and Tesseract's own threads would only spin against them. The process is
 * killed when the document's time runs out.
 */
public final class Tesseract {

    /** What a person must do where the command or its Chinese model is missing. */
    public static final String HOW_TO_INSTALL = "OCR of scanned documents needs Tesseract with its Simplified Chinese"
            + " model: on Debian or Ubuntu, apt-get install tesseract-ocr tesseract-ocr-chi-sim";
    private static final String LANGUAGE = "chi_sim";
    /** A uniform block of text: one line per table row across all its cells, which keeps rows together. */
    private static final String PAGE_SEGMENTATION = "6";
    private static final int WORD_LEVEL = 5;
    private static final CSVFormat TSV = CSVFormat.TDF.builder().setQuote(null).setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(false).setTrim(false).get();

    /** Whether each command runs and has the model: asked once per command and JVM, not per parser. */
    private static final Map<String, Boolean> AVAILABLE = new ConcurrentHashMap<>();

    private final String command;

    public Tesseract() {
        this(System.getProperty("jixiao.tesseract", "tesseract"));
    }

    public Tesseract(String command) {
        this.command = command;
    }

    /** Whether the command runs here and has the Simplified Chinese model; asked once. */
    public boolean isAvailable() {
        return AVAILABLE.computeIfAbsent(command, Tesseract::hasLanguage);
    }

    private static boolean hasLanguage(String command) {
        try {
            Process process = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 && out.lines().anyMatch(LANGUAGE::equals);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The words on one page image, in Tesseract's reading order. */
    public List<OcrWord> words(BufferedImage page, Deadline deadline) throws DocumentRejectedException {
        if (!isAvailable()) {
            throw new DocumentRejectedException("scanned document: " + HOW_TO_INSTALL);
        }
        byte[] png = png(page);
        ProcessBuilder builder = new ProcessBuilder(command, "stdin", "stdout", "-l", LANGUAGE,
                "--psm", PAGE_SEGMENTATION, "tsv");
        Map<String, String> environment = builder.environment();
        environment.put("OMP_THREAD_LIMIT", "1");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = null;
        try {
            process = builder.start();
            Process started = process;
            CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(started.getInputStream()));
            try (OutputStream in = process.getOutputStream()) {
                in.write(png);
            }
            if (!process.waitFor(deadline.remainingMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                deadline.check();
            }
            byte[] tsv = output.join();
            if (process.exitValue() != 0) {
                throw new DocumentRejectedException("OCR failed: tesseract exited with " + process.exitValue());
            }
            return parse(new StringReader(new String(tsv, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new DocumentRejectedException("OCR failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentRejectedException("OCR interrupted", e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static byte[] png(BufferedImage page) throws DocumentRejectedException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(page, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DocumentRejectedException("OCR failed: the page image could not be encoded: " + e.getMessage(), e);
        }
    }

    static List<OcrWord> parse(Reader tsv) throws IOException {
        List<OcrWord> words = new ArrayList<>();
        for (CSVRecord record : TSV.parse(tsv)) {
            if (record.size() < 12 || Integer.parseInt(record.get("level")) != WORD_LEVEL) {
                continue;
            }
            String text = record.get("text").strip();
            if (text.isEmpty()) {
                continue;
            }
            long line = (Long.parseLong(record.get("block_num")) << 40)
                    | (Long.parseLong(record.get("par_num")) << 20) | Long.parseLong(record.get("line_num"));
            words.add(new OcrWord(line, Integer.parseInt(record.get("left")), Integer.parseInt(record.get("top")),
                    Integer.parseInt(record.get("width")), Integer.parseInt(record.get("height")),
                    Float.parseFloat(record.get("conf")), text));
        }
        return words;
    }
}
