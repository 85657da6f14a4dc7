package vn.chibo.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource class: each of its POST operations honours an {@code Idempotency-Key} header
 * ({@link IdempotencyInterceptor}). Every resource with a POST carries it (IdempotentPostsCoverageTest).
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface IdempotentPosts {}
