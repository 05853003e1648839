package ma.cimr.teleservices.declaration;

import java.util.Arrays;

/**
 * The affiliates seen so far in a file, to find one declared twice, in 12 bytes each: a matricule
 * or a CIN fits in a long, the line it was first seen on in an int. A {@code HashMap<String,
 * Long>} would take ten times as much for a 100 000-line file, and the reader promises memory
 * that does not grow with the lines it has read (DD026).
 */
final class AffiliateKeys {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = newKeys(1024);
    private int[] lines = new int[1024];
    private int size;

    /** A matricule's digits as they read (leading zeros kept apart by their count). */
    static long ofMatricule(String digits) {
        return (long) digits.length() << 40 | Long.parseLong(digits);
    }

    /** A CIN's one or two letters and its digits, apart from every matricule. */
    static long ofCin(String cin) {
        int firstDigit = 0;
        while (firstDigit < cin.length() && Character.isLetter(cin.charAt(firstDigit))) {
            firstDigit++;
        }
        long letters = 0;
        for (int i = 0; i < firstDigit; i++) {
            letters = letters * 27 + (cin.charAt(i) - 'A' + 1);
        }
        String digits = cin.substring(firstDigit);
        return 1L << 62 | letters << 30 | (long) digits.length() << 24 | Long.parseLong(digits);
    }

    /** The line the key was first seen on, or 0 after recording it for this line. */
    int firstLine(long key, int line) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = slot(key, keys.length);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return lines[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = key;
        lines[slot] = line;
        size++;
        return 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = newKeys(oldKeys.length * 2);
        lines = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i], keys.length);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    private static int slot(long key, int capacity) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & (capacity - 1);
    }

    private static long[] newKeys(int capacity) {
        long[] empty = new long[capacity];
        Arrays.fill(empty, EMPTY);
        return empty;
    }
}
