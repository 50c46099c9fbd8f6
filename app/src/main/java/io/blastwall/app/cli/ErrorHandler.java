package io.blastwall.app.cli;

import io.blastwall.app.store.StoreException;
import io.blastwall.importer.ImportException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns any failure into one line on the error stream and exit code 1; the stack trace goes to the log. */
final class ErrorHandler implements IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        LOG.debug("Command failed", ex);
        cl.getErr().println("blastwall: " + message(ex));
        cl.getErr().flush();
        return 1;
    }

    static String message(Throwable ex) {
        if (ex instanceof ImportException || ex instanceof StoreException || ex instanceof UserError) {
            return ex.getMessage();
        }
        if (ex instanceof IOException) {
            return "cannot read or write " + ex.getMessage();
        }
        String m = ex.getMessage();
        return ex.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
