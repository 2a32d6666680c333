package io.jixiao.schema.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The department and unit names here are the ones of the real fragments in ../shared/realworld (facts.json), each
 * division code looked up by hand in divisions.csv; the others are the cases the rules are for.
 */
class TestRegionReader {

    private final RegionReader reader = RegionReader.standard();
    private final AdministrativeDivisions divisions = AdministrativeDivisions.standard();

    @ParameterizedTest(name = "{0} | {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            隆阳区农业农村局                     | 隆阳区土壤肥料工作站                   | 530502
            经济建设科                           | 阳泉市公路服务中心                     | 140300
            黄石市文化和旅游局                   | 黄石市图书馆                           | 420200
            -                                    | 原州区农技中心                         | 640402
            固原市原州区自然资源局               | 固原市原州区自然资源局                 | 640402
            永州市零陵区疾病预防控制中心         | -                                      | 431102
            -                                    | 中共黄石市委党校                       | 420200
            绥阳县太白镇人民政府                 | -                                      | 520323
            北京市海淀区人民政府学院路街道办事处 | 北京市海淀区学院路街道城市运行服务中心 | 110108
            金寨县茶谷和美丽乡村建设服务中心     | -                                      | 341524
            广元市朝天区人民政府                 | 广元市朝天区体育发展中心               | 510812
            保山市退役军人事务局                 | 保山市退役军人事务局                   | 530500
            广水市纪委监委                       | 广水市城投公司                         | 421381
            安溪县水利局                         | -                                      | 350524
            昌吉回族自治州市场监督管理局         | 昌吉回族自治州计量检定所               | 652300
            上海市市场监督管理局                 | 上海市计量测试技术研究院               | 310000
            """)
    void readsTheRealNames(String department, String unit, String code) {
        assertThat(reader.read(department, unit)).map(Division::code).contains(code);
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            县农业农村局   | 张庄寨镇人民政府
            区残联         | -
            省商务厅       | 省商务厅服务贸易和商贸服务业处
            县民宗委       | 云雾土家族乡
            """)
    void aNameWithoutItsPlaceHasNoRegion(String department, String unit) {
        assertThat(reader.read(department, unit)).isEmpty();
    }

    @Test
    void aNameSeveralDivisionsShareCountsOnlyBesideItsPlace() {
        assertThat(reader.read("鼓楼区财政局")).isEmpty();
        assertThat(reader.read("南京市鼓楼区财政局")).map(Division::code).contains("320106");
        assertThat(reader.read("福建省福州市鼓楼区财政局")).map(Division::code).contains("350102");
        assertThat(reader.read("北京市朝阳区财政局")).map(Division::code).contains("110105");
        // the province named first decides: 西湖区 is in 杭州 and in 南昌
        assertThat(reader.read("江西省", "西湖区教育局")).map(Division::code).contains("360103");
    }

    @Test
    void aTwoCharacterCountyCountsOnlyRightAfterItsPlace() {
        assertThat(reader.read("城区财政局")).isEmpty();
        assertThat(reader.read("阳泉市城区财政局")).map(Division::code).contains("140302");
        assertThat(reader.read("萧县农业农村局")).isEmpty();
        assertThat(reader.read("安徽省萧县农业农村局")).map(Division::code).contains("341322");
        // a two-character county inside a longer word is no county
        assertThat(reader.read("安徽省马鞍山市海和县财政局")).map(Division::code).contains("340500");
        assertThat(reader.read("安徽省马鞍山市和县财政局")).map(Division::code).contains("340523");
    }

    @Test
    void theLongestSpellingWins() {
        assertThat(reader.read("天津市河北区教育局")).map(Division::code).contains("120105");
        assertThat(reader.read("河北省教育厅")).map(Division::code).contains("130000");
        assertThat(reader.read("浙江省水利厅")).map(Division::code).contains("330000");
        assertThat(reader.read("昌吉州计量检定所")).map(Division::code).contains("652300");
    }

    @Test
    void anotherProvinceNamedLaterIsIgnored() {
        assertThat(reader.read("浙江省发展和改革委员会", null, "新疆阿克苏地区对口支援项目"))
                .map(Division::code).contains("330000");
        // a county of another province, named after the form's own, is not the form's
        assertThat(reader.read("浙江省杭州市财政局", null, "隆阳区协作项目")).map(Division::code).contains("330100");
    }

    @Test
    void aWordThatIsNotAFullNameIsNoPlace() {
        assertThat(reader.read("中山大学附属医院")).isEmpty();
        assertThat(reader.read("东方红林场")).isEmpty();
    }

    @Test
    void pathsNameEachLevel() {
        assertThat(divisions.path("530502")).isEqualTo(new RegionPath("云南省", "保山市", "隆阳区"));
        assertThat(divisions.path("530500")).isEqualTo(new RegionPath("云南省", "保山市", null));
        assertThat(divisions.path("330000")).isEqualTo(new RegionPath("浙江省", null, null));
        // a municipality's district and county: the municipality is their prefecture
        assertThat(divisions.path("110108")).isEqualTo(new RegionPath("北京市", "北京市", "海淀区"));
        assertThat(divisions.path("500236")).isEqualTo(new RegionPath("重庆市", "重庆市", "奉节县"));
        assertThat(divisions.path("429004")).isEqualTo(new RegionPath("湖北省", "省直辖县级行政区划", "仙桃市"));
        assertThat(divisions.path("999999")).isEqualTo(RegionPath.NONE);
        assertThat(divisions.path(null)).isEqualTo(RegionPath.NONE);
    }

    @Test
    void theTableHoldsEveryProvinceAndItsSpellings() {
        assertThat(divisions.named("浙江")).extracting(Division::code).containsExactly("330000");
        assertThat(divisions.named("市辖区")).isEmpty();
        assertThat(divisions.byCode("650000")).map(Division::name).isEqualTo(Optional.of("新疆维吾尔自治区"));
        long provinces = java.util.stream.IntStream.rangeClosed(11, 82)
                .filter(p -> divisions.byCode(p + "0000").isPresent()).count();
        assertThat(provinces).isEqualTo(31);
    }
}
