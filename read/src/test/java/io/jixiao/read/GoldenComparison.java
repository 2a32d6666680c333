package io.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.ParsedDocument;

/** A parsed document against its golden file, field by field first (for readable failures), then as a whole. */
public final class GoldenComparison {

    private GoldenComparison() {
    }

    public static void assertEqualsGolden(String name, ParsedDocument actual, ParsedDocument expected) {
        assertThat(actual.forms()).as("number of forms in %s", name).hasSameSizeAs(expected.forms());
        for (int i = 0; i < expected.forms().size(); i++) {
            Form want = expected.forms().get(i);
            Form got = actual.forms().get(i);
            assertThat(got.funds()).as("%s form %d (line %d) funds", name, i + 1, want.firstLine())
                    .usingRecursiveFieldByFieldElementComparator().isEqualTo(want.funds());
            for (int j = 0; j < want.indicators().size() && j < got.indicators().size(); j++) {
                assertThat(got.indicators().get(j))
                        .as("%s form %d indicator on line %d", name, i + 1, want.indicators().get(j).line())
                        .usingRecursiveComparison()
                        .isEqualTo(want.indicators().get(j));
            }
            assertThat(got.indicators()).as("%s form %d indicator count", name, i + 1)
                    .hasSameSizeAs(want.indicators());
            assertThat(got.texts()).as("%s form %d texts", name, i + 1).isEqualTo(want.texts());
        }
        assertThat(actual).as("whole document %s", name)
                .usingRecursiveComparison().isEqualTo(expected);
    }

    /**
     * A document read from another format than the golden file's text: every field of every form, fund line and
     * indicator equal, except the line numbers, which follow each format's own convention.
     */
    public static void assertSameFormsButLines(String what, ParsedDocument actual, ParsedDocument expected) {
        assertThat(actual.forms()).as("forms of %s", what).hasSameSizeAs(expected.forms());
        for (int i = 0; i < expected.forms().size(); i++) {
            Form want = expected.forms().get(i);
            assertThat(actual.forms().get(i)).as("%s, form %d (text line %d)", what, i + 1, want.firstLine())
                    .usingRecursiveComparison()
                    .ignoringFields("firstLine", "lastLine", "funds.line", "indicators.line")
                    .isEqualTo(want);
        }
    }
}
