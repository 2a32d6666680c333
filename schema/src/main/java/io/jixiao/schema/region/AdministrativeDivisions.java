package io.jixiao.schema.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * China's administrative divisions to county level, as data ({@code divisions.csv}: the National Bureau of
 * Statistics' 2023 codes, with its source and date in the file) and the other spellings names are written with
 * ({@code division-spellings.csv}: 浙江 for 浙江省, 昌吉州 for 昌吉回族自治州).
 */
public final class AdministrativeDivisions {

    private static final String DIVISIONS = "divisions.csv";
    private static final String SPELLINGS = "division-spellings.csv";
    /** Prefecture rows that group a province's counties without naming a place: never read as a name. */
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setTrim(true).setIgnoreEmptyLines(true).get();

    private static final AdministrativeDivisions STANDARD = load();

    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> bySpelling;
    /** Per first character, the longest spelling that begins with it: most characters begin none. */
    private final Map<Character, Integer> longestByFirst;

    private AdministrativeDivisions(Map<String, Division> byCode, Map<String, List<Division>> bySpelling) {
        this.byCode = Map.copyOf(byCode);
        Map<String, List<Division>> spellings = new HashMap<>();
        bySpelling.forEach((spelling, divisions) -> spellings.put(spelling, List.copyOf(divisions)));
        this.bySpelling = Map.copyOf(spellings);
        Map<Character, Integer> longest = new HashMap<>();
        bySpelling.keySet().forEach(spelling -> longest.merge(spelling.charAt(0), spelling.length(), Math::max));
        this.longestByFirst = Map.copyOf(longest);
    }

    /** The divisions shipped with Jixiao. */
    public static AdministrativeDivisions standard() {
        return STANDARD;
    }

    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The divisions a name or spelling may mean (鼓楼区: four of them); empty where it names none. */
    public List<Division> named(String spelling) {
        return bySpelling.getOrDefault(spelling, List.of());
    }

    /** The divisions directly below one (a province's prefectures, a prefecture's counties), in code order. */
    public List<Division> below(Division division) {
        DivisionLevel level = division.level();
        if (level == DivisionLevel.COUNTY) {
            return List.of();
        }
        DivisionLevel next = DivisionLevel.values()[level.ordinal() + 1];
        return byCode.values().stream().filter(d -> d.level() == next && division.contains(d))
                .sorted(java.util.Comparator.comparing(Division::code)).toList();
    }

    /** The length of the longest name or spelling that begins with the character; 0 where none does. */
    public int longestSpellingFrom(char first) {
        return longestByFirst.getOrDefault(first, 0);
    }

    /** The province, prefecture and county of a division code; {@link RegionPath#NONE} for null or an unknown code. */
    public RegionPath path(String code) {
        Optional<Division> division = byCode(code);
        if (division.isEmpty()) {
            return RegionPath.NONE;
        }
        Division found = division.get();
        String province = byCode.get(found.provinceCode()).name();
        if (found.level() == DivisionLevel.PROVINCE) {
            return new RegionPath(province, null, null);
        }
        String prefecture = byCode.get(found.prefectureCode()).name();
        if (PLACEHOLDERS.contains(prefecture)) {
            prefecture = province;
        }
        return new RegionPath(province, prefecture, found.level() == DivisionLevel.COUNTY ? found.name() : null);
    }

    private static AdministrativeDivisions load() {
        Map<String, Division> byCode = new LinkedHashMap<>();
        Map<String, List<Division>> bySpelling = new HashMap<>();
        read(DIVISIONS, (line, record) -> {
            Division division = new Division(record.get("code"), record.get("name"));
            if (byCode.put(division.code(), division) != null) {
                throw new IllegalStateException(DIVISIONS + " line " + line + ": code " + division.code() + " twice");
            }
            if (!(division.level() == DivisionLevel.PREFECTURE && PLACEHOLDERS.contains(division.name()))) {
                bySpelling.computeIfAbsent(division.name(), n -> new ArrayList<>()).add(division);
            }
        });
        read(SPELLINGS, (line, record) -> {
            Division division = byCode.get(record.get("code"));
            if (division == null) {
                throw new IllegalStateException(SPELLINGS + " line " + line + ": no division has code "
                        + record.get("code"));
            }
            bySpelling.computeIfAbsent(record.get("spelling"), n -> new ArrayList<>()).add(division);
        });
        for (Division division : byCode.values()) {
            if (division.level() != DivisionLevel.PROVINCE && !byCode.containsKey(division.provinceCode())
                    || division.level() == DivisionLevel.COUNTY && !byCode.containsKey(division.prefectureCode())) {
                throw new IllegalStateException(DIVISIONS + ": " + division.code() + " lies in no listed division");
            }
        }
        return new AdministrativeDivisions(byCode, bySpelling);
    }

    private static void read(String resource, BiConsumer<Long, CSVRecord> row) {
        try (InputStream in = AdministrativeDivisions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                for (CSVRecord record : FORMAT.parse(reader)) {
                    row.accept(record.getRecordNumber(), record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
