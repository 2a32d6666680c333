package io.jixiao.corpus.generate;

import io.jixiao.corpus.generate.RegionCatalog.Region;
import io.jixiao.corpus.generate.RegionCatalog.Tier;
import io.jixiao.corpus.generate.RegionCatalog.UnitKind;
import io.jixiao.schema.region.AdministrativeDivisions;
import io.jixiao.schema.region.Division;
import io.jixiao.schema.region.RegionReader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The region catalog: real provinces, cities and districts first, then made-up counties, all readable by region. */
class TestRegionCatalog {

    private static final List<Region> REGIONS = RegionCatalog.REGIONS;

    @Test
    void eachProvinceComesFirstWithACityAndACountySoThatAFewRegionsRollUp() {
        assertThat(REGIONS.subList(0, 9)).extracting(Region::name).containsExactly("浙江省", "浙江省杭州市",
                "浙江省杭州市上城区", "广东省", "广东省广州市", "广东省广州市荔湾区", "四川省", "四川省成都市",
                "四川省成都市锦江区");
        assertThat(REGIONS.subList(15, 18)).extracting(Region::name).containsExactly("北京市", "北京市东城区",
                "北京市西城区");
        assertThat(REGIONS.subList(0, 36)).extracting(Region::tier).filteredOn(t -> t == Tier.PROVINCE
                || t == Tier.MUNICIPALITY).hasSize(12);
        // then the other cities and districts in turn from each province
        assertThat(REGIONS.subList(36, 40)).extracting(Region::name).containsExactly("浙江省宁波市", "广东省韶关市",
                "四川省自贡市", "湖北省黄石市");
        assertThat(REGIONS).extracting(Region::name).contains("北京市海淀区", "重庆市渝中区", "浙江省丽水市青田县");
    }

    @Test
    void namesAndCodesAreUniqueAndTheCatalogHoldsAMillionFormsOverTenYears() {
        assertThat(REGIONS).hasSize(CorpusOptions.MAX_REGIONS);
        assertThat(REGIONS.stream().map(Region::name).distinct()).hasSize(REGIONS.size());
        assertThat(REGIONS.stream().map(Region::code).distinct()).hasSize(REGIONS.size())
                .allMatch(code -> code.matches("\\d{6}"));
        // 24 counties for each of the 90 cities: its real ones first, then made-up ones read as the city
        assertThat(REGIONS.stream().filter(r -> !r.code().endsWith("00")
                && !r.name().equals(r.province() + r.division()))).hasSize(90 * 24);
        long realCounties = REGIONS.stream().filter(r -> r.tier() == Tier.CITY)
                .mapToLong(city -> Math.min(24, AdministrativeDivisions.standard()
                        .below(AdministrativeDivisions.standard().byCode(city.code()).orElseThrow()).stream()
                        .filter(county -> county.code().charAt(4) != '7').count()))
                .sum();
        assertThat(REGIONS.stream().filter(r -> !r.code().endsWith("00") && r.divisionCode().equals(r.code())
                && !r.name().equals(r.province() + r.division()))).hasSize((int) realCounties);
        assertThat(realCounties).isGreaterThan(700);
        assertThat(REGIONS.size() * CorpusOptions.formsPerRegionYear(12) * 10).isGreaterThan(1_100_000);
    }

    /**
     * A reader takes a form's region from its department and unit: both must name the most specific real division the
     * region's name spells (a made-up county is no real division: its city is), never a real county of the same name.
     */
    @Test
    void everyDepartmentAndUnitReadsAsItsDivision() {
        List<String> wrong = new ArrayList<>();
        for (Region region : REGIONS) {
            for (UnitKind kind : RegionCatalog.UNITS) {
                for (int year : new int[] {2015, 2024}) {
                    String department = RegionCatalog.department(region, kind, year);
                    String unit = RegionCatalog.unit(region, kind, year);
                    Optional<String> expected = Optional.of(region.divisionCode());
                    if (!RegionReader.standard().read(department, unit).map(Division::code).equals(expected)
                            || !RegionReader.standard().read(null, unit).map(Division::code).equals(expected)) {
                        wrong.add(department + " / " + unit);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void bureausBelowTheProvinceAreNamedAsLocalOnesAre() {
        Region hangzhou = REGIONS.get(1);
        Region zhejiang = REGIONS.get(0);
        UnitKind environment = RegionCatalog.UNITS.get(2);
        UnitKind health = RegionCatalog.UNITS.get(3);
        UnitKind agriculture = RegionCatalog.UNITS.get(5);

        assertThat(RegionCatalog.department(zhejiang, environment, 2018)).isEqualTo("浙江省环境保护厅");
        assertThat(RegionCatalog.department(hangzhou, environment, 2018)).isEqualTo("浙江省杭州市环境保护局");
        assertThat(RegionCatalog.department(hangzhou, agriculture, 2018)).isEqualTo("浙江省杭州市农业局");
        assertThat(RegionCatalog.department(hangzhou, agriculture, 2024)).isEqualTo("浙江省杭州市农业农村局");
        assertThat(RegionCatalog.department(hangzhou, health, 2024)).isEqualTo("浙江省杭州市卫生健康委员会");
        assertThat(RegionCatalog.unit(hangzhou, health, 2024)).isEqualTo("浙江省杭州市疾病预防控制中心");
        assertThat(hangzhou.level()).isEqualTo("市本级");
        assertThat(hangzhou.titlePrefix()).isEqualTo("浙江省杭州市市级");
    }
}
