package io.jixiao.cli.console;

import io.jixiao.jobs.ingest.IngestProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;

/** Ingest progress: a progress bar on a terminal, plain log lines when the output goes elsewhere. */
public final class ConsoleProgress implements IngestProgress, AutoCloseable {

    private final PrintStream log;
    private final boolean terminal;
    private ProgressBar bar;
    private long lastLogged = -1;

    public ConsoleProgress(PrintStream log) {
        this.log = log;
        this.terminal = System.console() != null;
    }

    @Override
    public synchronized void started(long documents) {
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("documents").setInitialMax(documents)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(log))
                    .setUpdateIntervalMillis(250).build();
        } else {
            log.println("ingest: " + documents + " document(s) found");
        }
    }

    @Override
    public synchronized void advanced(long documentsRead, long formsRead) {
        if (bar != null) {
            bar.stepTo(documentsRead);
            bar.setExtraMessage(formsRead + " forms");
        } else if (!terminal && documentsRead != lastLogged && documentsRead > 0) {
            lastLogged = documentsRead;
            log.println("ingest: " + documentsRead + " document(s) read, " + formsRead + " form(s)");
        }
    }

    @Override
    public synchronized void stage(String description) {
        if (bar == null) {
            log.println("ingest: " + description);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
