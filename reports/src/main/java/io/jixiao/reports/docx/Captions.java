package io.jixiao.reports.docx;

import io.jixiao.reports.html.ReportMessages;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import static java.util.Objects.requireNonNull;

/**
 * Numbers the figures and the tables of one document, each from 1 in the order they appear: "图1 标题" below a
 * chart, "表1 标题" above a table. The number is a Word SEQ field named by the label (the way Word's own captions
 * are), so Word renumbers them when a reader inserts a figure of their own and updates the fields.
 */
final class Captions {
    static final String STYLE = "Caption";
    private static final String NUMBER = "{number}";
    private static final String TITLE = "{title}";

    private final ReportMessages messages;
    private int figures;
    private int tables;

    Captions(ReportMessages messages) {
        this.messages = requireNonNull(messages, "messages");
    }

    void figure(XWPFParagraph paragraph, String title) {
        write(paragraph, messages.get("docx.caption.figure"), ++figures, title);
    }

    void table(XWPFParagraph paragraph, String title) {
        write(paragraph, messages.get("docx.caption.table"), ++tables, title);
    }

    private static void write(XWPFParagraph paragraph, String pattern, int number, String title) {
        int at = pattern.indexOf(NUMBER);
        String label = pattern.substring(0, at);
        paragraph.setStyle(STYLE);
        Runs.text(paragraph, label);
        Runs.field(paragraph, "SEQ " + label.strip() + " \\* ARABIC", String.valueOf(number));
        Runs.text(paragraph, pattern.substring(at + NUMBER.length()).replace(TITLE, title));
    }
}
