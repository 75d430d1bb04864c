package ai.levitate.sf.checks;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedTypeVariable;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;

/**
 * A module's public API as text: one line per package, per type and (indented) per member, sorted,
 * with generic signatures and JSpecify's nullness annotations, so that any change a host could
 * notice is a line that changes. Types in {@code internal} packages are left out.
 */
final class ApiDump {

  private static final String OWN = "ai.levitate.sf.";
  private static final int TYPE_MODIFIERS =
      Modifier.PUBLIC | Modifier.PROTECTED | Modifier.ABSTRACT | Modifier.STATIC | Modifier.FINAL;
  private static final int MEMBER_MODIFIERS = TYPE_MODIFIERS | Modifier.SYNCHRONIZED;

  private ApiDump() {}

  /** Each line of the dump, in order. */
  static List<String> lines(Library library) {
    List<String> lines = new ArrayList<>();
    lines.add("# " + library.artifactId + ": the public API, checked by PublicApiTest.");
    lines.add("# Regenerate: mvn -B -pl checks -am verify -Dapi.update=true");
    List<String> classes = library.classNames();
    for (String pkg : library.packages()) {
      if (isInternal(pkg)) {
        continue;
      }
      String packageInfo = pkg + ".package-info";
      boolean nullMarked =
          classes.contains(packageInfo)
              && library.load(packageInfo).isAnnotationPresent(NullMarked.class);
      List<Class<?>> types =
          classes.stream()
              .filter(n -> n.startsWith(pkg + ".") && n.indexOf('.', pkg.length() + 1) < 0)
              .filter(n -> !n.endsWith(".package-info"))
              .map(library::load)
              .filter(ApiDump::isApi)
              .toList();
      if (types.isEmpty()) {
        continue;
      }
      lines.add("");
      lines.add("package " + pkg + (nullMarked ? " @NullMarked" : ""));
      for (Class<?> type : types) {
        lines.add(header(type));
        members(type).forEach(m -> lines.add("  " + m));
      }
    }
    return lines;
  }

  static boolean isInternal(String pkg) {
    return pkg.endsWith(".internal") || pkg.contains(".internal.");
  }

  /** Public, with every enclosing type public, and not anonymous, local or synthetic. */
  static boolean isApi(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (!Modifier.isPublic(c.getModifiers())
          || c.isAnonymousClass()
          || c.isLocalClass()
          || c.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  static String header(Class<?> type) {
    StringBuilder line = new StringBuilder();
    int modifiers = type.getModifiers() & TYPE_MODIFIERS;
    String kind;
    if (type.isAnnotation()) {
      kind = "@interface";
      modifiers &= ~Modifier.ABSTRACT;
    } else if (type.isInterface()) {
      kind = "interface";
      modifiers &= ~Modifier.ABSTRACT;
    } else if (type.isEnum()) {
      kind = "enum";
      modifiers &= ~(Modifier.FINAL | Modifier.ABSTRACT);
    } else if (type.isRecord()) {
      kind = "record";
      modifiers &= ~Modifier.FINAL;
    } else {
      kind = "class";
    }
    if (type.isMemberClass() && (type.isInterface() || type.isEnum() || type.isRecord())) {
      modifiers &= ~Modifier.STATIC;
    }
    String mods = Modifier.toString(modifiers);
    line.append(mods.isEmpty() ? "" : mods + " ");
    if (type.isSealed()) {
      line.append("sealed ");
    }
    line.append(kind).append(' ').append(type.getName()).append(typeParameters(type));
    // A superclass a host cannot see (a generated builder) is skipped for the first it can see;
    // its public members are listed on the type itself.
    Class<?> superclass = type.getSuperclass();
    AnnotatedType shown = type.getAnnotatedSuperclass();
    while (superclass != null && superclass.getName().startsWith(OWN) && !isApi(superclass)) {
      shown = superclass.getAnnotatedSuperclass();
      superclass = superclass.getSuperclass();
    }
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      line.append(" extends ").append(type(shown));
    }
    AnnotatedType[] interfaces = type.getAnnotatedInterfaces();
    if (interfaces.length > 0) {
      line.append(type.isInterface() ? " extends " : " implements ");
      line.append(Arrays.stream(interfaces).map(ApiDump::type).collect(Collectors.joining(", ")));
    }
    if (type.isSealed()) {
      line.append(" permits ")
          .append(
              Arrays.stream(type.getPermittedSubclasses())
                  .map(Class::getName)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    return line.toString();
  }

  /**
   * The type's own public and protected members, and those it inherits from supertypes that are not
   * API themselves (such as a generated builder a public {@code Builder} extends): members of API
   * supertypes are listed with those.
   */
  static TreeSet<String> members(Class<?> type) {
    TreeSet<String> members = new TreeSet<>();
    Map<String, Method> methods = new LinkedHashMap<>();
    List<Class<?>> sources = new ArrayList<>();
    sources.add(type);
    collectHiddenSupertypes(type, sources);
    for (Class<?> source : sources) {
      for (Field field : source.getDeclaredFields()) {
        if (visible(field.getModifiers(), type) && !field.isSynthetic()) {
          members.add(
              modifiers(field.getModifiers())
                  + type(field.getAnnotatedType())
                  + " "
                  + field.getName());
        }
      }
      if (source == type) {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
          if (visible(constructor.getModifiers(), type) && !constructor.isSynthetic()) {
            members.add(
                modifiers(constructor.getModifiers())
                    + typeParameters(constructor)
                    + type.getSimpleName()
                    + parameters(constructor));
          }
        }
      }
      for (Method method : source.getDeclaredMethods()) {
        if (!visible(method.getModifiers(), type) || (method.isSynthetic() && !method.isBridge())) {
          continue;
        }
        String key = method.getName() + Arrays.toString(method.getParameterTypes());
        Method known = methods.get(key);
        // A visibility bridge stands for the method it calls; the most derived real one wins.
        if (known == null || (known.isBridge() && !method.isBridge())) {
          methods.put(key, method);
        }
      }
    }
    for (Method method : methods.values()) {
      if (method.isBridge() && hasRealOverload(methods, method)) {
        continue;
      }
      int modifiers = method.getModifiers();
      if (type.isInterface()) {
        modifiers &= ~Modifier.ABSTRACT;
      }
      members.add(
          modifiers(modifiers)
              + (method.isDefault() ? "default " : "")
              + typeParameters(method)
              + type(method.getAnnotatedReturnType())
              + " "
              + method.getName()
              + parameters(method));
    }
    return members;
  }

  private static boolean hasRealOverload(Map<String, Method> methods, Method bridge) {
    return methods.values().stream()
        .anyMatch(
            m ->
                !m.isBridge()
                    && m.getName().equals(bridge.getName())
                    && m.getParameterCount() == bridge.getParameterCount());
  }

  private static void collectHiddenSupertypes(Class<?> type, List<Class<?>> into) {
    for (Class<?> s = type.getSuperclass();
        s != null && s.getName().startsWith(OWN);
        s = s.getSuperclass()) {
      if (isApi(s)) {
        return;
      }
      into.add(s);
    }
  }

  private static boolean visible(int modifiers, Class<?> owner) {
    return Modifier.isPublic(modifiers)
        || (Modifier.isProtected(modifiers) && !Modifier.isFinal(owner.getModifiers()));
  }

  private static String modifiers(int modifiers) {
    String text = Modifier.toString(modifiers & MEMBER_MODIFIERS);
    return text.isEmpty() ? "" : text + " ";
  }

  private static String parameters(Executable executable) {
    AnnotatedType[] types = executable.getAnnotatedParameterTypes();
    List<String> rendered = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      String text = type(types[i]);
      if (executable.isVarArgs() && i == types.length - 1 && text.endsWith("[]")) {
        text = text.substring(0, text.length() - 2) + "...";
      }
      rendered.add(text);
    }
    String throwsClause =
        executable.getAnnotatedExceptionTypes().length == 0
            ? ""
            : " throws "
                + Arrays.stream(executable.getAnnotatedExceptionTypes())
                    .map(ApiDump::type)
                    .collect(Collectors.joining(", "));
    return "(" + String.join(", ", rendered) + ")" + throwsClause;
  }

  private static String typeParameters(java.lang.reflect.GenericDeclaration declaration) {
    TypeVariable<?>[] variables = declaration.getTypeParameters();
    if (variables.length == 0) {
      return "";
    }
    List<String> rendered = new ArrayList<>();
    for (TypeVariable<?> variable : variables) {
      List<String> bounds =
          Arrays.stream(variable.getAnnotatedBounds())
              .filter(b -> b.getType() != Object.class || !nullness(b).isEmpty())
              .map(ApiDump::type)
              .toList();
      rendered.add(
          variable.getName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds)));
    }
    String text = "<" + String.join(", ", rendered) + ">";
    return declaration instanceof Class<?> ? text : text + " ";
  }

  /** A type as source would spell it, keeping JSpecify's annotations. */
  static String type(AnnotatedType annotated) {
    String nullness = nullness(annotated);
    if (annotated instanceof AnnotatedArrayType array) {
      return type(array.getAnnotatedGenericComponentType())
          + (nullness.isEmpty() ? "" : " " + nullness.strip() + " ")
          + "[]";
    }
    if (annotated instanceof AnnotatedParameterizedType parameterized) {
      ParameterizedType generic = (ParameterizedType) parameterized.getType();
      return nullness
          + ((Class<?>) generic.getRawType()).getName()
          + "<"
          + Arrays.stream(parameterized.getAnnotatedActualTypeArguments())
              .map(ApiDump::type)
              .collect(Collectors.joining(", "))
          + ">";
    }
    if (annotated instanceof AnnotatedWildcardType wildcard) {
      AnnotatedType[] lower = wildcard.getAnnotatedLowerBounds();
      AnnotatedType[] upper = wildcard.getAnnotatedUpperBounds();
      if (lower.length > 0) {
        return nullness + "? super " + type(lower[0]);
      }
      if (upper.length > 0
          && (upper[0].getType() != Object.class || !nullness(upper[0]).isEmpty())) {
        return nullness + "? extends " + type(upper[0]);
      }
      return nullness + "?";
    }
    if (annotated instanceof AnnotatedTypeVariable variable) {
      return nullness + ((TypeVariable<?>) variable.getType()).getName();
    }
    Type plain = annotated.getType();
    return nullness + (plain instanceof Class<?> c ? c.getName() : plain.getTypeName());
  }

  private static String nullness(AnnotatedElement element) {
    StringBuilder text = new StringBuilder();
    for (Annotation annotation : element.getDeclaredAnnotations()) {
      String name = annotation.annotationType().getName();
      if (name.startsWith("org.jspecify.annotations.")) {
        text.append('@').append(annotation.annotationType().getSimpleName()).append(' ');
      }
    }
    return text.toString();
  }
}
