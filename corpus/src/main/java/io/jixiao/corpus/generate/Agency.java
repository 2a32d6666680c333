package io.jixiao.corpus.generate;

import java.util.Random;

/**
 * One made-up unit under its department in a region, with how well it manages its budget: a base quality that
 * drifts by {@code trend} each year, so that charts over the years show units improving and slipping.
 */
record Agency(RegionCatalog.Region region, RegionCatalog.UnitKind kind, int index, double baseQuality, double trend,
              int firstYear) {

    static Agency of(RegionCatalog.Region region, RegionCatalog.UnitKind kind, int index, int firstYear, Random random) {
        return new Agency(region, kind, index, 0.3 + random.nextDouble() * 0.65,
                -0.03 + random.nextDouble() * 0.09, firstYear);
    }

    String department(int year) {
        return RegionCatalog.department(region, kind, year);
    }

    String unit(int year) {
        return RegionCatalog.unit(region, kind, year);
    }

    /** 0 (poorly run) to 1 (well run) in the given year. */
    double quality(int year) {
        return Math.max(0.05, Math.min(1, baseQuality + trend * (year - firstYear)));
    }
}
