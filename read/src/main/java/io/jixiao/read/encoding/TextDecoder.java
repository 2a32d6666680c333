package io.jixiao.read.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes document bytes: byte-order marks first, then strict UTF-8, then BOM-less UTF-16 (recognised by its
 * pattern of NUL bytes), then the charset juniversalchardet detects, decoded strictly; GB18030 (a superset of
 * GBK and GB2312) when the detector has no answer. Bytes that decode to control characters are rejected as binary.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    public DecodedText decode(byte[] bytes) {
        if (bytes.length == 0) {
            return DecodedText.rejected(null, "empty document");
        }
        Optional<DecodedText> bom = decodeWithBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<String> utf8 = strictUtf8(bytes);
        if (utf8.isPresent() && !looksBinary(utf8.get())) {
            return DecodedText.of(utf8.get(), "UTF-8");
        }
        Optional<DecodedText> truncated = truncatedUtf8(bytes);
        if (truncated.isPresent()) {
            return truncated.get();
        }
        Optional<Charset> utf16 = utf16ByNulPattern(bytes);
        if (utf16.isPresent()) {
            return checked(strict(bytes, 0, utf16.get()), utf16.get().name());
        }
        if (hasNul(bytes)) {
            return DecodedText.rejected(null, "binary file, not a text document");
        }
        Charset detected = detect(bytes).orElse(GB18030);
        Optional<String> text = strict(bytes, 0, detected);
        if (text.isEmpty() && !detected.equals(GB18030)) {
            detected = GB18030;
            text = strict(bytes, 0, GB18030);
        }
        return checked(text, detected.name());
    }

    /** UTF-8 text cut inside its last character (a truncated file): decoded without that partial character. */
    private static Optional<DecodedText> truncatedUtf8(byte[] bytes) {
        for (int cut = 1; cut <= 3 && cut < bytes.length; cut++) {
            int lead = bytes[bytes.length - cut] & 0xFF;
            if (lead >= 0xC0) {
                Optional<String> text = strict(java.util.Arrays.copyOf(bytes, bytes.length - cut), 0,
                        StandardCharsets.UTF_8);
                if (text.isPresent() && !looksBinary(text.get())) {
                    return Optional.of(DecodedText.of(text.get(), "UTF-8",
                            "document ends inside a UTF-8 character: the file looks truncated"));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<DecodedText> decodeWithBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(checked(strict(b, 3, StandardCharsets.UTF_8), "UTF-8"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(checked(strict(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(checked(strict(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE"));
        }
        return Optional.empty();
    }

    private static DecodedText checked(Optional<String> text, String encoding) {
        if (text.isEmpty()) {
            return DecodedText.rejected(encoding, "binary file, not a text document (invalid " + encoding + " bytes)");
        }
        if (looksBinary(text.get())) {
            return DecodedText.rejected(encoding, "binary file, not a text document");
        }
        return DecodedText.of(text.get(), encoding);
    }

    /**
     * Strict UTF-8 by the fast path: the JDK's String decoding replaces malformed input with U+FFFD, so text without
     * U+FFFD was valid; only text containing U+FFFD is decoded again strictly.
     */
    private static Optional<String> strictUtf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? Optional.of(text) : strict(bytes, 0, StandardCharsets.UTF_8);
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** UTF-16 text of mostly ASCII or CJK has NULs in either the even or the odd bytes, hardly ever in both. */
    private static Optional<Charset> utf16ByNulPattern(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return Optional.empty();
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < b.length; i += 2) {
            if (b[i] == 0) {
                evenNul++;
            }
            if (b[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = b.length / 2;
        if (oddNul * 10 >= pairs && evenNul * 4 < oddNul) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenNul * 10 >= pairs && oddNul * 4 < evenNul) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static Optional<Charset> detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || !Charset.isSupported(name)) {
            return Optional.empty();
        }
        Charset charset = Charset.forName(name);
        // GB2312 and GBK answers are decoded with their superset so that rarer characters still decode.
        if (name.toUpperCase().startsWith("GB") || name.equalsIgnoreCase("HZ-GB-2312")) {
            return Optional.of(GB18030);
        }
        return Optional.of(charset);
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** Text with NULs, or with more than 1% C0 control characters other than tab, line feeds and form feed. */
    private static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return controls > 0 && controls * 100 > text.length();
    }
}
