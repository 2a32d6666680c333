package io.jixiao.read.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link AsciiBlanks} gives what the regular expressions it replaces give. */
class TestAsciiBlanks {

    private static final String ALPHABET = " \t\n\u000B\f\r\u00A0\u3000\u2003a2%≥兰W万元.";

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of("", " ", "≥ 90 %", "2 600万元", "\t100%\r\n", "无", "W10%",
                "a\u3000b", "a\u00A0b", "  lead", "trail  "));
        Random random = new Random(19);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    @Test
    void removesWhatTheRegularExpressionRemoves() {
        for (String text : texts()) {
            assertThat(AsciiBlanks.removed(text)).as("'%s'", text).isEqualTo(text.replaceAll("\\s+", ""));
        }
    }

    @Test
    void splitsAsTheRegularExpressionSplits() {
        for (String text : texts()) {
            assertThat(AsciiBlanks.split(text)).as("'%s'", text).containsExactly(text.split("\\s+"));
            assertThat(AsciiBlanks.split(text.strip())).as("'%s'", text).containsExactly(text.strip().split("\\s+"));
        }
    }

    @Test
    void keepsTheSameInstanceWhenThereIsNothingToRemove() {
        String text = "≥90%";
        assertThat(AsciiBlanks.removed(text)).isSameAs(text);
    }
}
