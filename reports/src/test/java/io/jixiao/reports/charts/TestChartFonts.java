package io.jixiao.reports.charts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TestChartFonts {
    private static final Path MICRO_HEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    @Test
    void theChosenFontDrawsChinese() {
        Font font = ChartFonts.cjk();

        assertThat(font.canDisplayUpTo(ChartFonts.PROBE)).as(font.getFontName()).isEqualTo(-1);
        assertThat(font.getFamily(Locale.ROOT)).isNotIn(Font.DIALOG, Font.SANS_SERIF, Font.SERIF);
    }

    @ParameterizedTest
    @MethodSource("io.jixiao.reports.charts.TestCharts#realCharts")
    void theChosenFontDrawsEveryLabelOfEveryChart(ChartFigure figure, List<String> names, List<Color> drawn) {
        Font font = ChartFonts.cjk();
        List<String> labels = ChartLabels.of(figure.chart());

        assertThat(labels).contains(figure.title()).containsAll(names);
        for (String label : labels) {
            assertThat(font.canDisplayUpTo(label)).as("%s: '%s'", figure.name(), label).isEqualTo(-1);
        }
    }

    @Test
    void picksTheRegularFaceOutOfAFontCollection(@TempDir Path fonts) throws IOException {
        assumeTrue(Files.exists(MICRO_HEI), "fonts-wqy-microhei not installed");
        Files.copy(MICRO_HEI, fonts.resolve("wqy-microhei.ttc"));
        Files.writeString(fonts.resolve("wqy-broken.ttf"), "not a font");

        Font font = new ChartFonts(List.of(fonts), false).find();

        // the .ttc holds "WenQuanYi Micro Hei" and "WenQuanYi Micro Hei Mono"
        assertThat(font.getFamily(Locale.ROOT)).isEqualTo("WenQuanYi Micro Hei");
        assertThat(font.getSize()).isEqualTo(12);
    }

    @Test
    void saysWhichPackageToInstallWhenThereIsNoChineseFont(@TempDir Path empty) {
        assertThatThrownBy(() -> new ChartFonts(List.of(empty), false).find())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apt-get install fonts-wqy-microhei")
                .hasMessageContaining(empty.toString());
    }
}
