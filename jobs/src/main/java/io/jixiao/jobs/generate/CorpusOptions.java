package io.jixiao.jobs.generate;

/**
 * What to generate: how many regions, units per region and which fiscal years, from which seed.
 * The same options always give byte-identical files.
 */
public record CorpusOptions(int regions, int units, int firstYear, int lastYear, long seed) {

    public static final int DEFAULT_REGIONS = 4;
    public static final int DEFAULT_UNITS = 8;
    public static final int DEFAULT_FIRST_YEAR = 2018;
    public static final int DEFAULT_LAST_YEAR = 2024;
    public static final long DEFAULT_SEED = 2024L;

    public CorpusOptions {
        if (regions < 1 || regions > RegionCatalog.REGIONS.size()) {
            throw new IllegalArgumentException("regions must be 1 to " + RegionCatalog.REGIONS.size() + ": " + regions);
        }
        if (units < 1 || units > RegionCatalog.UNITS.size()) {
            throw new IllegalArgumentException("units must be 1 to " + RegionCatalog.UNITS.size() + ": " + units);
        }
        if (firstYear < 2010 || lastYear > 2035 || firstYear > lastYear) {
            throw new IllegalArgumentException("years must be FIRST-LAST, first not after last, within 2010-2035: " + firstYear + "-" + lastYear);
        }
    }

    public static CorpusOptions defaults() {
        return new CorpusOptions(DEFAULT_REGIONS, DEFAULT_UNITS, DEFAULT_FIRST_YEAR, DEFAULT_LAST_YEAR, DEFAULT_SEED);
    }

    /** Reads "2018-2024" or "2021". */
    public static int[] years(String range) {
        String[] parts = range.strip().split("-");
        try {
            int first = Integer.parseInt(parts[0].strip());
            int last = parts.length > 1 ? Integer.parseInt(parts[1].strip()) : first;
            if (parts.length > 2) {
                throw new NumberFormatException(range);
            }
            return new int[] {first, last};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("years must be written FIRST-LAST, e.g. 2018-2024: '" + range + "'");
        }
    }
}
