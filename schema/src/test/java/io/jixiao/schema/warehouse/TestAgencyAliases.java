package io.jixiao.schema.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 17: the renames an analyst confirmed, and the current name of an agency by any of its names. */
class TestAgencyAliases {

    private static final String CSV = """
            old_name,new_name,from_year
            浙江省水文总站,浙江省水文管理中心,2019
            浙江省水文管理中心,浙江省水文水资源勘测中心,2022
            "某县财政局(国库科)",某县财政局,2020
            """;

    @Test
    void aChainOfRenamesEndsAtTheCurrentName() {
        AgencyAliases aliases = AgencyAliases.parse(CSV, "agencies.csv");

        assertThat(aliases.currentName("浙江省水文总站")).isEqualTo("浙江省水文水资源勘测中心");
        assertThat(aliases.currentName("浙江省水文管理中心")).isEqualTo("浙江省水文水资源勘测中心");
        assertThat(aliases.currentName("浙江省水文水资源勘测中心")).isEqualTo("浙江省水文水资源勘测中心");
        assertThat(aliases.currentName("某县财政局(国库科)")).isEqualTo("某县财政局");
        assertThat(aliases.currentName("别的单位")).isEqualTo("别的单位");
    }

    @Test
    void theTableWrittenReadsBackTheSame() {
        AgencyAliases aliases = AgencyAliases.parse(CSV, "agencies.csv")
                .with(new AgencyAliases.Alias("a,b \"c\"", "d", 2024));

        assertThat(AgencyAliases.parse(aliases.toCsv(), "again").aliases()).isEqualTo(aliases.aliases());
        assertThat(AgencyAliases.NONE.toCsv()).isEqualTo("old_name,new_name,from_year\r\n");
    }

    @Test
    void aNewRowForAnOldNameReplacesItsRow() {
        AgencyAliases aliases = AgencyAliases.parse(CSV, "agencies.csv")
                .with(new AgencyAliases.Alias("浙江省水文总站", "浙江省水文局", 2019));

        assertThat(aliases.aliases()).hasSize(3);
        assertThat(aliases.currentName("浙江省水文总站")).isEqualTo("浙江省水文局");
    }

    @Test
    void renamesInACircleAreRefused() {
        AgencyAliases aliases = AgencyAliases.parse(CSV, "agencies.csv");

        assertThatThrownBy(() -> aliases.with(new AgencyAliases.Alias("浙江省水文水资源勘测中心", "浙江省水文总站", 2024)))
                .hasMessageContaining("circle");
    }

    @Test
    void aBadRowIsRefusedWithItsFileAndLine() {
        assertThatThrownBy(() -> AgencyAliases.parse("old_name,new_name,from_year\na,b,2020\nc,c,2021\n", "wh/agencies.csv"))
                .hasMessageStartingWith("wh/agencies.csv, line 3: ");
        assertThatThrownBy(() -> AgencyAliases.parse("old_name,new_name,from_year\na,b,soon\n", "wh/agencies.csv"))
                .hasMessageStartingWith("wh/agencies.csv, line 2: ");
    }
}
