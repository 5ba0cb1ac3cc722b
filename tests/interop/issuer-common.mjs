// Shared by the loopback issuers (oid4vci-issuer.mjs, vcapi-exchange.mjs) and their self-check
// (check-issuers.mjs): keys and DIDs (did:key Ed25519, did:jwk P-256) resolved offline, the
// JOSE callbacks the @openid4vc libraries ask for (over `jose`), and the Open Badges 3.0
// credential the issuers hand out, signed with the @digitalbazaar libraries (eddsa-rdfc-2022) or
// as a VC-JWT (EdDSA, ES256).
import crypto from 'node:crypto';
import * as jose from 'jose';
import * as vc from '@digitalbazaar/vc';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import jsigs from 'jsonld-signatures';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {makeDocumentLoader} from './context-loader.mjs';

export const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const OB_TYPES = ['VerifiableCredential', 'OpenBadgeCredential'];

const contextLoader = makeDocumentLoader();

export const log = (...args) => process.stderr.write(`${args.map(a =>
  typeof a === 'string' ? a : JSON.stringify(a)).join(' ')}\n`);

// ---- DIDs -----------------------------------------------------------------------------------

// An Ed25519 did:key with its signer (for Data Integrity) and its JWKs (for JOSE).
export async function makeEd25519DidKey() {
  const seed = new Uint8Array(crypto.randomBytes(32));
  const keyPair = await Ed25519Multikey.generate({seed});
  const did = `did:key:${keyPair.publicKeyMultibase}`;
  keyPair.controller = did;
  keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
  const publicJwk = await Ed25519Multikey.toJwk({keyPair});
  const privateJwk = {...publicJwk, d: Buffer.from(seed).toString('base64url')};
  return {did, kid: keyPair.id, alg: 'EdDSA', keyPair, publicJwk,
    privateKey: await jose.importJWK({...privateJwk, alg: 'EdDSA'}, 'EdDSA')};
}

// A P-256 did:jwk (kid DID#0).
export async function makeP256DidJwk() {
  const {publicKey, privateKey} = await jose.generateKeyPair('ES256', {extractable: true});
  const publicJwk = await jose.exportJWK(publicKey);
  const did = `did:jwk:${Buffer.from(JSON.stringify(publicJwk)).toString('base64url')}`;
  return {did, kid: `${did}#0`, alg: 'ES256', publicJwk, privateKey};
}

// The public JWK behind a DID URL (did:key Ed25519 or did:jwk), offline; throws otherwise.
export async function jwkFromDidUrl(didUrl) {
  const did = didUrl.split('#')[0];
  if(did.startsWith('did:jwk:')) {
    const jwk = JSON.parse(Buffer.from(did.slice('did:jwk:'.length), 'base64url').toString('utf8'));
    if(didUrl.includes('#') && !didUrl.endsWith('#0'))
      throw new Error(`a did:jwk key is ${did}#0, not ${didUrl}`);
    const {d, ...publicOnly} = jwk;
    if(d) throw new Error('did:jwk carries a private key');
    return publicOnly;
  }
  if(did.startsWith('did:key:z6Mk')) {
    const multibase = did.slice('did:key:'.length);
    if(didUrl.includes('#') && didUrl.split('#')[1] !== multibase)
      throw new Error(`a did:key key is ${did}#${multibase}, not ${didUrl}`);
    const keyPair = await Ed25519Multikey.from({publicKeyMultibase: multibase, controller: did,
      id: `${did}#${multibase}`});
    return Ed25519Multikey.toJwk({keyPair});
  }
  throw new Error(`DID method not supported here (did:key Ed25519 and did:jwk only): ${did}`);
}

// did:key (Ed25519 Multikey) as a DID document or a verification method, for jsonld-signatures.
async function didKeyDocument(didUrl) {
  const did = didUrl.split('#')[0];
  const multibase = did.slice('did:key:'.length);
  const id = `${did}#${multibase}`;
  const key = await Ed25519Multikey.from({id, controller: did, publicKeyMultibase: multibase});
  const publicKey = await key.export({publicKey: true, includeContext: true});
  if(didUrl.includes('#'))
    return publicKey;
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did, verificationMethod: [publicKey], assertionMethod: [id], authentication: [id],
  };
}

export async function documentLoader(url) {
  if(url.startsWith('did:key:z6Mk'))
    return {contextUrl: null, documentUrl: url, document: await didKeyDocument(url)};
  return contextLoader(url);
}

// ---- JOSE callbacks for @openid4vc/oauth2 and @openid4vc/openid4vci --------------------------

// keys: the private keys this process may sign with, each {publicJwk, privateKey}.
export function joseCallbacks({keys = [], fetch = globalThis.fetch} = {}) {
  const hashes = {'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512'};
  const sameKey = (a, b) => a && b && a.kty === b.kty && a.crv === b.crv && a.x === b.x && a.y === b.y;
  return {
    fetch,
    hash: (data, alg) => new Uint8Array(crypto.createHash(hashes[alg] ?? alg).update(data).digest()),
    generateRandom: size => new Uint8Array(crypto.randomBytes(size)),
    clientAuthentication: () => {},
    signJwt: async (signer, {header, payload}) => {
      const publicJwk = signer.method === 'jwk' ? signer.publicJwk : await jwkFromDidUrl(signer.didUrl);
      const key = keys.find(k => sameKey(k.publicJwk, publicJwk));
      if(!key) throw new Error('no private key for this signer');
      const jwt = await new jose.CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
        .setProtectedHeader(header).sign(key.privateKey);
      return {jwt, signerJwk: publicJwk};
    },
    verifyJwt: async (signer, {compact}) => {
      try {
        const jwk = signer.method === 'jwk' ? signer.publicJwk
          : signer.method === 'did' ? await jwkFromDidUrl(signer.didUrl) : null;
        if(!jwk) return {verified: false};
        await jose.compactVerify(compact, await jose.importJWK(jwk, signer.alg),
          {algorithms: ['EdDSA', 'ES256']});
        return {verified: true, signerJwk: jwk};
      } catch(e) {
        log('jwt verification failed:', String(e?.message ?? e));
        return {verified: false};
      }
    },
    encryptJwe: () => { throw new Error('JWE is not supported here'); },
    decryptJwe: () => { throw new Error('JWE is not supported here'); },
  };
}

// ---- the Open Badges 3.0 credential ----------------------------------------------------------

export function achievementCredential({issuerDid, subjectDid, issuerName = 'Loopback College',
  achievementName = 'Loopback Networking', baseUrl = 'https://loopback.example'}) {
  const now = new Date();
  now.setMilliseconds(0);
  return {
    '@context': [VC_V2, OB_V3],
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: OB_TYPES,
    name: achievementName,
    issuer: {id: issuerDid, type: ['Profile'], name: issuerName, url: baseUrl},
    validFrom: now.toISOString().replace('.000Z', 'Z'),
    credentialSubject: {
      id: subjectDid,
      type: ['AchievementSubject'],
      achievement: {
        id: `${baseUrl}/achievements/loopback-networking`,
        type: ['Achievement'],
        name: achievementName,
        description: 'Sent a credential request to 127.0.0.1 and got an answer.',
        criteria: {narrative: 'Complete the loopback exercise.'},
      },
    },
  };
}

// Signed eddsa-rdfc-2022 by an Ed25519 did:key (from makeEd25519DidKey).
export async function signDataIntegrity(credential, issuerKey) {
  const suite = new DataIntegrityProof({signer: issuerKey.keyPair.signer(), cryptosuite: eddsaRdfc2022});
  return vc.issue({credential, suite, documentLoader});
}

// A VC-JWT (the VCDM 1.1 JWT encoding OB 3.0 uses: the credential in the "vc" claim).
export async function signVcJwt(credential, issuerKey) {
  const validFrom = Math.floor(Date.parse(credential.validFrom) / 1000);
  const payload = {iss: credential.issuer.id, sub: credential.credentialSubject.id, jti: credential.id,
    nbf: validFrom, iat: validFrom, vc: credential};
  return new jose.CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({alg: issuerKey.alg, typ: 'JWT', kid: issuerKey.kid}).sign(issuerKey.privateKey);
}

// A presentation or credential verified with @digitalbazaar/vc (eddsa-rdfc-2022, did:key offline).
export async function verifyPresentation(presentation, {challenge, domain}) {
  const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
  const result = await vc.verify({presentation, suite, documentLoader, challenge, domain,
    unsignedPresentation: false, checkStatus: async () => ({verified: true}),
    presentationPurpose: new jsigs.purposes.AuthenticationProofPurpose({challenge, domain})});
  if(!result.verified)
    return {verified: false, error: String(result.error?.errors?.[0]?.message ?? result.error?.message ??
      result.presentationResult?.results?.find(r => !r.verified)?.error?.message ??
      result.credentialResults?.find(r => !r.verified)?.error?.message ?? 'not verified')};
  return {verified: true};
}

export async function verifyCredential(credential) {
  const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
  const result = await vc.verifyCredential({credential, suite, documentLoader,
    checkStatus: async () => ({verified: true})});
  return result.verified ? {verified: true}
    : {verified: false, error: String(result.error?.errors?.[0]?.message ?? result.error?.message ?? 'not verified')};
}
