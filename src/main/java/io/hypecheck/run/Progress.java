package io.hypecheck.run;

/** What a run says of its progress, for a progress bar: how many files, and each one done (from any thread). */
public interface Progress {

    /** Nothing to show. */
    Progress NONE = new Progress() {
        @Override
        public void started(int files) {
        }

        @Override
        public void stepped() {
        }

        @Override
        public void finished() {
        }
    };

    /** The run found this many inputs. */
    void started(int files);

    /** One input was loaded, evaluated and scored; called from worker threads. */
    void stepped();

    /** Every input is done. */
    void finished();
}
