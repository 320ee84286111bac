package catalog.app.graph;

import jakarta.inject.Scope;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** One instance per HTTP request (per {@link RequestComponent}). */
@Scope
@Documented
@Retention(RetentionPolicy.RUNTIME)
public @interface RequestScope {}
