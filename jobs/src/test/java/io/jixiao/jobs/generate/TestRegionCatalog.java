package io.jixiao.jobs.generate;

import io.jixiao.jobs.generate.RegionCatalog.Region;
import io.jixiao.jobs.generate.RegionCatalog.Tier;
import io.jixiao.jobs.generate.RegionCatalog.UnitKind;
import io.jixiao.schema.vocabulary.Regions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The region catalog: real provinces, cities and districts first, then made-up counties, all readable by region. */
class TestRegionCatalog {

    private static final List<Region> REGIONS = RegionCatalog.REGIONS;

    @Test
    void theFirstTwelveAreTheProvincesAndMunicipalitiesOfBefore() {
        assertThat(REGIONS.subList(0, 12)).extracting(Region::name).containsExactly("浙江省", "广东省", "四川省", "湖北省",
                "山东省", "北京市", "福建省", "河南省", "湖南省", "安徽省", "天津市", "重庆市");
        assertThat(REGIONS.subList(0, 12)).extracting(Region::tier).containsOnly(Tier.PROVINCE, Tier.MUNICIPALITY);
        // then the first city or district of each, in the same order
        assertThat(REGIONS.subList(12, 24)).extracting(Region::name).containsExactly("浙江省杭州市", "广东省广州市",
                "四川省成都市", "湖北省武汉市", "山东省济南市", "北京市东城区", "福建省福州市", "河南省郑州市", "湖南省长沙市",
                "安徽省合肥市", "天津市和平区", "重庆市万州区");
        assertThat(REGIONS).extracting(Region::name).contains("浙江省宁波市", "北京市海淀区", "重庆市渝中区");
    }

    @Test
    void namesAndCodesAreUniqueAndTheCatalogHoldsAMillionFormsOverTenYears() {
        assertThat(REGIONS).hasSize(CorpusOptions.MAX_REGIONS);
        assertThat(REGIONS.stream().map(Region::name).distinct()).hasSize(REGIONS.size());
        assertThat(REGIONS.stream().map(Region::code).distinct()).hasSize(REGIONS.size())
                .allMatch(code -> code.matches("\\d{6}"));
        assertThat(REGIONS.stream().filter(r -> r.tier() == Tier.COUNTY)).hasSize(90 * 24)
                .allMatch(r -> r.name().endsWith("县"));
        assertThat(REGIONS.size() * CorpusOptions.formsPerRegionYear(12) * 10).isGreaterThan(1_100_000);
    }

    /** A reader takes a form's region from its department, else its unit: both must name the province. */
    @Test
    void everyDepartmentAndUnitReadsAsItsProvince() {
        List<String> wrong = new ArrayList<>();
        for (Region region : REGIONS) {
            for (UnitKind kind : RegionCatalog.UNITS) {
                for (int year : new int[] {2015, 2024}) {
                    String department = RegionCatalog.department(region, kind, year);
                    String unit = RegionCatalog.unit(region, kind, year);
                    if (!Regions.regionOf(department, unit).equals(Optional.of(region.province()))
                            || !Regions.regionOf(null, unit).equals(Optional.of(region.province()))) {
                        wrong.add(department + " / " + unit);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void bureausBelowTheProvinceAreNamedAsLocalOnesAre() {
        Region hangzhou = REGIONS.get(12);
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
