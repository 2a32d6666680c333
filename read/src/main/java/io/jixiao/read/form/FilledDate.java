package io.jixiao.read.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a form was filled in (填报日期) as written (2023年3月20日, 2023.6.28, 2020 年 2 月 18 日, 2022-02-03), read as
 * an ISO date; nothing where it is no real date. It tells which of two copies of a form is the later.
 */
final class FilledDate {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[年./\\-]\\s*(\\d{1,2})\\s*[月./\\-]\\s*(\\d{1,2})\\s*日?");

    private FilledDate() {
    }

    static Optional<String> iso(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher date = DATE.matcher(text);
        if (!date.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(3))).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
