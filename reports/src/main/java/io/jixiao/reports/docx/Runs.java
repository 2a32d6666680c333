package io.jixiao.reports.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import java.util.regex.Pattern;

/** The runs of text and fields the report writes into its paragraphs. */
final class Runs {
    /**
     * Characters XML 1.0 cannot hold: written as they are, Word refuses to open the file. Document text comes from
     * forms and may carry one; it is dropped, which changes no figure.
     */
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private Runs() {
    }

    /** Appends {@code text} as a run; its line breaks become Word line breaks. */
    static XWPFRun text(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        String[] lines = NOT_XML.matcher(text == null ? "" : text).replaceAll("").split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }

    /**
     * Appends a field (PAGE, SEQ 图 …) with the result it has now, so that every reader shows it before the fields
     * are updated, and Word recomputes it when they are.
     */
    static void field(XWPFParagraph paragraph, String instruction, String result) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun code = paragraph.createRun();
        var instr = code.getCTR().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        paragraph.createRun().setText(result);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
