package io.jixiao.schema.warehouse;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The renames of agencies the analyst confirmed (机构改革: 浙江省水文总站 became 浙江省水文水资源勘测中心 in 2022), kept
 * in {@value #FILE} in the warehouse folder beside the snapshots: each row an old name, the new name and the first
 * year of the new one. An agency is known by its current name: the end of the chain of renames from any of its names
 * (A → B → C: A and B are C). The table is the analyst's, never written by an ingest; {@code jixiao agencies alias}
 * adds a row.
 */
public final class AgencyAliases {

    public static final String FILE = "agencies.csv";
    private static final String[] HEADER = {"old_name", "new_name", "from_year"};
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(HEADER).setSkipHeaderRecord(true)
            .setTrim(true).setIgnoreEmptyLines(true).get();

    /** One rename: {@code oldName} was the agency called {@code newName} from {@code fromYear}. */
    public record Alias(String oldName, String newName, int fromYear) {

        public Alias {
            requireNonNull(oldName, "oldName");
            requireNonNull(newName, "newName");
            if (oldName.isBlank() || newName.isBlank() || oldName.equals(newName)) {
                throw new IllegalArgumentException("a rename needs two different names, not '" + oldName + "' → '"
                        + newName + "'");
            }
        }
    }

    public static final AgencyAliases NONE = new AgencyAliases(List.of());

    private final List<Alias> aliases;
    private final Map<String, String> currentNames;

    private AgencyAliases(List<Alias> aliases) {
        this.aliases = List.copyOf(aliases);
        this.currentNames = resolve(this.aliases);
    }

    /** The warehouse's aliases; none where it has no {@value #FILE}. */
    public static AgencyAliases read(WarehouseFiles files) {
        Optional<String> text = files.text(FILE);
        return text.isEmpty() ? NONE : parse(text.get(), files.location() + "/" + FILE);
    }

    /** @param location the file's name, for errors that name the file and the line */
    public static AgencyAliases parse(String csv, String location) {
        List<Alias> aliases = new ArrayList<>();
        try {
            for (CSVRecord record : FORMAT.parse(new StringReader(csv))) {
                try {
                    aliases.add(new Alias(record.get(HEADER[0]), record.get(HEADER[1]),
                            Integer.parseInt(record.get(HEADER[2]))));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(location + ", line " + (record.getRecordNumber() + 1) + ": "
                            + e.getMessage() + " (columns: " + String.join(",", HEADER) + ")", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location, e);
        }
        return new AgencyAliases(aliases);
    }

    public List<Alias> aliases() {
        return aliases;
    }

    /** Every name an alias renames, with the agency's current name. */
    public Map<String, String> currentNames() {
        return currentNames;
    }

    /** The agency's current name: the name itself when no rename starts from it. */
    public String currentName(String name) {
        return name == null ? null : currentNames.getOrDefault(name, name);
    }

    /**
     * These aliases and one more (replacing a row of the same old name); refused where it would make a name its own
     * successor.
     */
    public AgencyAliases with(Alias alias) {
        List<Alias> more = new ArrayList<>(aliases.stream().filter(a -> !a.oldName().equals(alias.oldName())).toList());
        more.add(alias);
        return new AgencyAliases(more);
    }

    /** The table as {@value #FILE} holds it. */
    public String toCsv() {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (Alias alias : aliases) {
                printer.printRecord(alias.oldName(), alias.newName(), alias.fromYear());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Map<String, String> resolve(List<Alias> aliases) {
        Map<String, String> next = new LinkedHashMap<>();
        for (Alias alias : aliases) {
            if (next.putIfAbsent(alias.oldName(), alias.newName()) != null) {
                throw new IllegalArgumentException("two renames of '" + alias.oldName() + "'");
            }
        }
        Map<String, String> current = new LinkedHashMap<>();
        for (String name : next.keySet()) {
            String at = name;
            for (int steps = 0; next.containsKey(at); steps++) {
                at = next.get(at);
                if (steps > next.size()) {
                    throw new IllegalArgumentException("the renames of '" + name + "' go round in a circle");
                }
            }
            current.put(name, at);
        }
        return Map.copyOf(current);
    }
}
