package io.jixiao.reports.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a font that draws Chinese glyphs. Java's logical fonts show empty boxes for Chinese on a machine
 * without a CJK font, and {@link Font#createFont} returns only the first face of a collection (for Noto
 * Sans CJK that is the Japanese face), so the font files are opened with {@link Font#createFonts} and the
 * Simplified Chinese face is picked by its family name.
 */
public final class ChartFonts {
    /** Characters the chosen font must draw: common words of the charts and of agency names. */
    public static final String PROBE = "上海市计量测试技术研究院预算执行率优良中差单位年度万元指标达成昌吉回族自治州";

    /** Preferred families, best first. */
    static final List<String> FAMILIES = List.of(
            "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei",
            "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", "Source Han Sans CN");

    static final List<Path> FONT_DIRECTORIES = List.of(
            Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
            Path.of(System.getProperty("user.home"), ".local/share/fonts"),
            Path.of(System.getProperty("user.home"), ".fonts"),
            Path.of("/System/Library/Fonts"), Path.of("/Library/Fonts"), Path.of("C:/Windows/Fonts"));

    private static volatile Font found;

    private final List<Path> directories;
    private final boolean includeRegistered;

    ChartFonts(List<Path> directories, boolean includeRegistered) {
        this.directories = List.copyOf(directories);
        this.includeRegistered = includeRegistered;
    }

    /** The CJK font of this machine, at 12 pt, found once per JVM. */
    public static Font cjk() {
        Font font = found;
        if (font == null) {
            synchronized (ChartFonts.class) {
                if (found == null) {
                    found = new ChartFonts(FONT_DIRECTORIES, true).find();
                    GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(found);
                }
                font = found;
            }
        }
        return font;
    }

    Font find() {
        Optional<Font> fromFiles = fontFiles().stream()
                .flatMap(ChartFonts::faces)
                .filter(face -> rank(face.getFamily(Locale.ROOT)) < FAMILIES.size())
                .filter(face -> face.canDisplayUpTo(PROBE) == -1)
                .min(Comparator.comparingInt(face -> rank(face.getFamily(Locale.ROOT))));
        if (fromFiles.isPresent()) {
            return fromFiles.get().deriveFont(Font.PLAIN, 12f);
        }
        if (includeRegistered) {
            List<String> registered = Arrays.asList(
                    GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));
            Optional<Font> font = Stream.concat(FAMILIES.stream().filter(registered::contains), registered.stream())
                    .map(family -> new Font(family, Font.PLAIN, 12))
                    .filter(candidate -> !isLogical(candidate) && candidate.canDisplayUpTo(PROBE) == -1)
                    .findFirst();
            if (font.isPresent()) {
                return font.get();
            }
        }
        throw new IllegalStateException("No font that draws Chinese glyphs was found (looked for "
                + String.join(", ", FAMILIES) + " under " + directories
                + (includeRegistered ? " and among the fonts Java knows" : "")
                + "). Charts would show empty boxes. Install one, e.g. on Debian/Ubuntu: "
                + "apt-get install fonts-wqy-microhei (or fonts-noto-cjk).");
    }

    private static boolean isLogical(Font font) {
        return List.of(Font.DIALOG, Font.DIALOG_INPUT, Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED)
                .contains(font.getFamily(Locale.ROOT));
    }

    private static int rank(String family) {
        int index = FAMILIES.indexOf(family);
        return index < 0 ? FAMILIES.size() : index;
    }

    private List<Path> fontFiles() {
        List<Path> files = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(directory)) {
                walk.filter(Files::isRegularFile).filter(ChartFonts::looksLikeCjkFontFile).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list fonts in " + directory, e);
            }
        }
        return files;
    }

    /** File names of the preferred families' fonts; opening every font file of a machine is slow. */
    private static boolean looksLikeCjkFontFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean fontFile = name.endsWith(".ttc") || name.endsWith(".ttf") || name.endsWith(".otf")
                || name.endsWith(".otc");
        return fontFile && (name.contains("cjk") || name.contains("notosanssc") || name.contains("wqy")
                || name.contains("simhei") || name.startsWith("msyh") || name.contains("pingfang")
                || name.contains("sourcehansans"));
    }

    private static Stream<Font> faces(Path file) {
        try {
            return Arrays.stream(Font.createFonts(file.toFile()));
        } catch (FontFormatException | IOException e) {
            return Stream.empty(); // a broken or unsupported font file: look at the next one
        }
    }
}
