package io.jixiao.reports.html;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TestPersonalDataRedactor {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // as sample 001 writes the header cell and its value (line 115), tab between
            "项目负责人/ 联系电话\t董平/86435544|董平|86435544",
            "联系人：张雪梅，电话 025-86435532|张雪梅|86435532",
            "请联系负责人赵波（13912345678）|赵波|13912345678",
            "手机:13812345678 已通知|13812345678|13812345678"})
    void removesNamesAfterTheirLabelAndPhoneNumbers(String text, String name, String phone) {
        String redacted = PersonalDataRedactor.redact(text);

        assertThat(redacted).doesNotContain(name).doesNotContain(phone).contains(PersonalDataRedactor.REDACTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"34376.00(人)", "≥120000台/件", "2020年12月31日前", "≥3.00(万人次)", "216.86",
            "因疫情原因设备厂家未能到现场进行维护", "≤±15ns", "2020年1-12月"})
    void leavesIndicatorValuesAndReasonsAlone(String text) {
        assertThat(PersonalDataRedactor.redact(text)).isEqualTo(text);
    }
}
