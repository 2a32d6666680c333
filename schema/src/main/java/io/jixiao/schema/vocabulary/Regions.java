package io.jixiao.schema.vocabulary;

import java.util.List;
import java.util.Optional;

/**
 * Regions recognised in department and unit names, with their GB/T 2260 division codes. A form's region is the most
 * specific one named: 昌吉回族自治州 for the Changji units rather than 新疆维吾尔自治区.
 */
public enum Regions {
    CHANGJI("昌吉回族自治州", "652300", List.of("昌吉回族自治州", "昌吉州", "昌吉")),
    SHANGHAI("上海市", "310000", List.of("上海市", "上海")),
    JIANGSU("江苏省", "320000", List.of("江苏省", "江苏")),
    XINJIANG("新疆维吾尔自治区", "650000", List.of("新疆维吾尔自治区", "新疆")),
    BEIJING("北京市", "110000", List.of("北京市", "北京")),
    TIANJIN("天津市", "120000", List.of("天津市", "天津")),
    CHONGQING("重庆市", "500000", List.of("重庆市", "重庆")),
    ZHEJIANG("浙江省", "330000", List.of("浙江省", "浙江")),
    ANHUI("安徽省", "340000", List.of("安徽省", "安徽")),
    FUJIAN("福建省", "350000", List.of("福建省", "福建")),
    SHANDONG("山东省", "370000", List.of("山东省", "山东")),
    HENAN("河南省", "410000", List.of("河南省", "河南")),
    HUBEI("湖北省", "420000", List.of("湖北省", "湖北")),
    HUNAN("湖南省", "430000", List.of("湖南省", "湖南")),
    GUANGDONG("广东省", "440000", List.of("广东省", "广东")),
    SICHUAN("四川省", "510000", List.of("四川省", "四川"));

    private final String regionName;
    private final String code;
    private final List<String> spellings;

    Regions(String regionName, String code, List<String> spellings) {
        this.regionName = regionName;
        this.code = code;
        this.spellings = spellings;
    }

    public String regionName() {
        return regionName;
    }

    /** The GB/T 2260 administrative division code. */
    public String code() {
        return code;
    }

    /** The most specific region named in the department, else in the unit (constants: most specific first). */
    public static Optional<String> regionOf(String department, String unit) {
        for (String name : new String[] {department, unit}) {
            if (name == null) {
                continue;
            }
            for (Regions region : values()) {
                if (region.spellings.stream().anyMatch(name::contains)) {
                    return Optional.of(region.regionName);
                }
            }
        }
        return Optional.empty();
    }
}
