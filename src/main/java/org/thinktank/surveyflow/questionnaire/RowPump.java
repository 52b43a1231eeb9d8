package org.thinktank.surveyflow.questionnaire;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.thinktank.surveyflow.questionnaire.reading.DatasetRows;

/**
 * A stored dataset's rows, read on a thread of their own and handed over a few at a time, so that a workbook can
 * write tens of thousands of rows without holding them all: the reader pushes rows, the workbook pulls them. Taken
 * once. Nothing is loaded or read before the header or the rows are first asked for, so a workbook of many datasets
 * holds one file at a time. A reader nobody takes rows from any more gives up after a while instead of waiting for
 * ever.
 */
final class RowPump implements Iterable<List<String>> {

    private static final int BUFFERED_ROWS = 256;
    private static final long PATIENCE_SECONDS = 120;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BUFFERED_ROWS);
    private final QuestionnaireReader reader;
    private final Supplier<DatasetFile> file;
    private List<String> header;
    private boolean taken;

    RowPump(QuestionnaireReader reader, Supplier<DatasetFile> file) {
        this.reader = reader;
        this.file = file;
    }

    /** The header row, read when one of its names is first asked for. */
    List<String> header() {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return started().get(index);
            }

            @Override
            public int size() {
                return started().size();
            }
        };
    }

    private synchronized List<String> started() {
        if (header == null) {
            Thread thread = new Thread(() -> fill(file.get()), "dataset-raw-rows");
            thread.setDaemon(true);
            thread.start();
            @SuppressWarnings("unchecked")
            List<String> first = (List<String>) take();
            header = first;
        }
        return header;
    }

    @Override
    public Iterator<List<String>> iterator() {
        if (taken) {
            throw new IllegalStateException("the rows of a stored dataset are read once");
        }
        taken = true;
        started();
        return new Iterator<>() {
            private Object next = take();

            @Override
            public boolean hasNext() {
                return next != END;
            }

            @Override
            @SuppressWarnings("unchecked")
            public List<String> next() {
                if (next == END) {
                    throw new NoSuchElementException();
                }
                List<String> row = (List<String>) next;
                next = take();
                return row;
            }
        };
    }

    private void fill(DatasetFile file) {
        try {
            reader.readRows(file, new DatasetRows() {
                @Override
                public void header(List<String> names) {
                    put(List.copyOf(names));
                }

                @Override
                public void row(long rowNumber, List<String> cells) {
                    put(new ArrayList<>(cells));
                }
            });
            put(END);
        } catch (RuntimeException e) {
            queue.offer(e); // the taker rethrows it; when nobody takes, nothing waits on it
        }
    }

    private void put(Object item) {
        try {
            if (!queue.offer(item, PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("nobody took the rows of the stored dataset");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Object take() {
        try {
            Object item = queue.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
            if (item instanceof RuntimeException failure) {
                throw failure;
            }
            if (item == null) {
                throw new IllegalStateException("the stored dataset's rows did not come");
            }
            return item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
