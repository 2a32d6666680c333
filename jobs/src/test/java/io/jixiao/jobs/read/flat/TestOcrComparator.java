package io.jixiao.jobs.read.flat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "≥" read as "2" by OCR ("290%" for "≥90%"), repaired only where the row leaves no other reading. */
class TestOcrComparator {

    @Test
    void aTargetAboveAHundredPercentMetByAnActualBelowItIsAComparatorMisread() {
        assertThat(OcrComparator.target("290%", "95%", "10", "10")).isEqualTo("≥90%");
        assertThat(OcrComparator.target("2100%", "100%", "8", "8")).isEqualTo("≥100%");
    }

    @Test
    void anythingLessCertainStaysAsWritten() {
        assertThat(OcrComparator.target("290%", "95%", "10", "8")).as("not the full score").isEqualTo("290%");
        assertThat(OcrComparator.target("290%", "85%", "10", "10")).as("actual below 90%").isEqualTo("290%");
        assertThat(OcrComparator.target("250万粒", "50万粒", "8", "8")).as("not a percentage").isEqualTo("250万粒");
        assertThat(OcrComparator.target("20%", "20%", "5", "5")).as("a real 20%").isEqualTo("20%");
    }
}
