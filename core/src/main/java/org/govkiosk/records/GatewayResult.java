package org.govkiosk.records;

import java.util.function.Function;

/** Every records call ends in one of these: a value, or a typed failure with words for citizen and technician. */
public sealed interface GatewayResult<T> {
    record Ok<T>(T value) implements GatewayResult<T> {}

    record Failure<T>(GatewayError error, String technicianDetail) implements GatewayResult<T> {
        public String citizenMessageKey() { return error.citizenMessageKey(); }

        public boolean retryable() { return error.retryable(); }
    }

    static <T> GatewayResult<T> ok(T value) { return new Ok<>(value); }

    static <T> GatewayResult<T> fail(GatewayError error, String detail) { return new Failure<>(error, detail); }

    default boolean isOk() { return this instanceof Ok; }

    default T orNull() { return this instanceof Ok<T> ok ? ok.value() : null; }

    default <R> GatewayResult<R> map(Function<T, R> f) {
        if (this instanceof Ok<T> ok) return ok(f.apply(ok.value()));
        Failure<T> fail = (Failure<T>) this;
        return fail(fail.error(), fail.technicianDetail());
    }
}
