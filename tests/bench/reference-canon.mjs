// The JavaScript reference side of bench_jsonld: the same operation (document minus proof and
// proof configuration, both canonicalized with RDFC-1.0 in safe mode, then SHA-256) on the same
// two credentials, using jsonld.js + rdf-canonize from the refvc tool.
//
//   cp -r ../shared/tools/refvc /tmp/refvc && (cd /tmp/refvc && npm ci)
//   node tests/bench/reference-canon.mjs /tmp/refvc [seconds-per-input]
//
// Contexts come from resources/contexts (the same bundle the C++ engine uses); nothing is fetched.
import {createRequire} from 'node:module';
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const toolDir = path.resolve(process.argv[2] ?? '/tmp/refvc');
const seconds = Number(process.argv[3] ?? 3);
const require = createRequire(path.join(toolDir, 'package.json'));
const jsonld = require('jsonld');

const here = path.dirname(fileURLToPath(import.meta.url));
const source = path.resolve(here, '../..');
const fixtures = path.resolve(source, '../shared/fixtures');
const contextDir = path.join(source, 'resources/contexts');
const contextFiles = {
  'https://www.w3.org/ns/credentials/v2': 'credentials-v2.jsonld',
  'https://www.w3.org/2018/credentials/v1': 'credentials-v1.jsonld',
  'https://www.w3.org/ns/credentials/examples/v2': 'credentials-examples-v2.jsonld',
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json': 'ob-v3p0-context-3.0.0.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.0.json': 'ob-v3p0-context-3.0.0.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json': 'ob-v3p0-context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json': 'ob-v3p0-context-3.0.2.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': 'ob-v3p0-context-3.0.3.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json': 'ob-v3p0-extensions.json',
  'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json': 'clr-v2p0-2.0.1.json',
  'https://purl.imsglobal.org/spec/clr/v2p0/context.json': 'clr-v2p0.json',
  'https://w3id.org/security/data-integrity/v1': 'data-integrity-v1.jsonld',
  'https://w3id.org/security/data-integrity/v2': 'data-integrity-v2.jsonld',
  'https://w3id.org/security/multikey/v1': 'multikey-v1.jsonld',
  'https://w3id.org/security/jwk/v1': 'jwk-v1.jsonld',
  'https://w3id.org/security/suites/ed25519-2020/v1': 'security-suites-ed25519-2020-v1.jsonld',
  'https://www.w3.org/ns/did/v1': 'did-v1.jsonld',
  'https://www.w3.org/ns/credentials/status/v1': 'bitstring-status-list-v1.jsonld',
  'https://w3id.org/vc/status-list/2021/v1': 'status-list-2021-v1.jsonld',
  'https://w3id.org/openbadges/v2': 'ob-v2p0-context.json',
  'https://w3id.org/security/v1': 'security-v1.jsonld',
  'https://w3id.org/security/v2': 'security-v2.jsonld',
};
const contexts = new Map(Object.entries(contextFiles).map(
  ([url, file]) => [url, JSON.parse(fs.readFileSync(path.join(contextDir, file), 'utf8'))]));
const documentLoader = async url => {
  const document = contexts.get(url);
  if(!document) throw new Error(`context not bundled: ${url}`);
  return {contextUrl: null, documentUrl: url, document};
};
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
