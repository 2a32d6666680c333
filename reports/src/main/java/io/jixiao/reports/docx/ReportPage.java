package io.jixiao.reports.docx;

import io.jixiao.reports.html.ReportMessages;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

/**
 * The page the report is set on: A4 with the margins of official documents (GB/T 9704: 37 mm top, 35 mm bottom,
 * 28 mm left, 26 mm right, a 156 mm line), the styles of {@code styles.xml}, the page number in the footer, and the
 * document properties. A table too wide for the page is set on landscape pages with the same margins (a 243 mm line).
 */
final class ReportPage {
    static final String STYLES = "/io/jixiao/reports/docx/styles.xml";
    /** Lengths in twips (1/1440 inch): A4 is 210 × 297 mm. */
    static final int WIDTH = 11906;
    static final int HEIGHT = 16838;
    static final int TOP = 2098;
    static final int BOTTOM = 1984;
    static final int LEFT = 1588;
    static final int RIGHT = 1474;
    static final int TEXT_WIDTH = WIDTH - LEFT - RIGHT;
    static final int TEXT_HEIGHT = HEIGHT - TOP - BOTTOM;
    static final int LANDSCAPE_TEXT_WIDTH = HEIGHT - LEFT - RIGHT;
    static final String SECTION_BREAK_STYLE = "SectionBreak";

    private ReportPage() {
    }

    static XWPFDocument create(String title, LocalDate generatedAt, ReportMessages messages) {
        XWPFDocument document = new XWPFDocument();
        document.createStyles().setStyles(styles());
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        section.addNewPgSz();
        orient(section, false);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
        pageNumbers(document, messages);

        POIXMLProperties properties = document.getProperties();
        properties.getCoreProperties().setTitle(title);
        properties.getCoreProperties().setCreator(DocxReportFile.APPLICATION);
        properties.getCoreProperties().setCreated(Optional.of(
                Date.from(generatedAt.atStartOfDay().toInstant(ZoneOffset.UTC))));
        properties.getExtendedProperties().getUnderlyingProperties().setApplication(DocxReportFile.APPLICATION);
        return document;
    }

    /**
     * Ends the pages set so far (portrait or landscape, as {@code landscape} says) with a section break: what follows
     * starts on a new page, set as the document's last section says (see {@link #orient}).
     */
    static void endSection(XWPFDocument document, boolean landscape) {
        CTSectPr pages = (CTSectPr) document.getDocument().getBody().getSectPr().copy();
        orient(pages, landscape);
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(SECTION_BREAK_STYLE);
        paragraph.getCTP().getPPr().setSectPr(pages);
    }

    /** Turns a section's pages (the document's last section is the body's own) portrait or landscape. */
    static void orient(CTSectPr section, boolean landscape) {
        CTPageSz size = section.getPgSz();
        size.setW(BigInteger.valueOf(landscape ? HEIGHT : WIDTH));
        size.setH(BigInteger.valueOf(landscape ? WIDTH : HEIGHT));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
    }

    private static void pageNumbers(XWPFDocument document, ReportMessages messages) {
        XWPFParagraph paragraph = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        paragraph.setStyle("Footer");
        String pattern = messages.get("docx.page");
        int at = pattern.indexOf("{number}");
        Runs.text(paragraph, pattern.substring(0, at));
        Runs.field(paragraph, "PAGE", "1");
        Runs.text(paragraph, pattern.substring(at + "{number}".length()));
    }

    private static CTStyles styles() {
        try (InputStream xml = ReportPage.class.getResourceAsStream(STYLES)) {
            if (xml == null) {
                throw new IllegalStateException(STYLES + " is missing from the class path");
            }
            return StylesDocument.Factory.parse(xml).getStyles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException(STYLES + " is not a styles part: " + e.getMessage(), e);
        }
    }
}
