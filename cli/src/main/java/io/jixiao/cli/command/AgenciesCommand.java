package io.jixiao.cli.command;

import io.jixiao.cli.OutputOptions;
import io.jixiao.cli.WarehouseOption;
import io.jixiao.reports.agencies.AgencyRegister;
import io.jixiao.reports.agencies.AgencyRegister.Agency;
import io.jixiao.reports.agencies.AgencyRegister.SuspectedRename;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.MetricTable;
import io.jixiao.schema.warehouse.AgencyAliases;
import io.jixiao.schema.warehouse.LocalWarehouseFiles;
import io.jixiao.schema.warehouse.WarehouseLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code jixiao agencies}: the warehouse's agencies (each unit under its current name after the confirmed renames),
 * and the renames the forms suggest for the analyst to confirm; {@code jixiao agencies alias OLD NEW --from YEAR}
 * confirms one.
 */
@Command(name = "agencies", mixinStandardHelpOptions = true,
        description = "List the agencies of the warehouse with their names per year, and the renames their forms "
                + "suggest (机构改革); confirm one with: jixiao agencies alias OLD NEW --from YEAR.",
        subcommands = AgenciesCommand.Alias.class)
public final class AgenciesCommand implements Callable<Integer> {

    @Mixin
    private WarehouseOption warehouse;

    @Mixin
    private OutputOptions output;

    @Override
    public Integer call() throws IOException {
        try (DuckDbMetricEngine engine = DuckDbMetricEngine.open(warehouse.localPath())) {
            AgencyRegister register = AgencyRegister.of(engine);
            output.write("agencies", table(register.agencies()));
            PrintStream out = System.out;
            List<SuspectedRename> suspects = register.suspectedRenames();
            out.println();
            out.println(suspects.isEmpty() ? "no suspected renames"
                    : suspects.size() + " suspected renames (confirm each with the command under it):");
            for (SuspectedRename suspect : suspects) {
                out.println("  " + suspect.from().name() + " (" + years(suspect.from()) + ") → " + suspect.to().name()
                        + " (" + years(suspect.to()) + "): " + suspect.evidence());
                out.println("    jixiao agencies alias " + quoted(suspect.from().name()) + " "
                        + quoted(suspect.to().name()) + " --from " + suspect.year() + " --warehouse "
                        + warehouse.location());
            }
            out.flush();
        }
        return 0;
    }

    private static MetricTable table(List<Agency> agencies) {
        List<List<Object>> rows = new ArrayList<>();
        for (Agency agency : agencies) {
            rows.add(List.of(agency.name(), String.join(" | ", agency.names()), years(agency),
                    String.join(" | ", agency.codes()), String.join(" | ", agency.regions()),
                    String.join(" | ", agency.departments()), agency.projects().size(), agency.forms()));
        }
        return new MetricTable(List.of("agency", "names", "years", "unit_code", "region", "department", "projects",
                "forms"), rows);
    }

    private static String years(Agency agency) {
        return agency.firstYear() == agency.lastYear() ? String.valueOf(agency.firstYear())
                : agency.firstYear() + "–" + agency.lastYear();
    }

    private static String quoted(String name) {
        return "'" + name.replace("'", "'\\''") + "'";
    }

    /** {@code jixiao agencies alias OLD NEW --from YEAR}: records a rename in the warehouse's agencies.csv. */
    @Command(name = "alias", mixinStandardHelpOptions = true,
            description = "Record that the agency OLD is called NEW from YEAR on: metrics by agency then follow it "
                    + "across the rename (kept in the warehouse folder, " + AgencyAliases.FILE + ").")
    static final class Alias implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "OLD", description = "the old name, as the forms write it")
        private String oldName;

        @Parameters(index = "1", paramLabel = "NEW", description = "the new name")
        private String newName;

        @Option(names = "--from", paramLabel = "YEAR", required = true,
                description = "the first year of the new name")
        private int fromYear;

        @Mixin
        private WarehouseOption warehouse;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Path root = warehouse.localPath();
            WarehouseLayout.requireWarehouse(new LocalWarehouseFiles(root));
            AgencyAliases aliases = AgencyAliases.read(new LocalWarehouseFiles(root))
                    .with(new AgencyAliases.Alias(oldName, newName, fromYear));
            Path file = root.resolve(AgencyAliases.FILE);
            Path written = Files.writeString(root.resolve(AgencyAliases.FILE + ".tmp"), aliases.toCsv(),
                    StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getOut().println("alias: " + oldName + " → " + newName + " from " + fromYear + " ("
                    + aliases.aliases().size() + " in " + file + ")");
            return 0;
        }
    }
}
