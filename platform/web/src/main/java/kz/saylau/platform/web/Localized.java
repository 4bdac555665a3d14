package kz.saylau.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * An answer whose words follow {@code Accept-Language} ({@link Language}): {@link LanguageHeaders} adds
 * {@code Content-Language} and {@code Vary: Accept-Language}, so that a cache keeps one copy per language.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface Localized {
}
