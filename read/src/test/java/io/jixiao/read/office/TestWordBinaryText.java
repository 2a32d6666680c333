package io.jixiao.read.office;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Word 97-2003 text with its control characters, as HWPF gives a paragraph, read as a person sees it. */
class TestWordBinaryText {

    @Test
    void aFieldShowsItsResultNotItsCode() {
        assertThat(WordBinaryText.visible("第\u0013 PAGE \u00143\u0015页\r")).isEqualTo("第3页\n");
        assertThat(WordBinaryText.visible("目录\u0013 TOC \\o \u0015\r")).isEqualTo("目录\n");
    }

    /** An IF field whose code holds a MERGEFIELD, inside a hyperlink's result: only the results a reader sees stay. */
    @Test
    void nestedFieldsKeepTheResultsOfTheFieldsAroundThem() {
        String text = "见\u0013 HYPERLINK \"x\" \u0014附件\u0013 IF \u0013 MERGEFIELD n \u0014一\u0015 = 1 \u00141\u0015"
                + "\u0015。";

        assertThat(WordBinaryText.visible(text)).isEqualTo("见附件1。");
    }

    @Test
    void breaksAreLineBreaksAndMarksAndAnchorsAreLeftOut() {
        assertThat(WordBinaryText.visible("年度\u000B总体\u000C目标\u0007")).isEqualTo("年度\n总体\n目标");
        assertThat(WordBinaryText.visible("图\u0001\u0008注\u0002：2023\u001E2024\u001F年\t得分"))
                .isEqualTo("图注：2023-2024年\t得分");
    }

    @Test
    void anUnclosedFieldHidesItsCodeToTheEnd() {
        assertThat(WordBinaryText.visible("得分\u0013 = SUM(ABOVE) ")).isEqualTo("得分");
        assertThat(WordBinaryText.visible("\u0015\u0014总分")).isEqualTo("总分");
    }
}
