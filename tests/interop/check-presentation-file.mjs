// Verifies a verifiable presentation file (issue 15: Share -> Signed presentation) the way a
// recipient with published libraries would: the holder's Data Integrity proof with
// jsonld-signatures (AuthenticationProofPurpose with the challenge the recipient gave, and the
// domain if any), the proof made by the holder, each JSON-LD credential with @digitalbazaar/vc,
// and each enveloped VC-JWT (VCDM 2.0 EnvelopedVerifiableCredential) with jose.
//   node check-presentation-file.mjs FILE CHALLENGE [DOMAIN]
// Prints {"verified": bool, "holder", "errors": [...], "credentials": [{"verified", "form", "error"?}]}
// and exits 0 when everything verified, 1 otherwise.
import fs from 'node:fs';
import * as jose from 'jose';
import jsigs from 'jsonld-signatures';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {cryptosuite as ecdsaRdfc2019} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import {documentLoader as baseLoader, jwkFromDidUrl, presentationHolder, verifyCredential} from './issuer-common.mjs';

const [file, challenge, domain] = process.argv.slice(2);
if(!file || !challenge) {
  console.error('usage: node check-presentation-file.mjs FILE CHALLENGE [DOMAIN]');
  process.exit(2);
}

// did:jwk (a P-256 holder identity) as a Multikey DID document, offline.
async function didJwkDocument(didUrl) {
  const did = didUrl.split('#')[0];
  const jwk = JSON.parse(Buffer.from(did.slice('did:jwk:'.length), 'base64url').toString('utf8'));
  const key = await EcdsaMultikey.fromJwk({jwk, id: `${did}#0`, controller: did});
  const method = await key.export({publicKey: true, includeContext: true});
  if(didUrl.includes('#'))
    return method;
  return {'@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'], id: did,
    verificationMethod: [method], assertionMethod: [method.id], authentication: [method.id]};
}

async function documentLoader(url) {
  if(url.startsWith('did:jwk:'))
    return {contextUrl: null, documentUrl: url, document: await didJwkDocument(url)};
  return baseLoader(url);
}

async function checkEnveloped(envelope) {
  const [, type, jwt] = String(envelope.id).match(/^data:([^,]*),(.*)$/s) ?? [];
  if(!jwt || !/jwt$/.test(type))
    return {verified: false, form: 'enveloped', error: `not a JWT data: URL (${type})`};
  try {
    const {kid, alg} = jose.decodeProtectedHeader(jwt);
    const key = await jose.importJWK(await jwkFromDidUrl(kid), alg);
    const {payload} = await jose.compactVerify(jwt, key);
    const claims = JSON.parse(new TextDecoder().decode(payload));
    const credential = claims.vc ?? claims;
    const issuer = typeof credential.issuer === 'object' ? credential.issuer.id : credential.issuer;
    if(kid.split('#')[0] !== (claims.iss ?? issuer))
      return {verified: false, form: 'enveloped', mediaType: type, error: 'the JWT is not signed by its issuer'};
    return {verified: true, form: 'enveloped', mediaType: type};
  } catch(e) {
    return {verified: false, form: 'enveloped', mediaType: type, error: String(e?.message ?? e)};
  }
}

const presentation = JSON.parse(fs.readFileSync(file, 'utf8'));
const errors = [];
const {holder, error: holderError} = presentationHolder(presentation);
if(holderError)
  errors.push(holderError);
const suite = [eddsaRdfc2022, ecdsaRdfc2019].map(cryptosuite => new DataIntegrityProof({cryptosuite}));
const purpose = new jsigs.purposes.AuthenticationProofPurpose({challenge, domain});
const result = await jsigs.verify(presentation, {suite, purpose, documentLoader});
if(!result.verified)
  errors.push(`the holder's proof does not verify: ${String(result.error?.errors?.[0]?.message ??
    result.error?.message ?? result.results?.find(r => !r.verified)?.error?.message ?? 'not verified')}`);

const credentials = [];
for(const credential of [].concat(presentation.verifiableCredential ?? [])) {
  if([].concat(credential?.type ?? []).includes('EnvelopedVerifiableCredential')) {
    credentials.push(await checkEnveloped(credential));
  } else {
    const checked = await verifyCredential(credential);
    credentials.push({...checked, form: 'embedded'});
  }
}
credentials.forEach((c, i) => { if(!c.verified) errors.push(`credential ${i + 1}: ${c.error}`); });
if(!credentials.length)
  errors.push('the presentation carries no credential');
console.log(JSON.stringify({verified: errors.length === 0, holder: holder ?? null, errors, credentials}));
process.exit(errors.length ? 1 : 0);
