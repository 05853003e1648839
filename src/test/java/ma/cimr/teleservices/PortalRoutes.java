package ma.cimr.teleservices;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every address the portal answers, read from the views' own annotations, so a page added
 * tomorrow is checked tomorrow without anyone remembering to list it: each {@code @Route} and
 * {@code @RouteAlias} with who may open it.
 */
final class PortalRoutes {

    /** One address of the portal: its template ({@code backoffice/requests/:reference}) and who opens it. */
    record PortalRoute(String template, Class<?> view, Access access, Set<String> roles) {

        boolean hasParameters() {
            return template.contains(":");
        }
    }

    enum Access { ANONYMOUS, ANY_SIGNED_IN, ROLES }

    private PortalRoutes() {
    }

    static List<PortalRoute> all() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<PortalRoute> routes = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("ma.cimr.teleservices")) {
            Class<?> view = ClassUtils.resolveClassName(candidate.getBeanClassName(), PortalRoutes.class.getClassLoader());
            Access access = accessOf(view);
            Set<String> roles = view.isAnnotationPresent(RolesAllowed.class)
                    ? Set.of(view.getAnnotation(RolesAllowed.class).value()) : Set.of();
            Stream.concat(Stream.of(view.getAnnotation(Route.class).value()),
                            Stream.of(view.getAnnotationsByType(RouteAlias.class)).map(RouteAlias::value))
                    .forEach(template -> routes.add(new PortalRoute(template, view, access, roles)));
        }
        routes.sort(Comparator.comparing(PortalRoute::template));
        return routes;
    }

    private static Access accessOf(Class<?> view) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return Access.ANONYMOUS;
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            return Access.ANY_SIGNED_IN;
        }
        if (view.isAnnotationPresent(RolesAllowed.class)) {
            return Access.ROLES;
        }
        throw new IllegalStateException(view.getName() + " says nobody may open it: every view declares its access");
    }
}
