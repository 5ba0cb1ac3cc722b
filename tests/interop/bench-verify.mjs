// The reference side of bench_verify: for eddsa-rdfc-2022 (Ed25519) and ecdsa-rdfc-2019 (P-256),
// signs COUNT copies of each template (each with its own id and subject name, signing not timed)
// and verifies them one after another with @digitalbazaar/vc, in one process and one thread,
// printing JSON figures that bench_verify prints beside its own.
//
//   (cd tests/interop && npm ci) && node tests/interop/bench-verify.mjs [--count 200]
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import * as vc from '@digitalbazaar/vc';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {cryptosuite as ecdsaRdfc2019} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import {fixturesDir, makeDocumentLoader} from './context-loader.mjs';

const argv = process.argv.slice(2);
const count = argv.includes('--count') ? Number(argv[argv.indexOf('--count') + 1]) : 200;

// A did:key issuer for each suite; its DID document and key are served by the document loader.
const documents = new Map();
async function issuerKey(keyPair) {
  const did = `did:key:${keyPair.publicKeyMultibase}`;
  keyPair.controller = did;
  keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
  const publicKey = await keyPair.export({publicKey: true, includeContext: true});
  documents.set(did, {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did, verificationMethod: [publicKey],
    assertionMethod: [keyPair.id], authentication: [keyPair.id],
  });
  documents.set(keyPair.id, publicKey);
  return {did, keyPair};
}
const suites = {
  // A fixed seed for Ed25519: the same issuer key on every run.
  'eddsa-rdfc-2022': {cryptosuite: eddsaRdfc2022,
    issuer: await issuerKey(await Ed25519Multikey.generate({seed: new Uint8Array(32).fill(7)}))},
  'ecdsa-rdfc-2019': {cryptosuite: ecdsaRdfc2019,
    issuer: await issuerKey(await EcdsaMultikey.generate({curve: 'P-256'}))},
};
const documentLoader = makeDocumentLoader(documents);

async function run(suiteName, templateFile) {
  const {cryptosuite, issuer: {did, keyPair}} = suites[suiteName];
  const template = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'refvc', templateFile), 'utf8'));
  delete template.proof;
  template.issuer = typeof template.issuer === 'object' ? {...template.issuer, id: did} : did;
  const credentials = [];
  const signStart = performance.now();
  for(let i = 0; i < count; ++i) {
    const credential = structuredClone(template);
    credential.id = `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    credential.credentialSubject.name = `Bench Learner ${i}`;
    const suite = new DataIntegrityProof({signer: keyPair.signer(), date: '2025-01-01T00:00:00Z',
      cryptosuite});
    credentials.push(await vc.issue({credential, suite, documentLoader}));
  }
  const signMs = performance.now() - signStart;
  const suite = new DataIntegrityProof({cryptosuite});
  const perCredential = [];
  let verified = 0;
  const start = performance.now();
  for(const credential of credentials) {
    const one = performance.now();
    const result = await vc.verifyCredential({credential, suite, documentLoader});
    perCredential.push(performance.now() - one);
    verified += result.verified ? 1 : 0;
  }
  const verifyMs = performance.now() - start;
  perCredential.sort((a, b) => a - b);
  return {
    cryptosuite: suiteName, template: templateFile, count, verified,
    verifyTotalMs: Math.round(verifyMs),
    credentialsPerSecond: Number((count / (verifyMs / 1000)).toFixed(1)),
    medianMs: Number(perCredential[perCredential.length >> 1].toFixed(2)),
    p95Ms: Number(perCredential[Math.floor(perCredential.length * 0.95)].toFixed(2)),
    signPerSecond: Number((count / (signMs / 1000)).toFixed(1)),
  };
}

const results = [];
for(const suiteName of Object.keys(suites)) {
  for(const template of ['ob3/di-minimal.json', 'ob3/di-rich.json'])
    results.push(await run(suiteName, template));
}
console.log(JSON.stringify({node: process.version, cpus: os.cpus().length, results}, null, 2));
