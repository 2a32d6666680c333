package io.jixiao.read.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first five are the 填报日期 of the real fragments rw_01, rw_13, rw_19, rw_26 and rw_27, as written. */
class TestFilledDate {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2023年3月20日         | 2023-03-20
            2023.6.28            | 2023-06-28
            2022年2月3日          | 2022-02-03
            2023年4月6日          | 2023-04-06
            2020 年 2 月 18 日     | 2020-02-18
            2024-01-05           | 2024-01-05
            2024/1/5             | 2024-01-05
            2023年2月30日         | -
            2023年               | -
            年 月 日              | -
            -                    | -
            """)
    void readsTheDateAsWritten(String text, String iso) {
        assertThat(FilledDate.iso(text).orElse(null)).isEqualTo(iso);
    }
}
