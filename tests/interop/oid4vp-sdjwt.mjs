// The SD-JWT VC side of the loopback OpenID4VP verifier (oid4vp-verifier.mjs): the credential it
// hands the wallet beforehand and what it does with the wallet's dc+sd-jwt answer. Issuing and
// verifying are @sd-jwt/sd-jwt-vc's (SDJwtVcInstance.issue; verify: the issuer's signature, every
// Disclosure against its digest, the Key Binding JWT's typ, signature by the cnf key, nonce and
// sd_hash); the DCQL match is dcql's (in oid4vp-verifier.mjs). Glue here: the KB-JWT's aud (the
// library leaves it to the caller), which claims were disclosed (presentableKeys of the presented
// SD-JWT), and the tampered answers a test asks the verifier to check again.
import crypto from 'node:crypto';
import {SDJwtVcInstance} from '@sd-jwt/sd-jwt-vc';
import {digest, generateSalt} from '@sd-jwt/crypto-nodejs';
import {makeP256DidJwk, jwkFromDidUrl} from './issuer-common.mjs';

export const VCT = 'https://loopback.example/vct/achievement';
export const SD_JWT_ALGS = ['ES256'];
export const KB_JWT_ALGS = ['ES256', 'EdDSA'];

const issuer = await makeP256DidJwk(); // the SD-JWT VCs' issuer (did:jwk, ES256)
const issued = []; // every SD-JWT handed out, with all its Disclosures

const ecdsa = {name: 'ECDSA', hash: 'SHA-256'};
const encode = text => new TextEncoder().encode(text);

// A JWS signature checked with a public JWK (P-256 or Ed25519).
function verifiedBy(jwk, data, signature) {
  const key = crypto.createPublicKey({key: jwk, format: 'jwk'});
  return crypto.verify(jwk.kty === 'OKP' ? null : 'sha256', Buffer.from(data), {key, dsaEncoding: 'ieee-p1363'},
    Buffer.from(signature, 'base64url'));
}

// The issuer's signature: by the key its header's kid names, a did:jwk / did:key URL resolved
// offline (this verifier's own SD-JWT VCs, and those the loopback OpenID4VCI issuer made).
async function issuerVerifier(data, signature) {
  const {kid} = JSON.parse(Buffer.from(data.split('.')[0], 'base64url').toString('utf8'));
  return verifiedBy(await jwkFromDidUrl(kid), data, signature);
}

// The KB-JWT is checked against the key the credential binds (cnf.jwk), whatever its kind.
async function kbVerifier(data, signature, payload) {
  const jwk = payload?.cnf?.jwk;
  if(!jwk) throw new Error('a Key Binding JWT, but the credential binds no key (cnf.jwk)');
  return verifiedBy(jwk, data, signature);
}

const sdjwt = new SDJwtVcInstance({
  signer: async data => Buffer.from(await crypto.webcrypto.subtle.sign(ecdsa, issuer.privateKey, encode(data)))
    .toString('base64url'),
  signAlg: 'ES256',
  verifier: issuerVerifier,
  kbVerifier,
  hasher: digest, hashAlg: 'sha-256', saltGenerator: generateSalt,
});

// An achievement as an SD-JWT VC, bound to holderDid's key (cnf.jwk) unless bound is false.
// Selectively disclosable at every depth: the credential's name; the subject's name and its
// achievement (a recursive Disclosure whose name, description and criteria are Disclosures of their
// own); each tag (array element Disclosures).
export async function issueSdJwtVc({holderDid, bound = true}) {
  const now = Math.floor(Date.now() / 1000);
  const claims = {iss: issuer.did, iat: now - 60, nbf: now - 60, exp: now + 365 * 86400, vct: VCT,
    name: 'Welding Fundamentals',
    credentialSubject: {name: 'Ada Learner', achievement: {name: 'Welding Fundamentals',
      description: 'Safe use of MIG and TIG welding equipment.', criteria: {narrative: 'Pass the practical exam.'},
      tag: ['welding', 'safety', 'metalwork']}},
    ...(bound ? {cnf: {jwk: await jwkFromDidUrl(holderDid)}} : {})};
  const frame = {_sd: ['name'], credentialSubject: {_sd: ['name', 'achievement'],
    achievement: {_sd: ['name', 'description', 'criteria'], tag: {_sd: [0, 1, 2]}}}};
  const credential = await sdjwt.issue(claims, frame, {header: {kid: issuer.kid}});
  await sdjwt.verify(credential); // the library's own verdict on what it made
  issued.push(credential);
  return credential;
}

// A dc+sd-jwt credential query of the verifier's DCQL: the VCT and the claims paths asked for.
export function sdJwtCredentialQuery(item, id) {
  return {id, format: 'dc+sd-jwt', meta: {vct_values: [item.vct ?? VCT]},
    ...(item.claims?.length ? {claims: item.claims.map((path, i) => ({id: `c${i}`, path}))} : {}),
    ...(item.requireBinding === false ? {require_cryptographic_holder_binding: false} : {})};
}

// One presented SD-JWT VC checked as a verifier does: {errors, credentials: [claims], disclosed
// (the claims its Disclosures stand for, sorted), keyBound, dcql: what dcql matches}.
export async function checkSdJwtPresentation(presentation, {nonce, clientId, requireBinding = true}) {
  const errors = [];
  if(typeof presentation !== 'string')
    return {errors: ['a dc+sd-jwt presentation must be an SD-JWT string'], credentials: [], disclosed: []};
  const keyBound = !presentation.endsWith('~');
  let claims = null;
  let disclosed = [];
  try {
    const verified = await sdjwt.verify(presentation, requireBinding || keyBound ? {keyBindingNonce: nonce} : {});
    claims = verified.payload;
    if(verified.kb && verified.kb.payload.aud !== clientId)
      errors.push(`the Key Binding JWT's aud ${verified.kb.payload.aud} is not the client_id ${clientId}`);
    if(verified.kb && verified.kb.header.typ !== 'kb+jwt')
      errors.push('the Key Binding JWT is not typ kb+jwt');
    disclosed = await sdjwt.presentableKeys(presentation);
  } catch(e) {
    errors.push(`the SD-JWT VC does not verify: ${String(e?.message ?? e)}`);
  }
  return {errors, credentials: claims ? [claims] : [], disclosed, keyBound,
    dcql: claims ? {credential_format: 'dc+sd-jwt', vct: claims.vct, claims, cryptographic_holder_binding: keyBound}
      : null};
}

// presentation changed as an attacker or a broken wallet would: "kb-signature" (a KB-JWT
// signature byte flipped), "extra-disclosure" (a Disclosure of the issued credential the wallet
// did not send, added after the fact: sd_hash no longer covers it), "kb-removed".
export function tamper(presentation, how) {
  const parts = presentation.split('~');
  const kb = parts.pop();
  if(how === 'kb-signature') {
    const [h, p, s] = kb.split('.');
    const bytes = Buffer.from(s, 'base64url');
    bytes[0] ^= 1;
    return [...parts, `${h}.${p}.${bytes.toString('base64url')}`].join('~');
  }
  if(how === 'extra-disclosure') {
    const original = issued.find(c => c.split('~')[0] === parts[0]);
    const extra = original?.split('~').slice(1, -1).find(d => !parts.includes(d));
    if(!extra) throw new Error('every Disclosure was sent: none to add');
    return [...parts, extra, kb].join('~');
  }
  if(how === 'kb-removed')
    return [...parts, ''].join('~');
  throw new Error(`tamper: kb-signature | extra-disclosure | kb-removed, not ${how}`);
}
