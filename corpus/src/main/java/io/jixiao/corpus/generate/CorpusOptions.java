package io.jixiao.corpus.generate;

/**
 * What to generate: how many regions, units per region and which fiscal years, from which seed, and whether
 * documents take the shapes of text that lost its table ({@link DocumentShape}). The same options always give
 * byte-identical files.
 */
public record CorpusOptions(int regions, int units, int firstYear, int lastYear, long seed, boolean shapes) {

    public CorpusOptions(int regions, int units, int firstYear, int lastYear, long seed) {
        this(regions, units, firstYear, lastYear, seed, false);
    }

    /** The same corpus with documents in every {@link DocumentShape} too. */
    public CorpusOptions withShapes() {
        return new CorpusOptions(regions, units, firstYear, lastYear, seed, true);
    }

    /** How many regions the catalog holds: 12 provinces and municipalities, their cities and districts, counties. */
    public static final int MAX_REGIONS = 2294;
    /**
     * Forms a unit of each kind writes a year (self-evaluations and target tables), measured on a corpus of 200
     * regions × 12 units × 10 years (2015–2024, seed 2024): 112,668 forms, 56.3 a region-year.
     */
    private static final double[] FORMS_PER_UNIT_YEAR = {8.11, 5.04, 3.05, 7.03, 4.52, 2.51, 6.01, 4.5, 2.5, 6.04,
            4.53, 2.5};

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

    /**
     * Options for a corpus of about {@code forms} forms over the years: every unit kind in as many regions as it
     * takes, or, for a corpus smaller than one region, one region of the fewest kinds that come near.
     */
    public static CorpusOptions forForms(long forms, int firstYear, int lastYear, long seed) {
        int years = lastYear - firstYear + 1;
        if (forms < 1 || years < 1) {
            throw new IllegalArgumentException("forms must be positive and years FIRST-LAST: " + forms + ", "
                    + firstYear + "-" + lastYear);
        }
        double perRegion = formsPerRegionYear(FORMS_PER_UNIT_YEAR.length) * years;
        if (forms < perRegion) {
            int units = 1;
            while (units < FORMS_PER_UNIT_YEAR.length && formsPerRegionYear(units) * years < forms) {
                units++;
            }
            return new CorpusOptions(1, units, firstYear, lastYear, seed);
        }
        long regions = Math.round(forms / perRegion);
        if (regions > MAX_REGIONS) {
            throw new IllegalArgumentException("at most about " + Math.round(MAX_REGIONS * perRegion)
                    + " forms fit in " + firstYear + "-" + lastYear + ": " + forms);
        }
        return new CorpusOptions((int) regions, FORMS_PER_UNIT_YEAR.length, firstYear, lastYear, seed);
    }

    /** Forms a region writes a year with its first {@code units} unit kinds, as measured. */
    static double formsPerRegionYear(int units) {
        double forms = 0;
        for (int u = 0; u < units; u++) {
            forms += FORMS_PER_UNIT_YEAR[u];
        }
        return forms;
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
