package no.innkreving.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of web pages (Thymeleaf views), as opposed to an API: its refusals are answered as Norwegian
 * pages with the right status by {@link Sidefeil} (404 for what is not the debtor's, 413 for too large an upload).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Nettside {
}
