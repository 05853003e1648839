// The browser's half of passkeys (DD031), run by the views through executeJs: $0 is the operation
// ("register" or "authenticate"), $1 the CSRF header's name, $2 its token, $3 the passkey's label.
// Options come from Spring Security's endpoints; the answer goes to the portal's own. Resolves
// with the address to go to next ("" to stay), rejects with a short reason.
const operation = $0, csrfHeader = $1, csrfToken = $2, label = $3;
const toBytes = (base64url) => {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes.buffer;
};
const toText = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
    .replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
const post = async (url, body) => {
  const headers = { "Content-Type": "application/json" };
  headers[csrfHeader] = csrfToken;
  const response = await fetch(url, { method: "POST", headers, credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body) });
  return response;
};
const json = async (response) => {
  try { return await response.json(); } catch (e) { return {}; }
};
if (!window.PublicKeyCredential || !navigator.credentials) {
  throw new Error("unsupported");
}
if (operation === "register") {
  const optionsResponse = await post("webauthn/register/options");
  if (!optionsResponse.ok) throw new Error("options " + optionsResponse.status);
  const options = await optionsResponse.json();
  const created = await navigator.credentials.create({ publicKey: {
    ...options,
    user: { ...options.user, id: toBytes(options.user.id) },
    challenge: toBytes(options.challenge),
    excludeCredentials: (options.excludeCredentials || []).map(c => ({ ...c, id: toBytes(c.id) }))
  }});
  const response = await post("passkeys/register", { publicKey: { label, credential: {
    id: created.id,
    rawId: toText(created.rawId),
    response: {
      attestationObject: toText(created.response.attestationObject),
      clientDataJSON: toText(created.response.clientDataJSON),
      transports: created.response.getTransports ? created.response.getTransports() : []
    },
    type: created.type,
    clientExtensionResults: created.getClientExtensionResults(),
    authenticatorAttachment: created.authenticatorAttachment
  }}});
  const answer = await json(response);
  if (!response.ok) throw new Error("register " + response.status);
  return answer.redirect || "";
}
const optionsResponse = await post("webauthn/authenticate/options");
if (!optionsResponse.ok) throw new Error("options " + optionsResponse.status);
const options = await optionsResponse.json();
const asserted = await navigator.credentials.get({ publicKey: {
  ...options,
  challenge: toBytes(options.challenge),
  allowCredentials: (options.allowCredentials || []).map(c => ({ ...c, id: toBytes(c.id) }))
}});
const response = await post("second-factor/passkey", {
  id: asserted.id,
  rawId: toText(asserted.rawId),
  response: {
    authenticatorData: toText(asserted.response.authenticatorData),
    clientDataJSON: toText(asserted.response.clientDataJSON),
    signature: toText(asserted.response.signature),
    userHandle: asserted.response.userHandle ? toText(asserted.response.userHandle) : undefined
  },
  type: asserted.type,
  clientExtensionResults: asserted.getClientExtensionResults(),
  authenticatorAttachment: asserted.authenticatorAttachment
});
const answer = await json(response);
return answer.redirect || "";
