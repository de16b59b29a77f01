package org.vaxline.platform.store;

import java.util.Comparator;
import java.util.List;

/**
 * One order of held rows' keys that every transaction agrees on, so two transactions writing some of the same shared
 * rows lock them in the same order (see {@link DeferredWrites}). Keys are compared as they are: a comparable key by
 * its own order, a list element by element, nulls first; only a key of neither kind by its text. Comparing by text
 * for every key was a tenth of the dose writer's CPU: a record's text is made by {@code String.format} (issue 13).
 */
final class KeyOrder implements Comparator<Object> {
    static final KeyOrder INSTANCE = new KeyOrder();

    private KeyOrder() {
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        if (a instanceof List<?> left && b instanceof List<?> right) {
            int common = Math.min(left.size(), right.size());
            for (int i = 0; i < common; i++) {
                int c = compare(left.get(i), right.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(left.size(), right.size());
        }
        if (a instanceof Comparable && a.getClass() == b.getClass()) {
            return ((Comparable) a).compareTo(b);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }
}
