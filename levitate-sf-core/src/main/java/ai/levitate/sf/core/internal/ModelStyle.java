package ai.levitate.sf.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to each model package through its {@code
 * package-info}: JDK collections only, builders whose {@code build()} returns the abstract type,
 * {@code from(...)} and {@code with*(...)} copies, and {@code ****} in place of redacted attributes
 * in {@code toString()}.
 *
 * <p>The generated {@code ImmutableX} classes and their builders are package-private: a model with
 * a builder declares {@code public static final class Builder extends ImmutableX.Builder}, so no
 * public signature names a generated type. {@code allowedClasspathAnnotations} keeps Immutables'
 * own {@code @Generated} off the generated classes, so a host compiling with {@code -Xlint:all
 * -Werror} needs no Immutables jar. A missing required attribute fails {@code build()} with an
 * {@link IllegalStateException} naming it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    overshadowImplementation = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    allowedClasspathAnnotations = {Override.class},
    redactedMask = "****",
    defaults = @Value.Immutable(copy = true))
public @interface ModelStyle {}
