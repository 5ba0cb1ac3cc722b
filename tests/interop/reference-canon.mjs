// The JavaScript reference side of bench_jsonld: the same operation (document minus proof and
// proof configuration, both canonicalized with RDFC-1.0 in safe mode, then SHA-256) on the same
// two credentials, using jsonld.js + rdf-canonize.
//
//   (cd tests/interop && npm ci) && node tests/interop/reference-canon.mjs [seconds-per-input]
//
// Contexts come from resources/contexts (the same bundle the C++ engine uses); nothing is fetched.
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import {fixturesDir as fixtures, makeDocumentLoader} from './context-loader.mjs';

const seconds = Number(process.argv[2] ?? 3);
const documentLoader = makeDocumentLoader();
const canon = doc => jsonld.canonize(doc, {
  algorithm: 'RDFC-1.0', format: 'application/n-quads', documentLoader, safe: true, base: null});
const sha256 = s => createHash('sha256').update(s, 'utf8').digest();

async function oneOp(text) {
  const doc = JSON.parse(text);
  let proof = doc.proof;
  if(Array.isArray(proof)) proof = proof[0];
  const unsecured = {...doc};
  delete unsecured.proof;
  const config = {...proof};
  delete config.proofValue;
  config['@context'] = doc['@context'];
  const [p, d] = await Promise.all([canon(config), canon(unsecured)]);
  return Buffer.concat([sha256(p), sha256(d)]);
}

const inputs = [
  ['refvc ob3/di-rich.json', path.join(fixtures, 'refvc/ob3/di-rich.json')],
  ['1EdTech ob30/complete.json',
    path.join(fixtures, 'external/1EdTech-digital-credentials-public-validator/ob30/complete.json')],
];
for(const [name, file] of inputs) {
  const text = fs.readFileSync(file, 'utf8');
  const hashData = await oneOp(text); // warm-up
  const start = process.hrtime.bigint();
  let ops = 0;
  while(Number(process.hrtime.bigint() - start) < seconds * 1e9) {
    await oneOp(text);
    ops++;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${name.padEnd(28)} ${(elapsed / ops * 1e6).toFixed(1).padStart(8)} us/op ` +
    `${(ops / elapsed).toFixed(1).padStart(10)} ops/s  (${ops} ops, hashData ${hashData.toString('hex').slice(0, 16)}...)`);
}
