package io.jixiao.reports.docx;

import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.html.ReportMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestChapterNumber {

    @ParameterizedTest
    @CsvSource({"1, 一", "9, 九", "10, 十", "11, 十一", "19, 十九", "20, 二十", "21, 二十一", "99, 九十九"})
    void writesChineseNumerals(int number, String written) {
        assertThat(ChapterNumber.chinese(number)).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100})
    void aChapterIsNumberedOneToNinetyNine(int number) {
        assertThatThrownBy(() -> ChapterNumber.chinese(number)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersInTheOfficialStyleOfEachLanguage() {
        assertThat(ChapterNumber.of(12, Lang.ZH, new ReportMessages(Lang.ZH))).isEqualTo("十二、");
        assertThat(ChapterNumber.of(12, Lang.EN, new ReportMessages(Lang.EN))).isEqualTo("12. ");
    }
}
