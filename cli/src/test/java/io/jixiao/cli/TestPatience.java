package io.jixiao.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 15, fault 12: the limits the process tests wait within stretch with the machine's load, by a setting. */
class TestPatience {

    private final String before = System.getProperty(Patience.PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(Patience.PROPERTY);
        } else {
            System.setProperty(Patience.PROPERTY, before);
        }
    }

    @Test
    void theLimitIsScaledByTheSetting() {
        System.clearProperty(Patience.PROPERTY);
        assertThat(Patience.scaled(Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(10));

        System.setProperty(Patience.PROPERTY, "2.5");
        assertThat(Patience.scaled(Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(25));

        System.setProperty(Patience.PROPERTY, "0");
        assertThatThrownBy(() -> Patience.scaled(Duration.ofMinutes(1)))
                .hasMessage("-Djixiao.test.patience takes a positive number, not '0'");
    }
}
