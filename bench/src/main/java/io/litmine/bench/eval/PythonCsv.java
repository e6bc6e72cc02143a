package io.litmine.bench.eval;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows as Python 3.11's {@code csv.reader(fh, delimiter=D)} reads them from a file opened with
 * {@code newline=""} (the default "excel" dialect: quote character {@code "}, doubled quotes, not strict).
 * A naive split would not do: in the HGNC table some fields start with a quote, and Python's reader then
 * reads on, over tabs and line ends, to the closing quote, so the reference scorer sees other columns
 * than a split would give. This is the state machine of CPython's {@code _csv.c}, line by line as the
 * reader gets them (a line ends after {@code \n}, {@code \r\n} or a lone {@code \r}).
 */
final class PythonCsv {

    private enum State { START_RECORD, START_FIELD, IN_FIELD, IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL }

    /** CPython's default {@code csv.field_size_limit()}. */
    private static final int FIELD_LIMIT = 131072;
    private static final int EOL = -2;
    private static final char QUOTE = '"';

    private final Reader in;
    private final char delimiter;
    private State state = State.START_RECORD;
    private final StringBuilder field = new StringBuilder();
    private List<String> fields = new ArrayList<>();
    private int pushedBack = -1;
    private boolean eof;

    PythonCsv(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** The next row ({@code []} for an empty line), or null at the end of the input. */
    List<String> next() throws IOException {
        do {
            if (eof || !readLine()) {
                eof = true;
                if (field.length() != 0 || state == State.IN_QUOTED_FIELD) {
                    saveField();
                    state = State.START_RECORD;
                    return take();
                }
                return null;
            }
            process(EOL);
        } while (state != State.START_RECORD);
        return take();
    }

    private List<String> take() {
        List<String> row = fields;
        fields = new ArrayList<>();
        return row;
    }

    /** Feeds one line's characters, its line end included; false when there is no line left. */
    private boolean readLine() throws IOException {
        int c = read();
        if (c < 0) {
            return false;
        }
        while (c >= 0) {
            process(c);
            if (c == '\n') {
                return true;
            }
            if (c == '\r') {
                int d = read();
                if (d == '\n') {
                    process(d);
                } else {
                    pushedBack = d;
                }
                return true;
            }
            c = read();
        }
        return true;
    }

    private int read() throws IOException {
        if (pushedBack != -1) {
            int c = pushedBack;
            pushedBack = -1;
            return c;
        }
        return in.read();
    }

    private void process(int c) throws IOException {
        boolean lineEnd = c == '\n' || c == '\r' || c == EOL;
        switch (state) {
            case START_RECORD -> {
                if (c == EOL) {
                    return;
                }
                if (c == '\n' || c == '\r') {
                    state = State.EAT_CRNL;
                    return;
                }
                state = State.START_FIELD;
                startField(c, lineEnd);
            }
            case START_FIELD -> startField(c, lineEnd);
            case IN_FIELD -> {
                if (lineEnd) {
                    endRecord(c);
                } else if (c == delimiter) {
                    saveField();
                    state = State.START_FIELD;
                } else {
                    add(c);
                }
            }
            case IN_QUOTED_FIELD -> {
                if (c == QUOTE) {
                    state = State.QUOTE_IN_QUOTED_FIELD;
                } else if (c != EOL) {
                    add(c);
                }
            }
            case QUOTE_IN_QUOTED_FIELD -> {
                if (c == QUOTE) {
                    add(c);
                    state = State.IN_QUOTED_FIELD;
                } else if (c == delimiter) {
                    saveField();
                    state = State.START_FIELD;
                } else if (lineEnd) {
                    endRecord(c);
                } else {
                    add(c);
                    state = State.IN_FIELD;
                }
            }
            case EAT_CRNL -> {
                if (c == EOL) {
                    state = State.START_RECORD;
                } else if (c != '\n' && c != '\r') {
                    throw new IOException("new-line character seen in unquoted field");
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    private void startField(int c, boolean lineEnd) throws IOException {
        if (lineEnd) {
            endRecord(c);
        } else if (c == QUOTE) {
            state = State.IN_QUOTED_FIELD;
        } else if (c == delimiter) {
            saveField();
        } else {
            add(c);
            state = State.IN_FIELD;
        }
    }

    private void endRecord(int c) {
        saveField();
        state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
    }

    private void add(int c) throws IOException {
        if (field.length() >= FIELD_LIMIT) {
            throw new IOException("field larger than field limit (" + FIELD_LIMIT + ")");
        }
        field.append((char) c);
    }

    private void saveField() {
        fields.add(field.toString());
        field.setLength(0);
    }
}
