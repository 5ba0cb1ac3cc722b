// A loopback OpenID4VCI 1.0 credential issuer (and its own OAuth 2.0 authorization server) for
// Satchel's "receive credentials" tests. The protocol logic is the published libraries'
// (@openid4vc/openid4vci and @openid4vc/oauth2, see README-issuers.md): metadata validation,
// credential offers, token request parsing, pre-authorized code / tx_code / authorization code /
// PKCE checks, access tokens (JWT, verified again on every resource request), credential request
// parsing, key proof JWT verification (typ, aud, nonce, signature) and credential / deferred
// responses. This file is glue: HTTP routing, state, the admin controls below, and signing the
// Open Badges 3.0 credential (issuer-common.mjs, @digitalbazaar libraries and jose).
//
//   node oid4vci-issuer.mjs
// Listens on 127.0.0.1, port 0; prints ONE line {"url":"http://127.0.0.1:PORT"} on stdout (the
// credential issuer identifier); logs to stderr.
//
// Standard routes (exact shapes in README-issuers.md):
//   GET  /.well-known/openid-credential-issuer    credential issuer metadata (OpenID4VCI 1.0)
//   GET  /.well-known/oauth-authorization-server  authorization server metadata (RFC 8414)
//   GET  /.well-known/jwks.json                   the key that signs access tokens
//   GET  /authorize   authorization endpoint: no login page; redirects (302) at once to redirect_uri
//                     with code and state (PKCE S256 required; redirect_uri must be http://127.0.0.1
//                     or http://localhost, RFC 8252)
//   POST /token       token endpoint (pre-authorized_code with tx_code, authorization_code + PKCE)
//   POST /nonce       nonce endpoint (c_nonce, single use, 300 s)
//   POST /credential  credential endpoint (Bearer access token; proofs.jwt or proof)
//   POST /deferred    deferred credential endpoint
//   GET  /offers/ID   a credential offer by reference (credential_offer_uri)
//   GET  /offer?credential_offer=…  the http(s) form of an offer link: a small HTML page
//   GET  /logo.png    the issuer's logo (display metadata)
//
// Admin routes (for the tests only; not part of any standard):
//   POST /admin/offers  {"configurations":["ob3_ldp_eddsa"], "grant":"pre-authorized_code"|
//        "authorization_code", "txCode":"4931"|null, "byReference":false, "expiresInSeconds":600,
//        "deferred":false}
//        -> {"offer":"openid-credential-offer://?credential_offer=…" (credential_offer_uri=… when
//            byReference), "httpsOffer":"http://127.0.0.1:PORT/offer?credential_offer=…",
//            "offerObject":{…}, "preAuthorizedCode":"…"|null, "issuerState":"…"|null}
//        The pre-authorized code is single use and expires after expiresInSeconds (0: already
//        expired); so does an authorization code offer's issuer_state and an offer by reference.
//        deferred: the credential request is answered with transaction_id and interval; the
//        deferred endpoint answers "still pending" the first time and the credential the next.
//   POST /admin/mode  {} resets; any of:
//        {"metadataIssuerMismatch":true}  the metadata's credential_issuer is another URL
//        {"failAfter":"token"}   after the first successful token response, every further
//                                non-admin request has its connection destroyed (also "offer",
//                                "metadata", "nonce", "credential": after that kind of request)
//        {"redirectNonHttps":true}  the token endpoint answers 302 to http://example.invalid/token
//        {"pendingAsError":true}  a pending deferred credential is answered the pre-1.0 way
//                                 (400 {"error":"issuance_pending","interval":1}) instead of
//                                 1.0's 202 {"transaction_id","interval"}
//        -> the mode now in force
//   GET  /admin/log  -> {"requests":[{"method","path","status","proofVerified"?,"holder"?,"error"?}]}
//        status is the HTTP status, or "connection destroyed"; proofVerified is present on a
//        credential request once a key proof with a known c_nonce was checked (true: every proof's
//        signature, aud and nonce passed); holder is the DID the credential was bound to.
//   POST /admin/log/clear
//   GET  /admin/keys -> the issuer DIDs: {"eddsa":"did:key:…","es256":"did:jwk:…"}
import http from 'node:http';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import {
  Oauth2AuthorizationServer, Oauth2ResourceServer, Oauth2ServerErrorResponseError,
  Oauth2ResourceUnauthorizedError, Oauth2ErrorCodes, PkceCodeChallengeMethod, decodeJwt,
  preAuthorizedCodeGrantIdentifier, authorizationCodeGrantIdentifier, setGlobalConfig,
} from '@openid4vc/oauth2';
import {Openid4vciIssuer, Openid4vciVersion} from '@openid4vc/openid4vci';
import {
  log, joseCallbacks, makeEd25519DidKey, makeP256DidJwk, makeP256DidKey, achievementCredential, jwkFromDidUrl,
  signDataIntegrity, signVcJwt, VC_V2, OB_V3, OB_TYPES,
} from './issuer-common.mjs';
import {SDJwtVcInstance} from '@sd-jwt/sd-jwt-vc';
import {createSignCryptosuite} from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
import {digest as sdJwtDigest, generateSalt} from '@sd-jwt/crypto-nodejs';
import {readBody} from './http-common.mjs';

// The libraries insist on https URLs unless told otherwise; this issuer lives on http loopback.
setGlobalConfig({allowInsecureUrls: true});

const maxBody = 1024 * 1024;
const nonceSeconds = 300;
const accessTokenSeconds = 600;

const issuerEd = await makeEd25519DidKey();   // signs ob3_ldp_eddsa and ob3_jwt_eddsa
const issuerP256 = await makeP256DidJwk();    // signs ob3_jwt_es256 and ob3_sdjwt
const issuerSd = await makeP256DidKey();      // signs ob3_ldp_ecdsa_sd (an ecdsa-sd-2023 base proof)
// What every disclosure of ob3_ldp_ecdsa_sd must show: who issued it, since when, and to whom.
const sdMandatory = ['/issuer', '/validFrom', '/credentialSubject/id'];
const accessTokenKey = await makeP256DidJwk(); // signs access tokens (published at jwks_uri)
const accessTokenJwk = {...accessTokenKey.publicJwk, kid: 'access-token-key', use: 'sig', alg: 'ES256'};

let base = '';          // http://127.0.0.1:PORT, set once listening
let mode = {};
let failing = false;    // failAfter reached
const requests = [];

// ---- state -----------------------------------------------------------------------------------
const sessions = new Map();      // sessionId -> {configurationIds, deferred}
const preAuthCodes = new Map();  // code -> {sessionId, txCode, expiresAt, used}
const issuerStates = new Map();  // issuer_state -> {sessionId, expiresAt, used}
const authCodes = new Map();     // code -> {sessionId, codeChallenge, redirectUri, clientId, expiresAt, used}
const nonces = new Map();        // c_nonce -> {expiresAt, used}
const transactions = new Map();  // transaction_id -> {sessionId, credentials, polls}
const offersByReference = new Map(); // id -> {offer, expiresAt}

// ---- metadata ----------------------------------------------------------------------------------
const display = [{name: 'Loopback College', locale: 'en-US', logo: {uri: '', alt_text: 'Loopback College logo'},
  description: 'A test issuer on 127.0.0.1'}];
const proofTypes = algs => ({jwt: {proof_signing_alg_values_supported: algs}});
const bindingMethods = ['did:key', 'did:jwk'];

function configurations() {
  const credentialDisplay = name => ({display: [{name, locale: 'en-US', description: 'Open Badges 3.0 achievement',
    background_color: '#12263a', text_color: '#ffffff', logo: {uri: `${base}/logo.png`, alt_text: 'logo'}}]});
  return {
    ob3_ldp_eddsa: {
      format: 'ldp_vc', scope: 'ob3_ldp_eddsa',
      credential_definition: {'@context': [VC_V2, OB_V3], type: OB_TYPES},
      cryptographic_binding_methods_supported: bindingMethods,
      credential_signing_alg_values_supported: ['eddsa-rdfc-2022'],
      proof_types_supported: proofTypes(['EdDSA', 'ES256']),
      credential_metadata: credentialDisplay('Loopback Networking (Data Integrity)'),
    },
    ob3_ldp_ecdsa_sd: {
      format: 'ldp_vc', scope: 'ob3_ldp_ecdsa_sd',
      credential_definition: {'@context': [VC_V2, OB_V3], type: OB_TYPES},
      cryptographic_binding_methods_supported: bindingMethods,
      credential_signing_alg_values_supported: ['ecdsa-sd-2023'],
      proof_types_supported: proofTypes(['EdDSA', 'ES256']),
      credential_metadata: credentialDisplay('Loopback Networking (selective disclosure)'),
    },
    ob3_jwt_eddsa: {
      format: 'jwt_vc_json', scope: 'ob3_jwt_eddsa',
      credential_definition: {type: OB_TYPES},
      cryptographic_binding_methods_supported: bindingMethods,
      credential_signing_alg_values_supported: ['EdDSA'],
      proof_types_supported: proofTypes(['EdDSA', 'ES256']),
      credential_metadata: credentialDisplay('Loopback Networking (VC-JWT, EdDSA)'),
    },
    ob3_jwt_es256: {
      format: 'jwt_vc_json', scope: 'ob3_jwt_es256',
      credential_definition: {type: OB_TYPES},
      cryptographic_binding_methods_supported: bindingMethods,
      credential_signing_alg_values_supported: ['ES256'],
      proof_types_supported: proofTypes(['EdDSA', 'ES256']),
      credential_metadata: credentialDisplay('Loopback Networking (VC-JWT, ES256)'),
    },
    ob3_sdjwt: {
      format: 'dc+sd-jwt', scope: 'ob3_sdjwt', vct: 'https://loopback.example/vct/achievement',
      cryptographic_binding_methods_supported: ['jwk'],
      credential_signing_alg_values_supported: ['ES256'],
      proof_types_supported: proofTypes(['EdDSA', 'ES256']),
      credential_metadata: credentialDisplay('Loopback Networking (SD-JWT)'),
    },
    // Listed, never issued: a format Satchel refuses (ISO mdoc), for the refusal test.
    pid_mdoc: {
      format: 'mso_mdoc', scope: 'pid_mdoc', doctype: 'eu.europa.ec.eudi.pid.1',
      cryptographic_binding_methods_supported: ['cose_key'],
      credential_signing_alg_values_supported: [-7],
      proof_types_supported: proofTypes(['ES256']),
      credential_metadata: credentialDisplay('Loopback PID (mdoc)'),
    },
  };
}

let issuer, authorizationServer, resourceServer, issuerMetadata, authorizationServerMetadata;

// The library validates both documents (createCredentialIssuerMetadata and
// createAuthorizationServerMetadata) and derives the known configurations from them.
function buildMetadata() {
  const callbacks = joseCallbacks({keys: [accessTokenKey], fetch: localFetch});
  issuer = new Openid4vciIssuer({callbacks});
  authorizationServer = new Oauth2AuthorizationServer({callbacks});
  resourceServer = new Oauth2ResourceServer({callbacks});
  display[0].logo.uri = `${base}/logo.png`;
  const credentialIssuer = issuer.createCredentialIssuerMetadata({
    credential_issuer: base,
    authorization_servers: [base],
    credential_endpoint: `${base}/credential`,
    nonce_endpoint: `${base}/nonce`,
    deferred_credential_endpoint: `${base}/deferred`,
    batch_credential_issuance: {batch_size: 3},
    display,
    credential_configurations_supported: configurations(),
  });
  authorizationServerMetadata = authorizationServer.createAuthorizationServerMetadata({
    issuer: base,
    authorization_endpoint: `${base}/authorize`,
    token_endpoint: `${base}/token`,
    jwks_uri: `${base}/.well-known/jwks.json`,
    response_types_supported: ['code'],
    grant_types_supported: [authorizationCodeGrantIdentifier, preAuthorizedCodeGrantIdentifier],
    code_challenge_methods_supported: [PkceCodeChallengeMethod.S256],
    token_endpoint_auth_methods_supported: ['none'],
    'pre-authorized_grant_anonymous_access_supported': true,
    scopes_supported: Object.keys(configurations()),
  });
  issuerMetadata = {
    originalDraftVersion: Openid4vciVersion.V1,
    credentialIssuer,
    authorizationServers: [authorizationServerMetadata],
    knownCredentialConfigurations: issuer.getKnownCredentialConfigurationsSupported(credentialIssuer),
  };
}

// The resource server fetches jwks_uri to check access tokens: answered in-process, so that the
// "unreachable mid-flow" mode cannot cut the issuer off from itself.
async function localFetch(url, init) {
  if(String(url) === `${base}/.well-known/jwks.json`)
    return new Response(JSON.stringify({keys: [accessTokenJwk]}), {headers: {'Content-Type': 'application/json'}});
  return fetch(url, init);
}

// ---- helpers ---------------------------------------------------------------------------------
const random = (bytes = 24) => crypto.randomBytes(bytes).toString('base64url');

function send(res, status, body, headers = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {'Content-Type': 'application/json', 'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text), ...headers});
  res.end(text);
  res.statusSent = status;
}

function libraryRequest(req, url) {
  const headers = new Headers();
  for(const [name, value] of Object.entries(req.headers))
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  return {headers, method: req.method, url: url.toString()};
}

const oauthError = (error, description, status = 400) =>
  new Oauth2ServerErrorResponseError({error, error_description: description}, {status});

// A tiny PNG (solid colour with a lighter square) for the display metadata's logo.
function logoPng(size = 64) {
  const crcTable = Array.from({length: 256}, (_, n) => {
    let c = n;
    for(let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = buf => { let c = 0xffffffff; for(const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    data.copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); header.writeUInt32BE(size, 4);
  header[8] = 8; header[9] = 2; // 8-bit RGB
  const rows = [];
  for(let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for(let x = 0; x < size; x++) {
      const inner = x > size / 4 && x < size * 3 / 4 && y > size / 4 && y < size * 3 / 4;
      row.set(inner ? [0xf2, 0xb1, 0x34] : [0x12, 0x26, 0x3a], 1 + x * 3);
    }
    rows.push(row);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
const logo = logoPng();

// ---- admin -------------------------------------------------------------------------------------
async function createOffer(body) {
  const configurationIds = body.configurations ?? ['ob3_ldp_eddsa'];
  const grant = body.grant ?? 'pre-authorized_code';
  const expiresAt = new Date(Date.now() + 1000 * (body.expiresInSeconds ?? 600));
  const sessionId = random();
  sessions.set(sessionId, {configurationIds, deferred: !!body.deferred});
  let grants;
  let preAuthorizedCode = null, issuerState = null;
  if(grant === 'pre-authorized_code') {
    preAuthorizedCode = random(32);
    preAuthCodes.set(preAuthorizedCode, {sessionId, txCode: body.txCode ?? undefined, expiresAt, used: false});
    grants = {[preAuthorizedCodeGrantIdentifier]: {
      'pre-authorized_code': preAuthorizedCode,
      ...(body.txCode ? {tx_code: {input_mode: /^\d+$/.test(body.txCode) ? 'numeric' : 'text',
        length: body.txCode.length, description: 'The PIN Loopback College sent you by e-mail'}} : {}),
    }};
  } else if(grant === 'authorization_code') {
    issuerState = random();
    issuerStates.set(issuerState, {sessionId, expiresAt, used: false});
    grants = {[authorizationCodeGrantIdentifier]: {issuer_state: issuerState}};
  } else {
    throw new Error(`unknown grant "${grant}"`);
  }
  let credentialOfferUri;
  if(body.byReference) {
    const id = random(12);
    credentialOfferUri = `${base}/offers/${id}`;
    offersByReference.set(id, {expiresAt});
  }
  // The library builds (and validates) the offer object and both link forms.
  const made = await issuer.createCredentialOffer({issuerMetadata, credentialConfigurationIds: configurationIds,
    grants, credentialOfferUri});
  const https = await issuer.createCredentialOffer({issuerMetadata, credentialConfigurationIds: configurationIds,
    grants, credentialOfferUri, credentialOfferScheme: `${base}/offer`});
  if(credentialOfferUri)
    offersByReference.get(credentialOfferUri.split('/').pop()).offer = made.credentialOfferObject;
  return {offer: made.credentialOffer, httpsOffer: https.credentialOffer, offerObject: made.credentialOfferObject,
    preAuthorizedCode, issuerState};
}

// ---- OAuth 2.0 -----------------------------------------------------------------------------------
const loopbackRedirect = uri => {
  try {
    const u = new URL(uri);
    return u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  } catch { return false; }
};

async function authorize(req, res, url) {
  const query = Object.fromEntries(url.searchParams);
  const redirectUri = query.redirect_uri;
  if(!redirectUri || !loopbackRedirect(redirectUri))
    return send(res, 400, {error: 'invalid_request',
      error_description: 'redirect_uri must be a loopback http://127.0.0.1:PORT/… URL (RFC 8252)'});
  const back = params => {
    const target = new URL(redirectUri);
    for(const [k, v] of Object.entries(params)) if(v !== undefined) target.searchParams.set(k, v);
    res.writeHead(302, {Location: target.toString(), 'Cache-Control': 'no-store'});
    res.end();
    res.statusSent = 302;
  };
  let authorizationRequest;
  try {
    // The authorization request's shape is the library's (same schema as a pushed request).
    ({authorizationRequest} = await authorizationServer.parsePushedAuthorizationRequest({
      authorizationRequest: query, request: libraryRequest(req, url)}));
  } catch(e) {
    return back({error: e.errorResponse?.error ?? 'invalid_request',
      error_description: e.errorResponse?.error_description ?? String(e.message), state: query.state, iss: base});
  }
  const fail = description => back({error: 'invalid_request', error_description: description,
    state: authorizationRequest.state, iss: base});
  if(authorizationRequest.response_type !== 'code')
    return back({error: 'unsupported_response_type', state: authorizationRequest.state, iss: base});
  if(!authorizationRequest.code_challenge)
    return fail('PKCE is required: code_challenge is missing');
  if(authorizationRequest.code_challenge_method !== PkceCodeChallengeMethod.S256)
    return fail('PKCE code_challenge_method must be S256');
  let sessionId;
  if(authorizationRequest.issuer_state) {
    const entry = issuerStates.get(authorizationRequest.issuer_state);
    if(!entry || entry.used || Date.now() > entry.expiresAt.getTime())
      return back({error: 'access_denied', error_description: 'unknown, used or expired issuer_state',
        state: authorizationRequest.state, iss: base});
    entry.used = true;
    sessionId = entry.sessionId;
  } else {
    // Wallet-initiated: the scopes name the configurations.
    const scopes = (authorizationRequest.scope ?? '').split(' ').filter(s => configurations()[s]);
    if(scopes.length === 0)
      return back({error: 'invalid_scope', state: authorizationRequest.state, iss: base});
    sessionId = random();
    sessions.set(sessionId, {configurationIds: scopes, deferred: false});
  }
  const code = random(32);
  authCodes.set(code, {sessionId, codeChallenge: authorizationRequest.code_challenge,
    codeChallengeMethod: authorizationRequest.code_challenge_method, redirectUri,
    clientId: authorizationRequest.client_id, expiresAt: new Date(Date.now() + 120000), used: false});
  return back({code, state: authorizationRequest.state, iss: base});
}

async function token(req, res, url) {
  if(mode.redirectNonHttps) {
    res.writeHead(302, {Location: 'http://example.invalid/token'});
    res.end();
    res.statusSent = 302;
    return;
  }
  const body = Object.fromEntries(new URLSearchParams(await readBody(req, maxBody)));
  const request = libraryRequest(req, url);
  const parsed = authorizationServer.parseAccessTokenRequest({accessTokenRequest: body, request});
  let sessionId;
  if(parsed.grant.grantType === preAuthorizedCodeGrantIdentifier) {
    const entry = preAuthCodes.get(parsed.grant.preAuthorizedCode);
    if(entry?.used)
      throw oauthError(Oauth2ErrorCodes.InvalidGrant, `The 'pre-authorized_code' has already been used`);
    await authorizationServer.verifyPreAuthorizedCodeAccessTokenRequest({
      grant: parsed.grant, accessTokenRequest: parsed.accessTokenRequest, request,
      authorizationServerMetadata,
      expectedPreAuthorizedCode: entry ? parsed.grant.preAuthorizedCode : `not-${parsed.grant.preAuthorizedCode}`,
      expectedTxCode: entry?.txCode, preAuthorizedCodeExpiresAt: entry?.expiresAt,
    });
    entry.used = true;
    sessionId = entry.sessionId;
  } else if(parsed.grant.grantType === authorizationCodeGrantIdentifier) {
    const entry = authCodes.get(parsed.grant.code);
    if(entry?.used)
      throw oauthError(Oauth2ErrorCodes.InvalidGrant, `The 'code' has already been used`);
    await authorizationServer.verifyAuthorizationCodeAccessTokenRequest({
      grant: parsed.grant, accessTokenRequest: parsed.accessTokenRequest, request,
      authorizationServerMetadata,
      expectedCode: entry ? parsed.grant.code : `not-${parsed.grant.code}`, codeExpiresAt: entry?.expiresAt,
      pkce: {codeVerifier: parsed.pkceCodeVerifier, codeChallenge: entry.codeChallenge,
        codeChallengeMethod: entry.codeChallengeMethod},
    });
    if(parsed.accessTokenRequest.redirect_uri !== entry.redirectUri)
      throw oauthError(Oauth2ErrorCodes.InvalidGrant, `'redirect_uri' does not match the authorization request's`);
    entry.used = true;
    sessionId = entry.sessionId;
  } else {
    throw oauthError(Oauth2ErrorCodes.UnsupportedGrantType, `grant type '${parsed.grant.grantType}' is not supported here`);
  }
  const response = await authorizationServer.createAccessTokenResponse({
    audience: base, authorizationServer: base, expiresInSeconds: accessTokenSeconds, subject: sessionId,
    signer: {method: 'jwk', alg: 'ES256', publicJwk: accessTokenKey.publicJwk},
    scope: sessions.get(sessionId).configurationIds.join(' '),
  });
  return send(res, 200, response);
}

// ---- OpenID4VCI resource endpoints ---------------------------------------------------------------
async function authorizeResource(req, url) {
  const {tokenPayload} = await resourceServer.verifyResourceRequest({
    request: libraryRequest(req, url), resourceServer: base, authorizationServers: [authorizationServerMetadata],
    allowedAuthenticationSchemes: ['Bearer'],
  });
  const session = sessions.get(tokenPayload.sub);
  if(!session)
    throw new Oauth2ResourceUnauthorizedError('unknown session', {scheme: 'Bearer', error: 'invalid_token'});
  return {sessionId: tokenPayload.sub, session};
}

// An SD-JWT VC by the published @sd-jwt/sd-jwt-vc library: the achievement selectively disclosable,
// the holder's key (from its proof's DID) in cnf, signed by issuerP256 whose did:jwk is the issuer.
async function signSdJwtVc(credential, holderDid) {
  const signer = async data => Buffer.from(await crypto.webcrypto.subtle.sign({name: 'ECDSA', hash: 'SHA-256'},
    issuerP256.privateKey, new TextEncoder().encode(data))).toString('base64url');
  const sdjwt = new SDJwtVcInstance({signer, signAlg: 'ES256', hasher: sdJwtDigest, hashAlg: 'sha-256',
    saltGenerator: generateSalt});
  const now = Math.floor(Date.now() / 1000);
  const claims = {iss: issuerP256.did, iat: now, nbf: now, vct: configurations().ob3_sdjwt.vct, name: credential.name,
    issuer: {name: credential.issuer.name, url: credential.issuer.url},
    credentialSubject: {achievement: credential.credentialSubject.achievement},
    cnf: {jwk: await jwkFromDidUrl(holderDid)}};
  return sdjwt.issue(claims, {_sd: ['issuer'], credentialSubject: {_sd: ['achievement']}}, {header: {kid: issuerP256.kid}});
}

async function issueOne(configurationId, holderDid) {
  const issuerDid = {ob3_jwt_es256: issuerP256.did, ob3_ldp_ecdsa_sd: issuerSd.did}[configurationId] ?? issuerEd.did;
  const credential = achievementCredential({issuerDid, subjectDid: holderDid, baseUrl: base});
  if(configurationId === 'ob3_ldp_ecdsa_sd')
    return signDataIntegrity(credential, {...issuerSd, cryptosuite: createSignCryptosuite({mandatoryPointers: sdMandatory})});
  if(configurationId === 'ob3_ldp_eddsa')
    return signDataIntegrity(credential, issuerEd);
  if(configurationId === 'ob3_jwt_eddsa')
    return signVcJwt(credential, issuerEd);
  if(configurationId === 'ob3_jwt_es256')
    return signVcJwt(credential, issuerP256);
  if(configurationId === 'ob3_sdjwt')
    return signSdJwtVc(credential, holderDid);
  throw oauthError('credential_request_denied', `this issuer lists '${configurationId}' but cannot issue it`);
}

async function credential(req, res, url, entry) {
  const {sessionId, session} = await authorizeResource(req, url);
  const body = JSON.parse(await readBody(req, maxBody) || '{}');
  // The library answers an unknown id with a bare invalid_credential_request; 1.0 has its own code.
  if(typeof body?.credential_configuration_id === 'string' &&
     !issuerMetadata.credentialIssuer.credential_configurations_supported[body.credential_configuration_id])
    throw oauthError('unknown_credential_configuration', `no configuration '${body.credential_configuration_id}'`);
  const parsed = issuer.parseCredentialRequest({issuerMetadata, credentialRequest: body});
  if(!parsed.credentialConfigurationId)
    throw oauthError(Oauth2ErrorCodes.InvalidCredentialRequest,
      `send 'credential_configuration_id' (OpenID4VCI 1.0); 'format' and 'credential_identifier' are not used here`);
  if(!session.configurationIds.includes(parsed.credentialConfigurationId))
    throw oauthError('unknown_credential_configuration',
      `the access token does not cover '${parsed.credentialConfigurationId}'`);
  const jwts = parsed.proofs?.jwt;
  if(!jwts?.length)
    throw oauthError(Oauth2ErrorCodes.InvalidProof, `a key proof of type 'jwt' is required`);
  if(jwts.length > issuerMetadata.credentialIssuer.batch_credential_issuance.batch_size)
    throw oauthError(Oauth2ErrorCodes.InvalidCredentialRequest, 'more proofs than batch_size');
  // Every proof of one request carries the same c_nonce (OpenID4VCI 1.0 batch); it is spent once
  // the request's proofs have been checked, whether they passed or not.
  const holders = [];
  const spent = [];
  try {
    for(const jwt of jwts) {
      let nonce;
      try { nonce = decodeJwt({jwt}).payload.nonce; } catch { nonce = undefined; }
      const known = nonce ? nonces.get(nonce) : undefined;
      if(!known || known.used || Date.now() > known.expiresAt.getTime())
        throw oauthError(Oauth2ErrorCodes.InvalidNonce ?? 'invalid_nonce',
          'the proof has no c_nonce from the nonce endpoint, or it was used or expired');
      spent.push(known);
      entry.proofVerified = false;
      const verified = await issuer.verifyCredentialRequestJwtProof({issuerMetadata, jwt, expectedNonce: nonce,
        nonceExpiresAt: known.expiresAt});
      const kid = verified.header.kid;
      if(!kid?.startsWith('did:key:') && !kid?.startsWith('did:jwk:'))
        throw oauthError(Oauth2ErrorCodes.InvalidProof, `the proof's 'kid' must be a did:key or did:jwk DID URL`);
      holders.push(kid.split('#')[0]);
    }
  } finally {
    for(const known of spent) known.used = true;
  }
  entry.proofVerified = true;
  entry.holder = holders[0];
  const credentials = [];
  for(const holder of holders)
    credentials.push({credential: await issueOne(parsed.credentialConfigurationId, holder)});
  if(session.deferred) {
    const transactionId = random();
    transactions.set(transactionId, {sessionId, credentials, polls: 0});
    return send(res, 202, issuer.createCredentialResponse({credentialRequest: parsed, transactionId, interval: 1}));
  }
  return send(res, 200, issuer.createCredentialResponse({credentialRequest: parsed, credentials}));
}

async function deferred(req, res, url) {
  const {sessionId} = await authorizeResource(req, url);
  const body = JSON.parse(await readBody(req, maxBody) || '{}');
  const {deferredCredentialRequest} = issuer.parseDeferredCredentialRequest({deferredCredentialRequest: body});
  const transaction = transactions.get(deferredCredentialRequest.transaction_id);
  if(!transaction || transaction.sessionId !== sessionId)
    throw oauthError('invalid_transaction_id', 'unknown transaction_id');
  transaction.polls += 1;
  if(transaction.polls === 1) {
    if(mode.pendingAsError)
      return send(res, 400, {error: 'issuance_pending', error_description: 'not ready yet', interval: 1});
    return send(res, 202, issuer.createDeferredCredentialResponse({transactionId: deferredCredentialRequest.transaction_id,
      interval: 1}));
  }
  transactions.delete(deferredCredentialRequest.transaction_id);
  return send(res, 200, issuer.createDeferredCredentialResponse({credentials: transaction.credentials}));
}

// ---- routing ---------------------------------------------------------------------------------------
const kindOf = path => ({
  '/.well-known/openid-credential-issuer': 'metadata', '/token': 'token', '/nonce': 'nonce',
  '/credential': 'credential', '/deferred': 'deferred',
})[path] ?? (path.startsWith('/offers/') ? 'offer' : 'other');

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, base);
  const admin = url.pathname.startsWith('/admin/');
  const entry = {method: req.method, path: url.pathname};
  if(!admin) {
    requests.push(entry);
    if(failing) {
      entry.status = 'connection destroyed';
      log('destroying', req.method, url.pathname);
      req.socket.destroy();
      return;
    }
  }
  try {
    await route(req, res, url, entry);
  } catch(e) {
    if(e instanceof Oauth2ServerErrorResponseError) {
      entry.error = e.errorResponse.error;
      send(res, e.status ?? 400, e.errorResponse);
    } else if(e instanceof Oauth2ResourceUnauthorizedError) {
      entry.error = e.wwwAuthenticateHeaders[0]?.error ?? 'invalid_token';
      send(res, 401, {error: entry.error, error_description: e.wwwAuthenticateHeaders[0]?.error_description},
        {'WWW-Authenticate': e.toHeaderValue()});
    } else {
      entry.error = 'invalid_request';
      log('error on', url.pathname, String(e?.stack ?? e));
      send(res, 400, {error: 'invalid_request', error_description: String(e?.message ?? e)});
    }
  }
  entry.status = res.statusSent;
  if(!admin && mode.failAfter && kindOf(url.pathname) === mode.failAfter && res.statusSent < 400)
    failing = true;
  log(req.method, url.pathname, String(entry.status), entry.error ?? '');
});

async function route(req, res, url, entry) {
  const {pathname} = url;
  const is = (method, path) => req.method === method && pathname === path;
  if(is('GET', '/.well-known/openid-credential-issuer')) {
    const metadata = mode.metadataIssuerMismatch
      ? {...issuerMetadata.credentialIssuer, credential_issuer: 'https://other-issuer.invalid'}
      : issuerMetadata.credentialIssuer;
    return send(res, 200, metadata);
  }
  if(is('GET', '/.well-known/oauth-authorization-server'))
    return send(res, 200, authorizationServerMetadata);
  if(is('GET', '/.well-known/jwks.json'))
    return send(res, 200, {keys: [accessTokenJwk]});
  if(is('GET', '/logo.png')) {
    res.writeHead(200, {'Content-Type': 'image/png', 'Content-Length': logo.length});
    res.end(logo);
    res.statusSent = 200;
    return;
  }
  if(req.method === 'GET' && pathname.startsWith('/offers/')) {
    const stored = offersByReference.get(pathname.slice('/offers/'.length));
    if(!stored || Date.now() > stored.expiresAt.getTime())
      return send(res, 404, {error: 'not_found', error_description: 'no such offer, or it expired'});
    return send(res, 200, stored.offer);
  }
  if(is('GET', '/offer'))
    return send(res, 200, `<!doctype html><title>Loopback College</title><p><a href="openid-credential-offer://${
      url.search.replace(/"/g, '%22')}">Add to your wallet</a></p>`, {'Content-Type': 'text/html'});
  if(is('GET', '/authorize'))
    return authorize(req, res, url);
  if(is('POST', '/token'))
    return token(req, res, url);
  if(is('POST', '/nonce')) {
    const cNonce = random();
    nonces.set(cNonce, {expiresAt: new Date(Date.now() + nonceSeconds * 1000), used: false});
    return send(res, 200, issuer.createNonceResponse({cNonce, cNonceExpiresIn: nonceSeconds}));
  }
  if(is('POST', '/credential'))
    return credential(req, res, url, entry);
  if(is('POST', '/deferred'))
    return deferred(req, res, url);
  // admin
  if(is('POST', '/admin/offers'))
    return send(res, 200, await createOffer(JSON.parse(await readBody(req, maxBody) || '{}')));
  if(is('POST', '/admin/mode')) {
    mode = JSON.parse(await readBody(req, maxBody) || '{}');
    failing = false;
    return send(res, 200, mode);
  }
  if(is('GET', '/admin/log'))
    return send(res, 200, {requests});
  if(is('POST', '/admin/log/clear')) {
    requests.length = 0;
    return send(res, 200, {requests});
  }
  if(is('GET', '/admin/keys'))
    return send(res, 200, {eddsa: issuerEd.did, es256: issuerP256.did});
  return send(res, 404, {error: 'not_found', error_description: `no route ${req.method} ${pathname}`});
}

server.listen(0, '127.0.0.1', () => {
  base = `http://127.0.0.1:${server.address().port}`;
  buildMetadata();
  log(`OpenID4VCI loopback issuer at ${base} (issuer ${issuerEd.did})`);
  process.stdout.write(`${JSON.stringify({url: base})}\n`);
});
