package io.jixiao.schema.region;

/** The three levels of China's administrative divisions a division code tells apart. */
public enum DivisionLevel {
    /** 省级: a province, municipality or autonomous region (code ends in 0000). */
    PROVINCE,
    /** 地级: a prefecture-level city, prefecture, league or autonomous prefecture (code ends in 00). */
    PREFECTURE,
    /** 县级: a district, county, county-level city or banner. */
    COUNTY;

    public static DivisionLevel of(String code) {
        if (code.endsWith("0000")) {
            return PROVINCE;
        }
        return code.endsWith("00") ? PREFECTURE : COUNTY;
    }
}
