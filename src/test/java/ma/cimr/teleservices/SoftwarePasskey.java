package ma.cimr.teleservices;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.AuthenticationExtensionsAuthenticatorOutputs;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A passkey in software, for the browserless tests of the WebAuthn ceremonies (DD031): it answers
 * the options the portal sends as an authenticator does (an ES256 key pair, "none" attestation,
 * user present and verified), so the real relying party verifies real signatures. The journeys
 * use Chromium's virtual authenticator instead.
 */
public final class SoftwarePasskey {

    private static final ObjectConverter CONVERTER = new ObjectConverter();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte PRESENT_AND_VERIFIED = AuthenticatorData.BIT_UP | AuthenticatorData.BIT_UV;

    private final String origin;
    private final KeyPair keys;
    private final byte[] credentialId = new byte[32];
    private long signCount;

    public SoftwarePasskey(String origin) {
        this.origin = origin;
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        new SecureRandom().nextBytes(credentialId);
    }

    /** The body the page's script posts to register this passkey, from the creation options' JSON. */
    public String registration(String creationOptions, String label) {
        JsonNode options = JSON.readTree(creationOptions);
        String rpId = options.get("rp").get("id").asString();
        byte[] clientData = clientData("webauthn.create", options.get("challenge").asString());
        var credential = new AttestedCredentialData(AAGUID.ZERO, credentialId,
                EC2COSEKey.create(keys, COSEAlgorithmIdentifier.ES256));
        var authenticatorData = new AuthenticatorData<RegistrationExtensionAuthenticatorOutput>(sha256(rpId.getBytes(StandardCharsets.UTF_8)),
                (byte) (PRESENT_AND_VERIFIED | AuthenticatorData.BIT_AT), signCount, credential,
                new AuthenticationExtensionsAuthenticatorOutputs<>());
        byte[] attestation = new AttestationObjectConverter(CONVERTER)
                .convertToBytes(new AttestationObject(authenticatorData, new NoneAttestationStatement()));
        return JSON.writeValueAsString(Map.of("publicKey", Map.of("label", label, "credential", Map.of(
                "id", base64url(credentialId),
                "rawId", base64url(credentialId),
                "type", "public-key",
                "clientExtensionResults", Map.of(),
                "response", Map.of(
                        "attestationObject", base64url(attestation),
                        "clientDataJSON", base64url(clientData),
                        "transports", List.of("internal"))))));
    }

    /** The body the page's script posts after the password, signed with this passkey's key. */
    public String assertion(String requestOptions) {
        JsonNode options = JSON.readTree(requestOptions);
        byte[] clientData = clientData("webauthn.get", options.get("challenge").asString());
        byte[] authenticatorData = new AuthenticatorDataConverter(CONVERTER).convert(new AuthenticatorData<>(
                sha256(options.get("rpId").asString().getBytes(StandardCharsets.UTF_8)), PRESENT_AND_VERIFIED, ++signCount));
        byte[] signature;
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(ByteBuffer.allocate(authenticatorData.length + 32).put(authenticatorData).put(sha256(clientData)).array());
            signature = signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return JSON.writeValueAsString(Map.of(
                "id", base64url(credentialId),
                "rawId", base64url(credentialId),
                "type", "public-key",
                "clientExtensionResults", Map.of(),
                "response", Map.of(
                        "authenticatorData", base64url(authenticatorData),
                        "clientDataJSON", base64url(clientData),
                        "signature", base64url(signature))));
    }

    private byte[] clientData(String type, String challenge) {
        return JSON.writeValueAsString(Map.of("type", type, "challenge", challenge, "origin", origin, "crossOrigin", false))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
