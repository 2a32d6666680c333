package io.jixiao.read.pdf;

import java.util.regex.Pattern;

/**
 * Page headers and footers that only number the page: "-1-", "— 2 —", "第 3 页", "第3页 共12页", "3 / 12". A bare
 * number is not one of them: it may be a cell.
 */
public final class PageNumbers {

    private static final String DASH = "[-‐‑‒–—―－~～]";
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            DASH + "+\\s*\\d{1,4}\\s*" + DASH + "+"
            + "|第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
            + "|\\d{1,4}\\s*/\\s*\\d{1,4}");

    private PageNumbers() {
    }

    public static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line.strip()).matches();
    }
}
