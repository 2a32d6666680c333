package io.jixiao.reports.html;

import io.jixiao.reports.charts.Lang;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Opens the written report in headless Chromium: every image decodes, no script fails, names show as text. */
class TestReportInChromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Set -Djixiao.reportPreview=DIR to keep the report and its screenshot for a look. */
    private static final String PREVIEW = System.getProperty("jixiao.reportPreview");

    /**
     * Put into a copy of the report (the report itself has no script): records script errors and alert()
     * calls, and once the page has loaded how many images decoded, as attributes the dumped DOM shows.
     */
    private static final String PROBE = """
            <script>
            window.onerror = function (message) {
              document.documentElement.dataset.scriptErrors = (document.documentElement.dataset.scriptErrors || '') + message + ';';
            };
            window.alert = function (message) { document.documentElement.dataset.alerted = String(message); };
            window.addEventListener('load', function () {
              var images = Array.from(document.images);
              var loaded = images.filter(function (img) { return img.complete && img.naturalWidth > 0; });
              document.body.dataset.imagesLoaded = loaded.length + '/' + images.length;
              document.body.dataset.naturalWidths = images.map(function (img) { return img.naturalWidth; }).join(',');
            });
            </script>
            """;

    @TempDir
    static Path dir;
    private static Path probe;
    private static ReportContent content;

    @BeforeAll
    static void writeReport() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM);
        Path outDir = PREVIEW == null ? dir : Files.createDirectories(Path.of(PREVIEW));
        content = new ReportBuilder(Lang.ZH, 8, 50, SampleReportData.COMMANDS).build(SampleReportData.real(false), LocalDate.of(2026, 11, 21));
        String html = Files.readString(new ReportWriter().write(content, outDir), StandardCharsets.UTF_8);
        String marker = "<meta charset=\"utf-8\">";
        assertThat(html).contains(marker);
        probe = outDir.resolve("probe.html");
        Files.writeString(probe, html.replace(marker, marker + "\n" + PROBE), StandardCharsets.UTF_8);
    }

    @Test
    void everyImageLoadsAndNoScriptFails() throws Exception {
        Document dom = Jsoup.parse(chromium(List.of("--dump-dom", probe.toUri().toString())));

        List<String> expectedWidths = new ArrayList<>();
        content.sections().forEach(section -> section.charts()
                .forEach(chart -> expectedWidths.add(String.valueOf(2 * chart.width()))));
        content.dataQualityCharts().forEach(chart -> expectedWidths.add(String.valueOf(2 * chart.width())));
        assertThat(dom.body().attr("data-images-loaded"))
                .isEqualTo(expectedWidths.size() + "/" + expectedWidths.size());
        assertThat(dom.body().attr("data-natural-widths")).isEqualTo(String.join(",", expectedWidths));
        assertThat(dom.selectFirst("html").attr("data-script-errors")).isEmpty();
        assertThat(dom.selectFirst("html").hasAttr("data-alerted")).isFalse();
        assertThat(dom.select("td").eachText()).contains(SampleReportData.XSS_PROJECT);
        assertThat(dom.select("script")).hasSize(2); // the probe and the report's own
    }

    @Test
    void rendersAPageScreenshot() throws Exception {
        Path screenshot = probe.resolveSibling("screenshot.png");
        chromium(List.of("--screenshot=" + screenshot, "--window-size=1280,4000", probe.toUri().toString()));

        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(4000);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).hasSizeGreaterThan(100);
    }

    @Test
    void printsEverySectionOnANewPage() throws Exception {
        // without charts the whole report would fit on one A4 page: the page count shows the breaks
        ReportData nothing = new ReportData("", List.of(), false, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        Path emptyDir = Files.createDirectories(dir.resolve("empty"));
        Path index = new ReportWriter().write(
                new ReportBuilder(Lang.ZH, 8, 50, SampleReportData.COMMANDS).build(nothing, LocalDate.of(2026, 11, 21)), emptyDir);
        Path pdf = emptyDir.resolve("report.pdf");
        chromium(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf, index.toUri().toString()));

        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher pages = Pattern.compile("/Type\\s*/Page(?!s)").matcher(text);
        long count = pages.results().count();
        // key figures; 5 sections (worst, trend, execution, indicators, scores); drill-down; shortfalls; data quality
        assertThat(count).isEqualTo(9);
    }

    /** Runs headless Chromium with a private profile and no network side-trips; returns its standard output. */
    private static String chromium(List<String> arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        Path out = Files.createTempFile(dir, "chromium", ".out");
        Path err = Files.createTempFile(dir, "chromium", ".err");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            boolean finished = process.waitFor(60, TimeUnit.SECONDS);
            assertThat(finished).as("chromium finished within 60 s; stderr: %s", Files.readString(err)).isTrue();
            assertThat(process.exitValue()).as("chromium exit code; stderr: %s", Files.readString(err)).isZero();
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
