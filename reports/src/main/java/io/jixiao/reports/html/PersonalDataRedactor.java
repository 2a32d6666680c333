package io.jixiao.reports.html;

import java.util.regex.Pattern;

/**
 * Removes personal data that may hide in free text copied from a document (a deviation reason, a finding's
 * message): what follows a 项目负责人 / 联系人 / 联系电话 label, and anything shaped like a Chinese phone
 * number (a mobile 1xxxxxxxxxx, a landline with or without area code: 86435544, 025-86435544).
 */
public final class PersonalDataRedactor {
    public static final String REDACTED = "[…]";

    private static final Pattern LABELLED = Pattern.compile(
            "(项目负责人|负责人|联系人|联系电话|联系方式|电话|手机)(\\s*[/／、]\\s*(联系电话|电话|手机))?\\s*[:：]?\\s*"
                    + "[^\\s,，;；。)）]+");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d.])(1[3-9]\\d{9}|0\\d{2,3}[-－]?\\d{7,8}|\\d{7,8})(?![\\d.])");

    private PersonalDataRedactor() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String withoutLabelled = LABELLED.matcher(text).replaceAll(match -> match.group(1) + " " + REDACTED);
        return PHONE.matcher(withoutLabelled).replaceAll(REDACTED);
    }
}
