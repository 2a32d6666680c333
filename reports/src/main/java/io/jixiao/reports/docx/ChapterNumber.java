package io.jixiao.reports.docx;

import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.html.ReportMessages;

/** The number before a chapter's title: "一、" in Chinese (the official style), "1. " in English. */
final class ChapterNumber {
    private static final String DIGITS = "一二三四五六七八九";

    private ChapterNumber() {
    }

    static String of(int number, Lang lang, ReportMessages messages) {
        String written = lang == Lang.ZH ? chinese(number) : String.valueOf(number);
        return messages.get("docx.chapter").replace("{number}", written);
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九: a report has far fewer than 100 chapters. */
    static String chinese(int number) {
        if (number < 1 || number > 99) {
            throw new IllegalArgumentException("A chapter is numbered 1 to 99, not " + number);
        }
        int tens = number / 10;
        int ones = number % 10;
        String ten = tens == 0 ? "" : (tens == 1 ? "" : digit(tens)) + "十";
        return ten + (ones == 0 ? "" : digit(ones));
    }

    private static String digit(int digit) {
        return String.valueOf(DIGITS.charAt(digit - 1));
    }
}
