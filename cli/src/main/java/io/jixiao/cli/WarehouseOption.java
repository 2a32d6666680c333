package io.jixiao.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --warehouse DIR} option shared by every command that reads or writes the warehouse. */
public final class WarehouseOption {

    @Option(names = "--warehouse", paramLabel = "DIR", defaultValue = "warehouse",
            description = "the warehouse folder (default: ${DEFAULT-VALUE})")
    private String warehouse;

    public String location() {
        return warehouse;
    }

    public Path localPath() {
        return Path.of(warehouse);
    }
}
