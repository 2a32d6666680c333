package io.jixiao.reports.docx;

import io.jixiao.reports.charts.ChartText;
import io.jixiao.reports.charts.RenderedChart;
import io.jixiao.reports.html.DataQualityRow;
import io.jixiao.reports.html.KeyFigure;
import io.jixiao.reports.html.PersonalDataRedactor;
import io.jixiao.reports.html.ReportContent;
import io.jixiao.reports.html.ReportMessages;
import io.jixiao.reports.html.ReportSection;
import io.jixiao.reports.html.ReportTable;
import io.jixiao.reports.html.Shortfall;
import io.jixiao.reports.html.TableExcerpt;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * Lays a {@link ReportContent} out as a Word document, walking whatever it holds: the title and what the report
 * covers, the headlines, the key figures, then each section in order with its scope, charts (图N below) and tables
 * (表N above), then the shortfalls and the data-quality findings. Free text copied from the documents (deviation reasons, findings) is
 * redacted of personal data first, as in the HTML report.
 */
final class ReportDocument {
    static final String TITLE_STYLE = "Title";
    static final String META_STYLE = "ReportMeta";
    static final String WARNING_STYLE = "Warning";
    static final String HEADING_STYLE = "Heading1";
    static final String FIGURE_STYLE = "Figure";
    static final String NOTE_STYLE = "Note";
    static final String COMMAND_STYLE = "Command";
    /** A chart is set at the text width, and no taller than this share of the text height (room for its caption). */
    private static final double TALLEST = 0.75;
    /**
     * A table goes on landscape pages when, on a portrait one, its longer columns would get less than this share of
     * the width they ask for (their text would wrap to three lines and more).
     */
    private static final double ROOMY = 1.0 / 3;
    /** A paragraph's first line is indented by two characters (of 12 pt), in twips. */
    private static final int FIRST_LINE = 480;

    private final ReportContent content;
    private final ReportMessages messages;
    private final XWPFDocument document;
    private final Captions captions;
    private int chapters;
    private boolean landscape;

    private ReportDocument(ReportContent content) {
        this.content = requireNonNull(content, "content");
        this.messages = new ReportMessages(content.lang());
        this.document = ReportPage.create(content.title(), content.generatedAt(), messages);
        this.captions = new Captions(messages);
    }

    static XWPFDocument of(ReportContent content) {
        ReportDocument report = new ReportDocument(content);
        report.front();
        report.headlines();
        report.keyFigures();
        content.sections().forEach(report::section);
        report.shortfalls();
        report.dataQuality();
        report.paragraph(NOTE_STYLE, report.messages.get("footer"));
        ReportPage.orient(report.document.getDocument().getBody().getSectPr(), report.landscape);
        return report.document;
    }

    private void front() {
        paragraph(TITLE_STYLE, content.title());
        String colon = messages.get("colon");
        String years = ChartText.years(content.years());
        String filters = content.filters().isBlank() ? messages.get("noFilters") : content.filters();
        paragraph(META_STYLE, messages.get("generatedAt") + colon + content.generatedAt() + "\n"
                + messages.get("years") + colon + years + "\n"
                + messages.get("filters") + colon + filters);
        if (content.synthetic()) {
            paragraph(WARNING_STYLE, messages.get("synthetic"));
        }
        if (noData()) {
            paragraph(WARNING_STYLE, messages.get("noData"));
        }
    }

    /** The answers a reader looks for first (worst agencies, movers), one paragraph each. */
    private void headlines() {
        if (content.headlines().isEmpty()) {
            return;
        }
        chapter(messages.get("headlines"), false);
        content.headlines().forEach(headline -> paragraph(null, headline).setIndentationFirstLine(FIRST_LINE));
    }

    private void keyFigures() {
        chapter(messages.get("keyFigures"), false);
        List<List<String>> rows = content.keyFigures().stream().map(f -> List.of(f.label(), f.value())).toList();
        List<String> columns = List.of(messages.get("docx.keyFigures.name"), messages.get("docx.keyFigures.value"));
        table(messages.get("keyFigures"), columns, rows, new Placement(ColumnLayout.of(columns, rows,
                List.of(ParagraphAlignment.LEFT, ParagraphAlignment.RIGHT), ReportPage.TEXT_WIDTH * 2 / 3), false));
    }

    private void section(ReportSection section) {
        List<Placement> placements = section.tables().stream().map(t -> place(t.columns(), t.rows())).toList();
        chapter(section.title(),
                section.charts().isEmpty() && !placements.isEmpty() && placements.get(0).landscape());
        if (!section.scope().isBlank()) {
            paragraph(NOTE_STYLE, section.scope()).setKeepNext(true);  // the heading stays with what it heads
        }
        section.charts().forEach(this::figure);
        for (int i = 0; i < section.tables().size(); i++) {
            ReportTable table = section.tables().get(i);
            table(table.caption(), table.columns(), table.rows(), placements.get(i));
            cutNote(table.excerpt());
        }
        if (section.charts().isEmpty() && section.tables().isEmpty()) {
            paragraph(null, messages.get("noDataSection"));
        }
    }

    private void shortfalls() {
        TableExcerpt<Shortfall> shortfalls = content.shortfalls();
        if (shortfalls.rows().isEmpty()) {
            chapter(messages.get("shortfalls"), landscape);
            paragraph(null, messages.get(noData() ? "noDataSection" : "noShortfalls"));
            return;
        }
        List<String> columns = List.of(messages.get("unit"), messages.get("project"), messages.get("year"),
                messages.get("indicator"), messages.get("target"), messages.get("actual"),
                messages.get("deviationReason"));
        List<List<String>> rows = shortfalls.rows().stream().map(s -> List.of(s.unit(), s.project(),
                String.valueOf(s.year()), s.indicator(), s.target(), s.actual(),
                PersonalDataRedactor.redact(s.deviationReason()))).toList();
        Placement placement = place(columns, rows);
        chapter(messages.get("shortfalls"), placement.landscape());
        table(messages.get("shortfalls"), columns, rows, placement);
        cutNote(shortfalls);
    }

    private void dataQuality() {
        TableExcerpt<DataQualityRow> findings = content.dataQuality();
        List<String> columns = List.of(messages.get("unit"), messages.get("project"), messages.get("year"),
                messages.get("rule"), messages.get("severity"), messages.get("message"), messages.get("expected"),
                messages.get("found"), messages.get("source"));
        List<List<String>> rows = findings.rows().stream().map(f -> List.of(f.unit(), f.project(),
                String.valueOf(f.year()), f.rule(), ChartText.severity(f.severity(), content.lang()),
                PersonalDataRedactor.redact(f.message()), PersonalDataRedactor.redact(f.expected()),
                PersonalDataRedactor.redact(f.actual()), f.source() == null ? "" : f.source())).toList();
        Placement placement = place(columns, rows);
        boolean landscapeFirst;
        if (!content.dataQualityCharts().isEmpty()) {
            landscapeFirst = false;
        } else if (rows.isEmpty()) {
            landscapeFirst = landscape;  // a line of text stays on the pages it follows
        } else {
            landscapeFirst = placement.landscape();
        }
        chapter(messages.get("dataQuality"), landscapeFirst);
        content.dataQualityCharts().forEach(this::figure);
        if (rows.isEmpty()) {
            paragraph(null, messages.get(noData() ? "noDataSection" : "noDataQuality"));
            return;
        }
        table(messages.get("dataQuality"), columns, rows, placement);
        cutNote(findings);
    }

    /**
     * A chapter heading in Word's Heading 1 style, numbered 一、二、… (1. 2. … in English), on the pages of what comes
     * first under it, so that a heading never stays behind alone on the page before a landscape table.
     */
    private void chapter(String title, boolean landscapeFirst) {
        pages(landscapeFirst);
        paragraph(HEADING_STYLE, ChapterNumber.of(++chapters, content.lang(), messages) + title);
    }

    /** Portrait, or landscape when the table is too wide for a portrait page and has more room on a landscape one. */
    private static Placement place(List<String> columns, List<List<String>> rows) {
        ColumnLayout portrait = ColumnLayout.of(columns, rows, ReportPage.TEXT_WIDTH);
        if (portrait.room() >= ROOMY) {
            return new Placement(portrait, false);
        }
        ColumnLayout wide = ColumnLayout.of(columns, rows, ReportPage.LANDSCAPE_TEXT_WIDTH);
        return wide.room() > portrait.room() ? new Placement(wide, true) : new Placement(portrait, false);
    }

    /** Turns the pages when what follows wants the other orientation: a section break, and a new page. */
    private void pages(boolean wanted) {
        if (wanted != landscape) {
            ReportPage.endSection(document, landscape);
            landscape = wanted;
        }
    }

    /** The chart at the text width (narrower when it would be too tall), its caption below. */
    private void figure(RenderedChart chart) {
        double width = Units.toPoints(ReportPage.TEXT_WIDTH * (long) Units.EMU_PER_DXA);
        double height = width * chart.height() / chart.width();
        double tallest = Units.toPoints(ReportPage.TEXT_HEIGHT * (long) Units.EMU_PER_DXA) * TALLEST;
        if (height > tallest) {
            width = width * tallest / height;
            height = tallest;
        }
        pages(false);
        XWPFParagraph paragraph = paragraph(FIGURE_STYLE, null);
        XWPFRun run = paragraph.createRun();
        withinPoisByteArrayLimit();
        XWPFPicture picture;
        try {
            picture = run.addPicture(new ByteArrayInputStream(chart.png()), PictureType.PNG, chart.name() + ".png",
                    Units.toEMU(width), Units.toEMU(height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("chart " + chart.name() + " is not a PNG", e);
        }
        // the alternative text screen readers say, and Word shows when the picture cannot be
        run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(chart.title());
        picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(chart.title());
        captions.figure(document.createParagraph(), chart.title());
    }

    /**
     * POI checks the largest picture it would read (100 MB by default) against its JVM-wide byte array limit, not the
     * picture's size: once the ingest has lowered that limit ({@code DocumentLimits}, 64 MiB), as {@code jixiao demo}
     * does in the same JVM, every picture is refused. A chart is a few hundred KB.
     */
    private static void withinPoisByteArrayLimit() {
        int limit = IOUtils.getByteArrayMaxOverride();
        if (limit > 0 && XWPFPictureData.getMaxImageSize() > limit) {
            XWPFPictureData.setMaxImageSize(limit);
        }
    }

    private void table(String caption, List<String> columns, List<List<String>> rows, Placement placement) {
        pages(placement.landscape());
        XWPFParagraph captionParagraph = document.createParagraph();
        captions.table(captionParagraph, caption);
        captionParagraph.setKeepNext(true);
        ThreeLineTable.add(document, columns, rows, placement.layout());
    }

    /** Where a table goes: its columns, on portrait or landscape pages. */
    private record Placement(ColumnLayout layout, boolean landscape) {
    }

    /** Under a cut table: how many rows it shows of how many, which come first, and the command that prints all. */
    private void cutNote(TableExcerpt<?> excerpt) {
        if (excerpt.cut()) {
            XWPFParagraph note = paragraph(NOTE_STYLE, String.format(Locale.ROOT, messages.get("cut"),
                    excerpt.rows().size(), excerpt.total(), excerpt.firstBy()).strip());
            note.setKeepNext(true);
            paragraph(COMMAND_STYLE, excerpt.fullTableCommand());
        }
    }

    private XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        if (text != null) {
            Runs.text(paragraph, text);
        }
        return paragraph;
    }

    private boolean noData() {
        return content.years().isEmpty();
    }
}
