package org.normdesk.ui.task;

import org.normdesk.service.Progress;

/** Work that must not run on the FX thread (database, files); it may report progress. */
@FunctionalInterface
public interface BackgroundJob<T> {
    T call(Progress progress) throws Exception;
}
