package io.jixiao.read.encoding;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.regex.Pattern;

/**
 * Text in traditional characters, or with pinyin inserted after characters ("區(qū)", "價(jià)", "萬元"), turned into
 * the simplified text every label is written in: ICU4J's Traditional-Simplified transliterator, and a tone-marked
 * syllable in parentheses right after a Chinese character dropped. Text without either is returned as it is, after
 * one scan of its characters.
 *
 * <p>Only characters outside GB2312 (the simplified character set) are converted: the transliterator also maps
 * characters that simplified text uses in their own right (著 in 显著, 乾, 於, 余 …), and those must stay.
 */
public final class SimplifiedChinese {

    private static final String TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ";
    private static final Pattern PINYIN = Pattern.compile(
            "(?<=\\p{IsHan})[(（][a-zü]*[" + TONE_MARKED + "][a-zü]*[)）]");
    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    private static final UnicodeSet TRADITIONAL = traditionalOnly(TO_SIMPLIFIED);
    private static final UnicodeSet TRIGGERS = new UnicodeSet(TRADITIONAL).addAll(TONE_MARKED).freeze();
    /** The triggers in the Basic Multilingual Plane by char: a UnicodeSet's span binary-searches each CJK character. */
    private static final boolean[] BMP_TRIGGERS = bmp(TRIGGERS);

    static {
        TO_SIMPLIFIED.setFilter(TRADITIONAL);
    }

    private SimplifiedChinese() {
    }

    /** The text in simplified characters without inserted pinyin; the same instance when there was nothing to do. */
    public static String of(String text) {
        if (!hasTrigger(text)) {
            return text;
        }
        String withoutPinyin = text.indexOf('(') >= 0 || text.indexOf('（') >= 0
                ? PINYIN.matcher(text).replaceAll("") : text;
        if (TRADITIONAL.containsNone(withoutPinyin)) {
            return withoutPinyin;
        }
        // A transliterator keeps state while it runs: one document at a time (documents in traditional characters
        // are rare, so the lock costs nothing on the common path).
        synchronized (TO_SIMPLIFIED) {
            return TO_SIMPLIFIED.transliterate(withoutPinyin);
        }
    }

    private static boolean hasTrigger(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BMP_TRIGGERS[c] || Character.isHighSurrogate(c) && TRIGGERS.contains(text.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] bmp(UnicodeSet set) {
        boolean[] chars = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            chars[c] = set.contains(c);
        }
        return chars;
    }

    private static UnicodeSet traditionalOnly(Transliterator toSimplified) {
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        UnicodeSet traditional = new UnicodeSet();
        for (UnicodeSetIterator it = new UnicodeSetIterator(toSimplified.getSourceSet()); it.next(); ) {
            String character = it.getString();
            if (!gb2312.canEncode(character) && !toSimplified.transliterate(character).equals(character)) {
                traditional.add(character);
            }
        }
        return traditional.freeze();
    }
}
