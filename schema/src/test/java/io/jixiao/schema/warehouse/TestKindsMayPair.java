package io.jixiao.schema.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which years' kinds may hold a target table and self-evaluation pair (compact settles the others without Spark). */
class TestKindsMayPair {

    @Test
    void aTargetTableAndASelfEvaluationOfTheSameLevelMayPair() {
        assertThat(TargetDrift.kindsMayPair(List.of("project_target", "project_self_evaluation"))).isTrue();
        assertThat(TargetDrift.kindsMayPair(List.of("department_self_evaluation", "project_self_evaluation",
                "department_target"))).isTrue();
    }

    @Test
    void otherwiseNot() {
        assertThat(TargetDrift.kindsMayPair(List.of("project_target", "department_self_evaluation"))).isFalse();
        assertThat(TargetDrift.kindsMayPair(List.of("department_target", "project_self_evaluation"))).isFalse();
        assertThat(TargetDrift.kindsMayPair(List.of("project_target", "department_target"))).isFalse();
        assertThat(TargetDrift.kindsMayPair(List.of("project_self_evaluation"))).isFalse();
        assertThat(TargetDrift.kindsMayPair(Arrays.asList(null, "project_target", "a_kind_of_later_versions")))
                .isFalse();
        assertThat(TargetDrift.kindsMayPair(List.of())).isFalse();
    }
}
