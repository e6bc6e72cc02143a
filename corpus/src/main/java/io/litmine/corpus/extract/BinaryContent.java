package io.litmine.corpus.extract;

/**
 * Tells binary bytes from text the way version-control tools do: text almost never holds control
 * bytes other than tab, line feed, carriage return and form feed, while random or binary data has
 * about one in nine. Only the head of the file is looked at.
 */
final class BinaryContent {
    private static final int SAMPLE = 64 * 1024;
    /** Share of control bytes above which content is binary; real text sits at zero. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private BinaryContent() {
    }

    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE);
        if (n == 0) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7f) {
                control++;
            }
        }
        return control > n * MAX_CONTROL_SHARE;
    }
}
