package io.jixiao.reports.charts;

import java.util.Locale;

/** The language of chart and report labels. Document text (agency and project names) is never translated. */
public enum Lang {
    ZH, EN;

    public static Lang parse(String code) {
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "zh", "zh-cn", "cn" -> ZH;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("Unknown language '" + code + "': use zh or en");
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
