// The reference side of bench_verify: signs COUNT copies of each template (each with its own id
// and subject name, signing not timed) and verifies them one after another with @digitalbazaar/vc,
// in one process and one thread, printing JSON figures that bench_verify prints beside its own.
//
//   (cd tests/interop && npm ci) && node tests/interop/bench-verify.mjs [--count 200]
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import * as vc from '@digitalbazaar/vc';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {fixturesDir, makeDocumentLoader} from './context-loader.mjs';

const argv = process.argv.slice(2);
const count = argv.includes('--count') ? Number(argv[argv.indexOf('--count') + 1]) : 200;

// A fixed seed: the same issuer key on every run.
const keyPair = await Ed25519Multikey.generate({seed: new Uint8Array(32).fill(7)});
const did = `did:key:${keyPair.publicKeyMultibase}`;
keyPair.controller = did;
keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
const publicKey = await keyPair.export({publicKey: true, includeContext: true});
const didDocument = {
  '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
  id: did, verificationMethod: [publicKey],
  assertionMethod: [keyPair.id], authentication: [keyPair.id],
};
const documentLoader = makeDocumentLoader(new Map([[did, didDocument], [keyPair.id, publicKey]]));

async function run(templateFile) {
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
      cryptosuite: eddsaRdfc2022});
    credentials.push(await vc.issue({credential, suite, documentLoader}));
  }
  const signMs = performance.now() - signStart;
  const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
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
    template: templateFile, count, verified,
    verifyTotalMs: Math.round(verifyMs),
    credentialsPerSecond: Number((count / (verifyMs / 1000)).toFixed(1)),
    medianMs: Number(perCredential[perCredential.length >> 1].toFixed(2)),
    p95Ms: Number(perCredential[Math.floor(perCredential.length * 0.95)].toFixed(2)),
    signPerSecond: Number((count / (signMs / 1000)).toFixed(1)),
  };
}

const results = [];
for(const template of ['ob3/di-minimal.json', 'ob3/di-rich.json'])
  results.push(await run(template));
console.log(JSON.stringify({node: process.version, cpus: os.cpus().length, results}, null, 2));
