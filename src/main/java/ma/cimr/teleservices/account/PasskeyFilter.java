package ma.cimr.teleservices.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import ma.cimr.teleservices.security.PortalUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.authentication.HttpSessionPublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.registration.HttpSessionPublicKeyCredentialCreationOptionsRepository;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Map;

/**
 * Passkeys in the sign-in and on the security pages (DD031), around Spring Security's own
 * WebAuthn pieces: its relying party makes the options (on Spring's own paths, {@code POST
 * /webauthn/register/options} and {@code /webauthn/authenticate/options}, kept in the HTTP session
 * by Spring's repositories) and verifies what the browser sends; this filter decides who may ask
 * and what a verified ceremony does here:
 * <ul>
 *   <li>registering ({@code POST /passkeys/register}) is for a session at its enrolment step, or a
 *   signed-in one that has just typed its password again ({@link Passkeys#REGISTRATION_ALLOWED_UNTIL});
 *   at enrolment the new passkey completes the sign-in as a first code does;</li>
 *   <li>an assertion ({@code POST /second-factor/passkey}) is for a session past its password
 *   only, and signs it in exactly as a right code does if the passkey is that account's; a
 *   failed one is counted and audited as a wrong code.</li>
 * </ul>
 * Answers are JSON ({@code {"redirect": ...}}) for the page's script. Not {@code http.webAuthn()}:
 * that adds a password-less sign-in on {@code /login/webauthn} whose authentication is not our
 * {@code PortalUser} and passes none of our sign-in rules. Placed after the code's filter by
 * {@code SecurityConfig}; not a bean.
 */
class PasskeyFilter extends OncePerRequestFilter {

    static final String REGISTER_OPTIONS_PATH = "/webauthn/register/options";
    static final String AUTHENTICATE_OPTIONS_PATH = "/webauthn/authenticate/options";
    static final String REGISTER_PATH = "/passkeys/register";
    static final String ASSERTION_PATH = "/second-factor/passkey";

    private final SecondFactorService secondFactor;
    private final Passkeys passkeys;
    private final WebAuthnRelyingPartyOperations relyingParty;
    private final SecondFactorSignIn completion = new SecondFactorSignIn();
    private final PublicKeyCredentialCreationOptionsRepository creationOptions = new HttpSessionPublicKeyCredentialCreationOptionsRepository();
    private final PublicKeyCredentialRequestOptionsRepository requestOptions = new HttpSessionPublicKeyCredentialRequestOptionsRepository();
    private final JsonMapper json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

    PasskeyFilter(SecondFactorService secondFactor, Passkeys passkeys, WebAuthnRelyingPartyOperations relyingParty) {
        this.secondFactor = secondFactor;
        this.passkeys = passkeys;
        this.relyingParty = relyingParty;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !("POST".equals(request.getMethod()) && (REGISTER_OPTIONS_PATH.equals(path)
                || AUTHENTICATE_OPTIONS_PATH.equals(path) || REGISTER_PATH.equals(path) || ASSERTION_PATH.equals(path)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        @Nullable Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        switch (path(request)) {
            case REGISTER_OPTIONS_PATH -> {
                if (authentication != null && mayRegister(authentication, request)) {
                    var options = relyingParty.createPublicKeyCredentialCreationOptions(
                            new ImmutablePublicKeyCredentialCreationOptionsRequest(authentication));
                    creationOptions.save(request, response, options);
                    write(response, HttpServletResponse.SC_OK, options);
                } else {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                }
            }
            case AUTHENTICATE_OPTIONS_PATH -> {
                if (authentication instanceof PasswordOnlySignIn signIn && secondFactor.hasPasskey(signIn.accountId())) {
                    // the challenge allows only this account's passkeys (Spring lists them from the login)
                    var options = relyingParty.createCredentialRequestOptions(
                            new ImmutablePublicKeyCredentialRequestOptionsRequest(authentication));
                    requestOptions.save(request, response, options);
                    write(response, HttpServletResponse.SC_OK, options);
                } else {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                }
            }
            case REGISTER_PATH -> register(authentication, request, response);
            default -> assertion(authentication, request, response);
        }
    }

    /** At the enrolment step, or signed in with the password just typed again. */
    private boolean mayRegister(@Nullable Authentication authentication, HttpServletRequest request) {
        if (authentication instanceof PasswordOnlySignIn signIn) {
            return secondFactor.mayEnrol(signIn);
        }
        HttpSession session = request.getSession(false);
        return authentication != null && authentication.getPrincipal() instanceof PortalUser && session != null
                && passkeys.registrationAllowed(session.getAttribute(Passkeys.REGISTRATION_ALLOWED_UNTIL));
    }

    private void register(@Nullable Authentication authentication, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        PublicKeyCredentialCreationOptions options = creationOptions.load(request);
        if (!mayRegister(authentication, request) || options == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        creationOptions.save(request, response, null);
        RelyingPartyPublicKey key;
        try {
            key = json.readValue(request.getInputStream(), RegistrationBody.class).publicKey();
        } catch (RuntimeException unreadable) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (key == null || key.getLabel() == null || key.getLabel().isBlank()
                || key.getLabel().length() > Passkeys.MAX_LABEL_LENGTH) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            relyingParty.registerCredential(new ImmutableRelyingPartyRegistrationRequest(options, key));
        } catch (RuntimeException refused) {
            logger.info("passkey registration refused: " + refused.getMessage());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (authentication instanceof PasswordOnlySignIn signIn) {
            var verdict = secondFactor.confirmPasskeyEnrolment(signIn, request.getRemoteAddr());
            if (verdict.outcome() != SecondFactorService.Outcome.SIGNED_IN) {
                answer(response, HttpServletResponse.SC_FORBIDDEN, request.getContextPath() + SecondFactorFilter.ENROL_PATH + "?error");
                return;
            }
            answer(response, HttpServletResponse.SC_OK, completion.complete(verdict, signIn, request, response));
            return;
        }
        request.getSession().removeAttribute(Passkeys.REGISTRATION_ALLOWED_UNTIL);
        if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser user)) {
            // mayRegister let only a signed-in person this far
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        passkeys.added(user, key.getLabel(), request.getRemoteAddr());
        answer(response, HttpServletResponse.SC_OK, "");
    }

    private void assertion(@Nullable Authentication authentication, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!(authentication instanceof PasswordOnlySignIn signIn)) {
            answer(response, HttpServletResponse.SC_FORBIDDEN, request.getContextPath() + "/login");
            return;
        }
        String again = request.getContextPath() + SecondFactorFilter.CODE_PATH + "?error";
        PublicKeyCredentialRequestOptions options = requestOptions.load(request);
        requestOptions.save(request, response, null);
        SecondFactorService.Verdict verdict;
        try {
            if (options == null) {
                throw new IllegalStateException("no challenge was asked for");
            }
            PublicKeyCredential<AuthenticatorAssertionResponse> credential = json.readValue(request.getInputStream(),
                    new TypeReference<PublicKeyCredential<AuthenticatorAssertionResponse>>() {
                    });
            var owner = relyingParty.authenticate(new RelyingPartyAuthenticationRequest(options, credential));
            verdict = secondFactor.passkeyAsserted(signIn, owner.getId(), request.getRemoteAddr());
        } catch (RuntimeException refused) {
            verdict = secondFactor.passkeyRefused(signIn, "passkey refused", request.getRemoteAddr());
        }
        if (verdict.outcome() == SecondFactorService.Outcome.SIGNED_IN) {
            answer(response, HttpServletResponse.SC_OK, completion.complete(verdict, signIn, request, response));
        } else {
            answer(response, HttpServletResponse.SC_UNAUTHORIZED, again);
        }
    }

    private void answer(HttpServletResponse response, int status, String redirect) throws IOException {
        write(response, status, Map.of("redirect", redirect));
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** What the script posts to register: {@code {"publicKey": {"credential": ..., "label": ...}}}, as Spring's own script does. */
    record RegistrationBody(@Nullable RelyingPartyPublicKey publicKey) {
    }
}
