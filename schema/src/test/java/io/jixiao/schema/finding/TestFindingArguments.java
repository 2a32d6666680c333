package io.jixiao.schema.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.Map;

/** The arguments column: a JSON object that reads back as it was written, and nothing for what is not one. */
class TestFindingArguments {

    @Test
    void argumentsReadBackAsWritten() {
        Map<String, String> arguments = Map.of("indicator", "“满意度”\t≥90%, \"引号\" {x}", "column", "全年预算数");

        String json = FindingArguments.toJson(arguments);

        assertThat(json).startsWith("{\"column\":");
        assertThat(FindingArguments.fromJson(json)).isEqualTo(arguments);
    }

    @Test
    void noArgumentStoresNothingAndNothingReadsAsNoArgument() {
        assertThat(FindingArguments.toJson(Map.of())).isNull();
        assertThat(FindingArguments.fromJson(null)).isEmpty();
        assertThat(FindingArguments.fromJson("not json")).isEmpty();
        assertThat(FindingArguments.fromJson("[\"a\"]")).isEmpty();
        assertThat(FindingArguments.fromJson("{\"a\":null,\"b\":\"c\"}")).isEqualTo(Map.of("b", "c"));
    }
}
