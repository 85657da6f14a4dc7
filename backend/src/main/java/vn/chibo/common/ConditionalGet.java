package vn.chibo.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a GET that other systems poll: the answer carries an {@code ETag}, and a request whose
 * {@code If-None-Match} names it gets 304 without a body ({@link ConditionalGetFilter}). A GET that streams a file
 * sets its own {@code ETag} and answers 304 itself; the annotation then only states that it is a conditional read.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConditionalGet {}
