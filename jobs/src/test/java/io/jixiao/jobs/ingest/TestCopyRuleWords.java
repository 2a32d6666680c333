package io.jixiao.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.schema.finding.FindingText;
import org.junit.jupiter.api.Test;

import java.util.Map;

/** Issue 18: the rule that kept a copy reads in words, in each language, in the superseded_copy finding. */
class TestCopyRuleWords {

    @Test
    void everyCopyRuleHasWordsInBothLanguages() {
        for (FindingText text : new FindingText[] {FindingText.chinese(), FindingText.english()}) {
            for (CopyRule rule : CopyRule.values()) {
                String message = text.message("superseded_copy", null, null,
                        Map.of("path", "/in/a.txt", "copy_rule", rule.code()), null);
                assertThat(message).contains("/in/a.txt").doesNotContain(rule.code());
            }
        }
    }
}
