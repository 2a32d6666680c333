package io.jixiao.reports.html;

import io.jixiao.reports.charts.AgencyAnchor;
import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.metrics.MetricFilters;
import io.jixiao.reports.metrics.SampleEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The report of the sample warehouse in a real headless Chromium, driven through Debian's chromedriver: a table sorts
 * and filters, a chart's bar tells what it is on hover and leads to its agency in the drill-down, the drill-down opens
 * region → agency → projects, and the page neither fails a script nor fetches anything.
 */
class TestReportInteractive {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Set -Djixiao.reportPreview=DIR to keep the report and screenshots of what the tests did, for a look. */
    private static final String PREVIEW = System.getProperty("jixiao.reportPreview");
    private static final Pattern REQUESTED_URL = Pattern.compile("\"url\":\"([^\"]*)\"");

    @TempDir
    static Path dir;
    private static Path index;
    private static ReportData data;
    private static ChromeDriver driver;

    @BeforeAll
    static void openTheReport() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM);
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "no " + CHROMEDRIVER + " (Debian: apt-get install chromium-driver)");
        data = new WarehouseReportData(SampleEngine.get()).fetch(MetricFilters.NONE, Lang.ZH, false);
        ReportContent content = new ReportBuilder(Lang.ZH, 10, 50, SampleReportData.COMMANDS)
                .build(data, LocalDate.of(2026, 12, 2));
        Path out = PREVIEW == null ? dir : Files.createDirectories(Path.of(PREVIEW));
        index = new ReportWriter().write(content, out);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void load() {
        driver.get(index.toUri().toString());
    }

    @Test
    void sortsATableByTheColumnClicked() {
        WebElement table = driver.findElement(By.cssSelector("#section-1 table.data"));
        WebElement rateHeading = heading(table, "执行率（%）");
        int column = columnOf(table, rateHeading);
        List<Double> before = numbers(table, column);
        assertThat(before).hasSizeGreaterThan(1);

        rateHeading.click();
        assertThat(rateHeading.getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(numbers(table, column)).isSortedAccordingTo(Comparator.naturalOrder());

        rateHeading.click();
        assertThat(rateHeading.getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(numbers(table, column)).isSortedAccordingTo(Comparator.reverseOrder())
                .containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void filtersATableToTheRowsThatHoldEveryWord() {
        WebElement section = driver.findElement(By.id("section-3"));
        WebElement table = section.findElement(By.cssSelector("table.data"));
        int rows = table.findElements(By.cssSelector("tbody tr")).size();
        String agency = data.budgets().get(0).unit();
        long expected = data.budgets().stream().filter(b -> b.unit().equals(agency)).count();
        assertThat(expected).isLessThan(rows);

        WebElement filter = section.findElement(By.cssSelector(".table-filter input"));
        filter.sendKeys(agency);

        List<WebElement> shown = table.findElements(By.cssSelector("tbody tr")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertThat(shown).hasSize((int) expected).allSatisfy(row -> assertThat(row.getText()).contains(agency));
        assertThat(section.findElement(By.cssSelector(".filter-count")).getText())
                .isEqualTo("显示 " + expected + " / " + rows + " 行");
    }

    @Test
    void aBarTellsItsAgencyAndRateOnHover() throws IOException {
        WebElement bar = driver.findElements(By.cssSelector("#section-1 figure .hotspot")).get(0);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", bar);
        WebElement tip = driver.findElement(By.id("tip"));
        assertThat(tip.isDisplayed()).isFalse();

        new Actions(driver).moveToElement(bar).perform();

        assertThat(tip.isDisplayed()).isTrue();
        // the lowest money-weighted rate of the samples: 上海市计量测试技术研究院 2023, 1144.17 / 1164.03
        assertThat(tip.getText()).startsWith("上海市计量测试技术研究院：执行率 98.29%");
        keepScreenshot("tooltip.png");
        new Actions(driver).moveToElement(driver.findElement(By.cssSelector("#section-1 h2"))).perform();
        assertThat(tip.isDisplayed()).isFalse();
    }

    @Test
    void aBarLeadsToItsAgencyInTheDrillDown() throws IOException {
        WebElement bar = driver.findElements(By.cssSelector("#section-1 figure .hotspot")).get(0);
        String agency = "上海市计量测试技术研究院";
        assertThat(bar.getAttribute("href")).endsWith(AgencyAnchor.link(agency));

        bar.click();

        WebElement details = driver.findElement(By.id(AgencyAnchor.id(agency)));
        assertThat(details.getAttribute("open")).isNotNull();
        WebElement region = details.findElement(By.xpath("ancestor::details[contains(@class,'region')]"));
        assertThat(region.getAttribute("open")).isNotNull();
        List<String> projects = data.projectRows().stream().filter(p -> p.agency().equals(agency))
                .map(ProjectRow::project).toList();
        assertThat(projects).hasSize(5);
        assertThat(details.findElements(By.cssSelector("tbody tr"))).hasSize(5)
                .allSatisfy(row -> assertThat(row.isDisplayed()).isTrue());
        assertThat(details.getText()).contains(projects);
        keepScreenshot("drill-down.png");
    }

    @Test
    void theDrillDownOpensRegionThenAgencyThenProjects() {
        WebElement region = driver.findElements(By.cssSelector("#drill-down details.region")).get(0);
        WebElement agency = region.findElement(By.cssSelector("details.agency"));
        assertThat(agency.isDisplayed()).isFalse();

        region.findElement(By.tagName("summary")).click();
        assertThat(agency.isDisplayed()).isTrue();
        WebElement projects = agency.findElement(By.cssSelector("table.data"));
        assertThat(projects.isDisplayed()).isFalse();

        agency.findElement(By.tagName("summary")).click();
        assertThat(projects.isDisplayed()).isTrue();
        assertThat(projects.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
    }

    @Test
    void runsWithoutScriptErrorsAndFetchesNothing() {
        // what the browser fetched for its own new-tab page before the report was loaded is not the report's
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.manage().logs().get(LogType.BROWSER);
        driver.navigate().refresh();
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, document.body.scrollHeight)");

        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(severe).isEmpty();
        List<String> requested = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            if (entry.getMessage().contains("\"Network.requestWillBeSent\"")) {
                Matcher url = REQUESTED_URL.matcher(entry.getMessage());
                if (url.find()) {
                    requested.add(url.group(1));
                }
            }
        }
        assertThat(requested).isNotEmpty()
                .allSatisfy(url -> assertThat(url).matches("(file|data):.*"));
    }

    private static WebElement heading(WebElement table, String text) {
        return table.findElements(By.cssSelector("thead th")).stream()
                .filter(th -> th.getText().equals(text)).findFirst().orElseThrow();
    }

    private static int columnOf(WebElement table, WebElement heading) {
        return table.findElements(By.cssSelector("thead th")).indexOf(heading);
    }

    private static List<Double> numbers(WebElement table, int column) {
        return table.findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(column).getText().replace(",", ""))
                .map(Double::parseDouble).toList();
    }

    private static void keepScreenshot(String name) throws IOException {
        if (PREVIEW != null) {
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), Path.of(PREVIEW).resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
