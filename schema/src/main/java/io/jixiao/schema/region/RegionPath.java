package io.jixiao.schema.region;

/**
 * Where a division lies: the names of its province, prefecture and county; a level below the division is null. A
 * municipality's districts and counties have the municipality as their prefecture (the table's own prefecture rows
 * there, 市辖区 and 县, name no place).
 */
public record RegionPath(String province, String prefecture, String county) {

    public static final RegionPath NONE = new RegionPath(null, null, null);
}
