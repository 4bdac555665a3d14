package kz.saylau.platform.web;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A failure and what caused it, looked at along the chain: frameworks hand failures back wrapped (a commit's
 * RollbackException, a CompletionException, a REST client's ProcessingException), so a test of the failure itself
 * misses what happened.
 */
public final class Causes {

    private Causes() {
    }

    /** The failure, then each of its causes in turn (a cause that is its own cause ends the chain). */
    public static Stream<Throwable> chain(Throwable failure) {
        return Stream.iterate(failure, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
    }

    /** True when the failure or any of its causes matches. */
    public static boolean any(Throwable failure, Predicate<Throwable> test) {
        return chain(failure).anyMatch(test);
    }

    /** The first of the failure and its causes that is a {@code kind}. */
    public static <T extends Throwable> Optional<T> first(Throwable failure, Class<T> kind) {
        return chain(failure).filter(kind::isInstance).map(kind::cast).findFirst();
    }
}
