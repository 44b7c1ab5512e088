package org.conflictmonitor.importer.ucdp;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Presents a reader's rows as a lazy stream, so that a whole file is never held in memory. */
final class RowStreams {

    /** The next row, or {@code null} after the last. */
    @FunctionalInterface
    interface NextRow<T> {
        ParsedRow<T> next() throws IOException;
    }

    private RowStreams() {
    }

    /** Rows one at a time; an I/O failure surfaces as {@link UncheckedIOException}, closing the stream closes the file. */
    static <T> Stream<ParsedRow<T>> of(NextRow<T> rows, Closeable file) {
        Iterator<ParsedRow<T>> iterator = new Iterator<>() {
            private ParsedRow<T> next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = rows.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return next != null;
            }

            @Override
            public ParsedRow<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ParsedRow<T> row = next;
                next = null;
                return row;
            }
        };
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        file.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
