package io.jixiao.read.table;

import static java.util.Objects.requireNonNull;

import io.jixiao.read.layout.MatchKey;
import io.jixiao.schema.Memo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The words forms are read by, as data: categories (indicator and fund columns, header fields, fund sources, level
 * names, kind clues …) of keys and their synonyms, from the bundled {@code vocabulary.tsv} plus any files a user adds
 * with {@code --templates DIR}. A synonym matches a match key exactly, or, written {@code ~WORD}, any key containing
 * WORD (exact synonyms win). Immutable once built.
 */
public final class Vocabulary {

    private static final String BUNDLED = "/io/jixiao/read/vocabulary/vocabulary.tsv";
    private static final Vocabulary DEFAULT = bundled();
    // The active vocabulary is process-wide because the readers are reached from static label predicates; it is set
    // once, by the command line, before any document is read.
    private static volatile Vocabulary active = DEFAULT;

    private final Map<String, Map<String, String>> exact;
    private final Map<String, List<String[]>> contains;
    private final Map<String, List<String>> keysInOrder;
    private final List<Entry> entries;
    /** A category and a match key: what a containing-synonym look-up answers. */
    private record Question(String category, String matchKey) {
    }

    // the containing synonyms are tried on every cell of every row: their answers are remembered
    private final Memo<Question, Optional<String>> containing = new Memo<>(
            question -> firstContained(question.category(), question.matchKey()), 200_000);

    private Vocabulary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Map<String, String>> exactMap = new HashMap<>();
        Map<String, List<String[]>> containsMap = new HashMap<>();
        Map<String, List<String>> keys = new HashMap<>();
        for (Entry entry : entries) {
            keys.computeIfAbsent(entry.category(), c -> new ArrayList<>());
            if (!keys.get(entry.category()).contains(entry.key())) {
                keys.get(entry.category()).add(entry.key());
            }
            if (entry.synonym().startsWith("~")) {
                containsMap.computeIfAbsent(entry.category(), c -> new ArrayList<>())
                        .add(new String[] {MatchKey.compact(entry.synonym().substring(1)), entry.key()});
            } else {
                // a user's later entry overrides a bundled one for the same synonym
                exactMap.computeIfAbsent(entry.category(), c -> new HashMap<>())
                        .put(MatchKey.compact(entry.synonym()), entry.key());
            }
        }
        this.exact = new HashMap<>(freeze(exactMap));
        this.contains = Map.copyOf(containsMap);
        this.keysInOrder = Map.copyOf(keys);
    }

    /** One line of a vocabulary file. */
    public record Entry(String category, String key, String synonym, String source) {
        public Entry {
            requireNonNull(category, "category");
            requireNonNull(key, "key");
            requireNonNull(synonym, "synonym");
        }
    }

    /** The vocabulary in force (the bundled one unless {@link #activate} was called). */
    public static Vocabulary active() {
        return active;
    }

    /** The bundled vocabulary, without a user's additions. */
    public static Vocabulary bundledVocabulary() {
        return DEFAULT;
    }

    /** Makes the bundled vocabulary plus the {@code *.tsv} files of {@code directory} the one in force. */
    public static Vocabulary activate(Path directory) {
        active = DEFAULT.extendedWith(directory);
        return active;
    }

    /** Restores the bundled vocabulary (tests). */
    public static void reset() {
        active = DEFAULT;
    }

    /** This vocabulary plus the entries of every {@code *.tsv} file in {@code directory}, in name order. */
    public Vocabulary extendedWith(Path directory) {
        List<Entry> entries = new ArrayList<>(entries());
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().toList()) {
                entries.addAll(parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates in " + directory + ": " + e.getMessage(), e);
        }
        return new Vocabulary(entries);
    }

    /** Every entry, bundled first, in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The key the category gives {@code matchKey}: an exact synonym first, else the first containing one. */
    public Optional<String> lookUp(String category, String matchKey) {
        if (matchKey.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> words = exact.get(category);
        String key = words == null ? null : words.get(matchKey);
        if (key != null) {
            return Optional.of(key);
        }
        return contains.containsKey(category) ? containing.get(new Question(category, matchKey)) : Optional.empty();
    }

    private Optional<String> firstContained(String category, String matchKey) {
        for (String[] word : contains.get(category)) {
            if (matchKey.contains(word[0])) {
                return Optional.of(word[1]);
            }
        }
        return Optional.empty();
    }

    public boolean contains(String category, String matchKey) {
        return lookUp(category, matchKey).isPresent();
    }

    /** The category's keys in the order the files first name them. */
    public List<String> keys(String category) {
        return keysInOrder.getOrDefault(category, List.of());
    }

    /** The category's exact synonyms (without the ~ ones), synonym → key. */
    public Map<String, String> synonyms(String category) {
        return exact.getOrDefault(category, Map.of());
    }

    private static Vocabulary bundled() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED);
            }
            return new Vocabulary(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of one file; a malformed line is an error naming the file and line. */
    static List<Entry> parse(String text, String source) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = lines[i].split("\t");
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
                throw new IllegalArgumentException(source + " line " + (i + 1)
                        + ": expected CATEGORY<TAB>KEY<TAB>SYNONYM, got '" + line + "'");
            }
            entries.add(new Entry(parts[0].strip(), parts[1].strip(), parts[2].strip(), source));
        }
        return entries;
    }

    private static Map<String, Map<String, String>> freeze(Map<String, Map<String, String>> map) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        map.forEach((category, words) -> out.put(category, Map.copyOf(words)));
        return Map.copyOf(out);
    }
}
