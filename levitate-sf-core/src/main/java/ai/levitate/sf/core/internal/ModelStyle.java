package ai.levitate.sf.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to each model package through its
 * {@code package-info}: JDK collections only, builders whose {@code build()} returns the abstract
 * type, {@code from(...)} and {@code with*(...)} copies, and {@code ****} in place of redacted
 * attributes in {@code toString()}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    overshadowImplementation = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    redactedMask = "****",
    defaults = @Value.Immutable(copy = true))
public @interface ModelStyle {}
