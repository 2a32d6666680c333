package io.jixiao.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.jobs.ingest.CopyPrecedence.FormCopy;
import io.jixiao.jobs.ingest.CopyPrecedence.Superseded;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestCopyPrecedence {

    @Test
    void theLaterFilledDateWinsOverEverythingElse() {
        FormCopy revisedButEarlier = new FormCopy("f", "d1", "/in/自评表（修订）.txt", "2023-01-02", false);
        FormCopy later = new FormCopy("f", "d2", "/in/自评表.txt", "2023-04-01", true);

        assertThat(CopyPrecedence.settle(List.of(revisedButEarlier, later)))
                .containsExactly(new Superseded(revisedButEarlier, later, CopyRule.LATER_FILLED_DATE));
    }

    @Test
    void withoutTwoDatesARevisionMarkWinsThenTheLaterIngest() {
        FormCopy original = new FormCopy("f", "d1", "/in/a/自评表.txt", "2023-03-20", false);
        FormCopy corrected = new FormCopy("f", "d2", "/in/b/自评表更正.txt", null, true);
        assertThat(CopyPrecedence.settle(List.of(original, corrected)))
                .containsExactly(new Superseded(original, corrected, CopyRule.REVISION_MARK));

        FormCopy old = new FormCopy("f", "d3", "/in/a/x.txt", "2023-03-20", true);
        FormCopy again = new FormCopy("f", "d4", "/in/a/x.txt", "2023-03-20", false);
        assertThat(CopyPrecedence.settle(List.of(again, old)))
                .containsExactly(new Superseded(old, again, CopyRule.LATER_INGEST));
    }

    @Test
    void nothingToTellThemApartKeepsThePathThatSortsLastWhateverTheOrder() {
        FormCopy a = new FormCopy("f", "d1", "/in/a.txt", null, false);
        FormCopy b = new FormCopy("f", "d2", "/in/b.txt", null, false);
        FormCopy c = new FormCopy("f", "d3", "/in/c.txt", null, false);

        List<Superseded> settled = CopyPrecedence.settle(List.of(b, c, a));
        assertThat(settled).extracting(Superseded::keptBy).containsOnly(c);
        assertThat(settled).extracting(Superseded::copy).containsExactlyInAnyOrder(a, b);
        assertThat(settled).extracting(Superseded::rule).containsOnly(CopyRule.LAST_PATH);
        assertThat(CopyPrecedence.settle(List.of(c, a, b))).isEqualTo(settled);
        assertThat(CopyPrecedence.settle(List.of(a))).isEmpty();
    }
}
