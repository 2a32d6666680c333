package io.jixiao.schema.region;

import static java.util.Objects.requireNonNull;

/**
 * One administrative division: its six-digit code (GB/T 2260, or the statistical code of a development zone) and its
 * full name.
 */
public record Division(String code, String name) {

    public Division {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        if (!code.matches("\\d{6}")) {
            throw new IllegalArgumentException("a division code has six digits, not '" + code + "'");
        }
    }

    public DivisionLevel level() {
        return DivisionLevel.of(code);
    }

    /** The code of the province it lies in (its own where it is one). */
    public String provinceCode() {
        return code.substring(0, 2) + "0000";
    }

    /** The code of the prefecture it lies in (its own where it is one); only for prefectures and counties. */
    public String prefectureCode() {
        return code.substring(0, 4) + "00";
    }

    /** Whether {@code other} is this division or lies within it. */
    public boolean contains(Division other) {
        return switch (level()) {
            case PROVINCE -> other.provinceCode().equals(code);
            case PREFECTURE -> other.level() != DivisionLevel.PROVINCE && other.prefectureCode().equals(code);
            case COUNTY -> other.code.equals(code);
        };
    }
}
