package io.jixiao.read.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Checkbox cells as real forms write them (rw_01, rw_13, rw_26). */
class TestTickedOption {

    @Test
    void theOneTickedOptionIsTheValue() {
        assertThat(TickedOption.of("1、常年性项目 ☑ 2、延续性项目 □ 3、一次性项目 □").ticked()).contains("常年性项目");
        assertThat(TickedOption.of("1、部门预算项目 £ 2、区直专项 £ 3、上级转移支付项目 R").ticked()).contains("上级转移支付项目");
        assertThat(TickedOption.of("1、持续性项目 R 2、新增性项目 □").ticked()).contains("持续性项目");
        assertThat(TickedOption.of("经常性项目(√)一次性项目()").ticked()).contains("经常性项目");
    }

    @Test
    void noTickOrTwoTicksReadNothing() {
        assertThat(TickedOption.of("1、常年性项目 □ 2、延续性项目 □").isCheckboxCell()).isTrue();
        assertThat(TickedOption.of("1、常年性项目 □ 2、延续性项目 □").ticked()).isEmpty();
        assertThat(TickedOption.of("1、常年性项目 ☑ 2、延续性项目 ☑").ticked()).isEmpty();
    }

    @Test
    void ordinaryTextIsNoCheckboxCell() {
        assertThat(TickedOption.of("常年性项目").isCheckboxCell()).isFalse();
        assertThat(TickedOption.of("市场监管局(本级)").isCheckboxCell()).isFalse();
        assertThat(TickedOption.of("GDP R&D 投入").isCheckboxCell()).isFalse();
    }
}
