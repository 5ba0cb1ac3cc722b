// Shared by the loopback issuers and verifiers (oid4vci-issuer.mjs, vcapi-exchange.mjs,
// oid4vp-verifier.mjs) and their self-checks (check-issuers.mjs, check-verifiers.mjs): keys and
// DIDs (did:key Ed25519 and P-256, did:jwk P-256) resolved offline, the JOSE callbacks the
// @openid4vc libraries ask for (over `jose`), the Open Badges 3.0 credential the issuers hand out,
// signed with the @digitalbazaar libraries (eddsa-rdfc-2022, ecdsa-rdfc-2019) or as a VC-JWT
// (EdDSA, ES256), and Data Integrity presentations (signing and verifying).
import crypto from 'node:crypto';
import * as jose from 'jose';
import * as vc from '@digitalbazaar/vc';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import jsigs from 'jsonld-signatures';
import jsonld from 'jsonld';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {cryptosuite as ecdsaRdfc2019} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import {createVerifyCryptosuite as ecdsaSd2023Verify} from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
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
  return {did, kid: keyPair.id, alg: 'EdDSA', cryptosuite: eddsaRdfc2022, keyPair, publicJwk,
    privateKey: await jose.importJWK({...privateJwk, alg: 'EdDSA'}, 'EdDSA')};
}

// A P-256 did:key (did:key:zDn…) with its signer (ecdsa-rdfc-2019) and its JWKs (ES256).
export async function makeP256DidKey() {
  const keyPair = await EcdsaMultikey.generate({curve: 'P-256'});
  const did = `did:key:${keyPair.publicKeyMultibase}`;
  keyPair.controller = did;
  keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
  const publicJwk = await EcdsaMultikey.toJwk({keyPair});
  const privateJwk = await EcdsaMultikey.toJwk({keyPair, secretKey: true});
  return {did, kid: keyPair.id, alg: 'ES256', cryptosuite: ecdsaRdfc2019, keyPair,
    publicJwk: {kty: publicJwk.kty, crv: publicJwk.crv, x: publicJwk.x, y: publicJwk.y},
    privateKey: await jose.importJWK({...privateJwk, alg: 'ES256'}, 'ES256')};
}

// The Multikey interface of a did:key (Ed25519 z6Mk… or P-256 zDn…), offline; throws otherwise.
async function didKeyMultikey(didUrl) {
  const did = didUrl.split('#')[0];
  const multibase = did.slice('did:key:'.length);
  if(didUrl.includes('#') && didUrl.split('#')[1] !== multibase)
    throw new Error(`a did:key key is ${did}#${multibase}, not ${didUrl}`);
  const key = {id: `${did}#${multibase}`, controller: did, publicKeyMultibase: multibase};
  if(multibase.startsWith('z6Mk'))
    return {multikey: await Ed25519Multikey.from(key), module: Ed25519Multikey};
  if(multibase.startsWith('zDn'))
    return {multikey: await EcdsaMultikey.from({...key, type: 'Multikey'}), module: EcdsaMultikey};
  throw new Error(`did:key type not supported here (Ed25519 and P-256 only): ${did}`);
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
  if(did.startsWith('did:key:')) {
    const {multikey, module} = await didKeyMultikey(didUrl);
    const {kty, crv, x, y} = await module.toJwk({keyPair: multikey});
    return y ? {kty, crv, x, y} : {kty, crv, x};
  }
  throw new Error(`DID method not supported here (did:key and did:jwk only): ${did}`);
}

// did:key (Ed25519 or P-256 Multikey) as a DID document or a verification method, for
// jsonld-signatures.
async function didKeyDocument(didUrl) {
  const {multikey} = await didKeyMultikey(didUrl);
  const publicKey = await multikey.export({publicKey: true, includeContext: true});
  if(didUrl.includes('#'))
    return publicKey;
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: multikey.controller, verificationMethod: [publicKey], assertionMethod: [multikey.id],
    authentication: [multikey.id],
  };
}

// Contexts from resources/contexts and did:key documents; anything else is refused.
export async function documentLoader(url) {
  if(url.startsWith('did:key:'))
    return {contextUrl: null, documentUrl: url, document: await didKeyDocument(url)};
  return contextLoader(url);
}

// ---- JOSE callbacks for @openid4vc/oauth2 and @openid4vc/openid4vci --------------------------

// The leaf certificate of an x5c header (base64 DER) and its public key as a JWK.
export function x5cLeaf(x5c) {
  const certificate = new crypto.X509Certificate(Buffer.from(x5c[0], 'base64'));
  const {kty, crv, x, y} = certificate.publicKey.export({format: 'jwk'});
  return {certificate, publicJwk: y ? {kty, crv, x, y} : {kty, crv, x}};
}

// The public JWK of a @openid4vc signer: jwk, did (did:key / did:jwk) or x5c (the leaf's key;
// whether to trust the certificate is the caller's business: nothing here checks a chain).
async function signerJwk(signer) {
  if(signer.method === 'jwk') return signer.publicJwk;
  if(signer.method === 'did') return jwkFromDidUrl(signer.didUrl);
  if(signer.method === 'x5c') return x5cLeaf(signer.x5c).publicJwk;
  throw new Error(`signer method ${signer.method} is not supported here`);
}

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
      const publicJwk = await signerJwk(signer);
      const key = keys.find(k => sameKey(k.publicJwk, publicJwk));
      if(!key) throw new Error('no private key for this signer');
      const jwt = await new jose.CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
        .setProtectedHeader(header).sign(key.privateKey);
      return {jwt, signerJwk: publicJwk};
    },
    verifyJwt: async (signer, {compact}) => {
      try {
        const jwk = await signerJwk(signer);
        await jose.compactVerify(compact, await jose.importJWK(jwk, signer.alg),
          {algorithms: ['EdDSA', 'ES256']});
        return {verified: true, signerJwk: jwk};
      } catch(e) {
        log('jwt verification failed:', String(e?.message ?? e));
        return {verified: false};
      }
    },
    // SAN names of an x5c leaf certificate (OpenID4VP x509_san_dns: / x509_san_uri: client ids).
    getX509CertificateMetadata: der => {
      const names = (x5cLeaf([der]).certificate.subjectAltName ?? '').split(', ');
      const of = prefix => names.filter(n => n.startsWith(prefix)).map(n => n.slice(prefix.length));
      return {sanDnsNames: of('DNS:'), sanUriNames: of('URI:')};
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

// Signed by a did:key from makeEd25519DidKey (eddsa-rdfc-2022) or makeP256DidKey (ecdsa-rdfc-2019, or
// another P-256 cryptosuite such as an ecdsa-sd-2023 sign suite in issuerKey.cryptosuite).
export async function signDataIntegrity(credential, issuerKey) {
  const suite = new DataIntegrityProof({signer: issuerKey.keyPair.signer(), cryptosuite: issuerKey.cryptosuite});
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

// ---- Data Integrity presentations ---------------------------------------------------------------

// The Data Integrity suites the verifiers accept (eddsa-rdfc-2022, ecdsa-rdfc-2019, and ecdsa-sd-2023
// derived proofs: the library reports a base proof as unsupported), did:key resolved offline.
const verifySuites = () => [eddsaRdfc2022, ecdsaRdfc2019, ecdsaSd2023Verify()]
  .map(cryptosuite => new DataIntegrityProof({cryptosuite}));
const firstError = result => String(result.error?.errors?.[0]?.message ?? result.error?.message ??
  result.presentationResult?.results?.find(r => !r.verified)?.error?.message ??
  result.credentialResults?.find(r => !r.verified)?.error?.errors?.[0]?.message ??
  result.credentialResults?.find(r => !r.verified)?.error?.message ?? 'not verified');

// The holder's presentation (wallet side): a VP naming holder.did, with the given credentials,
// signed for authentication with challenge and domain (eddsa-rdfc-2022 or ecdsa-rdfc-2019 by key).
export async function signPresentation(holder, {challenge, domain}, {credentials = [],
  context = VC_V2} = {}) {
  const presentation = vc.createPresentation({holder: holder.did});
  presentation['@context'] = [context];
  if(credentials.length)
    presentation.verifiableCredential = credentials;
  const suite = new DataIntegrityProof({signer: holder.keyPair.signer(), cryptosuite: holder.cryptosuite});
  return vc.signPresentation({presentation, suite, documentLoader, challenge, domain});
}

// The holder a presentation names, if its one proof is by that holder; else {error}.
export function presentationHolder(presentation) {
  const holder = typeof presentation.holder === 'object' ? presentation.holder?.id : presentation.holder;
  if(typeof holder !== 'string' || !holder.startsWith('did:'))
    return {error: 'the presentation must name its holder, a DID'};
  const proofs = [].concat(presentation.proof ?? []);
  if(proofs.length !== 1 || proofs[0].verificationMethod?.split('#')[0] !== holder)
    return {error: 'the presentation must have one proof, by the holder'};
  return {holder};
}

// A presentation verified with @digitalbazaar/vc: the holder's proof (authentication, challenge
// and domain) and every embedded credential's proof.
export async function verifyPresentation(presentation, {challenge, domain}) {
  const result = await vc.verify({presentation, suite: verifySuites(), documentLoader, challenge, domain,
    unsignedPresentation: false, checkStatus: async () => ({verified: true}),
    presentationPurpose: new jsigs.purposes.AuthenticationProofPurpose({challenge, domain})});
  return result.verified ? {verified: true} : {verified: false, error: firstError(result)};
}

export async function verifyCredential(credential) {
  const result = await vc.verifyCredential({credential, suite: verifySuites(), documentLoader,
    checkStatus: async () => ({verified: true})});
  return result.verified ? {verified: true} : {verified: false, error: firstError(result)};
}

// What a verifier concludes from a holder's Data Integrity presentation: the holder signed it
// (challenge, domain), every credential verifies and is about the holder. Returns
// {errors: [...], holder, credentials: [credential JSON]}; no errors means accepted.
export async function checkHolderPresentation(presentation, {challenge, domain}) {
  if(typeof presentation !== 'object' || presentation === null || Array.isArray(presentation))
    return {errors: ['the presentation must be a JSON object'], credentials: []};
  const {holder, error} = presentationHolder(presentation);
  if(error)
    return {errors: [error], credentials: []};
  const credentials = [].concat(presentation.verifiableCredential ?? []);
  const errors = [];
  const result = await verifyPresentation(presentation, {challenge, domain});
  if(!result.verified)
    errors.push(`the presentation does not verify: ${result.error}`);
  credentials.forEach((credential, i) => {
    const subjects = [].concat(credential?.credentialSubject ?? []);
    if(!subjects.some(subject => subject?.id === holder))
      errors.push(`credential ${i} is not about the holder ${holder}`);
  });
  return {errors, holder, credentials};
}

// ---- what the verifiers ask for and conclude -----------------------------------------------------

// A requested credential ("item"): {type: "OpenBadgeCredential", issuer?: DID, achievementName?}.
// Whether a credential (VCDM JSON) is one; our own check, used for PE and QueryByExample.
export function matchesItem(credential, {type = 'OpenBadgeCredential', issuer, achievementName}) {
  const issuerId = typeof credential?.issuer === 'object' ? credential.issuer?.id : credential?.issuer;
  const names = [].concat(credential?.credentialSubject ?? []).map(subject => subject?.achievement?.name);
  return [].concat(credential?.type ?? []).includes(type) && (!issuer || issuerId === issuer) &&
    (!achievementName || names.includes(achievementName));
}

// A credential's types as fully expanded IRIs (what DCQL's meta.type_values holds), offline.
export async function expandedTypes(credential) {
  const expanded = await jsonld.expand({'@context': credential['@context'], type: credential.type}, {documentLoader});
  return expanded[0]?.['@type'] ?? [];
}

// The verifier's conclusion as GET /admin/results/ID shows it (received: the credentials as they came).
export function conclusion({errors, holder, credentials = []}) {
  return {status: errors.length ? 'rejected' : 'accepted', errors, holder: holder ?? null,
    credentialTypes: [...new Set(credentials.flatMap(c => [].concat(c?.type ?? [])))],
    credentialIds: credentials.map(c => c?.id ?? null), received: credentials};
}
