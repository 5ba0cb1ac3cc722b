// Signs Open Badges 3.0 credentials with independent published libraries, for Satchel's interop
// test of the Data Integrity suites (tests/verify/TestPublishedSuites.cpp): ecdsa-rdfc-2019 with
// P-256 and P-384 keys, ecdsa-sd-2023 (the issuer's base proof, and a derived proof disclosing only
// some fields) and the legacy Ed25519Signature2018. Each issuer is a fresh did:key, so everything
// verifies offline. Each credential is checked with the same library before it is printed; the
// output is one JSON object {name: credential} on stdout.
import * as vc from '@digitalbazaar/vc';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import jsigs from 'jsonld-signatures';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as ecdsaRdfc2019} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import {createDiscloseCryptosuite, createSignCryptosuite, createVerifyCryptosuite}
  from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
import {Ed25519Signature2018} from '@digitalbazaar/ed25519-signature-2018';
import {Ed25519VerificationKey2018} from '@digitalbazaar/ed25519-verification-key-2018';
import fs from 'node:fs';
import path from 'node:path';
import {fixturesDir, makeDocumentLoader} from './context-loader.mjs';

const {purposes: {AssertionProofPurpose}} = jsigs;
// Satchel does not need the 2018 suite's context (credentials/v1 defines its terms), but the
// library's verifier reads the key with it: the copy from the 1EdTech validator's fixtures.
const documents = new Map([['https://w3id.org/security/suites/ed25519-2018/v1', JSON.parse(fs.readFileSync(
  path.join(fixturesDir, 'external/1EdTech-digital-credentials-public-validator/contexts/suites-ed25519-2018.jsonld'),
  'utf8'))]]);
const documentLoader = makeDocumentLoader(documents);

function openBadge(issuer, contexts) {
  return {
    '@context': contexts,
    id: 'urn:uuid:6f3c1c5e-6f0e-4a51-9a49-0c1d7e2f5b10',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: {id: issuer, type: ['Profile'], name: 'Example Community College'},
    ...(contexts[0].endsWith('/v2') ? {validFrom: '2024-01-01T00:00:00Z'} : {issuanceDate: '2024-01-01T00:00:00Z'}),
    name: 'Welding Fundamentals',
    credentialSubject: {
      id: 'did:example:learner-4711',
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://college.example/achievements/welding-101',
        type: ['Achievement'],
        name: 'Welding Fundamentals',
        description: 'Safe setup and basic MIG welding joints.',
        criteria: {narrative: 'Passed the practical assessment.'},
      },
    },
  };
}
const v2 = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];
const v1 = ['https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.0.json'];

// A did:key for an ECDSA multikey, its DID document served to the library's verifier.
async function ecdsaIssuer(curve) {
  const keyPair = await EcdsaMultikey.generate({curve});
  const fingerprint = keyPair.publicKeyMultibase;
  const did = `did:key:${fingerprint}`;
  keyPair.id = `${did}#${fingerprint}`;
  keyPair.controller = did;
  const method = await keyPair.export({publicKey: true, includeContext: true});
  documents.set(keyPair.id, method);
  documents.set(did, {'@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did, verificationMethod: [method], assertionMethod: [keyPair.id]});
  return {did, keyPair};
}

async function check(credential, suite) {
  const result = await vc.verifyCredential({credential, suite, documentLoader,
    checkStatus: async () => ({verified: true})});
  if(!result.verified)
    throw new Error(`the library does not verify its own credential: ${JSON.stringify(result, null, 1)}`);
  return credential;
}

const out = {};
for(const curve of ['P-256', 'P-384']) {
  const {did, keyPair} = await ecdsaIssuer(curve);
  const suite = new DataIntegrityProof({signer: keyPair.signer(), cryptosuite: ecdsaRdfc2019});
  const credential = await vc.issue({credential: openBadge(did, v2), suite, documentLoader});
  out[`ecdsa-rdfc-2019-${curve.toLowerCase()}`] =
    await check(credential, new DataIntegrityProof({cryptosuite: ecdsaRdfc2019}));
}

{
  const {did, keyPair} = await ecdsaIssuer('P-256');
  const signSuite = new DataIntegrityProof({signer: keyPair.signer(),
    cryptosuite: createSignCryptosuite({mandatoryPointers: ['/issuer', '/validFrom', '/credentialSubject/achievement/id']})});
  const base = await jsigs.sign(openBadge(did, v2), {suite: signSuite, purpose: new AssertionProofPurpose(),
    documentLoader});
  out['ecdsa-sd-2023-base'] = base;
  const discloseSuite = new DataIntegrityProof({cryptosuite: createDiscloseCryptosuite({
    selectivePointers: ['/credentialSubject/achievement/name', '/credentialSubject/achievement/criteria/narrative',
      '/credentialSubject/id']})});
  const derived = await jsigs.derive(base, {suite: discloseSuite, purpose: new AssertionProofPurpose(), documentLoader});
  out['ecdsa-sd-2023-derived'] =
    await check(derived, new DataIntegrityProof({cryptosuite: createVerifyCryptosuite()}));
}

{
  const key = await Ed25519VerificationKey2018.generate();
  const did = `did:key:${key.fingerprint()}`;
  key.id = `${did}#${key.fingerprint()}`;
  key.controller = did;
  const method = {'@context': 'https://w3id.org/security/suites/ed25519-2018/v1',
    ...key.export({publicKey: true})};
  documents.set(key.id, method);
  documents.set(did, {'@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/ed25519-2018/v1'],
    id: did, verificationMethod: [key.export({publicKey: true})], assertionMethod: [key.id]});
  const credential = await vc.issue({credential: openBadge(did, v1), suite: new Ed25519Signature2018({key}),
    documentLoader});
  out.Ed25519Signature2018 = await check(credential, new Ed25519Signature2018());
}

process.stdout.write(JSON.stringify(out, null, 2) + '\n');
