package io.jixiao.reports.html;

import io.jixiao.reports.charts.Lang;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

class TestReportMessages {
    @Test
    void bothLanguagesHaveEveryLabel() {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle zh = ResourceBundle.getBundle("io.jixiao.reports.html.messages", Locale.CHINESE, exact);
        ResourceBundle en = ResourceBundle.getBundle("io.jixiao.reports.html.messages", Locale.ENGLISH, exact);

        assertThat(zh.keySet()).isEqualTo(en.keySet());
        assertThat(new ReportMessages(Lang.ZH).get("title")).isEqualTo("预算绩效分析报告");
        assertThat(new ReportMessages(Lang.EN).get("title")).isEqualTo("Budget performance report");
    }
}
