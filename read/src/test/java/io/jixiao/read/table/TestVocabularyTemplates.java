package io.jixiao.read.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.read.DocumentParser;
import io.jixiao.schema.model.Indicator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template's own column name, unknown to the bundled vocabulary, is read once a --templates file names it. */
class TestVocabularyTemplates {

    private static final String FORM = String.join("\n",
            "项目支出绩效自评表 |",
            "(2023年度) |",
            "项目名称 | 测试项目 | 实施单位 | 测试单位 |",
            "一级指标 | 二级指标 | 三级指标 | 考核目标数 | 实际完成值 | 分值 | 得分 |",
            "产出指标 | 数量指标 | 培训人次 | ≥100人次 | 120人次 | 10 | 10 |",
            "");

    @AfterEach
    void bundledVocabularyAgain() {
        Vocabulary.reset();
    }

    @Test
    void anUnknownColumnIsLeftUnreadThenReadThroughATemplate(@TempDir Path templates) throws IOException {
        Indicator before = onlyIndicator();
        assertThat(before.target()).isNull();
        assertThat(before.actual()).isEqualTo("120人次");

        Files.writeString(templates.resolve("my-province.tsv"), "# 某省模板\nindicator_column\ttarget\t考核目标数\n");
        Vocabulary.activate(templates);

        Indicator after = onlyIndicator();
        assertThat(after.target()).isEqualTo("≥100人次");
        assertThat(after.targetValue()).isEqualByComparingTo("100");
        assertThat(after.actualValue()).isEqualByComparingTo("120");
        assertThat(after.weight()).isEqualByComparingTo("10");
    }

    @Test
    void aMalformedTemplateLineIsAnErrorNamingFileAndLine(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("bad.tsv"), "indicator_column target 考核目标数\n");
        assertThatThrownBy(() -> Vocabulary.activate(templates))
                .hasMessageContaining("bad.tsv line 1");
    }

    private static Indicator onlyIndicator() {
        var document = new DocumentParser().parse("template.txt", FORM.getBytes(StandardCharsets.UTF_8));
        assertThat(document.forms()).hasSize(1);
        assertThat(document.forms().get(0).indicators()).hasSize(1);
        return document.forms().get(0).indicators().get(0);
    }
}
