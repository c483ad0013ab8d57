package org.onewindow.web.api.openapi;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The roles a resource method needs, derived from the services it calls: the EJBs check them
 * ({@code @RolesAllowed} on the service method, else on its class), so a caller must hold a role
 * each call allows. Which services a method calls is read from its bytecode, following its calls to
 * the resource's own helpers and lambdas, so the document cannot drift from the code: a resource
 * that starts calling a stricter service method is documented stricter at the next deployment.
 *
 * <p>Rules a service applies beyond roles (a unit's developer sees only the unit's records, 000
 * 9.3) are not roles; the document's description says so.
 */
public final class ServiceRoles {

  /**
   * What the calls of one resource method need.
   *
   * @param restricted whether any call names roles at all; false when every call is {@code
   *     PermitAll} (any caller the web layer lets in)
   * @param roles the roles that pass every call (meaningful when restricted; empty means none does)
   */
  public record Required(boolean restricted, SortedSet<String> roles) {

    static final Required ANYONE = new Required(false, new TreeSet<>());

    Required and(Set<String> allowed) {
      if (!restricted) {
        return new Required(true, new TreeSet<>(allowed));
      }
      SortedSet<String> both = new TreeSet<>(roles);
      both.retainAll(allowed);
      return new Required(true, both);
    }
  }

  private ServiceRoles() {}

  /** The roles {@code method} of {@code resource} needs. */
  public static Required of(Class<?> resource, Method method) {
    Map<String, List<Call>> calls = callsByMethod(resource);
    Required required = Required.ANYONE;
    Set<String> seen = new HashSet<>();
    List<String> pending = new ArrayList<>(List.of(key(method)));
    while (!pending.isEmpty()) {
      String current = pending.remove(pending.size() - 1);
      if (!seen.add(current)) {
        continue;
      }
      for (Call call : calls.getOrDefault(current, List.of())) {
        if (call.owner().equals(Type.getInternalName(resource))) {
          pending.add(call.name() + call.descriptor());
        } else {
          Optional<Set<String>> allowed = allowed(resource.getClassLoader(), call);
          if (allowed.isPresent()) {
            required = required.and(allowed.get());
          }
        }
      }
    }
    return required;
  }

  private static String key(Method method) {
    return method.getName() + Type.getMethodDescriptor(method);
  }

  /**
   * The roles a called method allows; empty when it restricts nothing: a {@code PermitAll} service
   * method, or no service at all (a helper, the JDK).
   */
  private static Optional<Set<String>> allowed(ClassLoader loader, Call call) {
    Class<?> owner;
    try {
      owner = Class.forName(call.owner().replace('/', '.'), false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
    for (Method candidate : owner.getMethods()) {
      if (candidate.getName().equals(call.name())
          && Type.getMethodDescriptor(candidate).equals(call.descriptor())) {
        return allowed(candidate);
      }
    }
    return Optional.empty();
  }

  private static Optional<Set<String>> allowed(Method method) {
    if (method.isAnnotationPresent(DenyAll.class)) {
      return Optional.of(Set.of());
    }
    if (method.isAnnotationPresent(PermitAll.class)) {
      return Optional.empty();
    }
    RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
    if (onMethod != null) {
      return Optional.of(Set.of(onMethod.value()));
    }
    RolesAllowed onClass = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    return onClass == null ? Optional.empty() : Optional.of(Set.of(onClass.value()));
  }

  private record Call(String owner, String name, String descriptor) {}

  /** Every method of the class (name + descriptor) with the methods it invokes. */
  private static Map<String, List<Call>> callsByMethod(Class<?> type) {
    String resource = type.getName().replace('.', '/') + ".class";
    try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no bytecode for " + type.getName());
      }
      Map<String, List<Call>> calls = new HashMap<>();
      new ClassReader(in)
          .accept(
              new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(
                    int access, String name, String descriptor, String signature, String[] ex) {
                  List<Call> list =
                      calls.computeIfAbsent(name + descriptor, k -> new ArrayList<>());
                  return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(
                        int opcode, String owner, String callee, String desc, boolean itf) {
                      list.add(new Call(owner, callee, desc));
                    }

                    /** A lambda's or method reference's target counts as called. */
                    @Override
                    public void visitInvokeDynamicInsn(
                        String name, String desc, Handle bootstrap, Object... arguments) {
                      for (Object argument : arguments) {
                        if (argument instanceof Handle h) {
                          list.add(new Call(h.getOwner(), h.getName(), h.getDesc()));
                        }
                      }
                    }
                  };
                }
              },
              ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      return calls;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
