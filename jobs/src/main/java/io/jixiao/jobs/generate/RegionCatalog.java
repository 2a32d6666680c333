package io.jixiao.jobs.generate;

import java.util.List;

/**
 * Real region names and the kinds of department and unit that write performance forms. The regions of the real
 * samples (上海, 江苏, 昌吉/新疆) are left out so that no made-up form can share a natural key with a real one.
 */
final class RegionCatalog {

    /** A province-level region; {@code municipality} regions name their bureaus 委员会/局 and their level 市本级. */
    record Region(String name, String code, boolean municipality) {

        String level() {
            return municipality ? "市本级" : "省本级";
        }

        /** The prefix of a target table's title: 浙江省省级 / 北京市市级. */
        String titlePrefix() {
            return name + (municipality ? "市级" : "省级");
        }
    }

    /**
     * One kind of unit: its supervising department (before and after the 2018 reform where it changed),
     * its name, an older name used until {@code renamedIn}, and the project names it budgets for.
     */
    record UnitKind(String department, String departmentBefore2019, String provinceDepartment, String unit,
                    String unitBefore, int renamedIn, List<String> projects) {
    }

    static final List<Region> REGIONS = List.of(
            new Region("浙江省", "330000", false),
            new Region("广东省", "440000", false),
            new Region("四川省", "510000", false),
            new Region("湖北省", "420000", false),
            new Region("山东省", "370000", false),
            new Region("北京市", "110000", true),
            new Region("福建省", "350000", false),
            new Region("河南省", "410000", false),
            new Region("湖南省", "430000", false),
            new Region("安徽省", "340000", false),
            new Region("天津市", "120000", true),
            new Region("重庆市", "500000", true));

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

    static String department(Region region, UnitKind kind, int year) {
        boolean provinceStyle = !region.municipality() && kind.provinceDepartment() != null;
        if (year < 2019 && kind.departmentBefore2019() != null) {
            // before the 2018 reform: 环境保护局, and in provinces 环境保护厅, 农业厅
            String before = kind.departmentBefore2019();
            return region.name() + (provinceStyle ? before.replaceFirst("(局|委员会)$", "厅") : before);
        }
        return region.name() + (provinceStyle ? kind.provinceDepartment() : kind.department());
    }

    static String unit(Region region, UnitKind kind, int year) {
        boolean old = kind.unitBefore() != null && year < kind.renamedIn();
        return region.name() + (old ? kind.unitBefore() : kind.unit());
    }
}
