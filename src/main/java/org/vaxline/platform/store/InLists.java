package org.vaxline.platform.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Values for an {@code IN (…)} list, padded to the next power of two by repeating the last one. A batch's look-ups
 * ({@code id IN (<ids>)}) would otherwise be a different SQL text for every batch size; each new text costs Jdbi a
 * parse (its lexer was a fifth of the dose writer's time) and the database a prepare. Padded, a few texts serve every
 * size, and the repeated value changes no answer of an IN list.
 */
public final class InLists {
    private InLists() {
    }

    public static <T> List<T> padded(Collection<T> values) {
        List<T> list = new ArrayList<>(values);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        int size = Integer.highestOneBit(list.size());
        if (size < list.size()) {
            size <<= 1;
        }
        T last = list.get(list.size() - 1);
        while (list.size() < size) {
            list.add(last);
        }
        return list;
    }

    /**
     * The rows of a {@code VALUES} list of named parameters: {@code valuesRows(2, ":f#", ":l#")} is
     * {@code "(:f0, :l0), (:f1, :l1)"}; in each cell, {@code #} is the row's number.
     */
    public static String valuesRows(int rows, String... cells) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "(" : ", (");
            for (int c = 0; c < cells.length; c++) {
                sql.append(c == 0 ? "" : ", ").append(cells[c].replace("#", Integer.toString(i)));
            }
            sql.append(')');
        }
        return sql.toString();
    }
}
