package io.jixiao.read.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import io.jixiao.read.DocumentParser;
import io.jixiao.read.Samples;
import io.jixiao.schema.model.ParsedDocument;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Traditional characters and inserted pinyin read as the simplified text the labels are written in. */
class TestSimplifiedChinese {

    @Test
    void traditionalCharactersBecomeSimplified() {
        assertThat(SimplifiedChinese.of("預算執行情況(萬元)")).isEqualTo("预算执行情况(万元)");
        assertThat(SimplifiedChinese.of("項目支出績效自評表")).isEqualTo("项目支出绩效自评表");
        assertThat(SimplifiedChinese.of("滿意度指標 實際完成值")).isEqualTo("满意度指标 实际完成值");
    }

    @Test
    void pinyinAfterACharacterIsDroppedButLettersInParenthesesStay() {
        assertThat(SimplifiedChinese.of("區(qū)級財政")).isEqualTo("区级财政");
        assertThat(SimplifiedChinese.of("價(jià)格（gé）")).isEqualTo("价格");
        assertThat(SimplifiedChinese.of("預算數(A) 執行率(B/A)")).isEqualTo("预算数(A) 执行率(B/A)");
        assertThat(SimplifiedChinese.of("(qū)")).isEqualTo("(qū)");
    }

    @Test
    void simplifiedTextIsLeftAsItIs() {
        String text = "显著提高，乾隆，于是，余额10万元，著作权";
        assertThat(SimplifiedChinese.of(text)).isSameAs(text);
        String sample = Samples.text("002_13d1e6413ad98fbc.txt");
        assertThat(SimplifiedChinese.of(sample)).isSameAs(sample);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_672dbaea54929c24.txt", "002_13d1e6413ad98fbc.txt"})
    void sampleWrittenInTraditionalCharactersReadsLikeTheOriginal(String name) {
        // ICU's Simplified-Traditional writes the sample as a traditional document would be.
        String original = Samples.text(name);
        String traditional = Transliterator.getInstance("Simplified-Traditional").transliterate(original);
        assertThat(traditional).isNotEqualTo(original).contains("項目");
        DocumentParser parser = new DocumentParser();

        ParsedDocument simplified = parser.parse(name, original.getBytes(StandardCharsets.UTF_8));
        ParsedDocument read = parser.parse(name, traditional.getBytes(StandardCharsets.UTF_8));

        // Free texts may differ where the round trip wrote 於 for 于 (and 後, 乾 …): simplified text uses those too.
        assertThat(read.forms()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("texts")
                .isEqualTo(simplified.forms());
    }
}
