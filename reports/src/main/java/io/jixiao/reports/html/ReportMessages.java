package io.jixiao.reports.html;

import io.jixiao.reports.charts.Lang;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/** The report's own labels in one language, from {@code messages_<lang>.properties}. */
public final class ReportMessages {
    private final ResourceBundle bundle;

    public ReportMessages(Lang lang) {
        this.bundle = ResourceBundle.getBundle("io.jixiao.reports.html.messages",
                Locale.forLanguageTag(lang.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** All labels, keys with '.' turned into '_' so that a template can name them. */
    Map<String, String> all() {
        Map<String, String> labels = new TreeMap<>();
        bundle.keySet().forEach(key -> labels.put(key.replace('.', '_'), bundle.getString(key)));
        return labels;
    }
}
