package io.jixiao.corpus.generate;

import io.jixiao.schema.region.AdministrativeDivisions;
import io.jixiao.schema.region.Division;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Real region names and the kinds of department and unit that write performance forms. The regions of the real
 * samples (上海, 江苏, 昌吉/新疆) are left out so that no made-up form can share a natural key with a real one.
 * The regions are provinces and municipalities, their prefecture-level cities and districts (real names and codes),
 * and counties of the cities, real ones first and then made up from a syllable list (the corpus is synthetic and marked so);
 * see {@link #regions()} for their order.
 */
final class RegionCatalog {

    /** Where a region sits in the administrative hierarchy; it sets how its bureaus and its budget level are named. */
    enum Tier {
        PROVINCE("省本级", "省级"),
        MUNICIPALITY("市本级", "市级"),
        CITY("市本级", "市级"),
        DISTRICT("区本级", "区级"),
        COUNTY("县本级", "县级");

        private final String projectLevel;
        private final String titleLevel;

        Tier(String projectLevel, String titleLevel) {
            this.projectLevel = projectLevel;
            this.titleLevel = titleLevel;
        }
    }

    /**
     * A region by its full name as department and unit names begin with it (浙江省, 浙江省杭州市, 北京市海淀区), its
     * division code, its tier, the province-level region it lies in, and the most specific real division its name
     * spells, which is the region a reader finds in the names: the region itself, or for a made-up county its city.
     */
    record Region(String name, String code, Tier tier, String province, String division, String divisionCode) {

        String level() {
            return tier.projectLevel;
        }

        /** The prefix of a target table's title: 浙江省省级 / 北京市市级 / 浙江省杭州市市级. */
        String titlePrefix() {
            return name + tier.titleLevel;
        }
    }

    /**
     * One kind of unit: its supervising department (before and after the 2018 reform where it changed),
     * its name, an older name used until {@code renamedIn}, and the project names it budgets for.
     */
    record UnitKind(String department, String departmentBefore2019, String provinceDepartment, String unit,
                    String unitBefore, int renamedIn, List<String> projects) {
    }

    /** A province-level region with its prefecture-level cities (or a municipality's districts) and their codes. */
    private record Province(String name, String code, boolean municipality, List<String> places) {
    }

    private static final List<Province> PROVINCES = List.of(
            new Province("浙江省", "330000", false, List.of("3301杭州市", "3302宁波市", "3303温州市", "3304嘉兴市",
                    "3305湖州市", "3306绍兴市", "3307金华市", "3308衢州市", "3309舟山市", "3310台州市", "3311丽水市")),
            new Province("广东省", "440000", false, List.of("4401广州市", "4402韶关市", "4403深圳市", "4404珠海市",
                    "4405汕头市", "4406佛山市", "4407江门市", "4408湛江市", "4409茂名市", "4412肇庆市")),
            new Province("四川省", "510000", false, List.of("5101成都市", "5103自贡市", "5104攀枝花市", "5105泸州市",
                    "5106德阳市", "5107绵阳市", "5108广元市", "5109遂宁市", "5110内江市", "5111乐山市")),
            new Province("湖北省", "420000", false, List.of("4201武汉市", "4202黄石市", "4203十堰市", "4205宜昌市",
                    "4206襄阳市", "4207鄂州市", "4208荆门市", "4209孝感市", "4210荆州市", "4211黄冈市")),
            new Province("山东省", "370000", false, List.of("3701济南市", "3702青岛市", "3703淄博市", "3704枣庄市",
                    "3705东营市", "3706烟台市", "3707潍坊市", "3708济宁市", "3709泰安市", "3710威海市")),
            new Province("北京市", "110000", true, List.of("110101东城区", "110102西城区", "110105朝阳区",
                    "110106丰台区", "110107石景山区", "110108海淀区", "110109门头沟区", "110111房山区", "110112通州区",
                    "110113顺义区", "110114昌平区", "110115大兴区")),
            new Province("福建省", "350000", false, List.of("3501福州市", "3502厦门市", "3503莆田市", "3504三明市",
                    "3505泉州市", "3506漳州市", "3507南平市", "3508龙岩市", "3509宁德市")),
            new Province("河南省", "410000", false, List.of("4101郑州市", "4102开封市", "4103洛阳市", "4104平顶山市",
                    "4105安阳市", "4106鹤壁市", "4107新乡市", "4108焦作市", "4109濮阳市", "4110许昌市")),
            new Province("湖南省", "430000", false, List.of("4301长沙市", "4302株洲市", "4303湘潭市", "4304衡阳市",
                    "4305邵阳市", "4306岳阳市", "4307常德市", "4308张家界市", "4309益阳市", "4310郴州市")),
            new Province("安徽省", "340000", false, List.of("3401合肥市", "3402芜湖市", "3403蚌埠市", "3404淮南市",
                    "3405马鞍山市", "3406淮北市", "3407铜陵市", "3408安庆市", "3410黄山市", "3411滁州市")),
            new Province("天津市", "120000", true, List.of("120101和平区", "120102河东区", "120103河西区",
                    "120104南开区", "120105河北区", "120106红桥区", "120110东丽区", "120111西青区", "120112津南区",
                    "120113北辰区")),
            new Province("重庆市", "500000", true, List.of("500101万州区", "500102涪陵区", "500103渝中区",
                    "500104大渡口区", "500105江北区", "500106沙坪坝区", "500107九龙坡区", "500108南岸区",
                    "500109北碚区", "500112渝北区")));

    /** Counties made up per prefecture-level city; their codes follow the city's, from 21. */
    private static final int COUNTIES_PER_CITY = 24;
    /** Syllables of made-up county names, chosen so that no pair spells a province a reader recognises. */
    private static final String FIRST_SYLLABLES = "安宝长崇丹德丰高海和华嘉金晋景开乐临龙隆平青庆清瑞寿顺泰文武仙兴永玉云昭";
    private static final String SECOND_SYLLABLES = "安昌城川丰和化康乐林宁平山水泰阳源州溪田";

    static final List<Region> REGIONS = regions();

    static final List<UnitKind> UNITS = List.of(
            new UnitKind("市场监督管理局", "质量技术监督局", null, "计量测试技术研究院", "计量测试研究所", 2020,
                    List.of("计量检定业务经费", "仪器设备购置经费", "计量标准维护运行经费", "能源计量监测专项经费",
                            "时间频率实验室运维经费")),
            new UnitKind("科学技术委员会", null, "科学技术厅", "科技创新服务中心", null, 0,
                    List.of("科技资源共享平台运行经费", "科技创新券发放与管理", "技术市场服务体系建设",
                            "科技成果转化服务经费")),
            new UnitKind("生态环境局", "环境保护局", "生态环境厅", "环境监测中心", "环境监测中心站", 2019,
                    List.of("环境空气质量监测运维经费", "地表水水质自动监测站运行", "污染源执法监测专项经费",
                            "监测仪器设备更新经费")),
            new UnitKind("卫生健康委员会", "卫生和计划生育委员会", null, "疾病预防控制中心", null, 0,
                    List.of("重大传染病防控经费", "免疫规划疫苗接种管理经费", "健康素养促进项目经费",
                            "实验室检测能力建设经费")),
            new UnitKind("市场监督管理局", "质量技术监督局", null, "特种设备检验研究院", "特种设备监督检验所", 2021,
                    List.of("特种设备定期检验经费", "电梯安全监测平台运维经费", "检验检测设备购置经费")),
            new UnitKind("农业农村委员会", "农业委员会", "农业农村厅", "农业技术推广总站", null, 0,
                    List.of("耕地质量监测与保护经费", "农作物病虫害绿色防控示范", "基层农技推广体系建设经费")),
            new UnitKind("水务局", null, "水利厅", "水文水资源勘测中心", "水文总站", 2022,
                    List.of("水文站网运行维护经费", "水资源监测能力建设经费", "防汛测报系统运维经费")),
            new UnitKind("教育委员会", null, "教育厅", "教育考试院", null, 0,
                    List.of("国家教育考试组织实施经费", "考试标准化考点建设经费", "招生考试信息系统运维经费")),
            new UnitKind("市场监督管理局", "质量技术监督局", null, "标准化研究院", null, 0,
                    List.of("标准化信息服务平台运维经费", "地方标准制修订专项经费", "标准化试点示范建设经费")),
            new UnitKind("市场监督管理局", "食品药品监督管理局", null, "食品药品检验研究院", "食品药品检验所", 2019,
                    List.of("食品安全监督抽检经费", "药品质量抽验专项经费", "检验检测设备购置经费")),
            new UnitKind("科学技术委员会", null, "科学技术厅", "科学技术情报研究所", null, 0,
                    List.of("科技文献资源保障经费", "科技发展战略研究经费", "情报信息系统运维经费")),
            new UnitKind("交通运输委员会", null, "交通运输厅", "交通运输综合行政执法总队", "公路路政管理总队", 2020,
                    List.of("超限超载治理专项经费", "执法装备购置经费", "交通执法信息系统运维经费")));

    private RegionCatalog() {
    }

    /**
     * Every tier early: each province's group first (the province, its first city and that city's first county; a
     * municipality with its first two districts), so that a corpus of a few regions already rolls up from county to
     * province; then the other cities and districts in turn from each province, then the other counties.
     */
    private static List<Region> regions() {
        List<List<Region>> places = PROVINCES.stream().map(RegionCatalog::places).toList();
        List<Region> cities = new ArrayList<>();
        int most = places.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < most; i++) {
            for (List<Region> province : places) {
                if (i < province.size()) {
                    cities.add(province.get(i));
                }
            }
        }
        Map<String, List<Region>> countiesByCity = new LinkedHashMap<>();
        cities.stream().filter(c -> c.tier() == Tier.CITY).forEach(c -> countiesByCity.put(c.code(), counties(c)));
        List<List<Region>> counties = List.copyOf(countiesByCity.values());
        Set<Region> regions = new LinkedHashSet<>();
        for (int p = 0; p < PROVINCES.size(); p++) {
            Province province = PROVINCES.get(p);
            regions.add(new Region(province.name(), province.code(),
                    province.municipality() ? Tier.MUNICIPALITY : Tier.PROVINCE, province.name(), province.name(),
                    province.code()));
            Region first = places.get(p).get(0);
            regions.add(first);
            regions.add(province.municipality() ? places.get(p).get(1) : countiesByCity.get(first.code()).get(0));
        }
        regions.addAll(cities);
        for (int i = 0; i < COUNTIES_PER_CITY; i++) {
            for (List<Region> city : counties) {
                regions.add(city.get(i));
            }
        }
        return List.copyOf(regions);
    }

    private static List<Region> places(Province province) {
        Tier tier = province.municipality() ? Tier.DISTRICT : Tier.CITY;
        return province.places().stream().map(place -> {
            String code = (place.replaceAll("\\D", "") + "00").substring(0, 6);
            String name = place.replaceAll("\\d", "");
            return new Region(province.name() + name, code, tier, province.name(), name, code);
        }).toList();
    }

    /**
     * The city's counties: its real districts, counties and county-level cities first (development zones, codes 71–79,
     * are no county a unit is named after), then made-up ones to make up the number, the same every run (syllable pairs
     * drawn with the city's code as the seed, codes from 41, none the name of a real division). A reader reads a
     * made-up county as its city.
     */
    private static List<Region> counties(Region city) {
        List<Region> counties = new ArrayList<>();
        Division real = AdministrativeDivisions.standard().byCode(city.code()).orElseThrow();
        for (Division county : AdministrativeDivisions.standard().below(real)) {
            if (counties.size() < COUNTIES_PER_CITY && county.code().charAt(4) != '7') {
                counties.add(new Region(city.name() + county.name(), county.code(),
                        county.name().endsWith("区") ? Tier.DISTRICT : Tier.COUNTY, city.province(), county.name(),
                        county.code()));
            }
        }
        Random random = new Random(Long.parseLong(city.code()));
        Set<String> names = new LinkedHashSet<>();
        while (counties.size() + names.size() < COUNTIES_PER_CITY) {
            String name = "" + FIRST_SYLLABLES.charAt(random.nextInt(FIRST_SYLLABLES.length()))
                    + SECOND_SYLLABLES.charAt(random.nextInt(SECOND_SYLLABLES.length())) + "县";
            if (AdministrativeDivisions.standard().named(name).isEmpty()) {
                names.add(name);
            }
        }
        int number = 41;
        for (String name : names) {
            counties.add(new Region(city.name() + name, city.code().substring(0, 4) + number++, Tier.COUNTY,
                    city.province(), city.division(), city.divisionCode()));
        }
        return counties;
    }

    static String department(Region region, UnitKind kind, int year) {
        String before = year < 2019 ? kind.departmentBefore2019() : null;
        return region.name() + switch (region.tier()) {
            case PROVINCE -> provincial(kind, before);
            case MUNICIPALITY -> before != null ? before : kind.department();
            case CITY, DISTRICT, COUNTY -> local(before != null ? before : kind.department());
        };
    }

    /** A province's bureau is a 厅 where the kind names one; before the 2018 reform 环境保护厅, 农业厅. */
    private static String provincial(UnitKind kind, String before) {
        if (kind.provinceDepartment() == null) {
            return before != null ? before : kind.department();
        }
        return before != null ? before.replaceFirst("(局|委员会)$", "厅") : kind.provinceDepartment();
    }

    /** Below the province level bureaus are 局, save the health commission. */
    private static String local(String department) {
        return department.contains("卫生") || !department.endsWith("委员会") ? department
                : department.substring(0, department.length() - "委员会".length()) + "局";
    }

    static String unit(Region region, UnitKind kind, int year) {
        boolean old = kind.unitBefore() != null && year < kind.renamedIn();
        return region.name() + (old ? kind.unitBefore() : kind.unit());
    }
}
