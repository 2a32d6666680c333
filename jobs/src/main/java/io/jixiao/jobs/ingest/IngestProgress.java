package io.jixiao.jobs.ingest;

/** Told how far an ingest has come: a progress bar on a terminal, log lines otherwise. */
public interface IngestProgress {

    IngestProgress SILENT = new IngestProgress() {
        @Override
        public void started(long documents) {
        }

        @Override
        public void advanced(long documentsRead, long formsRead) {
        }

        @Override
        public void stage(String description) {
        }
    };

    void started(long documents);

    void advanced(long documentsRead, long formsRead);

    void stage(String description);
}
