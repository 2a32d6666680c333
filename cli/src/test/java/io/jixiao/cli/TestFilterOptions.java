package io.jixiao.cli;

import io.jixiao.reports.html.FullTableCommands;
import io.jixiao.reports.metrics.MetricFilters;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, fault 11: a unit whose name holds a comma could not be a filter (picocli split it at the comma). */
class TestFilterOptions {

    @Command(name = "filtered")
    static final class Filtered {
        @Mixin
        FilterOptions filters;
    }

    private static MetricFilters parse(String... args) {
        Filtered command = new Filtered();
        new CommandLine(command).parseArgs(args);
        return command.filters.filters();
    }

    @Test
    void aCommaInANameIsWrittenEscapedAndListsStillSplit() {
        MetricFilters filters = parse("--unit", "某某科技有限公司\\, 分公司,上海市计量测试技术研究院", "--unit", "甲\\\\乙",
                "--region", "上海市,新疆维吾尔自治区");

        assertThat(filters.units()).containsExactly("某某科技有限公司, 分公司", "上海市计量测试技术研究院", "甲\\乙");
        assertThat(filters.regions()).containsExactly("上海市", "新疆维吾尔自治区");
    }

    /** The command a report prints for a whole table filters on the same units when it is run. */
    @Test
    void theReportsFullTableCommandNamesTheSameUnits() {
        MetricFilters units = MetricFilters.NONE.withUnits("某某科技有限公司, 分公司", "上海市计量测试技术研究院");
        String line = new FullTableCommands("warehouse", units).metric("execution-rate");

        // the printed word is in double quotes for the shell: what the shell hands over is the text inside
        String word = line.substring(line.indexOf("--unit ") + "--unit ".length(), line.indexOf(" --format"));
        assertThat(word).startsWith("\"").endsWith("\"");
        String unquoted = word.substring(1, word.length() - 1).replaceAll("\\\\([\\\\\"$`])", "$1");

        assertThat(parse("--unit", unquoted).units()).isEqualTo(List.of("某某科技有限公司, 分公司", "上海市计量测试技术研究院"));
    }
}
