package org.seedcompat.engine.bridge;

import java.util.List;

/**
 * A state translated into another library's layout, and what of the source had no slot there.
 *
 * @param state      the translated state: continuing from it gives the same MT19937 word stream
 * @param notCarried what was left behind (a cached gaussian, PyTorch's seed), one entry each
 * @param <S>        the target layout
 */
public record Translation<S>(S state, List<NotCarried> notCarried) {

    public Translation {
        notCarried = List.copyOf(notCarried);
    }

    /**
     * One part of the source state the target layout cannot hold.
     *
     * @param field  the source field, as the source library names it
     * @param value  its value, printed
     * @param reason why it has no slot, and what the target does instead
     */
    public record NotCarried(String field, String value, String reason) {
    }
}
