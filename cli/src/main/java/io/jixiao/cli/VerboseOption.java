package io.jixiao.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Option;

/** {@code --verbose}: Spark's and Hadoop's own logging, quiet (warn) by default. */
public final class VerboseOption {

    @Option(names = {"-v", "--verbose"}, description = "show Spark's log (info level)")
    private boolean verbose;

    public void apply() {
        if (verbose) {
            Configurator.setRootLevel(Level.INFO);
            Configurator.setLevel("org.apache.hadoop", Level.INFO);
        }
    }
}
