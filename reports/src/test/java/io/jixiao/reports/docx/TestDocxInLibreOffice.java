package io.jixiao.reports.docx;

import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.charts.RenderedChart;
import io.jixiao.reports.html.ReportContent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Word report opened by another reader: LibreOffice (Debian {@code libreoffice-writer}) converts it to PDF, which
 * PDFBox reads back and renders to PNG under {@code target/docx-pages/} for a person to look at. Skipped only where
 * {@code soffice} is not installed. One conversion for the class: it takes LibreOffice 10–30 s to start.
 */
class TestDocxInLibreOffice {
    private static final Path PAGES = Path.of("target", "docx-pages");
    private static final float DPI = 100;

    private static ReportContent content;
    private static PDDocument pdf;
    private static String text;

    @BeforeAll
    static void convert(@TempDir Path dir) throws IOException, InterruptedException {
        Optional<Path> soffice = onPath("soffice");
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed");
        content = SampleDocxContent.report(Lang.ZH, 50);
        Path docx = new DocxReportWriter().write(content, dir);
        Path profile = Files.createDirectories(dir.resolve("libreoffice-profile"));
        Process convert = new ProcessBuilder(soffice.get().toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!convert.waitFor(180, TimeUnit.SECONDS)) {
            convert.destroyForcibly();
            throw new AssertionError("LibreOffice did not convert the report within 180 s");
        }
        Path converted = dir.resolve("report.pdf");
        assertThat(converted).as(Files.readString(dir.resolve("soffice.log"))).isRegularFile();
        pdf = Loader.loadPDF(converted.toFile());
        text = new PDFTextStripper().getText(pdf);
    }

    @AfterAll
    static void close() throws IOException {
        if (pdf != null) {
            pdf.close();
        }
    }

    @Test
    void opensWithItsChineseTextHeadingsAndCaptions() {
        assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(4);
        assertThat(squeezed(text)).contains("预算绩效分析报告", "、主要数据", "、" + content.sections().get(0).title(),
                "表1主要数据", "2,877.51", "上海市计量测试技术研究院", "客户需求减少");
        List<RenderedChart> charts = new ArrayList<>();
        content.sections().forEach(section -> charts.addAll(section.charts()));
        charts.addAll(content.dataQualityCharts());
        int from = 0;
        for (int i = 0; i < charts.size(); i++) {
            String caption = squeezed("图" + (i + 1) + " " + charts.get(i).title());
            int at = squeezed(text).indexOf(caption, from);
            assertThat(at).as("LibreOffice keeps the number of " + caption + " and its order").isPositive();
            from = at;
        }
        assertThat(text).doesNotContain(SampleDocxContent.PERSON).doesNotContain(SampleDocxContent.PHONE);
    }

    /** A Chinese character LibreOffice found no glyph for is drawn as glyph 0, the empty box (.notdef). */
    @Test
    void drawsEveryChineseCharacterWithAnEmbeddedGlyph() throws IOException {
        Set<String> fonts = new HashSet<>();
        List<String> boxes = new ArrayList<>();
        int[] chinese = {0};
        PDFTextStripper glyphs = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition position) {
                String character = position.getUnicode();
                if (character != null && !character.isEmpty() && Character.UnicodeScript.of(character.codePointAt(0))
                        == Character.UnicodeScript.HAN) {
                    chinese[0]++;
                    PDFont font = position.getFont();
                    fonts.add(font.getName());
                    try {
                        for (int code : position.getCharacterCodes()) {
                            if (!font.isEmbedded() || font instanceof PDType0Font cid && cid.codeToGID(code) == 0) {
                                boxes.add(character);
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                super.processTextPosition(position);
            }
        };
        glyphs.getText(pdf);

        assertThat(chinese[0]).isGreaterThan(1000);
        assertThat(boxes).as("Chinese characters without a glyph, in fonts " + fonts).isEmpty();
    }

    @Test
    void setsTheWideTablesOnLandscapePages() {
        List<Boolean> landscape = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            landscape.add(page.getMediaBox().getWidth() > page.getMediaBox().getHeight());
        }
        assertThat(landscape.get(0)).as("the first page").isFalse();
        assertThat(landscape).as("the findings' table").contains(true);
    }

    @Test
    void rendersEachPageToPng() throws IOException {
        Files.createDirectories(PAGES);
        try (Stream<Path> old = Files.list(PAGES)) {
            for (Path png : old.toList()) {
                Files.delete(png);
            }
        }
        PDFRenderer renderer = new PDFRenderer(pdf);
        for (int page = 0; page < pdf.getNumberOfPages(); page++) {
            BufferedImage image = renderer.renderImageWithDPI(page, DPI);
            File png = PAGES.resolve(String.format("page-%02d.png", page + 1)).toFile();
            assertThat(ImageIO.write(image, "png", png)).isTrue();
            // an A4 page at 100 dpi: 827 × 1169 pixels, portrait or landscape
            assertThat(List.of(Math.min(image.getWidth(), image.getHeight()),
                    Math.max(image.getWidth(), image.getHeight()))).satisfiesExactly(
                    shorter -> assertThat(shorter).isBetween(820, 835),
                    longer -> assertThat(longer).isBetween(1160, 1175));
            assertThat(inked(image)).as("page %d has something on it", page + 1).isGreaterThan(0.005);
        }
    }

    /** The share of pixels that are not white. */
    private static double inked(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        return inked / ((image.getWidth() / 2.0) * (image.getHeight() / 2.0));
    }

    /** Text without white space: PDF extraction puts line breaks and spaces where the layout has them. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable).findFirst();
    }
}
